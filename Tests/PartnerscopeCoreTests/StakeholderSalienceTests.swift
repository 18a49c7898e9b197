import PartnerscopeCore
import Testing

@Suite struct StakeholderSalienceTests {
    /// Mitchell, Agle & Wood (1997), Figure 2 (doi:10.5465/amr.1997.9711022105): the seven classes
    /// by the attributes they hold; regions 1–7 of the Venn diagram, 8 being non-stakeholders.
    @Test(arguments: [
        (true, false, false, SalienceType.dormant), (false, true, false, .discretionary), (false, false, true, .demanding),
        (true, true, false, .dominant), (true, false, true, .dangerous), (false, true, true, .dependent),
        (true, true, true, .definitive), (false, false, false, .nonStakeholder),
    ])
    func type_eachCombination_matchesMitchellAgleWoodFigure2(power: Bool, legitimacy: Bool, urgency: Bool, expected: SalienceType) {
        let type = SalienceType(power: power, legitimacy: legitimacy, urgency: urgency)
        #expect(type == expected)
        #expect(type.attributeCount == [power, legitimacy, urgency].filter { $0 }.count)
    }

    func agency(power: Int?, statutory: Bool?, extra: [(String, String)] = []) -> Agency {
        Agency(id: "x", name: "X", sector: .public, type: "police", power: power, statutory: statutory,
               attributes: Attributes(extra.map { (key: $0.0, value: $0.1) }))
    }

    @Test func attributes_noExtraColumns_legitimacyFromStatutory() {
        let s = StakeholderSalience()
        #expect(s.type(of: agency(power: 5, statutory: true)) == .dominant)
        #expect(s.type(of: agency(power: 3, statutory: true)) == .discretionary)
        #expect(s.type(of: agency(power: 4, statutory: false)) == .dormant)
        #expect(s.type(of: agency(power: nil, statutory: nil)) == .nonStakeholder)
        #expect(s.attributes(of: agency(power: nil, statutory: nil)).legitimacySource == "none")
    }

    @Test func attributes_legitimacyAndUrgencyColumns_overrideAndAdd() {
        let s = StakeholderSalience()
        let a = agency(power: 5, statutory: false, extra: [("Legitimacy", "yes"), ("urgency", "5")])
        #expect(s.type(of: a) == .definitive)
        #expect(s.attributes(of: a).legitimacySource == "legitimacy")
        #expect(s.type(of: agency(power: 1, statutory: true, extra: [("legitimacy", "no"), ("urgency", "true")])) == .demanding)
        #expect(s.type(of: agency(power: 1, statutory: true, extra: [("urgency", "3")])) == .discretionary)
        // Blank or unreadable values fall back.
        #expect(s.type(of: agency(power: 1, statutory: true, extra: [("legitimacy", " "), ("urgency", "soon")])) == .discretionary)
    }

    @Test func parseFlag_formsAndRatings() {
        for yes in ["TRUE", "Yes", "y", "1", "4", "5"] { #expect(StakeholderSalience.parseFlag(yes, ratingThreshold: 4) == true) }
        for no in ["false", "NO", "n", "0", "2", "3"] { #expect(StakeholderSalience.parseFlag(no, ratingThreshold: 4) == false) }
        for none in [nil, "", "maybe", "7", "-1"] { #expect(StakeholderSalience.parseFlag(none, ratingThreshold: 4) == nil) }
    }

    @Test func profile_rowsSortedByIdAndNonFiniteInfluenceIsZero() {
        let net = Network(name: "n", agencies: [
            Agency(id: "b", name: "B", sector: .public, type: "t", power: 5, interest: 5, statutory: true),
            Agency(id: "a", name: "A", sector: .voluntary, type: "t"),
        ], ties: [])
        let p = InfluenceProfile(network: net, networkInfluence: [.nan, 0.5])
        #expect(p.rows.map(\.agency) == [1, 0])
        #expect(p.rows[1].networkInfluence == 0 && p.rows[0].networkInfluence == 0.5)
        #expect(p.rows[1].quadrant == .manageClosely && p.rows[0].quadrant == nil)
        #expect(InfluenceProfile(network: Network(name: "e", agencies: [], ties: []), networkInfluence: []).rows.isEmpty)
    }
}
