import PartnerscopeCore
import Testing

/// Total Place on networks small enough to work by hand; each expected value is derived beside it.
@Suite struct TotalPlaceTests {
    /// The worked example of TotalPlace's documentation: R (no population of its own) holds L1
    /// (100 people) and L2 (300); a council on L1 (£10m), a police force on R (£40m), an ICB on half
    /// of L1 and all of L2 (£20m) that commissions the trust (no budget, on L2).
    static func example() -> Network {
        func agency(_ id: String, _ type: String, _ budget: Double?) -> Agency {
            Agency(id: AgencyID(id), name: id, sector: .public, type: type, budgetMillions: budget)
        }
        let agencies = [agency("council", "unitary-council", 10), agency("police", "police", 40),
                        agency("icb", "icb", 20), agency("trust", "nhs-trust", nil), agency("hq", "government-office", 5)]
        let areas = [Area(code: "R", name: "Region"), Area(code: "L1", name: "One", population: 100, parent: "R"),
                     Area(code: "L2", name: "Two", population: 300, parent: "R")]
        let boundaries = [Boundary(agency: 0, area: 1), Boundary(agency: 1, area: 0), Boundary(agency: 2, area: 1, share: 0.5),
                          Boundary(agency: 2, area: 2), Boundary(agency: 3, area: 2)]
        return Network(name: "tp", agencies: agencies, areas: areas, boundaries: boundaries,
                       relationships: [Relationship(source: 2, target: 3, type: .commissioning, directed: true)])
    }

    @Test func workedExample_apportionsByPopulationShare() {
        let tp = TotalPlace(network: Self.example())
        #expect(tp.areas.count == 1)            // both leaves report to R
        let r = tp.areas[0]
        #expect(r.area == 0)
        #expect(r.population == 400)            // 100 + 300
        #expect(abs(r.total - 70) < 1e-9)       // 10 + 40 + 20
        #expect(abs(r.perHead! - 175_000) < 1e-6) // £70m / 400 people
        #expect(abs(r.throughTies - 20) < 1e-9) // the ICB commissions the trust
        #expect(r.fundedAgencies == 3 && r.unbudgetedAgencies == 1)   // trust has no budget
        #expect(tp.unplaced == [4])             // hq: a budget, no boundary
        #expect(tp.placed == 70 && tp.budgeted == 75)
        #expect(r.byType.map(\.type) == ["icb", "police", "unitary-council"])
    }

    @Test func leavesWithoutParents_reportThemselves_andSplitTheICB() {
        // Without R, L1 and L2 report for themselves: the ICB serves 50 + 300 = 350 people, so L1
        // gets 20 · 50/350 and L2 20 · 300/350; the police force covered R only, now absent.
        let whole = Self.example()
        let areas = [Area(code: "L1", name: "One", population: 100), Area(code: "L2", name: "Two", population: 300)]
        let boundaries = [Boundary(agency: 0, area: 0), Boundary(agency: 2, area: 0, share: 0.5), Boundary(agency: 2, area: 1)]
        let n = Network(name: "tp2", agencies: whole.agencies, areas: areas, boundaries: boundaries, relationships: [])
        let tp = TotalPlace(network: n)
        #expect(tp.areas.map(\.area) == [0, 1])
        #expect(abs(tp.areas[0].total - (10 + 20.0 * 50 / 350)) < 1e-9)
        #expect(abs(tp.areas[1].total - 20.0 * 300 / 350) < 1e-9)
        #expect(tp.unplaced == [1, 4])          // police and hq: budgets, no boundary here
        #expect(tp.areas[0].throughTiesShare == 0)
    }

    @Test func noAreas_placeNothing() {
        let n = Network(name: "none", agencies: Self.example().agencies, relationships: [])
        let tp = TotalPlace(network: n)
        #expect(tp.areas.isEmpty && tp.placed == 0 && tp.unplaced.count == 4)
    }
}
