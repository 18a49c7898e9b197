import PartnerscopeCore
import Testing
import TestSupport

/// Reference values: networkx 3.6.1 `closeness_centrality(wf_improved=True)` and
/// `harmonic_centrality`, from scripts/reference/centrality_reference.py (centrality_reference.json).
@Suite struct ClosenessTests {
    @Test(arguments: CentralityReference.exactViews())
    func closeness_referenceNetworks_matchesNetworkx(_ view: CentralityReferenceView) throws {
        let ref = try #require(view.values["closeness"])
        let bad = CentralityReference.mismatches(Closeness.scores(view.graph), ref, tolerance: 1e-9)
        #expect(bad.isEmpty, "\(view) vs \(view.tool): \(bad)")
    }

    @Test(arguments: CentralityReference.exactViews())
    func harmonic_referenceNetworks_matchesNetworkx(_ view: CentralityReferenceView) throws {
        let ref = try #require(view.values["harmonic"])
        let bad = CentralityReference.mismatches(Harmonic.scores(view.graph), ref, tolerance: 1e-9)
        #expect(bad.isEmpty, "\(view) vs \(view.tool): \(bad)")
    }

    @Test func closeness_path_matchesWorkedExample() {
        let g = Graph(vertexCount: 3, edges: [(0, 1, 1), (1, 2, 1)], directed: false)
        #expect(Closeness.scores(g) == [2.0 / 3, 1, 2.0 / 3])
        #expect(Harmonic.scores(g) == [1.5, 2, 1.5])
    }

    @Test func closeness_sampleOfAllSources_equalsExact() throws {
        let view = try #require(try CentralityReference.load("lesmis").first { $0.weighted })
        let exact = Closeness.scores(view.graph)
        let all = Closeness.scores(view.graph, sampleSources: 77)
        #expect(CentralityReference.mismatches(all, exact, tolerance: 1e-12).isEmpty)
    }

    @Test func closeness_sampled_estimatesWithinTenPercentOnAverage() throws {
        let view = try #require(try CentralityReference.load("lesmis").first)
        let exact = Closeness.scores(view.graph)
        let est = Closeness.scores(view.graph, sampleSources: 40, seed: 9)
        let meanError = zip(est, exact).map { abs($0 - $1) / $1 }.reduce(0, +) / Double(exact.count)
        #expect(meanError < 0.1)
        let h = Harmonic.scores(view.graph, sampleSources: 40, seed: 9)
        let hExact = Harmonic.scores(view.graph)
        #expect(zip(h, hExact).map { abs($0 - $1) / $1 }.reduce(0, +) / Double(h.count) < 0.1)
    }

    @Test func closeness_emptySingleAndTieless_areZero() {
        #expect(Closeness.scores(Graph(vertexCount: 0, edges: [], directed: false)).isEmpty)
        #expect(Closeness.scores(Graph(vertexCount: 1, edges: [], directed: false)) == [0])
        #expect(Harmonic.scores(Graph(vertexCount: 1, edges: [], directed: true)) == [0])
        #expect(Closeness.scores(Graph(vertexCount: 4, edges: [], directed: true)) == [0, 0, 0, 0])
        #expect(Harmonic.scores(Graph(vertexCount: 4, edges: [], directed: false), sampleSources: 2) == [0, 0, 0, 0])
    }
}
