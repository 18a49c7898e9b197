import PartnerscopeCore
import Testing

// Hand-computed from the definitions in CatalogueCoverage.swift.
// Areas: R (region) ⊃ D1 (leaves A = 100, B = 300), D2 (leaf C = 600).
private let areas = [
    Area(code: "R", name: "Region", population: 1000),
    Area(code: "D1", name: "District 1", population: 400, parent: "R"),
    Area(code: "D2", name: "District 2", population: 600, parent: "R"),
    Area(code: "A", name: "A", population: 100, parent: "D1"),
    Area(code: "B", name: "B", population: 300, parent: "D1"),
    Area(code: "C", name: "C", population: 600, parent: "D2"),
]
private let agencies = ["x", "y", "z", "w"].map { Agency(id: AgencyID($0), name: $0.uppercased(), sector: .public, type: "police") }

@Test func populationShares_pushBoundariesDownToLeaves() {
    // x covers R (all leaves); y covers D1 and half of C; z covers B at 0.4; w nothing.
    let net = Network(name: "t", agencies: agencies, areas: areas, boundaries: [
        Boundary(agency: 0, area: 0), Boundary(agency: 1, area: 1), Boundary(agency: 1, area: 5, share: 0.5),
        Boundary(agency: 2, area: 4, share: 0.4),
    ], relationships: [])
    let c = PopulationShares(net)
    #expect(c.byPopulation && c.total == 1000)
    #expect(c.covered(0) == 1000 && c.share(0) == 1)
    #expect(c.covered(1) == 100 + 300 + 300)
    #expect(abs(c.covered(2) - 120) < 1e-12)
    #expect(c.covered(3) == 0 && c.share(3) == 0)
    // The same people as the coterminosity analysis counts.
    let cot = CoterminosityAnalysis(network: net)
    for a in 0..<4 { #expect(abs(cot.agencyPopulation[a] - c.covered(a)) < 1e-9) }
}

@Test func populationShares_withoutPopulation_weighAreasEqually() {
    let bare = areas.map { Area(code: $0.code, name: $0.name, population: nil, parent: $0.parent) }
    let net = Network(name: "t", agencies: agencies, areas: bare,
                      boundaries: [Boundary(agency: 0, area: 1), Boundary(agency: 1, area: 3)], relationships: [])
    let c = PopulationShares(net)
    #expect(!c.byPopulation && c.total == 3)
    #expect(c.covered(0) == 2 && c.covered(1) == 1)
    let empty = PopulationShares(Network(name: "e", agencies: [], relationships: []))
    #expect(empty.total == 0)
}

@Test func catalogueCoverage_matchesFinerCoarserAndEqualAreas() {
    // Network drawn at district level: its leaves are D1 (400) and D2 (600) under R.
    let coarse = Network(name: "coarse", agencies: [agencies[0]], areas: Array(areas.prefix(3)),
                         boundaries: [Boundary(agency: 0, area: 0)], relationships: [])
    // Catalogue at leaf level: p covers C (all of D2), q covers A at half share, r covers R.
    let bodies = ["p", "q", "r"].map { Agency(id: AgencyID($0), name: $0, sector: .public, type: "fire") }
    let catalogue = Network(name: "cat", agencies: bodies, areas: areas, boundaries: [
        Boundary(agency: 0, area: 5), Boundary(agency: 1, area: 3, share: 0.5), Boundary(agency: 2, area: 0),
    ], relationships: [])
    let m = CatalogueCoverage(network: coarse, networkShares: PopulationShares(coarse), catalogue: catalogue)
    #expect(m.matchedLeaves == 2 && m.networkLeaves == 2)
    #expect(abs(m.share(0) - 0.6) < 1e-12)   // 600 of 1,000
    #expect(abs(m.share(1) - 0.05) < 1e-12)  // half of A's 100 people
    #expect(abs(m.share(2) - 1) < 1e-12)
    // Network finer than the catalogue: catalogue only knows R and D1, D2.
    let fine = Network(name: "fine", agencies: [agencies[0]], areas: areas, relationships: [])
    let districts = Network(name: "cat2", agencies: bodies, areas: Array(areas.prefix(3)),
                            boundaries: [Boundary(agency: 0, area: 1)], relationships: [])
    let m2 = CatalogueCoverage(network: fine, networkShares: PopulationShares(fine), catalogue: districts)
    #expect(m2.matchedLeaves == 3)
    #expect(abs(m2.share(0) - 0.4) < 1e-12)  // D1 holds A and B: 400 of 1,000
    #expect(m2.share(1) == 0)
    // No code in common.
    let other = Network(name: "o", agencies: bodies, areas: [Area(code: "Z", name: "Z", population: 5)],
                        boundaries: [Boundary(agency: 0, area: 0)], relationships: [])
    let m3 = CatalogueCoverage(network: fine, networkShares: PopulationShares(fine), catalogue: other)
    #expect(m3.matchedLeaves == 0 && m3.share(0) == 0)
}
