import PartnerscopeCore
import Testing
import TestSupport

/// Reference values: networkx 3.6.1 `constraint` and `effective_size`, from
/// scripts/reference/centrality_reference.py. Where networkx gives NaN (no neighbours) the
/// documented Partnerscope value is 0. Effective size is compared with networkx's per-node code path
/// (Burt's definition); its all-nodes sparse-matrix path divides by the wrong row maximum on weighted
/// graphs (see the script).
@Suite struct StructuralHolesTests {
    @Test(arguments: CentralityReference.exactViews())
    func constraint_referenceNetworks_matchesNetworkx(_ view: CentralityReferenceView) throws {
        let ref = try #require(view.values["constraint"])
        let ours = StructuralHoles.constraint(view.graph)
        #expect(CentralityReference.mismatches(ours, ref, tolerance: 1e-9).isEmpty, "\(view) vs \(view.tool)")
        let degree = DegreeCentrality.degree(view.graph)
        for i in ref.indices where degree[i] == 0 { #expect(ours[i] == 0 && ref[i] == nil, "\(view) [\(i)] isolate") }
    }

    @Test(arguments: CentralityReference.exactViews())
    func effectiveSize_referenceNetworks_matchesNetworkx(_ view: CentralityReferenceView) throws {
        let ref = try #require(view.values["effective_size"])
        let ours = StructuralHoles.effectiveSize(view.graph)
        #expect(CentralityReference.mismatches(ours, ref, tolerance: 1e-9).isEmpty, "\(view) vs \(view.tool)")
        let degree = DegreeCentrality.degree(view.graph)
        for i in ref.indices where degree[i] == 0 { #expect(ours[i] == 0 && ref[i] == nil, "\(view) [\(i)] isolate") }
    }

    @Test func structuralHoles_star_matchesWorkedExample() {
        let g = Graph(vertexCount: 3, edges: [(0, 1, 1), (0, 2, 1)], directed: false)
        #expect(StructuralHoles.constraint(g) == [0.5, 1, 1])
        #expect(StructuralHoles.effectiveSize(g) == [2, 1, 1])
    }

    @Test func structuralHoles_emptySingleIsolated_areZero() {
        #expect(StructuralHoles.constraint(Graph(vertexCount: 0, edges: [], directed: false)).isEmpty)
        #expect(StructuralHoles.constraint(Graph(vertexCount: 1, edges: [], directed: false)) == [0])
        #expect(StructuralHoles.effectiveSize(Graph(vertexCount: 2, edges: [], directed: true)) == [0, 0])
    }
}
