import PartnerscopeCore
import Testing
import TestSupport

@Suite struct CentralityTableTests {
    @Test func centralityTable_selectedMeasures_leavesOthersEmpty() throws {
        let view = try #require(try CentralityReference.load("kite").first)
        let t = CentralityTable(graph: view.graph, measures: [.pagerank, .betweenness], networkMeasures: false)
        #expect(t.measures == [.betweenness, .pagerank])
        #expect(t[.betweenness] == Betweenness.scores(view.graph))
        #expect(t[.pagerank] == PageRank.scores(view.graph))
        #expect(t[.closeness] == nil && t[.degree] == nil && t.network == nil)
    }

    @Test(arguments: CentralityReference.exactViews())
    func centralityTable_referenceNetworks_agreesWithEachMeasure(_ view: CentralityReferenceView) throws {
        let g = view.graph
        let t = CentralityTable(graph: g)
        #expect(t.sampledSources == nil)
        for m in CentralityMeasure.allCases {
            let ours = try #require(t[m])
            let ref = try #require(view.values[m.rawValue], "\(m)")
            let tolerance = m == .eigenvector || m == .pagerank ? 1e-6 : 1e-9
            #expect(CentralityReference.mismatches(ours, ref, tolerance: tolerance).isEmpty, "\(view) \(m)")
            #expect(ours.allSatisfy { $0.isFinite }, "\(view) \(m)")
        }
        let net = try #require(t.network)
        #expect(CentralityReference.close(net.averagePathLength, try #require(view.network["average_path_length"] ?? nil), 1e-9))
    }

    @Test func centralityTable_emptySingleAndTieless_areFiniteZeros() {
        for n in [0, 1, 3] {
            for directed in [false, true] {
                for weighted in [false, true] {
                    let t = CentralityTable(graph: Graph(vertexCount: n, edges: [], directed: directed, weighted: weighted))
                    for m in CentralityMeasure.allCases {
                        let v = t[m] ?? []
                        #expect(v.count == n && v.allSatisfy { $0.isFinite })
                        if m != .eigenvector && m != .pagerank { #expect(v.allSatisfy { $0 == 0 }, "\(m) n=\(n)") }
                    }
                }
            }
        }
    }

    @Test func centralityTable_sampling_isReportedAndReproducible() throws {
        let view = try #require(try CentralityReference.load("lesmis").first)
        let a = CentralityTable(graph: view.graph, sampleSources: 20, seed: 4)
        let b = CentralityTable(graph: view.graph, sampleSources: 20, seed: 4)
        #expect(a.sampledSources == 20 && a.network?.sampledSources == 20)
        #expect(a[.betweenness] == b[.betweenness] && a[.closeness] == b[.closeness] && a[.harmonic] == b[.harmonic])
        #expect(CentralityTable(graph: view.graph, sampleSources: 500).sampledSources == nil)
    }

    /// Issue 18: an explicit `--sample` above the threshold is the user's choice, not an automatic
    /// one; only a sample taken because the graph is large is called automatic.
    @Test func centralityTable_explicitSampleAboveThreshold_isNotCalledAutomatic() {
        let n = CentralityTable.automaticSamplingThreshold + 1
        let path = Graph(vertexCount: n, edges: (1..<n).map { ($0 - 1, $0, 1.0) }, directed: false, weighted: false)
        let explicit = CentralityTable(graph: path, measures: [.degree, .harmonic], sampleSources: 5, networkMeasures: false)
        let automatic = CentralityTable(graph: path, measures: [.degree, .harmonic], networkMeasures: false)
        #expect(explicit.sampledSources == 5 && !explicit.sampledAutomatically)
        #expect(automatic.sampledSources == CentralityTable.automaticSampleSources && automatic.sampledAutomatically)
        let noPaths = CentralityTable(graph: path, measures: [.degree], networkMeasures: false)
        #expect(noPaths.sampledSources == nil && !noPaths.sampledAutomatically)
        let small = try? CentralityReference.load("kite").first
        if let small { #expect(!CentralityTable(graph: small.graph, sampleSources: 3).sampledAutomatically) }
    }
}
