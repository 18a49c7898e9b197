/// The parent links of a network's areas (`areas.csv`'s `parent` column), resolved to indices,
/// with leaves, depths and children: the one place that walks the area tree. Coterminosity,
/// catalogue coverage, splits by area, the network diff and sub-networks all read it.
///
/// The loader refuses a cycle in `parent` (issue 17), but a ``Network`` built in code may hold one:
/// the link that closes it is cut for upward walks, so every walk ends.
///
/// - Complexity: O(|areas|) to build.
struct AreaHierarchy {
    /// Parent index or −1. Links that would close a cycle are cut (set to −1 at the cycle's entry)
    /// only for walking upwards; ``isLeaf`` still treats every named parent as a parent.
    var parent: [Int]
    var isLeaf: [Bool]
    /// Number of ancestors (cycle members get the length of the chain walked before the repeat).
    var depth: [Int]
    /// Children CSR.
    var childOffsets: [Int]
    var children: [Int]

    init(_ network: Network) {
        let count = network.areas.count
        var parent = [Int](repeating: -1, count: count)
        var isLeaf = [Bool](repeating: true, count: count)
        for (i, area) in network.areas.enumerated() {
            if let p = area.parent, let pi = network.areaIndex[p], pi != i {
                parent[i] = pi
                isLeaf[pi] = false
            }
        }
        // Break cycles so that upward walks end: colour 0 new, 1 on the current path, 2 done.
        var colour = [UInt8](repeating: 0, count: count)
        var depth = [Int](repeating: 0, count: count)
        var path: [Int] = []
        for start in 0..<count where colour[start] == 0 {
            path.removeAll(keepingCapacity: true)
            var cur = start
            while cur >= 0 && colour[cur] == 0 {
                colour[cur] = 1
                path.append(cur)
                cur = parent[cur]
            }
            if cur >= 0 && colour[cur] == 1 {
                // The walk met its own path: cut the link that closes the cycle.
                parent[path.last!] = -1
                cur = -1
            }
            var d = cur >= 0 ? depth[cur] + 1 : 0
            for v in path.reversed() {
                depth[v] = d
                colour[v] = 2
                d += 1
            }
        }
        var offsets = [Int](repeating: 0, count: count + 1)
        for i in 0..<count where parent[i] >= 0 { offsets[parent[i] + 1] += 1 }
        for i in 0..<count { offsets[i + 1] += offsets[i] }
        var fill = offsets
        var children = [Int](repeating: 0, count: offsets[count])
        for i in 0..<count where parent[i] >= 0 {
            children[fill[parent[i]]] = i
            fill[parent[i]] += 1
        }
        self.parent = parent
        self.isLeaf = isLeaf
        self.depth = depth
        self.childOffsets = offsets
        self.children = children
    }

    /// The ancestors of area `i`, nearest first (the cut link of a cycle ends the walk).
    ///
    /// - Complexity: O(depth of `i`).
    func ancestors(of i: Int) -> some Sequence<Int> {
        sequence(first: parent[i], next: { [parent] in parent[$0] }).prefix { $0 >= 0 }
    }

    /// A flag per area: true when the area is one of `roots` or has one among its ancestors.
    ///
    /// - Complexity: O(|areas| log |areas|): each area's verdict is its parent's, areas taken in
    ///   order of depth.
    func within(_ roots: Set<Int>) -> [Bool] {
        var inside = [Bool](repeating: false, count: parent.count)
        for r in roots where parent.indices.contains(r) { inside[r] = true }
        for i in parent.indices.sorted(by: { depth[$0] < depth[$1] }) where !inside[i] && parent[i] >= 0 {
            inside[i] = inside[parent[i]]
        }
        return inside
    }
}
