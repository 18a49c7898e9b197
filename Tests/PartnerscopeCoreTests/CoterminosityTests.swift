import PartnerscopeCore
import Testing

/// Hand-worked examples for ``CoterminosityAnalysis``. The geography of the main example:
///
///     region R ─┬─ L1 ─┬─ x1 (100 people)
///               │      └─ x2 (200)
///               └─ L2 ─┬─ x3 (300)
///                      └─ x4 (400)
///
/// agencies (index, id, type, coverage):
///     0 c1 council   x1, x2                  pop = 100 + 200 = 300
///     1 c2 council   x3, x4                  pop = 300 + 400 = 700
///     2 h1 health    R (expands to x1..x4)   pop = 1000
///     3 p1 police    x1, x2                  pop = 300
///     4 f1 fire      x2, x3                  pop = 200 + 300 = 500
///     5 v1 voluntary x1 at 0.5, x2 at 0.25   pop = 0.5·100 + 0.25·200 = 100
/// ties: c1–f1 (partnership), c1–h1 (partnership).
enum Example {
    static func agency(_ id: String, _ type: String) -> Agency {
        Agency(id: AgencyID(id), name: id.uppercased(), sector: .public, type: type)
    }

    static func area(_ code: String, _ population: Int?, _ parent: String?) -> Area {
        Area(code: AreaCode(code), name: code, population: population, parent: parent.map { AreaCode($0) })
    }

    static func network(populations: Bool = true) -> Network {
        let p: (Int) -> Int? = { populations ? $0 : nil }
        let areas = [
            area("R", p(1000), nil), area("L1", p(300), "R"), area("L2", p(700), "R"),
            area("x1", p(100), "L1"), area("x2", p(200), "L1"), area("x3", p(300), "L2"), area("x4", p(400), "L2"),
        ]
        let agencies = [
            agency("c1", "council"), agency("c2", "council"), agency("h1", "health"),
            agency("p1", "police"), agency("f1", "fire"), agency("v1", "voluntary"),
        ]
        // Area indices: R 0, L1 1, L2 2, x1 3, x2 4, x3 5, x4 6.
        let boundaries = [
            Boundary(agency: 0, area: 3), Boundary(agency: 0, area: 4),
            Boundary(agency: 1, area: 5), Boundary(agency: 1, area: 6),
            Boundary(agency: 2, area: 0),
            Boundary(agency: 3, area: 3), Boundary(agency: 3, area: 4),
            Boundary(agency: 4, area: 4), Boundary(agency: 4, area: 5),
            Boundary(agency: 5, area: 3, share: 0.5), Boundary(agency: 5, area: 4, share: 0.25),
        ]
        let ties = [
            Relationship(source: 0, target: 4, type: .partnership),
            Relationship(source: 2, target: 0, type: .partnership),
        ]
        return Network(name: "example", agencies: agencies, areas: areas, boundaries: boundaries, relationships: ties)
    }
}

private func close(_ x: Double, _ y: Double, _ tol: Double = 1e-12) -> Bool { abs(x - y) <= tol }

private func pair(_ analysis: CoterminosityAnalysis, _ a: Int, _ b: Int) -> CoterminosityPair? {
    analysis.pairs.first { $0.a == a && $0.b == b }
}

