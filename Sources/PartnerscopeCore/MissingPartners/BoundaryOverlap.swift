/// Who covers which smallest area, and what each smallest area weighs: the common ground for
/// population shares and boundary overlaps in the missing-partners analysis.
///
/// A leaf is an area that is no other area's parent. A boundary drawn on a larger area is pushed
/// down to every leaf below it with the same share (a leaf's own boundary row, when there is one,
/// wins if larger). Leaves weigh by population when every area has one, otherwise 1 each (so
/// shares become shares of areas, which the reports then say).
///
/// - Complexity: O(|areas| · depth + |boundaries| · leaves below a boundary's area).
public struct LeafCoverage: Sendable {
    /// Whether weights are populations (false: each leaf weighs 1).
    public let byPopulation: Bool
    /// Weight of each area index: its population (or 1) for leaves, 0 for larger areas.
    public let weight: [Double]
    /// Whether each area is a leaf.
    public let isLeaf: [Bool]
    /// Per agency, the leaves it covers with their share, sorted by area index.
    public let coverage: [[(area: Int, share: Double)]]
    /// The summed weight of all leaves.
    public let total: Double

    public init(_ network: Network) {
        let areas = network.areas
        var isLeaf = [Bool](repeating: true, count: areas.count)
        var children = [[Int]](repeating: [], count: areas.count)
        for (i, area) in areas.enumerated() {
            if let p = area.parent, let pi = network.areaIndex[p], pi != i {
                isLeaf[pi] = false
                children[pi].append(i)
            }
        }
        let byPopulation = network.hasPopulation
        var weight = [Double](repeating: 0, count: areas.count)
        for i in areas.indices where isLeaf[i] {
            weight[i] = byPopulation ? Double(areas[i].population ?? 0) : 1
        }
        var perAgency = [[Int: Double]](repeating: [:], count: network.agencyCount)
        for b in network.boundaries {
            if isLeaf[b.area] {
                perAgency[b.agency][b.area] = max(perAgency[b.agency][b.area] ?? 0, b.share)
                continue
            }
            // Push down to the leaves below, guarding against parent cycles.
            var stack = [b.area]
            var seen = Set<Int>([b.area])
            while let a = stack.popLast() {
                for c in children[a] where seen.insert(c).inserted {
                    if isLeaf[c] {
                        perAgency[b.agency][c] = max(perAgency[b.agency][c] ?? 0, b.share)
                    } else {
                        stack.append(c)
                    }
                }
            }
        }
        self.byPopulation = byPopulation
        self.weight = weight
        self.isLeaf = isLeaf
        self.coverage = perAgency.map { $0.sorted { $0.key < $1.key }.map { (area: $0.key, share: $0.value) } }
        self.total = weight.reduce(0, +)
    }

    /// The weight agency `a` covers: Σ weight(leaf) · share.
    public func covered(_ a: Int) -> Double {
        coverage[a].reduce(0) { $0 + weight[$1.area] * $1.share }
    }

    /// The share of the network's total weight agency `a` covers, in [0, 1]; 0 when the total is 0.
    public func share(_ a: Int) -> Double {
        total > 0 ? min(1, covered(a) / total) : 0
    }
}

/// How much two agencies' areas overlap, population-weighted.
public struct AgencyOverlap: Sendable, Equatable {
    /// Agency indices, a < b.
    public var a: Int
    public var b: Int
    /// The population (or number of leaf areas) both cover.
    public var shared: Double
    /// The share of a's population that b also covers, in [0, 1].
    public var aInB: Double
    /// The share of b's population that a also covers, in [0, 1].
    public var bInA: Double

    public init(a: Int, b: Int, shared: Double, aInB: Double, bInA: Double) {
        self.a = a
        self.b = b
        self.shared = shared
        self.aInB = aInB
        self.bInA = bInA
    }

    /// The larger containment, max(aInB, bInA): 1 when one agency's area lies inside the other's.
    public var measure: Double { max(aInB, bInA) }
}

