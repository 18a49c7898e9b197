/// Everything Partnerscope measures about one network, gathered once: the summary, the centrality
/// table, the coterminosity analysis, silos and brokers, and the missing-partners findings.
///
/// The report, the exports and the batch comparison all read their numbers from this one value,
/// so a figure in `report`'s page, in `compare`'s table and in `centrality`'s CSV is the same
/// computation with the same defaults as the individual commands:
///
/// - ``summary``: ``NetworkSummary``.
/// - ``centrality``: ``CentralityTable`` on the view chosen by ``Options/directed`` and
///   ``Options/weighted`` (default undirected, unweighted, as `partnerscope centrality`), all
///   measures, with the network-level measures; path-based measures sampled above
///   ``CentralityTable/automaticSamplingThreshold`` agencies unless ``Options/sampleSources`` says otherwise.
/// - ``coterminosity``: ``CoterminosityAnalysis`` with tolerance ε = ``Options/tolerance``; every
///   pair of different types is expected to work together (as `partnerscope gaps`).
/// - ``silos``: ``SiloAnalysis`` with ``Options/silos``.
/// - ``tensions``: ``StructuralBalance`` of the signed ties, with the communities of ``silos``.
/// - ``missing``: ``MissingPartnersAnalysis`` against ``requirements`` (nil when none are given),
///   with overlaps from its own coterminosity run (requirements as the `expected` predicate, as
///   `partnerscope missing`).
///
/// No randomness other than the seeded Leiden restarts and the seeded betweenness sample, so the
/// same network and options give the same values.
///
/// - Complexity: the sum of its parts; on large networks betweenness (sampled) and Leiden dominate.
/// - Corner cases: an empty network gives empty tables (no NaN, no crash); a network without areas
///   or boundaries has ``CoterminosityAnalysis/hasGeography`` false and no gap pairs.
public struct NetworkAnalysis: Sendable {
    /// Choices that change the numbers; the defaults are those of the individual commands.
    public struct Options: Sendable {
        /// Centrality: follow each tie's direction.
        public var directed: Bool
        /// Centrality: use tie weights (strength; path length 1 / weight).
        public var weighted: Bool
        /// Centrality: sample this many sources for path-based measures (nil: exact, or automatic on large networks).
        public var sampleSources: Int?
        /// Centrality: sample automatically above ``CentralityTable/automaticSamplingThreshold`` agencies.
        public var automaticSampling: Bool
        /// Seed of the centrality source sample.
        public var seed: UInt64
        /// Coterminosity tolerance ε.
        public var tolerance: Double
        /// Silos, communities and brokers.
        public var silos: SiloAnalysis.Options
        /// Missing partners: smallest boundary overlap for neighbour and structural findings.
        public var minOverlap: Double
        /// Missing partners: at most this many neighbour and this many structural findings (0: all).
        public var missingLimit: Int

        public init(directed: Bool = false, weighted: Bool = false, sampleSources: Int? = nil,
                    automaticSampling: Bool = true, seed: UInt64 = 1,
                    tolerance: Double = CoterminosityAnalysis.defaultTolerance,
                    silos: SiloAnalysis.Options = SiloAnalysis.Options(),
                    minOverlap: Double = 0.1, missingLimit: Int = 25) {
            self.directed = directed
            self.weighted = weighted
            self.sampleSources = sampleSources
            self.automaticSampling = automaticSampling
            self.seed = seed
            self.tolerance = tolerance
            self.silos = silos
            self.minOverlap = minOverlap
            self.missingLimit = missingLimit
        }
    }

    public let network: Network
    public let options: Options
    public let summary: NetworkSummary
    /// The view the centrality table was computed on.
    public let graph: Graph
    public let centrality: CentralityTable
    public let coterminosity: CoterminosityAnalysis
    public let silos: SiloAnalysis
    /// Conflicts, unbalanced triangles and the balance ratio, against the communities of ``silos``.
    public let tensions: StructuralBalance
    /// The requirements the missing-partners findings were checked against, if any.
    public let requirements: Requirements?
    /// The name of the catalogue candidates were drawn from, if any.
    public let catalogueName: String?
    public let missing: MissingPartnersAnalysis?

    /// Runs every analysis on `network`.
    ///
    /// - Parameters:
    ///   - requirements: the partnership themes to check for missing partners; nil skips that analysis.
    ///   - catalogue: a wider network to draw candidates for absent partners from, or nil.
    ///   - options: see ``Options``.
    public init(network: Network, requirements: Requirements? = nil, catalogue: Network? = nil,
                options: Options = Options()) {
        self.network = network
        self.options = options
        self.requirements = requirements
        catalogueName = catalogue?.name
        summary = NetworkSummary(network)
        graph = Graph(network: network, directed: options.directed, weighted: options.weighted)
        centrality = CentralityTable(graph: graph, sampleSources: options.sampleSources,
                                     automaticSampling: options.automaticSampling, seed: options.seed,
                                     networkMeasures: true)
        coterminosity = CoterminosityAnalysis(network: network, tolerance: options.tolerance)
        silos = SiloAnalysis(network, options: options.silos)
        tensions = StructuralBalance(network: network, communities: silos.partition.membership)
        missing = requirements.map {
            MissingPartnersAnalysis(network: network, requirements: $0, overlaps: nil, catalogue: catalogue,
                                    minOverlap: options.minOverlap, limit: options.missingLimit)
        }
    }

    /// The coterminosity gaps, worst split first (``CoterminosityPair/rankedBySplit(_:ids:)``:
    /// population misaligned descending, then agency ids).
    public var gapsBySplit: [CoterminosityPair] {
        CoterminosityPair.rankedBySplit(coterminosity.gaps, ids: network.agencies.map(\.id))
    }

    /// The centrality measures worth reporting on this view: all computed ones, less in- and
    /// out-degree on an undirected view (both equal the degree) and strength on an unweighted
    /// one (it equals the degree).
    public var reportedMeasures: [CentralityMeasure] {
        centrality.measures.filter { m in
            switch m {
            case .inDegree, .outDegree: graph.isDirected
            case .strength: graph.isWeighted
            default: true
            }
        }
    }

    /// Agency indices sorted by one centrality measure (descending), ties broken by agency id;
    /// empty when the measure was not computed.
    public func ranking(by measure: CentralityMeasure) -> [Int] {
        guard let values = centrality[measure] else { return [] }
        let agencies = network.agencies
        return agencies.indices.sorted {
            if values[$0] != values[$1] { return values[$0] > values[$1] }
            return agencies[$0].id < agencies[$1].id
        }
    }
}
