import PartnerscopeCore
import Testing
import TestSupport

/// Reference values: networkx 3.6.1 `core_number`, from scripts/reference/centrality_reference.py.
@Suite struct KCoreTests {
    @Test(arguments: CentralityReference.exactViews())
    func coreNumber_referenceNetworks_matchesNetworkx(_ view: CentralityReferenceView) throws {
        let ref = try #require(view.values["core"])
        let bad = CentralityReference.mismatches(KCore.coreNumbers(view.graph).map(Double.init), ref, tolerance: 0)
        #expect(bad.isEmpty, "\(view) vs \(view.tool): \(bad)")
    }

    @Test func coreNumber_triangleWithPendant_matchesWorkedExample() {
        let g = Graph(vertexCount: 5, edges: [(0, 1, 1), (1, 2, 1), (2, 0, 1), (0, 3, 1)], directed: false)
        #expect(KCore.coreNumbers(g) == [2, 2, 2, 1, 0])
        #expect(KCore.coreNumbers(Graph(vertexCount: 0, edges: [], directed: false)).isEmpty)
    }
}