@Test func coterminosity_handWorkedExample_everyPairMatches() throws {
    let analysis = CoterminosityAnalysis(network: Example.network())
    #expect(analysis.populationWeighted)
    #expect(analysis.agencyPopulation == [300, 700, 1000, 300, 500, 100])
    // (a, b, relation, shared, a_in_b, b_in_a, jaccard, a_only, b_only), worked by hand:
    //  (0,2) c1–h1 shared 300 (x1+x2): 300/300=1, 300/1000=.3 → a_within_b; J=300/(300+1000−300)=.3
    //  (0,3) c1–p1 shared 300: 1, 1 → coterminous; J=300/300=1
    //  (0,4) c1–f1 shared 200 (x2): 200/300, 200/500=.4 → partial; J=200/(300+500−200)=1/3
    //  (0,5) c1–v1 shared min(1,.5)·100+min(1,.25)·200=100: 100/300, 100/100=1 → b_within_a; J=100/300
    //  (1,2) c2–h1 shared 700: 1, .7 → a_within_b; J=.7
    //  (1,4) c2–f1 shared 300 (x3): 3/7, .6 → partial; J=300/(700+500−300)=1/3
    //  (2,3) h1–p1 shared 300: .3, 1 → b_within_a; J=.3
    //  (2,4) h1–f1 shared 500: .5, 1 → b_within_a; J=.5
    //  (2,5) h1–v1 shared 100: .1, 1 → b_within_a; J=.1
    //  (3,4) p1–f1 shared 200: 2/3, .4 → partial; J=1/3
    //  (3,5) p1–v1 shared 100: 1/3, 1 → b_within_a; J=1/3
    //  (4,5) f1–v1 shared min(1,.25)·200=50: 50/500=.1, 50/100=.5 → partial; J=50/(500+100−50)=1/11
    //  c1–c2 are the same type; c2–p1, c2–v1 do not overlap.
    let expected: [(Int, Int, CoterminosityRelation, Double, Double, Double, Double, Double, Double)] = [
        (0, 2, .aWithinB, 300, 1, 0.3, 0.3, 0, 700),
        (0, 3, .coterminous, 300, 1, 1, 1, 0, 0),
        (0, 4, .partial, 200, 2.0 / 3, 0.4, 1.0 / 3, 100, 300),
        (0, 5, .bWithinA, 100, 1.0 / 3, 1, 1.0 / 3, 200, 0),
        (1, 2, .aWithinB, 700, 1, 0.7, 0.7, 0, 300),
        (1, 4, .partial, 300, 3.0 / 7, 0.6, 1.0 / 3, 400, 200),
        (2, 3, .bWithinA, 300, 0.3, 1, 0.3, 700, 0),
        (2, 4, .bWithinA, 500, 0.5, 1, 0.5, 500, 0),
        (2, 5, .bWithinA, 100, 0.1, 1, 0.1, 900, 0),
        (3, 4, .partial, 200, 2.0 / 3, 0.4, 1.0 / 3, 100, 300),
        (3, 5, .bWithinA, 100, 1.0 / 3, 1, 1.0 / 3, 200, 0),
        (4, 5, .partial, 50, 0.1, 0.5, 1.0 / 11, 450, 50),
    ]
    #expect(analysis.pairs.map { [$0.a, $0.b] } == expected.map { [$0.0, $0.1] })
    for e in expected {
        let p = try #require(pair(analysis, e.0, e.1))
        #expect(p.relation == e.2, "pair \(e.0),\(e.1)")
        #expect(close(p.populationShared, e.3) && close(p.aInB, e.4) && close(p.bInA, e.5) && close(p.jaccard, e.6),
                "pair \(e.0),\(e.1): \(p)")
        #expect(close(p.populationAOnly, e.7) && close(p.populationBOnly, e.8), "pair \(e.0),\(e.1): \(p)")
    }
    #expect(pair(analysis, 0, 4)?.partners == true)
    #expect(pair(analysis, 0, 2)?.partners == true)
    #expect(pair(analysis, 3, 4)?.partners == false)
}

@Test func coterminosity_defaultExpectation_everyPartialPairOfDifferentTypesIsAGap() {
    let analysis = CoterminosityAnalysis(network: Example.network())
    #expect(analysis.gaps.map { [$0.a, $0.b] } == [[0, 4], [1, 4], [3, 4], [4, 5]])
    // Gap population: x2 is covered by the gap c1–f1 with min(1,1)=1 → 200; x3 by c2–f1 → 300.
    #expect(close(analysis.summary.populationInGaps, 500))
    #expect(close(analysis.summary.populationCovered, 1000))
    // 12 pairs: 1 coterminous (0,3), 7 nested, 4 partial.
    let s = analysis.summary
    #expect(s.partnerPairs == 12 && s.coterminousPairs == 1 && s.nestedPairs == 7 && s.partialPairs == 4)
    #expect(close(s.shareCoterminous, 1.0 / 12) && close(s.shareNested, 7.0 / 12) && close(s.sharePartial, 4.0 / 12))
}

