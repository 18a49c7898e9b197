import Foundation
import PartnerscopeCore
import Testing
import TestSupport

/// The fixture written by scripts/reference/link_prediction.py (networkx 3.6.1).
private struct LinkFixture: Decodable {
    struct Pair: Decodable {
        var u: Int, v: Int, common: [Int], cn: Int, aa: Double, ra: Double
        var wcn: Double?, waa: Double?, wra: Double?
    }
    struct GraphData: Decodable {
        var vertices: [String]
        var edges: [[Double]]
        var pairs: [Pair]
    }
    var generator: String
    var graphs: [String: GraphData]

    static func load() throws -> LinkFixture {
        try JSONDecoder().decode(LinkFixture.self, from: Data(contentsOf: Fixtures.url("link_prediction.json")))
    }
}

private func graph(_ g: LinkFixture.GraphData, weighted: Bool, directed: Bool = false) -> Graph {
    Graph(vertexCount: g.vertices.count, edges: g.edges.map { (Int($0[0]), Int($0[1]), $0[2]) },
          directed: directed, weighted: weighted)
}

private func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-12 * max(1, abs(b)) }

@Test func adamicAdar_florentineFamilies_matchesNetworkxNamedValues() throws {
    let fixture = try LinkFixture.load()
    let g = try #require(fixture.graphs["florentine"])
    let lp = LinkPrediction(graph(g, weighted: false))
    func index(_ name: String) -> Int { g.vertices.firstIndex(of: name)! }
    // networkx 3.6.1 adamic_adar_index / resource_allocation_index on florentine_families_graph().
    let guadagniMedici = lp.scores(index("Guadagni"), index("Medici"))
    #expect(close(guadagniMedici.adamicAdar, 1.8204784532536746))
    #expect(close(guadagniMedici.resourceAllocation, 0.6666666666666666))
    #expect(guadagniMedici.common.count == 2)
    let bischeriCastellani = lp.scores(index("Bischeri"), index("Castellani"))
    #expect(close(bischeriCastellani.adamicAdar, 1.631586747071319))
    #expect(close(bischeriCastellani.resourceAllocation, 0.5833333333333333))
    let medicieStrozzi = lp.scores(index("Medici"), index("Strozzi"))
    #expect(close(medicieStrozzi.adamicAdar, 0.9102392266268373))
    #expect(close(medicieStrozzi.resourceAllocation, 0.3333333333333333))
    #expect(lp.scores(index("Albizzi"), index("Strozzi")) == .zero)
}

@Test func linkPrediction_everyNonAdjacentPair_matchesNetworkx() throws {
    let fixture = try LinkFixture.load()
    for name in ["florentine", "small_weighted"] {
        let g = try #require(fixture.graphs[name])
        let lp = LinkPrediction(graph(g, weighted: false))
        #expect(!g.pairs.isEmpty)
        for p in g.pairs {
            let s = lp.scores(p.u, p.v)
            #expect(s.common == p.common, "\(name) \(p.u)-\(p.v)")
            #expect(s.commonNeighbours == Double(p.cn))
            #expect(close(s.adamicAdar, p.aa), "\(name) \(p.u)-\(p.v): \(s.adamicAdar) vs \(p.aa)")
            #expect(close(s.resourceAllocation, p.ra), "\(name) \(p.u)-\(p.v)")
            // Symmetric, and the allocation-free counts agree.
            #expect(lp.scores(p.v, p.u) == s)
            let c = lp.counts(p.u, p.v)
            #expect(c.common == s.common.count && c.adamicAdar == s.adamicAdar && c.resourceAllocation == s.resourceAllocation)
        }
    }
}

@Test func linkPrediction_weighted_matchesLuZhouFormulas() throws {
    let fixture = try LinkFixture.load()
    let g = try #require(fixture.graphs["small_weighted"])
    let lp = LinkPrediction(graph(g, weighted: true))
    var nonZero = 0
    for p in g.pairs {
        let s = lp.scores(p.u, p.v)
        #expect(close(s.commonNeighbours, p.wcn!), "\(p.u)-\(p.v)")
        #expect(close(s.adamicAdar, p.waa!), "\(p.u)-\(p.v)")
        #expect(close(s.resourceAllocation, p.wra!), "\(p.u)-\(p.v)")
        if s.adamicAdar > 0 { nonZero += 1 }
    }
    #expect(nonZero >= 3)
}

@Test func linkPrediction_directedGraph_isReadAsUndirected() throws {
    let fixture = try LinkFixture.load()
    let g = try #require(fixture.graphs["florentine"])
    let undirected = LinkPrediction(graph(g, weighted: false))
    let directed = LinkPrediction(graph(g, weighted: false, directed: true))
    for p in g.pairs { #expect(directed.scores(p.u, p.v) == undirected.scores(p.u, p.v)) }
}

@Test func linkPrediction_cornerCases_giveZero() {
    let empty = LinkPrediction(Graph(vertexCount: 0, edges: [], directed: false))
    #expect(empty.scores(0, 1) == .zero)
    let single = LinkPrediction(Graph(vertexCount: 1, edges: [], directed: false))
    #expect(single.scores(0, 0) == .zero)
    // Two components: 0-1-2 and 3-4; no common neighbour across them; x = y gives zero.
    let split = LinkPrediction(Graph(vertexCount: 5, edges: [(0, 1, 1), (1, 2, 1), (3, 4, 1)], directed: false, weighted: false))
    #expect(split.scores(0, 3) == .zero)
    #expect(split.scores(1, 1) == .zero)
    #expect(split.scores(0, 2).common == [1])
    #expect(close(split.scores(0, 2).adamicAdar, 1 / log(2.0)))
    #expect(split.scores(-1, 7) == .zero)
}
