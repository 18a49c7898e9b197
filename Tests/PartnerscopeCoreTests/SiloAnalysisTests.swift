import PartnerscopeCore
import Testing

@Suite struct SiloAnalysisTests {
    static func agency(_ id: String, _ sector: Sector, _ type: String) -> Agency {
        Agency(id: AgencyID(id), name: id.uppercased(), sector: sector, type: type)
    }

    /// Two public agencies, two voluntary ones, one private agency with no tie.
    static let network = Network(name: "t", agencies: [
        agency("council", .public, "unitary-council"), agency("police", .public, "police"),
        agency("cvs", .voluntary, "voluntary-org"), agency("foodbank", .voluntary, "voluntary-org"),
        agency("firm", .private, "business"),
    ], relationships: [
        Relationship(source: 0, target: 1, type: .partnership, weight: 3),
        Relationship(source: 0, target: 2, type: .funding, weight: 1, directed: true),
        Relationship(source: 2, target: 3, type: .informal, weight: 2),
    ])

    @Test func siloAnalysis_smallNetwork_handWorked() {
        let s = SiloAnalysis(Self.network)
        // Ties: council–police (public, internal), council–cvs (external), cvs–foodbank (voluntary, internal).
        // Whole E–I with sector groups: (1 − 2)/3.
        #expect(s.wholeIndex.index == -1.0 / 3)
        #expect(s.sectors == [.public, .private, .voluntary])
        #expect(s.sectorsWithoutOutsideTies == [.private])
        #expect(s.typesWithoutOutsideTies == ["business"])
        #expect(s.sectorTieCounts == [[1, 0, 1], [0, 0, 0], [1, 0, 1]])
        // The council is a cut vertex (police hangs on it) and so is cvs (foodbank); all ties are bridges.
        #expect(s.fragility.articulationPoints == [0, 2])
        #expect(s.fragility.bridges.count == 3)
        #expect(s.largestComponentSize == 4 && s.componentCount == 2)
        // council→cvs is directed: police→council→cvs is a representative path for the council,
        // and cvs is the only link between public and voluntary along with the council (one tie).
        #expect(s.brokerage[0].representative == 1)
        #expect(s.brokerage[0].gatekeeper == 0)  // cvs→council does not exist
        #expect(s.soleLinksBetweenSectors.map(\.agencies) == [[0, 2]])
        #expect(s.communities.flatMap(\.members).sorted() == [0, 1, 2, 3, 4])
        #expect(s.communities.first { $0.members.contains(4) }!.members == [4])
    }

    @Test func siloAnalysis_weightedDirectedView_usesWeightsAndArcs() {
        let s = SiloAnalysis(Self.network, options: .init(directed: true, weighted: true))
        // Arcs: council⇄police (3 each way), council→cvs (1), cvs⇄foodbank (2 each way).
        #expect(s.wholeIndex.external == 1 && s.wholeIndex.internal == 10)
        #expect(s.sectorTieWeights[0][2] == 1 && s.sectorTieWeights[2][0] == 0)
    }

    @Test func siloAnalysis_singleSector_reportsNoSilo() {
        let one = Network(name: "one", agencies: [
            Self.agency("a", .public, "police"), Self.agency("b", .public, "police"), Self.agency("c", .public, "fire"),
        ], ties: [("a", "b", .partnership), ("b", "c", .partnership)])
        let s = SiloAnalysis(one, options: .init(groupBy: .type))
        #expect(s.wholeIndex.index == -1)
        #expect(s.sectorsWithoutOutsideTies.isEmpty)
        #expect(s.brokerage[1] == Brokerage.Roles(representative: 1, gatekeeper: 1))
    }

    @Test func siloAnalysis_emptyNetwork_doesNotCrash() {
        let s = SiloAnalysis(Network(name: "empty", agencies: [], relationships: []))
        #expect(s.partition.count == 0 && s.partition.modularity == 0)
        #expect(s.wholeIndex.index == nil)
        #expect(s.brokerage.isEmpty && s.fragility.articulationPoints.isEmpty)
    }
}
