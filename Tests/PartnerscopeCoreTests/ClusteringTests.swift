import PartnerscopeCore
import Testing
import TestSupport

/// Reference values: networkx 3.6.1 `clustering` (weight="weight" on weighted views), from
/// scripts/reference/centrality_reference.py.
@Suite struct ClusteringTests {
    @Test(arguments: CentralityReference.exactViews())
    func clustering_referenceNetworks_matchesNetworkx(_ view: CentralityReferenceView) throws {
        let ref = try #require(view.values["clustering"])
        let bad = CentralityReference.mismatches(Clustering.scores(view.graph), ref, tolerance: 1e-9)
        #expect(bad.isEmpty, "\(view) vs \(view.tool): \(bad)")
    }

    @Test func clustering_triangleWithPendant_matchesWorkedExample() {
        let g = Graph(vertexCount: 4, edges: [(0, 1, 1), (1, 2, 1), (2, 0, 1), (0, 3, 1)], directed: false)
        let c = Clustering.scores(g)
        #expect(abs(c[0] - 1.0 / 3) < 1e-15 && c[1] == 1 && c[2] == 1 && c[3] == 0)
    }

    @Test func clustering_emptyAndSingle() {
        #expect(Clustering.scores(Graph(vertexCount: 0, edges: [], directed: false)).isEmpty)
        #expect(Clustering.scores(Graph(vertexCount: 1, edges: [], directed: true)) == [0])
    }
}
