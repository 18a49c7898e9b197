import PartnerscopeCore
import Testing

/// A network of `n` agencies (ids `v0`, `v1`, ...) with undirected partnership ties.
private func undirected(_ n: Int, _ ties: [(Int, Int)]) -> Network {
    Network(name: "t", agencies: (0..<n).map { Agency(id: AgencyID("v\($0)"), name: "V\($0)", sector: .public, type: "t") },
            relationships: ties.map { Relationship(source: $0.0, target: $0.1, type: .partnership) })
}

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

    @Test func top_count_isFivePercentRoundedUp_atLeastThree() {
        #expect(Brokerage.topCount(agencies: 0) == 3)
        #expect(Brokerage.topCount(agencies: 60) == 3)
        #expect(Brokerage.topCount(agencies: 61) == 4)
        #expect(Brokerage.topCount(agencies: 100) == 5)
    }

    @Test func top_keepsTheFirstThree_andDropsLowerScores() {
        // Every agency its own group, so every open two-path is brokerage between groups; an
        // undirected open path x – b – y gives b two (x→b→y, y→b→x). By hand, hub 4 (neighbours 0,
        // 5, 6, 7, 8) sits on 5·4 = 20, hub 0 (1, 2, 3, 4) on 12, hub 8 (4, 9, 10) on 6, 10 and 11
        // on the tail on 2 each: 13 agencies keep 3, the cut is 6.
        let ties = [(0, 1), (0, 2), (0, 3), (0, 4), (4, 5), (4, 6), (4, 7), (4, 8), (8, 9), (8, 10), (10, 11), (11, 12)]
        #expect(Brokerage.top(undirected(13, ties), groups: Array(0..<13)) == [0, 4, 8])
    }

    @Test func top_tiesAtTheCut_areAllKept() {
        // Path 0 – 1 – 2 – 3 – 4 – 5: the four inner agencies sit on 2 paths each; 3 are kept and
        // the fourth ties with the last of them.
        let path = undirected(6, [(0, 1), (1, 2), (2, 3), (3, 4), (4, 5)])
        #expect(Brokerage.top(path, groups: Array(0..<6)) == [1, 2, 3, 4])
        // One group: coordinator paths only, no broker between groups.
        #expect(Brokerage.top(path, groups: [Int](repeating: 0, count: 6)).isEmpty)
        #expect(Brokerage.top(undirected(0, []), groups: []).isEmpty)
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