@Test func coterminosity_partnersOnlyPredicate_keepsTiedPairsOnly() {
    let analysis = CoterminosityAnalysis(network: Example.network(), expected: { _, _ in false })
    // Only c1–f1 is partial and tied; c1–h1 is tied but nested.
    #expect(analysis.gaps.map { [$0.a, $0.b] } == [[0, 4]])
    #expect(analysis.summary.partnerPairs == 2)
    #expect(close(analysis.summary.shareNested, 0.5) && close(analysis.summary.sharePartial, 0.5))
    // Only x2 (200 people) lies in the c1–f1 gap.
    #expect(close(analysis.summary.populationInGaps, 200))
}

@Test func coterminosity_expectedPredicate_isAskedBothWaysRound() {
    // "fire works with police" given one way round only: p1–f1 (a police, b fire) must count.
    let analysis = CoterminosityAnalysis(network: Example.network(), expected: { $0 == "fire" && $1 == "police" })
    #expect(analysis.gaps.map { [$0.a, $0.b] } == [[0, 4], [3, 4]])
}

@Test func coterminosity_effectiveNumber_handWorked() throws {
    let analysis = CoterminosityAnalysis(network: Example.network())
    // h1 towards councils: c1 300/1000 = .3, c2 .7 → N_eff = 1/(.09 + .49) = 1/.58.
    let h1 = try #require(analysis.counterparts(of: 2).first { $0.type == "council" })
    #expect(h1.counterparts.map(\.agency) == [1, 0])  // by share descending
    #expect(close(h1.effectiveNumber, 1 / 0.58) && close(h1.coverage, 1))
    // f1 towards councils: c1 200/500 = .4, c2 .6 → 1/(.16 + .36) = 1/.52.
    #expect(close(analysis.effectiveNumber(of: 4, type: "council") ?? 0, 1 / 0.52))
    // c1 towards fire: only f1, serving 200 of c1's 300 people (coverage 2/3); the one fire
    // authority serves all of the people c1 shares with fire, so N_eff = (2/3)²/(2/3)² = 1.
    let c1 = try #require(analysis.counterparts(of: 0).first { $0.type == "fire" })
    #expect(close(c1.coverage, 2.0 / 3) && close(c1.effectiveNumber, 1))
    #expect(analysis.effectiveNumber(of: 1, type: "police") == nil)  // c2 meets no police body
    // Population-weighted means: (health, council) has h1 only → 1/.58; (council, fire): c1 and c2
    // both 1 → 1; (fire, council): f1 → 1/.52.
    let means = analysis.summary.meanNEffByTypePair
    #expect(close(means.first { $0.type == "health" && $0.counterpartType == "council" }?.meanEffectiveNumber ?? 0, 1 / 0.58))
    #expect(means.first { $0.type == "council" && $0.counterpartType == "fire" }.map { close($0.meanEffectiveNumber, 1) && $0.agencies == 2 } == true)
    #expect(close(means.first { $0.type == "fire" && $0.counterpartType == "council" }?.meanEffectiveNumber ?? 0, 1 / 0.52))
    #expect(means.map { $0.type + ">" + $0.counterpartType } == means.map { $0.type + ">" + $0.counterpartType }.sorted())
}

@Test func coterminosity_effectiveNumber_weightsMeanByPopulation() {
    // Two councils: c1 (300 people) split 1/3–2/3 between health bodies h1, h2 → N_eff = 1/(1/9+4/9) = 1.8;
    // c2 (700 people) inside h2 → N_eff 1. Mean = (300·1.8 + 700·1)/1000 = 1.24.
    let areas = [Example.area("x1", 100, nil), Example.area("x2", 200, nil), Example.area("x3", 700, nil)]
    let agencies = [Example.agency("c1", "council"), Example.agency("c2", "council"),
                    Example.agency("h1", "health"), Example.agency("h2", "health")]
    let boundaries = [Boundary(agency: 0, area: 0), Boundary(agency: 0, area: 1), Boundary(agency: 1, area: 2),
                      Boundary(agency: 2, area: 0), Boundary(agency: 3, area: 1), Boundary(agency: 3, area: 2)]
    let network = Network(name: "m", agencies: agencies, areas: areas, boundaries: boundaries, relationships: [])
    let analysis = CoterminosityAnalysis(network: network)
    #expect(close(analysis.effectiveNumber(of: 0, type: "health") ?? 0, 1.8))
    let mean = analysis.summary.meanNEffByTypePair.first { $0.type == "council" && $0.counterpartType == "health" }
    #expect(mean.map { close($0.meanEffectiveNumber, 1.24) && $0.agencies == 2 } == true)
}

