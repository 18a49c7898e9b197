
/// One row of a comparison across areas: the figures of one network (a whole network folder, or
/// one group of a split) side by side with the others.
///
/// Definitions (each from the analysis named):
/// - `density`, `degreeCentralization`, `betweennessCentralization`, `components`: ``NetworkMeasures``
///   of the undirected, unweighted view (Freeman centralization: 1 for a star, 0 for a regular graph).
/// - `modularity`, `communities`: ``Leiden`` on the undirected view (seed 1, 10 restarts), via ``SiloAnalysis``.
/// - `eiSector`, `eiType`: the whole-network ``EIIndex`` (E − I)/(E + I) with sector, and with agency
///   type, as the group; nil without ties (a network of one sector has E–I by sector −1).
/// Every figure comes from one ``NetworkAnalysis`` (the same computation as the report and the
/// individual commands, see ``analysisOptions``).
///
/// - `partnerPairs`, `shareCoterminous`, `populationInGaps`: ``CoterminosityAnalysis`` as in
///   `partnerscope gaps`: every overlapping pair of agencies of different types counts as a pair of
///   partners (they are expected to work together); the share is
///   coterminous / partner pairs (nil when there is no partner pair), the population is that of
///   ``CoterminositySummary/populationInGaps`` (nil without geography).
/// - `populationMisaligned`: the largest ``CoterminosityPair/populationMisaligned`` among the gaps
///   (the worst split: the people on the wrong side of one line), and `worstSplit` the pair with
///   it (ranked as in `partnerscope gaps`); 0 and nil without gaps, nil without geography.
/// - `councilNEff`: for each non-council type T, Σ_A pop(A)·N_eff(A, T) / Σ_A pop(A) over the
///   councils A (county, district, unitary, metropolitan district, London borough) that overlap an
///   agency of type T: how many bodies of type T the typical council deals with (1 = one).
/// - `councilsSplit`: for each non-council type T, the number of councils whose people are split
///   across bodies of type T: the largest share of the council's people that one body of type T
///   serves is below 1 − ε (ε the coterminosity tolerance, 0.005), among councils overlapping T.
/// - `absentPartners`, `unlinkedPartners`: the `absent` and `unlinked` findings of ``MissingPartnersAnalysis``.
/// - `brokers`: the three agencies with the most Gould–Fernandez brokerage roles between agency
///   types (``Brokerage``, directed view), ties broken by id; agencies with no role are left out.
/// - `shareInGaps`, `agenciesPer100k`, `spendPerHead`: the per-head figures of ``profile`` (a
///   ``FootprintProfile`` measured on the whole network, set by the caller; nil without one):
///   residents of the footprint living in a coterminosity gap / residents; agencies, each counted
///   by the share of its people living there, per 100,000 residents; Total Place spend per head.
///
/// - Complexity: that of the analyses; all-pairs shortest paths O(|V||E|) and Leiden dominate for
///   small networks, coterminosity O(Σ_x d(x)²) for networks with many boundaries.
/// - Corner cases: the empty network gives zeros, nil indices and no brokers; never NaN.
public struct ComparisonRow: Sendable {
    /// An agency named in a row, with its score.
    public struct NamedScore: Sendable, Equatable {
        public var id: AgencyID
        public var name: String
        public var score: Double
        public init(id: AgencyID, name: String, score: Double) {
            self.id = id
            self.name = name
            self.score = score
        }
    }

    /// The types counted as councils for ``councilNEff``.
    public static let councilTypes: Set<String> = [
        "county-council", "district-council", "unitary-council", "metropolitan-district", "london-borough",
    ]

    /// The group key or folder name; rows sort by it.
    public var key: String
    public var label: String
    public var agencies: Int
    /// Distinct tied pairs (undirected view).
    public var ties: Int
    /// Agencies per sector, in ``Sector`` order, sectors with none left out.
    public var bySector: [(Sector, Int)]
    /// Agencies per type, sorted by type.
    public var byType: [(String, Int)]
    /// People covered by at least one agency (leaf areas, over the agencies' whole boundaries), nil
    /// without geography.
    public var populationCovered: Double?
    /// The people of the group's own footprint (``NetworkSplit/footprintPopulation(_:in:)``), set by
    /// the caller for split groups; nil otherwise.
    public var footprintPopulation: Double?
    public var density: Double
    public var degreeCentralization: Double
    public var betweennessCentralization: Double
    public var components: Int
    public var modularity: Double
    public var communities: Int
    public var eiSector: Double?
    public var eiType: Double?
    public var partnerPairs: Int
    public var shareCoterminous: Double?
    public var populationInGaps: Double?
    public var populationMisaligned: Double?
    /// The names of the two agencies of the worst split (see ``populationMisaligned``).
    public var worstSplit: (String, String)?
    /// (counterpart type, population-weighted mean N_eff of councils), sorted by type.
    public var councilNEff: [(String, Double)]
    /// (counterpart type, councils split across bodies of that type), sorted by type.
    public var councilsSplit: [(String, Int)]
    public var absentPartners: Int
    public var unlinkedPartners: Int
    public var brokers: [NamedScore]
    /// The footprint's people and the bodies around its edge, measured on the whole network (set
    /// by `batch` for each group, by `compare` for each whole network); nil when not measured.
    public var profile: FootprintProfile?

