import PartnerscopeCore
import Testing
import TestSupport

/// Reference values: networkx 3.6.1 degrees (distinct neighbours, `in_degree`, `out_degree`,
/// `degree(weight="weight")`), from scripts/reference/centrality_reference.py.
@Suite struct DegreeCentralityTests {
    @Test(arguments: CentralityReference.exactViews())
    func degrees_referenceNetworks_matchNetworkx(_ view: CentralityReferenceView) throws {
        let g = view.graph
        for (column, ours) in [("degree", DegreeCentrality.degree(g)), ("in_degree", DegreeCentrality.inDegree(g)),
                               ("out_degree", DegreeCentrality.outDegree(g)), ("strength", DegreeCentrality.strength(g))] {
            let ref = try #require(view.values[column])
            #expect(CentralityReference.mismatches(ours, ref, tolerance: 1e-12).isEmpty, "\(view) \(column)")
        }
    }

    @Test func degrees_directedExample() {
        let g = Graph(vertexCount: 3, edges: [(0, 1, 1), (1, 0, 1), (0, 2, 1)], directed: true)
        #expect(DegreeCentrality.degree(g) == [2, 1, 1])
        #expect(DegreeCentrality.outDegree(g) == [2, 1, 0])
        #expect(DegreeCentrality.inDegree(g) == [1, 1, 1])
        #expect(DegreeCentrality.strength(g) == [3, 2, 1])
    }
}
