/// A read-only graph in compressed sparse row (CSR) form, the view every algorithm works on.
///
/// Vertices are the dense agency indices `0..<vertexCount`. For vertex `v`, its out-neighbours are
/// `targets[offsets[v]..<offsets[v+1]]`, sorted ascending, with the matching tie strengths in
/// `weights`. In an undirected graph every tie is stored in both directions; in a directed graph
/// the in-neighbours are kept in a second CSR (`inOffsets`, `inSources`, `inWeights`).
///
/// Parallel ties between the same ordered pair are merged, summing their weights; self-loops are
/// dropped (the loader warns about them). In an unweighted view every merged tie has weight 1.
public struct Graph: Sendable {
    public let vertexCount: Int
    public let isDirected: Bool
    public let isWeighted: Bool
    public let offsets: [Int]
    public let targets: [Int32]
    public let weights: [Double]
    public let inOffsets: [Int]
    public let inSources: [Int32]
    public let inWeights: [Double]

    /// Number of stored arcs: twice the number of ties when undirected.
    public var arcCount: Int { targets.count }

    /// Number of distinct ties: pairs when undirected, ordered pairs when directed.
    public var edgeCount: Int { isDirected ? targets.count : targets.count / 2 }

    /// Builds a graph from an edge list.
    ///
    /// - Parameters:
    ///   - vertexCount: number of vertices; every endpoint must be below it.
    ///   - edges: `(source, target, weight)`; in a directed graph the tie runs source → target.
    ///   - directed: whether the edges are arcs.
    ///   - weighted: when false, every merged tie weighs 1.
    /// - Complexity: O(|V| + |E| log d_max) time (a counting sort then a sort per adjacency list),
    ///   O(|V| + |E|) space.
    public init(vertexCount: Int, edges: [(Int, Int, Double)], directed: Bool, weighted: Bool = true) {
        self.init(vertexCount: vertexCount, arcs: Graph.arcs(from: edges, directed: directed),
                  directed: directed, weighted: weighted)
    }

    /// Which relationships a view of a network is built from, by sign (``Relationship/sign``).
    public enum Ties: Sendable {
        /// Positive ties only: the default of every analysis, since a conflict is not a path, a
        /// partnership or a community bond.
        case positive
        /// Negative ties only (conflicts and ties marked `sign` −1).
        case negative
        /// Every tie, whatever its sign (e.g. to draw a map or an ego network).
        case all

        /// Whether a relationship belongs to this selection.
        @inlinable public func contains(_ r: Relationship) -> Bool {
            switch self {
            case .positive: !r.isNegative
            case .negative: r.isNegative
            case .all: true
            }
        }
    }

    /// Builds a view of a network.
    ///
    /// - Parameters:
    ///   - directed: when true each directed relationship is an arc source → target and each
    ///     undirected one counts both ways; when false every relationship is an undirected tie.
    ///   - weighted: when true ties carry the summed `weight` of the relationships they merge.
    ///   - ties: which signs to keep; by default the positive ties only, so that a `conflict`
    ///     never makes a path, a partner or a community bond (issue 13).
    ///   - include: an optional further filter on relationships.
    /// - Complexity: O(|V| + |E| log d_max).
    public init(network: Network, directed: Bool = false, weighted: Bool = false, ties: Ties = .positive,
                include: ((Relationship) -> Bool)? = nil) {
        var arcs: [(Int, Int, Double)] = []
        arcs.reserveCapacity(network.relationships.count * 2)
        for r in network.relationships where r.source != r.target && ties.contains(r) {
            if let include, !include(r) { continue }
            arcs.append((r.source, r.target, r.weight))
            if !directed || !r.directed { arcs.append((r.target, r.source, r.weight)) }
        }
        self.init(vertexCount: network.agencyCount, arcs: arcs, directed: directed, weighted: weighted)
    }

    private static func arcs(from edges: [(Int, Int, Double)], directed: Bool) -> [(Int, Int, Double)] {
        if directed { return edges.filter { $0.0 != $0.1 } }
        var arcs: [(Int, Int, Double)] = []
        arcs.reserveCapacity(edges.count * 2)
        for e in edges where e.0 != e.1 {
            arcs.append(e)
            arcs.append((e.1, e.0, e.2))
        }
        return arcs
    }