    /// The ``NetworkAnalysis`` options of the comparison: the defaults of the individual commands,
    /// except that brokers are counted between agency types (between sectors says little where
    /// every agency is public, as in Networks/england) and at most one neighbour and one structural
    /// missing-partner finding is kept (the row counts only absent and unlinked findings).
    public static var analysisOptions: NetworkAnalysis.Options {
        NetworkAnalysis.Options(silos: SiloAnalysis.Options(groupBy: .type), missingLimit: 1)
    }

    /// Analyses `network` for the comparison with ``analysisOptions``.
    ///
    /// - Parameters:
    ///   - key, label: how the row is named.
    ///   - requirements: the partnership themes checked for missing partners.
    public init(key: String, label: String, network: Network, requirements: Requirements) {
        self.init(key: key, label: label,
                  analysis: NetworkAnalysis(network: network, requirements: requirements, options: Self.analysisOptions))
    }

    /// The row of an analysis already run (its centrality view should be the undirected,
    /// unweighted default for the row to mean what the type's documentation says).
    public init(key: String, label: String, analysis: NetworkAnalysis) {
        self.key = key
        self.label = label
        footprintPopulation = nil
        profile = nil
        let network = analysis.network
        let agencies = network.agencies
        self.agencies = agencies.count
        var sectorCount = [Sector: Int]()
        for a in agencies { sectorCount[a.sector, default: 0] += 1 }
        var typeCount = [Int](repeating: 0, count: network.types.count)
        for t in network.agencyTypeIndex { typeCount[Int(t)] += 1 }
        bySector = Sector.allCases.compactMap { s in sectorCount[s].map { (s, $0) } }
        byType = Array(zip(network.types, typeCount))

        let graph = analysis.graph
        ties = graph.edgeCount
        let measures = analysis.centrality.network ?? NetworkMeasures(graph: graph)
        density = measures.density
        degreeCentralization = measures.freemanDegreeCentralization
        betweennessCentralization = measures.freemanBetweennessCentralization
        components = measures.components

        let silos = analysis.silos
        modularity = silos.partition.modularity
        communities = silos.partition.count
        eiSector = silos.wholeIndex.index
        eiType = EIIndex.whole(Graph(network: network), groups: network.agencyTypeIndex.map(Int.init)).index
        brokers = Array(agencies.indices
            .filter { silos.brokerage[$0].total > 0 }
            .sorted {
                let l = silos.brokerage[$0].total, r = silos.brokerage[$1].total
                return l != r ? l > r : agencies[$0].id < agencies[$1].id
            }
            .prefix(3)
            .map { NamedScore(id: agencies[$0].id, name: agencies[$0].name, score: Double(silos.brokerage[$0].total)) })

        let coterminosity = analysis.coterminosity
        let summary = coterminosity.summary
        partnerPairs = summary.partnerPairs
        if coterminosity.hasGeography {
            shareCoterminous = summary.partnerPairs > 0 ? summary.shareCoterminous : nil
            populationInGaps = summary.populationInGaps
            populationCovered = summary.populationCovered
            let worst = analysis.gapsBySplit.first
            populationMisaligned = worst?.populationMisaligned ?? 0
            worstSplit = worst.map { (agencies[$0.a].name, agencies[$0.b].name) }
        } else {
            populationMisaligned = nil
            worstSplit = nil
            shareCoterminous = nil
            populationInGaps = nil
            populationCovered = nil
        }
        var sums = [String: (weighted: Double, weight: Double)]()
        var split = [String: Int]()
        for (a, agency) in agencies.enumerated() where Self.councilTypes.contains(agency.type) {
            let weight = coterminosity.agencyPopulation[a]
            guard weight > 0 else { continue }
            for set in coterminosity.counterparts(of: a) where !Self.councilTypes.contains(set.type) {
                sums[set.type, default: (0, 0)].weighted += weight * set.effectiveNumber
                sums[set.type, default: (0, 0)].weight += weight
                let largest = set.counterparts.map(\.share).max() ?? 0
                split[set.type, default: 0] += largest < 1 - coterminosity.tolerance ? 1 : 0
            }
        }
        councilsSplit = split.keys.sorted().map { ($0, split[$0]!) }
        councilNEff = sums.keys.sorted().compactMap { t in
            let s = sums[t]!
            return s.weight > 0 ? (t, s.weighted / s.weight) : nil
        }
        let findings = analysis.missing?.findings ?? []
        absentPartners = findings.count { $0.kind == .absent }
        unlinkedPartners = findings.count { $0.kind == .unlinked }
    }

