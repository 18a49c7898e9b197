import GraphvizRender
import InfluenceMaps
import PartnerscopeCore
import Testing

/// Above 150 agencies a map shows one node per group, ties between groups summed.
@Suite struct AggregateMapTests {
    @Test func aggregate_twoGroups_oneNodeEachAndTheTiesBetweenThemSummed() {
        // Fixture ties (by index): 1->0 accountability, 0->3 funding (weight 4), 0-2 partnership
        // (2), 2-4 conflict, 3-5 informal, 1-2 protocol (8). Groups {0,1,3} and {2,4,5}: between
        // them 0-2 (2), 3-5 (1), 1-2 (8): 3 ties, total weight 11; 2-4 and the rest stay inside.
        let network = MapFixtures.network()
        let map = AggregateMap(network: network, groups: [0, 0, 1, 0, 1, 1], groupNames: [0: "community 0", 1: "community 1"],
                               groupedBy: "communities", influence: MapFixtures.influence)
        let d = map.description()
        #expect(d.nodes.count == 2)
        #expect(d.edges.count == 1)
        #expect(d.edges[0].attributes["label"] == "3")
        // Named after the most influential member: council (0.4) and the ICB (0.2).
        let labels = d.nodes.map { "\($0.attributes["label"]!)" }
        #expect(labels[0].contains("Leeds City") && labels[1].contains("Yorkshire ICB"))
        guard case let .html(legend)? = d.graphAttributes["label"] else { Issue.record("no legend"); return }
        #expect(legend.contains("6 agencies as 2 communities, 6 ties as 1 links"))
    }

    @Test func aggregate_moreGroupsThanTheLimit_restMergedIntoOneNode() {
        // 200 isolated agencies, each its own group: 149 groups drawn and one of the other 51.
        let agencies = (0..<200).map { Agency(id: AgencyID("a\($0)"), name: "A\($0)", sector: .public, type: "t") }
        let network = Network(name: "many", agencies: agencies, relationships: [])
        let map = AggregateMap(network: network, groups: Array(0..<200), groupNames: [:], groupedBy: "communities", influence: [])
        let parts = map.members()
        #expect(parts.count == AggregateMap.maximumGroups)
        #expect(parts.last!.agencies.count == 51 && parts.last!.name == "51 other groups")
    }
}
