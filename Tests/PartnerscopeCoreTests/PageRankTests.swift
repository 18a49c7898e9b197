import PartnerscopeCore
import Testing
import TestSupport

/// Reference values: networkx 3.6.1 `pagerank(alpha=0.85, tol=1e-15)` (weight=None on unweighted
/// views), from scripts/reference/centrality_reference.py; iterative, compared to 1e-6.
@Suite struct PageRankTests {
    @Test(arguments: CentralityReference.exactViews())
    func pageRank_referenceNetworks_matchesNetworkx(_ view: CentralityReferenceView) throws {
        let ref = try #require(view.values["pagerank"])
        let ours = PageRank.scores(view.graph)
        #expect(CentralityReference.mismatches(ours, ref, tolerance: 1e-6).isEmpty, "\(view) vs \(view.tool)")
        #expect(abs(ours.reduce(0, +) - 1) < 1e-9)
    }

    @Test func pageRank_danglingVertex_spreadsMassUniformly() {
        // a → b, b → a, a → c; c dangling. Hand-solved fixed point checked by the sum and symmetry.
        let g = Graph(vertexCount: 3, edges: [(0, 1, 1), (1, 0, 1), (0, 2, 1)], directed: true)
        let x = PageRank.scores(g)
        #expect(abs(x.reduce(0, +) - 1) < 1e-12)
        #expect(abs(x[1] - x[2]) < 1e-12)  // b and c both receive half of a's mass
        #expect(x[0] > x[1])
    }

    @Test func pageRank_emptySingleAndTieless() {
        #expect(PageRank.scores(Graph(vertexCount: 0, edges: [], directed: true)).isEmpty)
        #expect(PageRank.scores(Graph(vertexCount: 1, edges: [], directed: true)) == [1])
        let x = PageRank.scores(Graph(vertexCount: 4, edges: [], directed: false))
        #expect(x.allSatisfy { abs($0 - 0.25) < 1e-15 })
    }
}
