/// Each agency's coverage of leaf areas: CSR by agency, leaves ascending, one share per leaf.
/// A boundary on a parent area covers every leaf below it with the boundary's share; where an
/// agency names a leaf both directly and through an ancestor, the deepest naming wins.
///
/// - Complexity: O(|boundaries| + expanded leaves · log) to build; O(|boundaries| log) when every
///   boundary is on a leaf (the common case, a fast path).
struct LeafCoverage {
    var offsets: [Int]
    var leaves: [Int32]
    var shares: [Double]

    private struct Entry { var leaf: Int32; var depth: Int32; var share: Double }

    init(network: Network, hierarchy: AreaHierarchy) {
        let n = network.agencyCount
        var counts = [Int](repeating: 0, count: n + 1)
        var allLeaves = true
        for b in network.boundaries {
            counts[b.agency + 1] += 1
            if !hierarchy.isLeaf[b.area] { allLeaves = false }
        }
        if allLeaves {
            // Fast path: bucket by agency, sort each agency's leaves, keep one row per leaf.
            for a in 0..<n { counts[a + 1] += counts[a] }
            var fill = counts
            var entries = [Entry](repeating: Entry(leaf: 0, depth: 0, share: 0), count: network.boundaries.count)
            for b in network.boundaries {
                entries[fill[b.agency]] = Entry(leaf: Int32(b.area), depth: 0, share: b.share)
                fill[b.agency] += 1
            }
            self.init(bucketed: &entries, offsets: counts)
            return
        }
        // General path: expand boundaries on parent areas to their leaf descendants.
        var buckets = [[Entry]](repeating: [], count: n)
        var visited = [Int](repeating: -1, count: network.areas.count)
        var stack: [Int] = []
        for (k, b) in network.boundaries.enumerated() {
            let d = Int32(hierarchy.depth[b.area])
            if hierarchy.isLeaf[b.area] {
                buckets[b.agency].append(Entry(leaf: Int32(b.area), depth: d, share: b.share))
                continue
            }
            stack.removeAll(keepingCapacity: true)
            stack.append(b.area)
            visited[b.area] = k
            while let v = stack.popLast() {
                if hierarchy.isLeaf[v] {
                    buckets[b.agency].append(Entry(leaf: Int32(v), depth: d, share: b.share))
                    continue
                }
                for c in hierarchy.children[hierarchy.childOffsets[v]..<hierarchy.childOffsets[v + 1]] where visited[c] != k {
                    visited[c] = k
                    stack.append(c)
                }
            }
        }
        var offsets = [Int](repeating: 0, count: n + 1)
        for a in 0..<n { offsets[a + 1] = offsets[a] + buckets[a].count }
        var entries = buckets.flatMap { $0 }
        self.init(bucketed: &entries, offsets: offsets)
    }

    /// Sorts each agency's bucket by leaf (deepest naming first) and keeps the first row per leaf.
    private init(bucketed entries: inout [Entry], offsets: [Int]) {
        let n = offsets.count - 1
        var outOffsets = [Int](repeating: 0, count: n + 1)
        var leaves = [Int32]()
        var shares = [Double]()
        leaves.reserveCapacity(entries.count)
        shares.reserveCapacity(entries.count)
        for a in 0..<n {
            let lo = offsets[a], hi = offsets[a + 1]
            var sorted = true
            var k = lo + 1
            while k < hi {
                if entries[k - 1].leaf >= entries[k].leaf { sorted = false; break }
                k += 1
            }
            if !sorted {
                entries[lo..<hi].sort {
                    if $0.leaf != $1.leaf { return $0.leaf < $1.leaf }
                    if $0.depth != $1.depth { return $0.depth > $1.depth }
                    return $0.share > $1.share
                }
            }
            var last: Int32 = -1
            for k in lo..<hi where entries[k].leaf != last {
                last = entries[k].leaf
                leaves.append(last)
                shares.append(entries[k].share)
            }
            outOffsets[a + 1] = leaves.count
        }
        self.offsets = outOffsets
        self.leaves = leaves
        self.shares = shares
    }
}

/// What each leaf area weighs: its population when every leaf has one, else 1 (parents weigh 0;
/// their people are their leaves').
struct LeafWeights {
    var byPopulation: Bool
    var weight: [Double]

    init(network: Network, hierarchy: AreaHierarchy) {
        let areaCount = network.areas.count
        var weighted = areaCount > 0
        for i in 0..<areaCount where hierarchy.isLeaf[i] && network.areas[i].population == nil {
            weighted = false
            break
        }
        byPopulation = weighted
        weight = [Double](repeating: 0, count: areaCount)
        for i in 0..<areaCount where hierarchy.isLeaf[i] {
            weight[i] = weighted ? Double(network.areas[i].population!) : 1
        }
    }
}

/// The inverted index of a ``LeafCoverage``: CSR by area (agencies ascending) with their shares,
/// and for each coverage entry its slot here (so a pair loop can start just after the agency).
///
/// - Complexity: O(|B| + |areas|).
struct AgenciesByArea {
    var offsets: [Int]
    var agencies: [Int32]
    var shares: [Double]
    var slot: [Int]

    init(_ coverage: LeafCoverage, areaCount: Int, agencyCount n: Int) {
        var xOff = [Int](repeating: 0, count: areaCount + 1)
        for x in coverage.leaves { xOff[Int(x) + 1] += 1 }
        for i in 0..<areaCount { xOff[i + 1] += xOff[i] }
        var fill = xOff
        var xAgency = [Int32](repeating: 0, count: coverage.leaves.count)
        var xShare = [Double](repeating: 0, count: coverage.leaves.count)
        var slot = [Int](repeating: 0, count: coverage.leaves.count)
        for a in 0..<n {
            for e in coverage.offsets[a]..<coverage.offsets[a + 1] {
                let x = Int(coverage.leaves[e])
                let p = fill[x]
                fill[x] += 1
                xAgency[p] = Int32(a)
                xShare[p] = coverage.shares[e]
                slot[e] = p
            }
        }
        offsets = xOff
        agencies = xAgency
        shares = xShare
        self.slot = slot
    }
}
