/// Degree, closeness and betweenness of both modes of a two-mode (affiliation) network — agencies
/// and the boards they sit on — with the normalisations of Borgatti & Everett (1997), as networkx's
/// `networkx.algorithms.bipartite` computes them.
///
/// The two-mode graph has n "top" vertices (agencies) and m "bottom" vertices (boards); an edge
/// joins an agency to each board it sits on. Distances are hop counts in that graph, so two
/// agencies on one board are 2 apart. With d(v) the degree, D(v) = Σ_u d(v, u) over the vertices u
/// that v reaches, r(v) their number and N = n + m:
///
///     degree(top v)      = d(v) / m                 degree(bottom v)      = d(v) / n
///     closeness(top v)   = (m + 2(n − 1)) / D(v) · r(v) / (N − 1)
///     closeness(bottom v)= (n + 2(m − 1)) / D(v) · r(v) / (N − 1)
///     betweenness(v)     = b(v) / b_max(mode of v)
///
/// where b(v) is Brandes' betweenness over unordered pairs of the whole two-mode graph and
///
///     b_max(top)    = ½[m²(s+1)² + m(s+1)(2t − s − 1) − t(2s − t + 3)],  s, t = (n − 1) div m, (n − 1) mod m
///     b_max(bottom) = ½[n²(p+1)² + n(p+1)(2r − p − 1) − r(2p − r + 3)],  p, r = (m − 1) div n, (m − 1) mod n
///
/// are the largest betweenness a vertex of that mode can have in a two-mode graph of this size.
/// The factor r(v)/(N − 1) is networkx's `normalized=True` scaling for disconnected graphs.
///
/// Corner cases: an empty mode gives 0 for the other mode's degree; a vertex reaching nobody
/// has closeness 0; b_max = 0 (fewer than 2 vertices in the other mode) gives betweenness 0 where
/// networkx would divide by zero.
///
/// - Complexity: O(N · E) time for closeness and betweenness (one breadth-first search per
///   vertex, spread over all cores), O(N + E) space per worker; degree O(N + E).
///
/// Example: one board with three members: each agency has degree 1/1, the board 3/3; the board
/// lies on all three agency–agency paths, b = 3 = b_max(bottom) for n = 3, m = 1, so it scores 1.
///
/// Reference: S. P. Borgatti & M. G. Everett, "Network analysis of 2-mode data", Social Networks
/// 19(3), 1997, 243–269, doi:10.1016/S0378-8733(96)00301-2; networkx 3.6
/// `bipartite.degree_centrality`, `closeness_centrality`, `betweenness_centrality`.
public struct TwoModeCentrality: Sendable {
    public let topCount: Int
    public let bottomCount: Int
    /// Indexed by vertex: 0..<topCount the top mode, then the bottom mode.
    public let degree: [Double]
    public let closeness: [Double]
    public let betweenness: [Double]

    /// Computes the three measures.
    ///
    /// - Parameters:
    ///   - topCount: n, the top vertices 0..<n.
    ///   - bottomCount: m, the bottom vertices, numbered 0..<m here (vertex n + j in the results).
    ///   - edges: (top, bottom) pairs; repeated pairs are merged.
    public init(topCount n: Int, bottomCount m: Int, edges: [(top: Int, bottom: Int)]) {
        topCount = n
        bottomCount = m
        let total = n + m
        let graph = Graph(vertexCount: total, edges: edges.map { ($0.top, n + $0.bottom, 1) }, directed: false, weighted: false)
        var degree = [Double](repeating: 0, count: total)
        for v in 0..<total {
            let other = v < n ? m : n
            degree[v] = other > 0 ? Double(graph.outDegree(v)) / Double(other) : 0
        }
        self.degree = degree
        guard total > 1, graph.arcCount > 0 else {
            closeness = [Double](repeating: 0, count: total)
            betweenness = [Double](repeating: 0, count: total)
            return
        }
        let profile = DistanceProfile(graph: graph)
        var closeness = [Double](repeating: 0, count: total)
        for v in 0..<total where profile.sum[v] > 0 {
            let numerator = v < n ? Double(m + 2 * (n - 1)) : Double(n + 2 * (m - 1))
            closeness[v] = numerator / profile.sum[v] * profile.reached[v] / Double(total - 1)
        }
        self.closeness = closeness
        let raw = Betweenness.rawSums(graph, sources: Array(0..<total))
        let maxTop = Self.maximumBetweenness(n: n, m: m)
        let maxBottom = Self.maximumBetweenness(n: m, m: n)
        var betweenness = [Double](repeating: 0, count: total)
        for v in 0..<total {
            let most = v < n ? maxTop : maxBottom
            // rawSums counts each unordered pair twice (once from each end).
            betweenness[v] = most > 0 ? raw[v] / 2 / most : 0
        }
        self.betweenness = betweenness
    }

    /// Borgatti & Everett's largest betweenness of a vertex in the mode of size `n` when the other
    /// mode has `m` vertices. - Complexity: O(1).
    static func maximumBetweenness(n: Int, m: Int) -> Double {
        guard m > 0, n > 0 else { return 0 }
        let (s, t) = (n - 1).quotientAndRemainder(dividingBy: m)
        let (M, S, T) = (Double(m), Double(s), Double(t))
        return (M * M * (S + 1) * (S + 1) + M * (S + 1) * (2 * T - S - 1) - T * (2 * S - T + 3)) / 2
    }
}

extension TwoModeCentrality {
    /// The two-mode centrality of the agencies that sit on a board (top mode, in ascending
    /// agency order: ``BoardSet/memberAgencies``) and every board (bottom mode). Agencies on no
    /// board are not part of the two-mode network.
    ///
    /// - Complexity: as ``init(topCount:bottomCount:edges:)``.
    public init(_ boards: BoardSet) {
        let members = boards.memberAgencies
        var position: [Int: Int] = [:]
        for (k, a) in members.enumerated() { position[a] = k }
        self.init(topCount: members.count, bottomCount: boards.boards.count,
                  edges: boards.memberships.map { (position[$0.agency]!, $0.board) })
    }
}
