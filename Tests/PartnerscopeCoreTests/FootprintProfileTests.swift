import PartnerscopeCore
import TestSupport
import Testing

/// Footprint profiles on networks small enough to work by hand; every expected value is derived
/// beside it.
@Suite struct FootprintProfileTests {
    /// TotalPlace's worked example (``TotalPlaceTests/example()``): R holds L1 (100 people) and L2
    /// (300); council £10m on L1, police £40m on R, ICB £20m on half of L1 and all of L2, a trust
    /// without budget on L2, and a government office with £5m and no boundary.
    static func example() -> Network { TotalPlaceTests.example() }

    @Test func perHeadFigures_footprintOfOneLeaf_matchHandArithmetic() throws {
        let p = FootprintProfile(footprint: [1], basis: .init(network: Self.example()))
        #expect(p.population == 100)
        // In L1: council 100 of its 100 people, police 100 of 400, ICB 50 of 350; the trust none.
        let equivalents = 1.0 + 100.0 / 400 + 50.0 / 350
        #expect(abs(p.agencyEquivalents - equivalents) < 1e-12)
        #expect(abs(p.agenciesPer100k! - 100_000 * equivalents / 100) < 1e-9)  // 1,392.857 per 100,000
        // £10m + £40m·100/400 + £20m·50/350 = £22.857m for 100 people: £228,571 a head.
        let spend = 10.0 + 40.0 * 100 / 400 + 20.0 * 50 / 350
        #expect(abs(try #require(p.spend) - spend) < 1e-9)
        #expect(abs(try #require(p.spendPerHead) - spend * 1_000_000 / 100) < 1e-6)
        #expect(p.budgetedAgencies == 3 && p.unbudgetedAgencies == 0)
        // The council (all of L1) and the ICB (half of L1 and L2) partly overlap: a gap, in which
        // the 100·min(1, 0.5) = 50 people of L1 live; nobody in L1 is in another gap.
        #expect(p.peopleInGaps == 50)
        #expect(p.shareInGaps == 0.5)
    }

    @Test func spend_footprintOfTheWholeRegion_equalsTotalPlaceForTheRegion() throws {
        let network = Self.example()
        let p = FootprintProfile(footprint: [0], basis: .init(network: network))
        let tp = TotalPlace(network: network)
        #expect(abs(try #require(p.spend) - tp.areas[0].total) < 1e-9)  // £70m: the hq's £5m is unplaced
        #expect(p.population == 400)
        #expect(p.budgetedAgencies == 3 && p.unbudgetedAgencies == 1)  // the trust serves L2 without a budget
    }

    @Test func spend_withoutAnyBudget_isNilNotZero() {
        // Two Regions has no budget_m at all; its leaf L1 (index 5) is served by c1, h1 and n1.
        let p = FootprintProfile(footprint: [5], basis: .init(network: TwoRegions.network))
        #expect(p.spend == nil && p.spendPerHead == nil)
        #expect(p.budgetedAgencies == 0 && p.unbudgetedAgencies == 3)  // c1, h1 and n1
    }

    @Test func crossings_nameBodiesOnBothSides_containingOrStraddling_smallerSideFirst() {
        let p = FootprintProfile(footprint: [1], basis: .init(network: Self.example()))
        // Police: 100 in, 300 out, and serves all of L1 (contains it); ICB: 50 in, 300 out, serves
        // half of L1 (straddles). Smaller sides 100 and 50. The council lies wholly inside.
        #expect(p.crossings.map(\.body.name) == ["police", "icb"])
        #expect(p.crossings.map(\.inside) == [100, 50])
        #expect(p.crossings.map(\.outside) == [300, 300])
        #expect(p.crossings.map(\.containsFootprint) == [true, false])
    }

    @Test func footprintOfTwoRegionsICB_namesSplitCouncilAndTheBodiesSplittingIt() throws {
        let network = TwoRegions.network
        let basis = FootprintProfile.Basis(network: network)
        let groups = NetworkSplit.groups(of: network, by: .agencyType("icb")).filter { !$0.roots.isEmpty }
        let h1 = try #require(groups.first { $0.key == "h1" })
        let owner = network.agencies.firstIndex { $0.id == "h1" }
        let p = FootprintProfile(footprint: h1.roots, basis: basis, owner: owner)
        #expect(p.population == 600)  // L1 + L2 + L3
        // Council One (L1 100, L2 200) shares only L2 with Police One: 200/300 of its people.
        #expect(p.splitCouncils.count == 1)
        let split = p.splitCouncils[0]
        #expect(split.council.name == "Council One" && split.type == "police")
        #expect(split.bodies.map(\.body.name) == ["Police One"])
        #expect(abs(split.bodies[0].share - 2.0 / 3) < 1e-12 && abs(split.coverage - 2.0 / 3) < 1e-12)
        #expect(split.inside == 300)
        // The row of h1's sub-network counts the same council as split across police.
        let row = ComparisonRow(key: "h1", label: "ICB One", network: NetworkSplit.subnetwork(h1, of: network),
                                requirements: Requirements([]))
        #expect(row.councilsSplit.first { $0.0 == "police" }?.1 == p.splitCouncils.count { $0.type == "police" })
        // Crossings, h1 itself left out: the national body (600 in, 900 out, contains the
        // footprint) and Police One (L2 + L3 = 500 in, L4 = 400 out, straddles).
        #expect(p.crossings.map(\.body.id) == ["n1", "p1"])
        #expect(p.crossings.map(\.smallerSide) == [600, 400])
        #expect(p.crossings.map(\.containsFootprint) == [true, false])
        // Agencies per 100,000: c1, c2, h1 wholly inside (3), p1 500/900, n1 600/1500; 600 people.
        let equivalents = 3 + 500.0 / 900 + 600.0 / 1500
        #expect(abs(try #require(p.agenciesPer100k) - 100_000 * equivalents / 600) < 1e-9)
    }

    @Test func emptyFootprint_hasNoPeopleAndNoPerHeadFigures() {
        let p = FootprintProfile(footprint: [], basis: .init(network: TwoRegions.network))
        #expect(p.population == 0)
        #expect(p.agenciesPer100k == nil && p.shareInGaps == nil && p.spendPerHead == nil)
        #expect(p.crossings.isEmpty && p.splitCouncils.isEmpty)
    }
}
