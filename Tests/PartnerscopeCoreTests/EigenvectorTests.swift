import PartnerscopeCore
import Testing
import TestSupport

/// Reference values: networkx 3.6.1 `eigenvector_centrality(tol=1e-15, max_iter=100000)`, from
/// scripts/reference/centrality_reference.py; iterative, compared to 1e-6.
@Suite struct EigenvectorTests {
    @Test(arguments: CentralityReference.exactViews())
    func eigenvector_referenceNetworks_matchesNetworkx(_ view: CentralityReferenceView) throws {
        let ref = try #require(view.values["eigenvector"])
        let result = Eigenvector.compute(view.graph)
        #expect(result.converged)
        #expect(CentralityReference.mismatches(result.scores, ref, tolerance: 1e-6).isEmpty, "\(view) vs \(view.tool)")
    }

    @Test func eigenvector_star_matchesWorkedExample() {
        let g = Graph(vertexCount: 3, edges: [(0, 1, 1), (0, 2, 1)], directed: false)
        let x = Eigenvector.scores(g)
        #expect(abs(x[0] - 0.5.squareRoot()) < 1e-9 && abs(x[1] - 0.5) < 1e-9 && abs(x[2] - 0.5) < 1e-9)
    }

    @Test func eigenvector_emptySingleTieless_haveUnitNorm() {
        #expect(Eigenvector.scores(Graph(vertexCount: 0, edges: [], directed: false)).isEmpty)
        #expect(Eigenvector.scores(Graph(vertexCount: 1, edges: [], directed: false)) == [1])
        let x = Eigenvector.scores(Graph(vertexCount: 4, edges: [], directed: false))
        #expect(x.allSatisfy { abs($0 - 0.5) < 1e-12 })
    }

    @Test func eigenvector_acyclicDirected_reportsNoConvergenceWithoutNaN() {
        let g = Graph(vertexCount: 3, edges: [(0, 1, 1), (1, 2, 1)], directed: true)
        let r = Eigenvector.compute(g, maxIterations: 50)
        #expect(!r.converged)
        #expect(r.scores.allSatisfy { $0.isFinite })
    }
}
