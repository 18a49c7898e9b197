import PartnerscopeCore
import Testing

@Suite struct FragilityTests {
    /// Reference: networkx 3.6.1 `articulation_points`, `bridges`, and the pieces left by
    /// `remove_node` (silos_reference.json).
    @Test(arguments: SilosReference.all)
    func fragility_referenceGraphs_matchNetworkx(_ c: SilosReference.Case) {
        let result = Fragility.analyse(c.graph())
        #expect(result.articulationPoints == c.fragility.articulation_points)
        #expect(result.cutOff == c.fragility.cut_off)
        #expect(result.bridges.map { [$0.0, $0.1] } == c.fragility.bridges)
        #expect(Fragility.articulationPoints(c.graph()) == c.fragility.articulation_points)
        #expect(Fragility.bridges(c.graph()).count == c.fragility.bridges.count)
    }

    @Test func fragility_longPath_doesNotOverflowTheStack() {
        // A path 0 – 1 – … – (n−1): every inner vertex is a cut vertex and cuts off the shorter side.
        let n = 200_000
        let graph = Graph(vertexCount: n, edges: (0..<(n - 1)).map { ($0, $0 + 1, 1.0) }, directed: false)
        let result = Fragility.analyse(graph)
        #expect(result.articulationPoints == Array(1..<(n - 1)))
        #expect(result.bridges.count == n - 1)
        #expect(result.cutOff[0] == 1 && result.cutOff[n / 2 - 1] == n / 2 - 1)
        #expect(zip(result.articulationPoints, result.cutOff).allSatisfy { v, cut in cut == min(v, n - 1 - v) })
    }

    @Test func fragility_cycleAndEmpty_haveNoWeakPoints() {
        let cycle = Graph(vertexCount: 5, edges: (0..<5).map { ($0, ($0 + 1) % 5, 1.0) }, directed: true)
        #expect(Fragility.analyse(cycle).articulationPoints.isEmpty)
        #expect(Fragility.analyse(cycle).bridges.isEmpty)
        #expect(Fragility.analyse(Graph(vertexCount: 0, edges: [], directed: false)).articulationPoints.isEmpty)
        #expect(Fragility.analyse(Graph(vertexCount: 1, edges: [], directed: false)).bridges.isEmpty)
    }

    @Test func fragility_starCentre_cutsOffAllButOneLeaf() {
        // Hand-worked: removing the centre of a star with 4 leaves leaves 4 singletons; 3 are cut off
        // from the largest remaining piece (one leaf).
        let star = Graph(vertexCount: 5, edges: (1..<5).map { (0, $0, 1.0) }, directed: false)
        let result = Fragility.analyse(star)
        #expect(result.articulationPoints == [0])
        #expect(result.cutOff == [3])
        #expect(result.bridges.count == 4)
    }
}
