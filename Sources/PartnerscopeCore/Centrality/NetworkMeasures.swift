/// Whole-network measures of a view: density, connectivity, path lengths, centralization and
/// reciprocity.
///
/// Definitions (n vertices, m ties of the view):
/// - `density`: 2m / (n(n − 1)) undirected, m / (n(n − 1)) directed (m = arcs), as networkx `density`;
///   0 when n < 2.
/// - `components`, `largest`: number of (weakly, when directed) connected components and the size of
///   the largest; 0 and 0 for the empty graph.
/// - `averagePathLength`: the mean of d(u, v) over ordered pairs u ≠ v of the largest component
///   with v reachable from u (all pairs when undirected, so it equals networkx
///   `average_shortest_path_length` of that component; on a directed view unreachable pairs are left
///   out instead of raising); distances follow the view (1 / weight when weighted). 0 when the
///   component has one vertex.
/// - `diameter`: the largest finite d(u, v) in the largest component (same distances); 0 for one vertex.
/// - `freemanDegreeCentralization`: Σ_v (d_max − d(v)) / ((n − 1)(n − 2)) over distinct-neighbour
///   degrees (1 for a star, 0 for a regular graph); 0 when n < 3.
/// - `freemanBetweennessCentralization`: Σ_v (b_max − b(v)) / (n − 1) over normalised betweenness
///   (see ``Betweenness``; 1 for a star); 0 when n < 3.
/// - `reciprocity`: on a directed view, the share of arcs whose reverse arc exists (networkx
///   `overall_reciprocity`); nil on an undirected view or without arcs.
///
/// When `sampleSources` K < n the path measures come from K sampled sources: `averagePathLength` is
/// the mean over the sampled pairs and `diameter` the largest distance seen (a lower bound), and
/// `sampledSources` says so.
///
/// - Complexity: dominated by the all-sources searches, O(|V||E|) (O(K|E|) sampled), plus one
///   betweenness computation unless one is passed in.
///
/// Example: the path a – b – c has density 2/3, one component of 3, average path length 4/3,
/// diameter 2, degree centralization 1 and betweenness centralization 1.
///
/// Reference: L. C. Freeman, "Centrality in social networks: conceptual clarification", Social
/// Networks 1(3), 1978, doi:10.1016/0378-8733(78)90021-7; S. Wasserman & K. Faust, *Social Network
/// Analysis*, CUP 1994, doi:10.1017/CBO9780511815478.
public struct NetworkMeasures: Sendable {
    public var vertexCount: Int
    public var density: Double
    public var components: Int
    public var largest: Int
    public var averagePathLength: Double
    public var diameter: Double
    public var freemanDegreeCentralization: Double
    public var freemanBetweennessCentralization: Double
    public var reciprocity: Double?
    /// The number of sampled sources the path measures used, nil when exact.
    public var sampledSources: Int?

    /// Computes every measure from scratch; see the type's documentation.
    public init(graph: Graph, sampleSources: Int? = nil, seed: UInt64 = 1) {
        let profile = DistanceProfile(graph: graph, sampleSources: sampleSources, seed: seed)
        let betweenness = Betweenness.scores(graph, sampleSources: sampleSources, seed: seed)
        self.init(graph: graph, profile: profile, betweenness: betweenness)
    }

    /// Computes the measures reusing a distance profile and betweenness scores of the same view.
    public init(graph: Graph, profile: DistanceProfile, betweenness: [Double]) {
        let n = graph.vertexCount
        vertexCount = n
        sampledSources = profile.sampledSources?.count
        let nd = Double(n)
        density = n < 2 ? 0 : Double(graph.edgeCount) * (graph.isDirected ? 1 : 2) / (nd * (nd - 1))
        let comps = Components(graph)
        components = comps.count
        if let big = comps.largest {
            largest = comps.sizes[big]
            var pairs = 0.0, total = 0.0, far = 0.0
            for v in 0..<n where comps.label[v] == big {
                pairs += profile.reached[v]
                total += profile.sum[v]
                far = max(far, profile.farthest[v])
            }
            averagePathLength = pairs > 0 ? total / pairs : 0
            diameter = far
        } else {
            largest = 0
            averagePathLength = 0
            diameter = 0
        }
        if n >= 3 {
            let degree = DegreeCentrality.degree(graph)
            let dmax = degree.max() ?? 0
            freemanDegreeCentralization = degree.reduce(0) { $0 + (dmax - $1) } / ((nd - 1) * (nd - 2))
            let bmax = betweenness.max() ?? 0
            freemanBetweennessCentralization = betweenness.reduce(0) { $0 + (bmax - $1) } / (nd - 1)
        } else {
            freemanDegreeCentralization = 0
            freemanBetweennessCentralization = 0
        }
        if graph.isDirected, graph.arcCount > 0 {
            var mutual = 0
            for u in 0..<n {
                for v in graph.neighbors(of: u) where graph.hasEdge(from: Int(v), to: u) { mutual += 1 }
            }
            reciprocity = Double(mutual) / Double(graph.arcCount)
        } else {
            reciprocity = nil
        }
    }
}
