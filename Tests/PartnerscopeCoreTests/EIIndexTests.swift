import PartnerscopeCore
import Testing

@Suite struct EIIndexTests {
    /// Reference: brute-force E and I over the ties of the same view, scripts/reference/silos_reference.py.
    @Test(arguments: SilosReference.all)
    func eiIndex_referenceGraphs_matchBruteForce(_ c: SilosReference.Case) {
        let graph = c.graph()
        let whole = EIIndex.whole(graph, groups: c.groups)
        #expect(whole.external == c.ei.whole[0] && whole.internal == c.ei.whole[1])
        let groupCount = c.groups.max()! + 1
        let by = EIIndex.byGroup(graph, groups: c.groups, groupCount: groupCount)
        for (key, value) in c.ei.by_group {
            let counts = by[Int(key)!]
            #expect(counts.external == value[0] && counts.internal == value[1], "\(c.name) group \(key)")
        }
    }

    @Test func eiIndex_handWorked_smallNetwork() {
        // Two triangles {0,1,2} and {3,4,5} joined by 2–3, and vertex 6 tied to 5, all unweighted;
        // groups: 0,0,0,1,1,1,1. Whole: E = 1 (2–3), I = 3 + 3 + 1 = 7 → (1 − 7)/8 = −0.75.
        // Group 0: E = 1, I = 3 → −0.5. Group 1: E = 1, I = 4 → −0.6.
        let edges: [(Int, Int, Double)] = [(0, 1, 1), (1, 2, 1), (0, 2, 1), (2, 3, 1), (3, 4, 1), (4, 5, 1), (3, 5, 1), (5, 6, 1)]
        let graph = Graph(vertexCount: 7, edges: edges, directed: false)
        let groups = [0, 0, 0, 1, 1, 1, 1]
        #expect(EIIndex.whole(graph, groups: groups).index == -0.75)
        let by = EIIndex.byGroup(graph, groups: groups, groupCount: 2)
        #expect(by[0].index == -0.5)
        #expect(by[1].index == -0.6)
        let matrix = EIIndex.tieMatrix(graph, groups: groups, groupCount: 2)
        #expect(matrix.counts == [[3, 1], [1, 4]])
    }

    @Test func eiIndex_directedWeighted_countsArcsAndWeights() {
        // 0→1 (weight 2) and 1→0 (weight 1) across groups, 1→2 (weight 4) inside group 1.
        let graph = Graph(vertexCount: 3, edges: [(0, 1, 2), (1, 0, 1), (1, 2, 4)], directed: true, weighted: true)
        let whole = EIIndex.whole(graph, groups: [0, 1, 1])
        #expect(whole.external == 3 && whole.internal == 4)
        let matrix = EIIndex.tieMatrix(graph, groups: [0, 1, 1], groupCount: 2)
        #expect(matrix.counts == [[0, 1], [1, 1]])
        #expect(matrix.weights == [[0, 2], [1, 4]])
    }

    @Test func eiIndex_noTies_isUndefined() {
        let graph = Graph(vertexCount: 2, edges: [], directed: false)
        #expect(EIIndex.whole(graph, groups: [0, 1]).index == nil)
        #expect(EIIndex.byGroup(graph, groups: [0, 1], groupCount: 2).allSatisfy { $0.index == nil })
        #expect(EIIndex.whole(Graph(vertexCount: 0, edges: [], directed: false), groups: []).index == nil)
    }
}