/// A small stand-in for the coterminosity analysis: the population two agencies both cover, from
/// their boundaries alone.
///
///     shared(a, b) = Σ_leaf weight(leaf) · min(share_a(leaf), share_b(leaf))
///     aInB = shared / covered(a),   bInA = shared / covered(b)
///
/// Taking the smaller share assumes the smaller part of a split area lies inside the larger one
/// (nested coverage), which is the usual case and an upper bound otherwise.
///
/// Corner cases: no boundaries or no areas give no pairs; an agency covering zero weight has
/// containment 0.
///
/// - Complexity: O(Σ_leaf c(leaf)²) with c(leaf) the number of agencies covering a leaf.
public enum BoundaryOverlap {
    /// Every pair of agencies that share some covered weight, sorted by (a, b).
    public static func pairs(_ coverage: LeafCoverage, agencyCount: Int) -> [AgencyOverlap] {
        var byLeaf = [[(agency: Int, share: Double)]](repeating: [], count: coverage.weight.count)
        for a in 0..<agencyCount {
            for (area, share) in coverage.coverage[a] { byLeaf[area].append((a, share)) }
        }
        var shared: [Int: Double] = [:]
        for (leaf, list) in byLeaf.enumerated() where list.count > 1 && coverage.weight[leaf] > 0 {
            let w = coverage.weight[leaf]
            for i in 0..<list.count {
                for j in (i + 1)..<list.count {
                    let (x, y) = list[i].agency < list[j].agency ? (list[i], list[j]) : (list[j], list[i])
                    shared[x.agency * agencyCount + y.agency, default: 0] += w * min(x.share, y.share)
                }
            }
        }
        let covered = (0..<agencyCount).map(coverage.covered)
        return shared.keys.sorted().compactMap { key in
            let a = key / agencyCount, b = key % agencyCount
            let s = shared[key]!
            guard s > 0 else { return nil }
            return AgencyOverlap(a: a, b: b, shared: s,
                                 aInB: covered[a] > 0 ? min(1, s / covered[a]) : 0,
                                 bInA: covered[b] > 0 ? min(1, s / covered[b]) : 0)
        }
    }

    /// Convenience: the pairs of a network.
    public static func pairs(_ network: Network) -> [AgencyOverlap] {
        pairs(LeafCoverage(network), agencyCount: network.agencyCount)
    }
}

/// How much of a network's population each agency of a wider catalogue (e.g. all of England)
/// covers, matching areas by code.
///
/// Each leaf of the network is matched to the catalogue area with the same code, or failing that
/// to the catalogue area with the code of its nearest ancestor. A catalogue agency covers the
/// matched area with the weight-averaged share it covers the catalogue leaves below it (its
/// boundaries pushed down to leaves as in ``LeafCoverage``), so boundaries drawn on larger or
/// smaller areas than the network's still match.
///
///     share(c) = Σ_{network leaf l} weight(l) · coverage_c(match(l)) / Σ_l weight(l)
///
/// Corner cases: a network without areas, or no code in common, gives share 0 for every agency.
///
/// - Complexity: O(|network areas| · depth + catalogue leaves below the matched areas) to build;
///   O(|boundaries of c|) per agency queried.
public struct CatalogueCoverage: Sendable {
    public let catalogue: Network
    private let leaves: LeafCoverage
    /// Per catalogue area index: the network weight that rests on it.
    private let networkWeight: [Double]
    private let networkTotal: Double
    /// How many of the network's leaves found a matching code.
    public let matchedLeaves: Int
    public let networkLeaves: Int

    public init(network: Network, networkCoverage: LeafCoverage, catalogue: Network) {
        self.catalogue = catalogue
        let catalogueLeaves = LeafCoverage(catalogue)
        self.leaves = catalogueLeaves
        var children = [[Int]](repeating: [], count: catalogue.areas.count)
        for (i, area) in catalogue.areas.enumerated() {
            if let p = area.parent, let pi = catalogue.areaIndex[p], pi != i { children[pi].append(i) }
        }
        var networkWeight = [Double](repeating: 0, count: catalogue.areas.count)
        var matched = 0, leafCount = 0
        for l in network.areas.indices where networkCoverage.isLeaf[l] {
            leafCount += 1
            // The catalogue area with this code or the nearest ancestor's code.
            var code: AreaCode? = network.areas[l].code
            var target: Int?
            var steps = 0
            while let c = code, steps <= network.areas.count {
                if let t = catalogue.areaIndex[c] { target = t; break }
                code = network.index(of: c).flatMap { network.areas[$0].parent }
                steps += 1
            }
            guard let target else { continue }
            matched += 1
            // The catalogue leaves below the target (itself when a leaf), weighted.
            var below: [Int] = []
            var stack = [target]
            var seen = Set<Int>([target])
            while let a = stack.popLast() {
                if catalogueLeaves.isLeaf[a] { below.append(a); continue }
                for c in children[a] where seen.insert(c).inserted { stack.append(c) }
            }
            let sum = below.reduce(0) { $0 + catalogueLeaves.weight[$1] }
            let w = networkCoverage.weight[l]
            if sum > 0 {
                for c in below { networkWeight[c] += w * catalogueLeaves.weight[c] / sum }
            } else if !below.isEmpty {
                for c in below { networkWeight[c] += w / Double(below.count) }
            }
        }
        self.networkWeight = networkWeight
        self.networkTotal = networkCoverage.total
        self.matchedLeaves = matched
        self.networkLeaves = leafCount
    }

    /// The share of the network's population (or leaf areas) catalogue agency `c` covers, in [0, 1].
    public func share(_ c: Int) -> Double {
        guard networkTotal > 0 else { return 0 }
        let s = leaves.coverage[c].reduce(0.0) { $0 + networkWeight[$1.area] * $1.share }
        return min(1, s / networkTotal)
    }
}
