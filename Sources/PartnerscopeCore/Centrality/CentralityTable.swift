/// A per-vertex measure that ``CentralityTable`` can compute; the raw value is the CSV column name.
public enum CentralityMeasure: String, CaseIterable, Sendable, Comparable {
    case degree
    case inDegree = "in_degree"
    case outDegree = "out_degree"
    case strength, betweenness, closeness, harmonic, eigenvector, pagerank, clustering, core, constraint
    case effectiveSize = "effective_size"

    public static func < (a: CentralityMeasure, b: CentralityMeasure) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }

    /// Whether the measure searches shortest paths from every source (and may be sampled).
    public var isPathBased: Bool { self == .betweenness || self == .closeness || self == .harmonic }
}

/// The chosen centrality measures of every vertex of one view, plus the network-level measures.
///
/// Measures not requested are nil. Path-based measures (betweenness, closeness, harmonic) and the
/// network's path lengths are computed exactly unless `sampleSources` is given or, with
/// `automaticSampling`, the graph has more than ``automaticSamplingThreshold`` vertices, in which
/// case ``automaticSampleSources`` sources are sampled and ``sampledSources`` says how many.
/// No value is NaN or infinite (see each measure's corner cases).
///
/// - Complexity: the sum of the requested measures' costs; the all-sources searches for closeness,
///   harmonic and the network's path lengths are shared.
public struct CentralityTable: Sendable {
    /// Above this many vertices, path-based measures are sampled unless told otherwise.
    public static let automaticSamplingThreshold = 20_000
    /// The number of sampled sources chosen automatically.
    public static let automaticSampleSources = 1_000

    public let vertexCount: Int
    public let measures: [CentralityMeasure]
    /// The value of each computed measure, indexed by vertex.
    public let values: [CentralityMeasure: [Double]]
    /// The number of sampled sources behind the path-based values, nil when exact.
    public let sampledSources: Int?
    /// Whether the sample was chosen automatically (the graph is above
    /// ``automaticSamplingThreshold`` and no `sampleSources` was given), not asked for.
    public let sampledAutomatically: Bool
    /// Whether eigenvector centrality converged (true when it was not requested).
    public let eigenvectorConverged: Bool
    /// Network-level measures, when requested.
    public let network: NetworkMeasures?

    /// Computes the requested measures on `graph`.
    ///
    /// - Parameters:
    ///   - measures: which per-vertex measures to compute (all by default).
    ///   - sampleSources: sample this many sources for path-based measures (exact when nil or ≥ n).
    ///   - automaticSampling: when `sampleSources` is nil, sample ``automaticSampleSources`` sources on
    ///     graphs above ``automaticSamplingThreshold`` vertices.
    ///   - seed: the seed of the source sample.
    ///   - networkMeasures: also compute ``NetworkMeasures`` (needs betweenness and the distance profile).
    public init(graph: Graph, measures: [CentralityMeasure] = CentralityMeasure.allCases, sampleSources: Int? = nil,
                automaticSampling: Bool = true, seed: UInt64 = 1, networkMeasures: Bool = true) {
        let n = graph.vertexCount
        vertexCount = n
        let wanted = Set(measures)
        self.measures = wanted.sorted()
        var k = sampleSources
        var automatic = false
        if k == nil, automaticSampling, n > CentralityTable.automaticSamplingThreshold {
            k = CentralityTable.automaticSampleSources
            automatic = true
        }
        if let s = k, s >= n { k = nil }
        let needsPaths = wanted.contains(.betweenness) || wanted.contains(.closeness) || wanted.contains(.harmonic)
        sampledSources = (needsPaths || networkMeasures) ? k : nil
        sampledAutomatically = automatic && sampledSources != nil
        var values: [CentralityMeasure: [Double]] = [:]
        if wanted.contains(.degree) { values[.degree] = DegreeCentrality.degree(graph) }
        if wanted.contains(.inDegree) { values[.inDegree] = DegreeCentrality.inDegree(graph) }
        if wanted.contains(.outDegree) { values[.outDegree] = DegreeCentrality.outDegree(graph) }
        if wanted.contains(.strength) { values[.strength] = DegreeCentrality.strength(graph) }
        var betweenness: [Double]?
        if wanted.contains(.betweenness) || networkMeasures {
            betweenness = Betweenness.scores(graph, sampleSources: k, seed: seed)
            if wanted.contains(.betweenness) { values[.betweenness] = betweenness }
        }
        var profile: DistanceProfile?
        if wanted.contains(.closeness) || wanted.contains(.harmonic) || networkMeasures {
            let p = DistanceProfile(graph: graph, sampleSources: k, seed: seed)
            profile = p
            if wanted.contains(.closeness) { values[.closeness] = Closeness.scores(p) }
            if wanted.contains(.harmonic) { values[.harmonic] = Harmonic.scores(p) }
        }
        var converged = true
        if wanted.contains(.eigenvector) {
            let e = Eigenvector.compute(graph)
            values[.eigenvector] = e.scores
            converged = e.converged
        }
        eigenvectorConverged = converged
        if wanted.contains(.pagerank) { values[.pagerank] = PageRank.scores(graph) }
        if wanted.contains(.clustering) { values[.clustering] = Clustering.scores(graph) }
        if wanted.contains(.core) { values[.core] = KCore.coreNumbers(graph).map(Double.init) }
        if wanted.contains(.constraint) || wanted.contains(.effectiveSize) {
            let holes = StructuralHoles.compute(graph)
            if wanted.contains(.constraint) { values[.constraint] = holes.constraint }
            if wanted.contains(.effectiveSize) { values[.effectiveSize] = holes.effectiveSize }
        }
        self.values = values
        if networkMeasures, let profile, let betweenness {
            network = NetworkMeasures(graph: graph, profile: profile, betweenness: betweenness)
        } else {
            network = nil
        }
    }

    /// The values of one measure, nil when it was not requested.
    public subscript(_ measure: CentralityMeasure) -> [Double]? { values[measure] }
}