    private init(vertexCount n: Int, arcs: [(Int, Int, Double)], directed: Bool, weighted: Bool) {
        precondition(arcs.allSatisfy { $0.0 >= 0 && $0.0 < n && $0.1 >= 0 && $0.1 < n }, "endpoint out of range")
        let (offsets, targets, weights) = Graph.compress(n: n, arcs: arcs, weighted: weighted, reversed: false)
        self.vertexCount = n
        self.isDirected = directed
        self.isWeighted = weighted
        self.offsets = offsets
        self.targets = targets
        self.weights = weights
        if directed {
            let (o, s, w) = Graph.compress(n: n, arcs: arcs, weighted: weighted, reversed: true)
            inOffsets = o
            inSources = s
            inWeights = w
        } else {
            inOffsets = offsets
            inSources = targets
            inWeights = weights
        }
    }

    /// Counting sort of arcs by their tail, then per-row sort and merge of parallel arcs.
    private static func compress(n: Int, arcs: [(Int, Int, Double)], weighted: Bool, reversed: Bool)
        -> ([Int], [Int32], [Double])
    {
        var count = [Int](repeating: 0, count: n + 1)
        for a in arcs { count[(reversed ? a.1 : a.0) + 1] += 1 }
        for i in 0..<n { count[i + 1] += count[i] }
        var fill = count
        var rowTargets = [Int32](repeating: 0, count: arcs.count)
        var rowWeights = [Double](repeating: 0, count: arcs.count)
        for a in arcs {
            let (tail, head) = reversed ? (a.1, a.0) : (a.0, a.1)
            rowTargets[fill[tail]] = Int32(head)
            rowWeights[fill[tail]] = a.2
            fill[tail] += 1
        }
        var offsets = [Int](repeating: 0, count: n + 1)
        var targets: [Int32] = []
        var weights: [Double] = []
        targets.reserveCapacity(arcs.count)
        weights.reserveCapacity(arcs.count)
        var row: [(Int32, Double)] = []
        for v in 0..<n {
            row.removeAll(keepingCapacity: true)
            for k in count[v]..<count[v + 1] { row.append((rowTargets[k], rowWeights[k])) }
            row.sort { $0.0 < $1.0 }
            var k = 0
            while k < row.count {
                let t = row[k].0
                var w = 0.0
                while k < row.count && row[k].0 == t {
                    w += row[k].1
                    k += 1
                }
                targets.append(t)
                weights.append(weighted ? w : 1)
            }
            offsets[v + 1] = targets.count
        }
        return (offsets, targets, weights)
    }

    /// The out-neighbours of `v` (all neighbours when undirected), ascending.
    @inlinable public func neighbors(of v: Int) -> ArraySlice<Int32> { targets[offsets[v]..<offsets[v + 1]] }

    /// The in-neighbours of `v` (all neighbours when undirected), ascending.
    @inlinable public func inNeighbors(of v: Int) -> ArraySlice<Int32> { inSources[inOffsets[v]..<inOffsets[v + 1]] }

    /// Out-degree of `v` (degree when undirected): the number of distinct neighbours.
    @inlinable public func outDegree(_ v: Int) -> Int { offsets[v + 1] - offsets[v] }

    /// In-degree of `v` (degree when undirected).
    @inlinable public func inDegree(_ v: Int) -> Int { inOffsets[v + 1] - inOffsets[v] }

    /// The weight of the arc u → v, or nil. - Complexity: O(log d(u)).
    public func weight(from u: Int, to v: Int) -> Double? {
        var lo = offsets[u], hi = offsets[u + 1]
        let t = Int32(v)
        while lo < hi {
            let mid = (lo + hi) / 2
            if targets[mid] < t { lo = mid + 1 } else { hi = mid }
        }
        return lo < offsets[u + 1] && targets[lo] == t ? weights[lo] : nil
    }

    /// Whether there is an arc u → v. - Complexity: O(log d(u)).
    public func hasEdge(from u: Int, to v: Int) -> Bool { weight(from: u, to: v) != nil }

    /// The undirected version of this graph (each arc made a tie, parallel ties merged by summing).
    public func undirected() -> Graph {
        guard isDirected else { return self }
        var edges: [(Int, Int, Double)] = []
        edges.reserveCapacity(targets.count)
        for u in 0..<vertexCount {
            for k in offsets[u]..<offsets[u + 1] { edges.append((u, Int(targets[k]), weights[k])) }
        }
        return Graph(vertexCount: vertexCount, edges: edges, directed: false, weighted: isWeighted)
    }
}