@Test func coterminosity_perAreaCounts_countDistinctAgenciesPerTypeUpTheHierarchy() {
    let analysis = CoterminosityAnalysis(network: Example.network())
    #expect(analysis.types == ["council", "fire", "health", "police", "voluntary"])
    // Leaves: x1 c1,h1,p1,v1; x2 c1,f1,h1,p1,v1; x3 c2,f1,h1; x4 c2,h1.
    #expect(analysis.areaAgencyCounts(3) == [1, 0, 1, 1, 1])
    #expect(analysis.areaAgencyCounts(4) == [1, 1, 1, 1, 1])
    #expect(analysis.areaAgencyCounts(5) == [1, 1, 1, 0, 0])
    #expect(analysis.areaAgencyCounts(6) == [1, 0, 1, 0, 0])
    // L1 = x1 ∪ x2; L2 = x3 ∪ x4; R: two councils, f1 counted once although it covers x2 and x3.
    #expect(analysis.areaAgencyCounts(1) == [1, 1, 1, 1, 1])
    #expect(analysis.areaAgencyCounts(2) == [1, 1, 1, 0, 0])
    #expect(analysis.areaAgencyCounts(0) == [2, 1, 1, 1, 1])
    #expect(analysis.areaPopulation == [1000, 300, 700, 100, 200, 300, 400])
    #expect(analysis.areaPopulationInGaps == [500, 200, 300, 0, 200, 300, 0])
    #expect(analysis.isLeaf == [false, false, false, true, true, true, true])
}

@Test func coterminosity_missingPopulation_weighsEveryLeafOne() throws {
    let analysis = CoterminosityAnalysis(network: Example.network(populations: false))
    #expect(!analysis.populationWeighted)
    // Every leaf weighs 1: c1 = 2, c2 = 2, h1 = 4, p1 = 2, f1 = 2, v1 = 0.5 + 0.25 = 0.75.
    #expect(analysis.agencyPopulation == [2, 2, 4, 2, 2, 0.75])
    // c1–f1 share x2: 1/2 each way → partial; J = 1/(2+2−1) = 1/3.
    let cf = try #require(pair(analysis, 0, 4))
    #expect(cf.relation == .partial && close(cf.aInB, 0.5) && close(cf.bInA, 0.5) && close(cf.jaccard, 1.0 / 3))
    // c1–v1 share .5 + .25 = .75: v1 fully inside c1 (.75/.75), c1 .75/2 = .375 in v1.
    let cv = try #require(pair(analysis, 0, 5))
    #expect(cv.relation == .bWithinA && close(cv.aInB, 0.375) && close(cv.bInA, 1))
    // f1–v1 share min(1, .25) = .25 on x2: .25/2 = .125 and .25/.75 = 1/3 → partial.
    let fv = try #require(pair(analysis, 4, 5))
    #expect(fv.relation == .partial && close(fv.aInB, 0.125) && close(fv.bInA, 1.0 / 3))
    #expect(close(fv.populationAOnly, 1.75) && close(fv.populationBOnly, 0.5))
}

@Test func coterminosity_oneLeafWithoutPopulation_weighsEveryLeafOne() {
    var areas = Example.network().areas
    areas[6].population = nil  // x4
    let base = Example.network()
    let network = Network(name: "n", agencies: base.agencies, areas: areas, boundaries: base.boundaries,
                          relationships: base.relationships)
    let analysis = CoterminosityAnalysis(network: network)
    #expect(!analysis.populationWeighted)
    #expect(analysis.agencyPopulation == [2, 2, 4, 2, 2, 0.75])
}

@Test func coterminosity_parentPopulationMissing_stillWeighted() {
    // Only leaves carry weight, so a parent without a population does not matter.
    var areas = Example.network().areas
    areas[0].population = nil  // R
    let base = Example.network()
    let network = Network(name: "n", agencies: base.agencies, areas: areas, boundaries: base.boundaries,
                          relationships: base.relationships)
    #expect(CoterminosityAnalysis(network: network).populationWeighted)
}

