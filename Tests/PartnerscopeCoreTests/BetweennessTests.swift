import PartnerscopeCore
import Testing
import TestSupport

/// Reference values: networkx 3.6.1 `betweenness_centrality(normalized=True, endpoints=False)`,
/// computed by scripts/reference/centrality_reference.py into each fixture's centrality_reference.json.
@Suite struct BetweennessTests {
    @Test func referenceFixtures_allLoad() throws {
        for f in CentralityReference.fixtures { #expect(try !CentralityReference.load(f).isEmpty, "\(f)") }
    }

    @Test(arguments: CentralityReference.exactViews())
    func betweenness_referenceNetworks_matchesNetworkx(_ view: CentralityReferenceView) throws {
        let ref = try #require(view.values["betweenness"])
        let bad = CentralityReference.mismatches(Betweenness.scores(view.graph), ref, tolerance: 1e-9)
        #expect(bad.isEmpty, "\(view) vs \(view.tool): \(bad)")
    }

    @Test(arguments: CentralityReference.sampledViews())
    func betweenness_sampledSources_matchesNetworkxOnSameSample(_ view: CentralityReferenceView) throws {
        let ref = try #require(view.values["betweenness"])
        let k = try #require(view.sampleSources)
        let ours = Betweenness.scores(view.graph, sampleSources: k, seed: try #require(view.seed))
        let bad = CentralityReference.mismatches(ours, ref, tolerance: 1e-9)
        #expect(bad.isEmpty, "\(view) vs \(view.tool): \(bad)")
    }

    @Test func betweenness_sampleOfAllSources_equalsExact() throws {
        let view = try #require(try CentralityReference.load("kite").first)
        #expect(Betweenness.scores(view.graph, sampleSources: 10) == Betweenness.scores(view.graph))
        #expect(Betweenness.scores(view.graph, sampleSources: 1000) == Betweenness.scores(view.graph))
    }

    @Test func betweenness_sampled_isReproducibleAndSeedDependent() throws {
        let view = try #require(try CentralityReference.load("lesmis").first)
        let a = Betweenness.scores(view.graph, sampleSources: 20, seed: 5)
        #expect(a == Betweenness.scores(view.graph, sampleSources: 20, seed: 5))
        #expect(a != Betweenness.scores(view.graph, sampleSources: 20, seed: 6))
    }

    @Test func betweenness_path_centreScoresOne() {
        let g = Graph(vertexCount: 3, edges: [(0, 1, 1), (1, 2, 1)], directed: false)
        #expect(Betweenness.scores(g) == [0, 1, 0])
    }

    @Test func betweenness_emptyAndTinyGraphs_areZero() {
        #expect(Betweenness.scores(Graph(vertexCount: 0, edges: [], directed: false)).isEmpty)
        #expect(Betweenness.scores(Graph(vertexCount: 1, edges: [], directed: true)) == [0])
        #expect(Betweenness.scores(Graph(vertexCount: 2, edges: [(0, 1, 1)], directed: false)) == [0, 0])
        #expect(Betweenness.scores(Graph(vertexCount: 5, edges: [], directed: false)) == [0, 0, 0, 0, 0])
        #expect(Betweenness.scores(Graph(vertexCount: 5, edges: [(0, 1, 1), (1, 2, 1)], directed: false), sampleSources: 1)
            .allSatisfy { $0.isFinite })
    }
}