    /// The numeric figures of the row, in a fixed order, by column name: what the comparison
    /// ranks, charts and screens for outliers. Per-type counts and N_eff columns are in
    /// ``ComparisonTable/columns``.
    public static let measureNames: [String] = [
        "agencies", "ties", "density", "degree_centralization", "betweenness_centralization", "components",
        "modularity", "communities", "ei_sector", "ei_type", "partner_pairs", "share_coterminous",
        "population_covered", "population_footprint", "population_in_gaps", "share_in_gaps", "population_misaligned",
        "agencies_per_100k", "spend_per_head", "absent_partners", "unlinked_partners",
    ]

    /// The value of each of ``measureNames`` (nil when undefined).
    public var measures: [Double?] {
        [Double(agencies), Double(ties), density, degreeCentralization, betweennessCentralization, Double(components),
         modularity, Double(communities), eiSector, eiType, Double(partnerPairs), shareCoterminous,
         populationCovered, footprintPopulation, populationInGaps, profile?.shareInGaps, populationMisaligned,
         profile?.agenciesPer100k, profile?.spendPerHead, Double(absentPartners), Double(unlinkedPartners)]
    }
}

/// Rows of a comparison with the columns they share, and the ranks and outliers of every column.
///
/// Columns: ``ComparisonRow/measureNames``, then `sector_<s>` for every sector and `type_<t>` for
/// every type present in any row (0 where a row has none), then `neff_<t>` for every counterpart
/// type of councils in any row (nil where a row has no council overlapping that type), sorted, then
/// `councils_split_<t>` likewise.
///
/// Outliers (Tukey's fences): with Q1 and Q3 the quartiles of a column's defined values (linear
/// interpolation between order statistics, as numpy's default and R's type 7), a value is *low*
/// below Q1 − 1.5·IQR and *high* above Q3 + 1.5·IQR, IQR = Q3 − Q1. Only non-degenerate columns
/// have outliers: at least 4 defined values and IQR > 0. A column whose IQR is 0 (more than half
/// of its values equal — a count of London boroughs that is 0 outside London) would otherwise
/// flag every value off the common one, which says nothing.
///
/// Variation: a column *varies* when it has two different defined values; one defined in every
/// row with a single value is the same everywhere (``sameEverywhere``) and is better said once
/// than repeated in every row. Ranks: 1 = largest value, equal values share the smaller rank
/// ("min" ranking); undefined values have no rank.
///
/// Reference: J. W. Tukey (1977), *Exploratory Data Analysis*, Addison-Wesley, ISBN 0-201-07616-0;
/// R. J. Hyndman & Y. Fan (1996), "Sample quantiles in statistical packages", *The American
/// Statistician* 50(4):361–365, doi:10.1080/00031305.1996.10473566.
public struct ComparisonTable: Sendable {
    public enum Outlier: String, Sendable { case low, high }

    /// One column with each row's value, rank and outlier flag.
    public struct Column: Sendable {
        public var name: String
        public var values: [Double?]
        public var ranks: [Int?]
        public var outliers: [Outlier?]
        /// Q1 and Q3 of the defined values, nil with fewer than 4.
        public var quartiles: (q1: Double, q3: Double)?
        /// Whether two defined values differ.
        public var varies: Bool
        /// Whether outliers were screened for: at least 4 defined values and IQR > 0.
        public var screened: Bool
        /// The defined values, ascending.
        public var sortedValues: [Double]
        /// The median of the defined values, nil without any.
        public var median: Double? { sortedValues.isEmpty ? nil : ComparisonTable.quantile(sortedValues, 0.5) }
        /// The Tukey fences (Q1 − 1.5·IQR, Q3 + 1.5·IQR) when the column is screened.
        public var fences: (low: Double, high: Double)? {
            guard screened, let q = quartiles else { return nil }
            return (q.q1 - 1.5 * (q.q3 - q.q1), q.q3 + 1.5 * (q.q3 - q.q1))
        }