/// Areas y1 (996 people), y2 (4): A covers both (1000), B covers y1 (996). shared = 996:
/// a_in_b = .996, b_in_a = 1. Areas z1 (997), z2 (3), z3 (1000): C covers z1, z2 (1000), D covers
/// z1, z3 (1997). shared = 997: c_in_d = .997, d_in_c = 997/1997 ≈ .4992.
private func toleranceNetwork() -> Network {
    let areas = [Example.area("y1", 996, nil), Example.area("y2", 4, nil),
                 Example.area("z1", 997, nil), Example.area("z2", 3, nil), Example.area("z3", 1000, nil)]
    let agencies = [Example.agency("A", "t1"), Example.agency("B", "t2"),
                    Example.agency("C", "t1"), Example.agency("D", "t2")]
    let boundaries = [Boundary(agency: 0, area: 0), Boundary(agency: 0, area: 1), Boundary(agency: 1, area: 0),
                      Boundary(agency: 2, area: 2), Boundary(agency: 2, area: 3),
                      Boundary(agency: 3, area: 2), Boundary(agency: 3, area: 4)]
    return Network(name: "tol", agencies: agencies, areas: areas, boundaries: boundaries, relationships: [])
}

@Test func coterminosity_tolerance_decidesNearMisses() {
    let network = toleranceNetwork()
    // ε = .005 (default): threshold .995 → A–B coterminous (.996, 1); C–D a_within_b (.997, .499).
    let loose = CoterminosityAnalysis(network: network)
    #expect(loose.pairs.map(\.relation) == [.coterminous, .aWithinB])
    #expect(loose.gaps.isEmpty)
    // ε = .001: threshold .999 → A–B b_within_a; C–D partial, a gap.
    let tight = CoterminosityAnalysis(network: network, tolerance: 0.001)
    #expect(tight.pairs.map(\.relation) == [.bWithinA, .partial])
    #expect(tight.gaps.map { [$0.a, $0.b] } == [[2, 3]])
    // ε = 0 still calls exact nesting nested; ε = 1 calls everything coterminous.
    #expect(CoterminosityAnalysis(network: network, tolerance: 0).pairs.map(\.relation) == [.bWithinA, .partial])
    #expect(CoterminosityAnalysis(network: network, tolerance: 1).pairs.map(\.relation) == [.coterminous, .coterminous])
    // Out-of-range values are clamped, NaN means the default.
    #expect(CoterminosityAnalysis(network: network, tolerance: -3).tolerance == 0)
    #expect(CoterminosityAnalysis(network: network, tolerance: .nan).tolerance == 0.005)
}

@Test func coterminosity_mostSpecificBoundaryWins_overParentArea() {
    // h2 names L1 at share 1 and x1 at share .5: x1 is covered at .5, x2 at 1 → 50 + 200 = 250.
    let base = Example.network()
    let agencies = [Example.agency("c1", "council"), Example.agency("h2", "health")]
    let boundaries = [Boundary(agency: 0, area: 3), Boundary(agency: 0, area: 4),
                      Boundary(agency: 1, area: 1), Boundary(agency: 1, area: 3, share: 0.5)]
    let network = Network(name: "s", agencies: agencies, areas: base.areas, boundaries: boundaries, relationships: [])
    let analysis = CoterminosityAnalysis(network: network)
    #expect(analysis.agencyPopulation == [300, 250])
    // shared = min(1,.5)·100 + 200 = 250: c1 250/300, h2 1 → b_within_a.
    #expect(analysis.pairs.count == 1 && analysis.pairs[0].relation == .bWithinA)
    #expect(close(analysis.pairs[0].aInB, 250.0 / 300))
}

@Test func coterminosity_emptyAndDegenerateNetworks_giveEmptyFiniteResults() {
    let empty = CoterminosityAnalysis(network: Network(name: "e", agencies: [], relationships: []))
    #expect(empty.pairs.isEmpty && empty.gaps.isEmpty && !empty.hasGeography)
    #expect(empty.summary.shareCoterminous == 0 && empty.summary.populationInGaps == 0)

    let one = Network(name: "1", agencies: [Example.agency("a", "t")], areas: [Example.area("x", 5, nil)],
                      boundaries: [Boundary(agency: 0, area: 0)], relationships: [])
    let single = CoterminosityAnalysis(network: one)
    #expect(single.pairs.isEmpty && single.agencyPopulation == [5] && single.areaAgencyCounts(0) == [1])

    // Agencies without boundaries, and a same-type pair, never form pairs.
    let noBoundaries = Network(name: "nb", agencies: [Example.agency("a", "t"), Example.agency("b", "u")],
                               areas: [Example.area("x", 5, nil)], relationships: [])
    let nb = CoterminosityAnalysis(network: noBoundaries)
    #expect(nb.pairs.isEmpty && !nb.hasGeography && nb.agencyPopulation == [0, 0])

    // Two disconnected pieces of geography: no pairs across them.
    let areas = [Example.area("x", 1, nil), Example.area("y", 1, nil)]
    let split = Network(name: "d", agencies: [Example.agency("a", "t"), Example.agency("b", "u")], areas: areas,
                        boundaries: [Boundary(agency: 0, area: 0), Boundary(agency: 1, area: 1)], relationships: [])
    #expect(CoterminosityAnalysis(network: split).pairs.isEmpty)
}

