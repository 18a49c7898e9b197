import PartnerscopeCore
import Testing

@Suite struct ModularityTests {
    @Test(arguments: SilosReference.all)
    func modularity_givenPartition_matchesNetworkx(_ c: SilosReference.Case) throws {
        let graph = c.graph()
        let expected = try #require(c.modularity_of_groups)
        #expect(abs(Modularity.of(graph, membership: c.groups) - expected) < 1e-12)
        let half = try #require(c.modularity_of_groups_resolution_0_5)
        #expect(abs(Modularity.of(graph, membership: c.groups, resolution: 0.5) - half) < 1e-12)
    }

    @Test func modularity_graphWithoutTies_isZero() {
        #expect(Modularity.of(Graph(vertexCount: 3, edges: [], directed: false), membership: [0, 0, 1]) == 0)
        #expect(Modularity.of(Graph(vertexCount: 0, edges: [], directed: false), membership: []) == 0)
    }
}
