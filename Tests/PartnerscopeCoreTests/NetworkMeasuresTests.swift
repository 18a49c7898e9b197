import PartnerscopeCore
import Testing
import TestSupport

/// Reference values: networkx 3.6.1 `density`, `(weakly_)connected_components`,
/// `average_shortest_path_length` (largest component), shortest-path lengths for the diameter,
/// Freeman centralization from networkx degrees and betweenness, `overall_reciprocity`; from
/// scripts/reference/centrality_reference.py.
@Suite struct NetworkMeasuresTests {
    @Test(arguments: CentralityReference.exactViews())
    func networkMeasures_referenceNetworks_matchNetworkx(_ view: CentralityReferenceView) throws {
        let m = NetworkMeasures(graph: view.graph)
        let r = view.network
        func check(_ key: String, _ ours: Double?, _ sourceLocation: SourceLocation = #_sourceLocation) {
            let expected = r[key] ?? nil
            if let expected, let ours {
                #expect(CentralityReference.close(ours, expected, 1e-9), "\(view) \(key): \(ours) vs \(expected)",
                        sourceLocation: sourceLocation)
            } else {
                #expect(ours == nil && expected == nil, "\(view) \(key): \(String(describing: ours)) vs \(String(describing: expected))",
                        sourceLocation: sourceLocation)
            }
        }
        check("density", m.density)
        check("components", Double(m.components))
        check("largest", Double(m.largest))
        check("average_path_length", m.averagePathLength)
        check("diameter", m.diameter)
        check("freeman_degree_centralization", m.freemanDegreeCentralization)
        check("freeman_betweenness_centralization", m.freemanBetweennessCentralization)
        check("reciprocity", m.reciprocity)
        #expect(m.sampledSources == nil)
    }

    @Test func networkMeasures_path_matchesWorkedExample() {
        let m = NetworkMeasures(graph: Graph(vertexCount: 3, edges: [(0, 1, 1), (1, 2, 1)], directed: false))
        #expect(abs(m.density - 2.0 / 3) < 1e-15 && m.components == 1 && m.largest == 3)
        #expect(abs(m.averagePathLength - 4.0 / 3) < 1e-15 && m.diameter == 2)
        #expect(m.freemanDegreeCentralization == 1 && m.freemanBetweennessCentralization == 1)
        #expect(m.reciprocity == nil)
    }

    @Test func networkMeasures_emptySingleTieless_areDefined() {
        for n in [0, 1, 4] {
            for directed in [false, true] {
                let m = NetworkMeasures(graph: Graph(vertexCount: n, edges: [], directed: directed))
                #expect(m.density == 0 && m.components == n && m.largest == min(n, 1))
                #expect(m.averagePathLength == 0 && m.diameter == 0)
                #expect(m.freemanDegreeCentralization == 0 && m.freemanBetweennessCentralization == 0)
                #expect(m.reciprocity == nil)
            }
        }
    }
}
