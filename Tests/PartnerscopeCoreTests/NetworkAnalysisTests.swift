import PartnerscopeCore
import Testing

@Suite struct NetworkAnalysisTests {
    static func agency(_ id: String, _ sector: Sector, _ type: String) -> Agency {
        Agency(id: AgencyID(id), name: id.uppercased(), sector: sector, type: type)
    }

    /// A council, a police force and two charities on two areas; the firm has no tie.
    static let network: Network = {
        let agencies = [
            agency("council", .public, "unitary-council"), agency("police", .public, "police"),
            agency("cvs", .voluntary, "voluntary-org"), agency("foodbank", .voluntary, "voluntary-org"),
            agency("firm", .private, "business"),
        ]
        let areas = [Area(code: "A1", name: "North", population: 100), Area(code: "A2", name: "South", population: 300)]
        return Network(name: "t", agencies: agencies, areas: areas, boundaries: [
            Boundary(agency: 0, area: 0, share: 1), Boundary(agency: 0, area: 1, share: 1),
            Boundary(agency: 1, area: 1, share: 1),
            Boundary(agency: 2, area: 0, share: 1),
        ], relationships: [
            Relationship(source: 0, target: 1, type: .partnership, weight: 3),
            Relationship(source: 0, target: 2, type: .funding, weight: 1, directed: true),
            Relationship(source: 2, target: 3, type: .informal, weight: 2),
        ])
    }()

    static let requirements = Requirements([
        Requirement(theme: "safety", alternatives: ["unitary-council"]),
        Requirement(theme: "safety", alternatives: ["police"]),
        Requirement(theme: "safety", alternatives: ["probation"]),
    ])

    @Test func networkAnalysis_smallNetwork_agreesWithEachAnalysisRunAlone() {
        let a = NetworkAnalysis(network: Self.network, requirements: Self.requirements)
        let alone = CentralityTable(graph: Graph(network: Self.network))
        for m in CentralityMeasure.allCases { #expect(a.centrality[m] == alone[m], "\(m)") }
        #expect(a.summary.tieCount == 3 && a.summary.isolatedAgencies == ["firm"])
        let cot = CoterminosityAnalysis(network: Self.network)
        #expect(a.coterminosity.pairs == cot.pairs)
        #expect(a.silos.partition.membership == SiloAnalysis(Self.network).partition.membership)
        let kinds = a.missing!.findings.map(\.kind)
        #expect(kinds.contains(.absent))  // no probation service
        #expect(a.missing!.findings.first { $0.kind == .absent }!.type == "probation")
    }

    @Test func networkAnalysis_rankingAndGaps_orderedByValueThenId() {
        let a = NetworkAnalysis(network: Self.network)
        #expect(a.missing == nil)
        // Degree: council 2, cvs 2, police 1, foodbank 1, firm 0 → ties broken by id.
        #expect(a.ranking(by: .degree).map { Self.network.agencies[$0].id } == ["council", "cvs", "foodbank", "police", "firm"])
        // Council (A1+A2) and police (A2) nest; council and cvs (A1) nest; police and cvs do not overlap: no gaps.
        #expect(a.gapsBySplit.isEmpty)
        #expect(a.coterminosity.pairs.count == 2)
    }

    @Test func networkAnalysis_emptyNetwork_givesEmptyTablesWithoutCrash() {
        let empty = Network(name: "empty", agencies: [], relationships: [])
        let a = NetworkAnalysis(network: empty, requirements: Self.requirements)
        #expect(a.summary.agencyCount == 0)
        #expect(a.centrality.vertexCount == 0)
        #expect(a.coterminosity.pairs.isEmpty && !a.coterminosity.hasGeography)
        #expect(a.silos.communities.isEmpty)
        #expect(a.missing!.findings.filter { $0.kind == .absent }.count == 3)
        #expect(a.ranking(by: .pagerank).isEmpty)
    }

    @Test func networkAnalysis_directedWeightedOptions_reachTheCentralityView() {
        let a = NetworkAnalysis(network: Self.network, options: .init(directed: true, weighted: true))
        #expect(a.graph.isDirected && a.graph.isWeighted)
        let alone = CentralityTable(graph: Graph(network: Self.network, directed: true, weighted: true))
        #expect(a.centrality[.strength] == alone[.strength])
        #expect(a.centrality[.pagerank] == alone[.pagerank])
    }
}
