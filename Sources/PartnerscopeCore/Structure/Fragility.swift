/// Single points of failure: agencies and ties whose loss would split the network.
///
/// An *articulation point* (cut vertex) is a vertex whose removal increases the number of connected
/// components; a *bridge* is a tie whose removal does. Both come from one depth-first search
/// (Hopcroft & Tarjan 1973): with d(v) the discovery time and low(v) the smallest discovery time
/// reachable from v's DFS subtree by one back edge, a non-root v is a cut vertex iff some child c has
/// low(c) ≥ d(v); the root iff it has two or more children; the tree edge (v, c) is a bridge iff
/// low(c) > d(v).
///
/// The search is iterative (an explicit stack), so graphs of 100,000s of vertices in one long path
/// do not overflow the call stack.
///
/// - Complexity: O(|V| + |E|) time and space.
/// - Corner cases: the empty graph and a single vertex have neither; directed graphs are searched
///   as undirected (``Graph/undirected()``); isolated vertices are never cut vertices.
/// - Reference: J. Hopcroft & R. Tarjan (1973), "Algorithm 447: efficient algorithms for graph
///   manipulation", Communications of the ACM 16(6), 372–378, doi:10.1145/362248.362272;
///   R. Tarjan (1972), doi:10.1137/0201010.
public enum Fragility {
    /// The result of one search.
    public struct Result: Sendable, Equatable {
        /// Cut vertices, ascending.
        public var articulationPoints: [Int]
        /// For each cut vertex (same order): how many other vertices of its component would no longer
        /// be connected to the largest remaining part of that component if it were removed. For a
        /// cut vertex in the network's largest component, this is how many agencies it alone keeps
        /// connected to that largest component.
        public var cutOff: [Int]
        /// Bridges as (smaller, larger) vertex pairs, ascending.
        public var bridges: [(Int, Int)]

        public static func == (a: Result, b: Result) -> Bool {
            a.articulationPoints == b.articulationPoints && a.cutOff == b.cutOff
                && a.bridges.elementsEqual(b.bridges, by: { $0 == $1 })
        }
    }

    /// Cut vertices, ascending. See ``Fragility``.
    public static func articulationPoints(_ graph: Graph) -> [Int] { analyse(graph).articulationPoints }

    /// Bridges as (smaller, larger) vertex pairs, ascending. See ``Fragility``.
    public static func bridges(_ graph: Graph) -> [(Int, Int)] { analyse(graph).bridges }

    /// Cut vertices with what each cuts off, and bridges, in one search. See ``Fragility``.
    public static func analyse(_ graph: Graph) -> Result {
        let g = graph.isDirected ? graph.undirected() : graph
        let n = g.vertexCount
        var discovery = [Int](repeating: -1, count: n)
        var low = [Int](repeating: 0, count: n)
        var parent = [Int](repeating: -1, count: n)
        var subtree = [Int](repeating: 1, count: n)
        var next = g.offsets.dropLast().map { $0 }  // next adjacency position to explore, per vertex
        var separated = [Int](repeating: 0, count: n)  // total size of children subtrees cut off by v
        var largestSeparated = [Int](repeating: 0, count: n)
        var separatedChildren = [Int](repeating: 0, count: n)
        var isCut = [Bool](repeating: false, count: n)
        var cutOff = [Int](repeating: 0, count: n)
        var bridges: [(Int, Int)] = []
        var time = 0
        var stack: [Int] = []
        var component: [Int] = []
        for root in 0..<n where discovery[root] < 0 {
            discovery[root] = time
            low[root] = time
            time += 1
            stack.append(root)
            component.removeAll(keepingCapacity: true)
            component.append(root)
            while let v = stack.last {
                if next[v] < g.offsets[v + 1] {
                    let u = Int(g.targets[next[v]])
                    next[v] += 1
                    if u == parent[v] { continue }  // ties are merged, so the parent appears once
                    if discovery[u] < 0 {
                        parent[u] = v
                        discovery[u] = time
                        low[u] = time
                        time += 1
                        stack.append(u)
                        component.append(u)
                    } else if discovery[u] < low[v] {
                        low[v] = discovery[u]
                    }
                } else {
                    stack.removeLast()
                    let p = parent[v]
                    guard p >= 0 else { continue }
                    if low[v] < low[p] { low[p] = low[v] }
                    subtree[p] += subtree[v]
                    if low[v] >= discovery[p] {
                        separated[p] += subtree[v]
                        separatedChildren[p] += 1
                        if subtree[v] > largestSeparated[p] { largestSeparated[p] = subtree[v] }
                    }
                    if low[v] > discovery[p] { bridges.append((min(p, v), max(p, v))) }
                }
            }
            let size = subtree[root]
            for v in component {
                let cut = v == root ? separatedChildren[v] >= 2 : separatedChildren[v] >= 1
                guard cut else { continue }
                isCut[v] = true
                let rest = size - 1 - separated[v]  // the part still joined to v's parent
                cutOff[v] = size - 1 - max(rest, largestSeparated[v])
            }
        }
        bridges.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
        let points = (0..<n).filter { isCut[$0] }
        return Result(articulationPoints: points, cutOff: points.map { cutOff[$0] }, bridges: bridges)
    }
}