@Test func coterminosity_zeroPopulationOverlap_isNotAPair() {
    // a and b meet only on an empty area: shared = 0, so no pair (and no division by zero).
    let areas = [Example.area("x", 0, nil), Example.area("y", 10, nil)]
    let network = Network(name: "z", agencies: [Example.agency("a", "t"), Example.agency("b", "u")], areas: areas,
                          boundaries: [Boundary(agency: 0, area: 0), Boundary(agency: 1, area: 0),
                                       Boundary(agency: 1, area: 1)], relationships: [])
    let analysis = CoterminosityAnalysis(network: network)
    #expect(analysis.pairs.isEmpty)
    #expect(analysis.agencyPopulation == [0, 10])
    #expect(analysis.areaAgencyCounts(0) == [1, 1])
}

@Test func coterminosity_parentCycle_expandsToNothingAndDoesNotHang() {
    // p → q → p is a cycle; neither is a leaf, so a boundary on p covers no leaf.
    let areas = [Example.area("p", 10, "q"), Example.area("q", 10, "p"), Example.area("x", 7, nil)]
    let network = Network(name: "c", agencies: [Example.agency("a", "t"), Example.agency("b", "u")], areas: areas,
                          boundaries: [Boundary(agency: 0, area: 0), Boundary(agency: 1, area: 2),
                                       Boundary(agency: 0, area: 2)], relationships: [])
    let analysis = CoterminosityAnalysis(network: network)
    #expect(analysis.agencyPopulation == [7, 7])
    #expect(analysis.pairs.count == 1 && analysis.pairs[0].relation == .coterminous)
}

@Test func coterminosity_swappedPair_swapsDirectionalMeasures() throws {
    let analysis = CoterminosityAnalysis(network: Example.network())
    let p = try #require(pair(analysis, 0, 2))
    let s = p.swapped
    #expect(s.a == 2 && s.b == 0 && s.relation == .bWithinA && s.aInB == p.bInA && s.populationAOnly == p.populationBOnly)
    #expect(s.swapped == p)
}

/// Issue 17 row 15: shares so small that their squares underflow gave N_eff 0; by definition
/// N_eff ≥ 1 for an agency with any counterpart of the type (and ≤ the number of counterparts).
@Test func coterminosity_effectiveNumber_isAtLeastOne_evenForSubnormalShares() throws {
    let agencies = [Example.agency("c", "council"), Example.agency("p", "police"), Example.agency("q", "police")]
    let areas = [Example.area("x", 1000, nil)]
    for shares in [[5e-324, 1e-320], [1e-300, 1e-300], [1e-160, 1]] {
        let boundaries = [Boundary(agency: 0, area: 0), Boundary(agency: 1, area: 0, share: shares[0]),
                          Boundary(agency: 2, area: 0, share: shares[1])]
        let network = Network(name: "tiny", agencies: agencies, areas: areas, boundaries: boundaries, relationships: [])
        let analysis = CoterminosityAnalysis(network: network)
        let n = try #require(analysis.effectiveNumber(of: 0, type: "police"))
        #expect(n >= 1 && n <= 2, "shares \(shares): N_eff \(n)")
    }
    // One counterpart: exactly 1, however small its share.
    let one = Network(name: "one", agencies: Array(agencies.prefix(2)), areas: areas,
                      boundaries: [Boundary(agency: 0, area: 0), Boundary(agency: 1, area: 0, share: 1e-300)], relationships: [])
    #expect(CoterminosityAnalysis(network: one).effectiveNumber(of: 0, type: "police") == 1)
}
