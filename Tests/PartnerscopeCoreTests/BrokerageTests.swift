import PartnerscopeCore
import Testing

@Suite struct BrokerageTests {
    /// Reference: brute-force enumeration of every ordered triple (a, b, c) with a→b, b→c and no a→c,
    /// classified as R's sna::brokerage does (scripts/reference/silos_reference.py).
    @Test(arguments: SilosReference.all)
    func brokerage_referenceGraphs_matchBruteForce(_ c: SilosReference.Case) {
        let roles = Brokerage.roles(c.graph(), groups: c.groups)
        let flat = roles.map { [$0.coordinator, $0.consultant, $0.representative, $0.gatekeeper, $0.liaison] }
        #expect(flat == c.brokerage)
    }

    @Test func brokerage_handWorkedExample_givesEachRole() {
        // Broker 1 (group 0). In-neighbours 0 (group 0) and 3 (group 1); out-neighbours 2 (group 0),
        // 3 (group 1), 4 (group 1), 5 (group 2); 0→4 closes 0→1→4; 6 is isolated.
        //   0→1→2 coordinator; 0→1→3, 0→1→5 representative; 3→1→2 gatekeeper;
        //   3→1→4 consultant; 3→1→5 liaison; 3→1→3 is not a two-path (a = c).
        let arcs: [(Int, Int, Double)] = [(0, 1, 1), (3, 1, 1), (1, 2, 1), (1, 3, 1), (1, 4, 1), (1, 5, 1), (0, 4, 1)]
        let graph = Graph(vertexCount: 7, edges: arcs, directed: true)
        let roles = Brokerage.roles(graph, groups: [0, 0, 0, 1, 1, 2, 2])
        #expect(roles[1] == Brokerage.Roles(coordinator: 1, consultant: 1, representative: 2, gatekeeper: 1, liaison: 1))
        #expect(roles[1].total == 6)
        for v in [0, 2, 3, 4, 5, 6] { #expect(roles[v].total == 0) }
    }

    @Test func brokerage_undirectedTie_countsBothWays() {
        // 0 – 1 – 2 undirected, 0 and 2 in one group, 1 in another: two consultant paths.
        let graph = Graph(vertexCount: 3, edges: [(0, 1, 1), (1, 2, 1)], directed: false)
        let roles = Brokerage.roles(graph, groups: [0, 1, 0])
        #expect(roles[1] == Brokerage.Roles(consultant: 2))
    }

    @Test(arguments: SilosReference.all)
    func soleLinks_referenceGraphs_matchBruteForce(_ c: SilosReference.Case) {
        let links = Brokerage.soleLinks(c.graph(), groups: c.groups)
        #expect(links.map { [$0.first, $0.second] } == c.sole_links.map(\.groups))
        #expect(links.map(\.agencies) == c.sole_links.map(\.agencies))
        #expect(links.map(\.ties) == c.sole_links.map(\.ties))
    }

    @Test func brokerage_emptyGraph_givesNothing() {
        #expect(Brokerage.roles(Graph(vertexCount: 0, edges: [], directed: true), groups: []).isEmpty)
        #expect(Brokerage.soleLinks(Graph(vertexCount: 1, edges: [], directed: false), groups: [0]).isEmpty)
    }
}