            /// Ranks, quartiles and outliers of `values` (see the type's definitions); NaN and
            /// infinite values count as undefined.
            public init(name: String, values: [Double?]) {
            let defined = values.compactMap { v -> Double? in v.flatMap { $0.isFinite ? $0 : nil } }.sorted()
            var ranks = [Int?](repeating: nil, count: values.count)
            for (i, v) in values.enumerated() {
                guard let v, v.isFinite else { continue }
                ranks[i] = 1 + defined.count { $0 > v }
            }
            var outliers = [Outlier?](repeating: nil, count: values.count)
            var quartiles: (Double, Double)?
            var screened = false
            if defined.count >= 4 {
                let q1 = ComparisonTable.quantile(defined, 0.25), q3 = ComparisonTable.quantile(defined, 0.75)
                quartiles = (q1, q3)
                let iqr = q3 - q1
                screened = iqr > 0
                for (i, v) in values.enumerated() where screened {
                    guard let v, v.isFinite else { continue }
                    if v < q1 - 1.5 * iqr { outliers[i] = .low } else if v > q3 + 1.5 * iqr { outliers[i] = .high }
                }
            }
            self.name = name
            self.values = values.map { v in v.flatMap { $0.isFinite ? $0 : nil } }
            self.ranks = ranks
            self.outliers = outliers
            self.quartiles = quartiles
            self.screened = screened
            varies = defined.first != defined.last
            sortedValues = defined
        }
    }

    /// The rows, sorted by key unless the order given was kept.
    public let rows: [ComparisonRow]
    public let columns: [Column]

    /// - Parameters:
    ///   - sortByKey: sort the rows by key (default); false keeps the order given (e.g. the order of
    ///     the folders on the command line, oldest snapshot first).
    public init(rows unsorted: [ComparisonRow], sortByKey: Bool = true) {
        let rows = sortByKey ? unsorted.sorted { $0.key < $1.key } : unsorted
        self.rows = rows
        var raw: [(String, [Double?])] = []
        for (k, name) in ComparisonRow.measureNames.enumerated() {
            raw.append((name, rows.map { $0.measures[k] }))
        }
        for sector in Sector.allCases where rows.contains(where: { r in r.bySector.contains { $0.0 == sector } }) {
            raw.append(("sector_\(sector.rawValue)", rows.map { r in Double(r.bySector.first { $0.0 == sector }?.1 ?? 0) }))
        }
        for type in Set(rows.flatMap { $0.byType.map(\.0) }).sorted() {
            raw.append(("type_\(type)", rows.map { r in Double(r.byType.first { $0.0 == type }?.1 ?? 0) }))
        }
        for type in Set(rows.flatMap { $0.councilNEff.map(\.0) }).sorted() {
            raw.append(("neff_\(type)", rows.map { r in r.councilNEff.first { $0.0 == type }?.1 }))
        }
        for type in Set(rows.flatMap { $0.councilsSplit.map(\.0) }).sorted() {
            raw.append(("councils_split_\(type)", rows.map { r in r.councilsSplit.first { $0.0 == type }.map { Double($0.1) } }))
        }
        columns = raw.map { Column(name: $0.0, values: $0.1) }
    }

    /// The columns with a single value wherever they are defined: "the same everywhere" (with
    /// fewer than two rows, none).
    public var sameEverywhere: [Column] {
        guard rows.count > 1 else { return [] }
        return columns.filter { c in !c.varies && !c.sortedValues.isEmpty }
    }

    /// The columns defined in no row (e.g. spend per head when no agency has a budget).
    public var undefinedEverywhere: [Column] { columns.filter(\.sortedValues.isEmpty) }

    /// The columns that tell rows apart: those that vary (with fewer than two rows, every
    /// column with a value).
    public var varying: [Column] {
        guard rows.count > 1 else { return columns.filter { !$0.sortedValues.isEmpty } }
        return columns.filter(\.varies)
    }

    /// The column named `name`, if any.
    public func column(_ name: String) -> Column? { columns.first { $0.name == name } }

    /// The p-quantile of sorted values by linear interpolation (Hyndman & Fan type 7).
    public static func quantile(_ sorted: [Double], _ p: Double) -> Double {
        guard !sorted.isEmpty else { return 0 }
        let h = Double(sorted.count - 1) * p
        let lo = Int(h.rounded(.down))
        let hi = min(lo + 1, sorted.count - 1)
        return sorted[lo] + (h - Double(lo)) * (sorted[hi] - sorted[lo])
    }
}
