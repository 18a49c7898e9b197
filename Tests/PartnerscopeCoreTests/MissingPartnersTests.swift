import Foundation
import PartnerscopeCore
import Testing

// A hand-made town. District D (leaves L1 = 100 people, L2 = 300, L3 = 600) and, outside it,
// district E with leaf L4 = 150 people. The expected findings follow from the definitions by hand.
//
//   council  (metropolitan-district) covers D (pushed down to L1..L3)
//   police, icb                      cover L1, L2, L3
//   probation                        covers L3 and L4 → 600 of its 750 inside D (containment 0.8)
//   trust    (nhs-trust)             covers L1
//   charity  (voluntary-org)         covers L2
//   college                          no boundary, no tie
//   victims  (voluntary-org)         covers L4
// Ties: council–police, council–icb, police–icb, icb–trust, council–charity, probation–victims.
private enum Town {
    static let areas = [
        Area(code: "D", name: "District D", population: 1000), Area(code: "E", name: "District E", population: 150),
        Area(code: "L1", name: "Leaf 1", population: 100, parent: "D"),
        Area(code: "L2", name: "Leaf 2", population: 300, parent: "D"),
        Area(code: "L3", name: "Leaf 3", population: 600, parent: "D"),
        Area(code: "L4", name: "Leaf 4", population: 150, parent: "E"),
    ]
    static let agencies = [
        Agency(id: "council", name: "Town Council", sector: .public, type: "metropolitan-district"),
        Agency(id: "police", name: "Town Police", sector: .public, type: "police"),
        Agency(id: "icb", name: "Town ICB", sector: .public, type: "icb"),
        Agency(id: "probation", name: "Probation", sector: .public, type: "probation"),
        Agency(id: "trust", name: "Town Hospital", sector: .public, type: "nhs-trust"),
        Agency(id: "charity", name: "Town Charity", sector: .voluntary, type: "voluntary-org"),
        Agency(id: "college", name: "Town College", sector: .public, type: "college"),
        Agency(id: "victims", name: "Victim Support", sector: .voluntary, type: "voluntary-org"),
    ]

    static func network(areas withAreas: Bool = true) -> Network {
        let a = Dictionary(uniqueKeysWithValues: agencies.enumerated().map { ($1.id.rawValue, $0) })
        let r = Dictionary(uniqueKeysWithValues: areas.enumerated().map { ($1.code.rawValue, $0) })
        let cover: [(String, String)] = [
            ("council", "D"), ("police", "L1"), ("police", "L2"), ("police", "L3"), ("icb", "L1"), ("icb", "L2"),
            ("icb", "L3"), ("probation", "L3"), ("probation", "L4"), ("trust", "L1"), ("charity", "L2"), ("victims", "L4"),
        ]
        let ties: [(String, String)] = [
            ("council", "police"), ("council", "icb"), ("police", "icb"), ("icb", "trust"), ("council", "charity"),
            ("probation", "victims"),
        ]
        return Network(
            name: "town", agencies: agencies, areas: withAreas ? areas : [],
            boundaries: withAreas ? cover.map { Boundary(agency: a[$0.0]!, area: r[$0.1]!) } : [],
            relationships: ties.map { Relationship(source: a[$0.0]!, target: a[$0.1]!, type: .partnership) })
    }

    static let requirements = Requirements([
        Requirement(theme: "safety", alternatives: ["metropolitan-district", "unitary-council"], reason: "councils lead"),
        Requirement(theme: "safety", alternatives: ["police"], reason: "police"),
        Requirement(theme: "safety", alternatives: ["fire"], reason: "fire", source: "Fire Act"),
        Requirement(theme: "safety", alternatives: ["icb", "ccg"], reason: "health"),
        Requirement(theme: "safety", alternatives: ["probation"], reason: "probation"),
        Requirement(theme: "jobs", alternatives: ["icb", "nhs-trust"], reason: "health"),
        Requirement(theme: "jobs", alternatives: ["college"], reason: "skills"),
        Requirement(theme: "jobs", alternatives: ["jobcentre"], reason: "employment support"),
    ])
}

private func rows(_ a: MissingPartnersAnalysis, _ kind: MissingPartnersAnalysis.FindingKind) -> [MissingPartnersAnalysis.Finding] {
    a.findings.filter { $0.kind == kind }
}

private func pair(_ f: MissingPartnersAnalysis.Finding) -> String {
    "\(f.agency?.id.rawValue ?? "")+\(f.candidate?.id.rawValue ?? "")"
}

private func id(_ f: MissingPartnersAnalysis.Finding) -> String { f.agency?.id.rawValue ?? "" }

private func partner(_ f: MissingPartnersAnalysis.Finding) -> String {
    switch f.reason {
    case let .noTieToRole(_, partner, _, _, _, _): return partner.role
    case let .rolesUntied(role, partner, _, _): return role.role + "~" + partner.role
    default: return ""
    }
}

@Test func missing_absentRoles_areReportedPerTheme_atTheTopOfTheirBasis() {
    let a = MissingPartnersAnalysis(network: Town.network(), requirements: Town.requirements)
    let absent = rows(a, .absent)
    #expect(absent.map { "\($0.themes[0]):\($0.type)" }.sorted() == ["jobs:jobcentre", "safety:fire"])
    // Basis guidance (tier 1, the default), population 1, isolation 1: 1 + 1 · 2 / 2 = 2.
    #expect(absent.allSatisfy { $0.score == 2 && $0.agency == nil && $0.populationShare == nil && $0.priority?.basis == .guidance })
    let fire = absent.first { $0.type == "fire" }!
    #expect(fire.source == "Fire Act")
    #expect(fire.reason == .absent(requirement: Town.requirements.items[2]))
}

/// Every role of a theme without named partners pairs with every other (the format before roles).
/// Worked by hand from the definitions (see the town above and docs/missing-partners.md):
/// safety — council, police and icb each cover D (1,000 of the network's 1,150 people) and are
/// tied to each other, not to probation (overlap 600/750 = 0.8 with each): each holds 2 of its 3
/// partner roles, isolation 1/3, priority 1 + (1000/1150)(1 + 1/3)/2 = 1.579710…; probation is tied
/// to none of its 3 (isolation 1): 1 + (750/1150) = 1.652173… for each of its three gaps.
/// jobs — icb and the trust have no tie to the college (no boundary, so a possible partner of
/// anyone): icb 1 + 1000/1150 = 1.869565…, trust 1 + 100/1150 = 1.086956…; the college covers
/// nobody: 1 + 0 = 1.
@Test func missing_unlinked_perAgencyAndPartnerRole_rankedByPriority() {
    let a = MissingPartnersAnalysis(network: Town.network(), requirements: Town.requirements)
    let unlinked = rows(a, .unlinked)
    #expect(unlinked.map { "\($0.themes[0]):\(id($0))>\(partner($0))" } == [
        "jobs:icb>college",
        "safety:probation>icb|ccg", "safety:probation>metropolitan-district|unitary-council", "safety:probation>police",
        "safety:council>probation", "safety:icb>probation", "safety:police>probation",
        "jobs:trust>college",
        "jobs:college>icb|nhs-trust",
    ])
    let expected: [Double] = [1 + 1000.0 / 1150, 1 + 750.0 / 1150, 1 + 750.0 / 1150, 1 + 750.0 / 1150,
                              1 + 1000.0 / 1150 * (4.0 / 3) / 2, 1 + 1000.0 / 1150 * (4.0 / 3) / 2, 1 + 1000.0 / 1150 * (4.0 / 3) / 2,
                              1 + 100.0 / 1150, 1]
    for (f, value) in zip(unlinked, expected) { #expect(abs(f.score - value) < 1e-12, "\(id(f)) \(f.score)") }
    let council = unlinked.first { id($0) == "council" }!
    #expect(abs(council.priority!.isolation - 1.0 / 3) < 1e-12)
    guard case let .noTieToRole(_, _, partners, ties, partnerRoles, tiedRoles) = council.reason else { Issue.record("reason"); return }
    #expect(partners.map(\.agency.id) == ["probation"] && partners[0].overlap.map { abs($0 - 0.8) < 1e-12 } == true)
    #expect(ties == 3 && partnerRoles == 3 && tiedRoles == 2)
    #expect(council.candidate?.id == "probation")
    // The college has no boundary, so both health bodies are possible partners, without an overlap.
    guard case let .noTieToRole(_, _, health, collegeTies, _, _) = unlinked.last!.reason else { Issue.record("reason"); return }
    #expect(health.map(\.agency.id) == ["icb", "trust"] && health.allSatisfy { $0.overlap == nil } && collegeTies == 0)
}

@Test func missing_namedPairs_onlyThoseAreExpected_andStatutoryComesFirst() {
    // Safety names its pairs (council–police, council–probation, police–probation) and is statutory;
    // jobs keeps every pair and the default basis (guidance).
    let safety = Requirements([
        Requirement(theme: "safety", alternatives: ["metropolitan-district"], role: "council", partners: ["police", "probation"], basis: .statutory),
        Requirement(theme: "safety", alternatives: ["police"], partners: ["probation"], basis: .statutory),
        Requirement(theme: "safety", alternatives: ["icb"], basis: .statutory),
        Requirement(theme: "safety", alternatives: ["probation"], basis: .statutory),
    ])
    let reqs = Requirements(safety.items + Town.requirements.items.filter { $0.theme == "jobs" })
    let a = MissingPartnersAnalysis(network: Town.network(), requirements: reqs)
    let unlinked = rows(a, .unlinked)
    // icb–probation is no pair any more: the icb has no safety finding. Probation lacks council
    // and police (isolation 1): 2 + 750/1150; council and police each lack probation, holding 1 of 2
    // (isolation 1/2): 2 + (1000/1150)(3/2)/2, the same 2.652…: equal priorities go by agency id.
    #expect(unlinked.map { "\($0.themes[0]):\(id($0))>\(partner($0))" } == [
        "safety:council>probation", "safety:police>probation", "safety:probation>council", "safety:probation>police",
        "jobs:icb>college", "jobs:trust>college", "jobs:college>icb|nhs-trust",
    ])
    #expect(abs(unlinked[0].score - (2 + 1000.0 / 1150 * 0.75)) < 1e-12)
    #expect(abs(unlinked[2].score - (2 + 750.0 / 1150)) < 1e-12)
    #expect(unlinked.prefix(4).allSatisfy { $0.priority?.basis == .statutory })
    // Untied but not required, icb–probation is no structural suggestion either (no common partner).
    #expect(!rows(a, .structural).contains { pair($0) == "icb+probation" })
}

@Test func missing_sectorRoles_areMetByAnyOne() {
    // Regeneration: the public sector must be tied to the voluntary and the private sectors; any
    // one public body tied to any one voluntary body meets it (the council–charity tie here).
    let reqs = Requirements([
        Requirement(theme: "regeneration", alternatives: ["public"], kind: .sector, reason: "public", partners: ["private", "voluntary"]),
        Requirement(theme: "regeneration", alternatives: ["private"], kind: .sector, reason: "private"),
        Requirement(theme: "regeneration", alternatives: ["voluntary"], kind: .sector, reason: "voluntary"),
    ])
    #expect(reqs.items.allSatisfy { $0.coverage == .any })
    let a = MissingPartnersAnalysis(network: Town.network(), requirements: reqs)
    #expect(rows(a, .absent).map(\.type) == ["private"])
    #expect(rows(a, .unlinked).isEmpty)  // before roles: police, icb, probation, trust and the college, each on its own row
    // Without the council–charity and probation–victims ties, one role-level finding for the network.
    let net = Town.network()
    let cut = Network(name: net.name, agencies: net.agencies, areas: net.areas, boundaries: net.boundaries,
                      relationships: net.relationships.filter { $0.target != 5 && $0.target != 7 })
    let b = rows(MissingPartnersAnalysis(network: cut, requirements: reqs), .unlinked)
    #expect(b.count == 1 && b[0].agency == nil && partner(b[0]) == "public~voluntary")
    #expect(b[0].reason == .rolesUntied(role: reqs.items[0], partner: reqs.items[2], roleCount: 6, partnerCount: 2))
    #expect(b[0].score == 2)  // guidance 1 + population 1 · (1 + 1) / 2
}

@Test func missing_rollUp_groupsAnAgencysGapsAcrossThemes() {
    // Two themes both need the council tied to probation: one line, "in 2 themes".
    let reqs = Requirements([
        Requirement(theme: "safety", alternatives: ["metropolitan-district"], role: "council", partners: ["probation"], basis: .statutory),
        Requirement(theme: "safety", alternatives: ["probation"], basis: .statutory),
        Requirement(theme: "reoffending", alternatives: ["metropolitan-district"], role: "council", partners: ["probation"]),
        Requirement(theme: "reoffending", alternatives: ["probation"]),
    ])
    let roll = MissingPartnersAnalysis(network: Town.network(), requirements: reqs).rollUp
    #expect(roll.map(\.agency.id) == ["council", "probation"])  // council covers 1,000 people, probation 750
    #expect(roll[0].gaps.count == 1 && roll[0].gaps[0].partner.role == "probation" && roll[0].gaps[0].themes == ["reoffending", "safety"])
    #expect(abs(roll[0].priority - (2 + 1000.0 / 1150)) < 1e-12)
}

@Test func missing_withoutGeography_everyCoexistingAgencyIsAPossiblePartner() {
    let a = MissingPartnersAnalysis(network: Town.network(areas: false), requirements: Town.requirements)
    #expect(a.notes.contains(.noBoundaries))
    let structural = rows(a, .structural)
    // Every untied pair with a common partner that no theme expects, e.g. trust–council via icb.
    #expect(structural.contains { pair($0) == "council+trust" })
    #expect(structural.contains { pair($0) == "police+charity" })
    #expect(structural.allSatisfy { $0.populationShare == nil && $0.score > 0 })
    // Population 1 without boundaries: the council holds 2 of 3 roles, 1 + (1 + 1/3)/2.
    let unlinked = rows(a, .unlinked)
    #expect(unlinked.allSatisfy { $0.populationShare == nil && $0.priority!.population == 1 })
    #expect(abs(unlinked.first { id($0) == "council" }!.score - (1 + (4.0 / 3) / 2)) < 1e-12)
}

@Test func missing_singleAgency_hasOnlyAbsences() {
    let one = Network(name: "one", agencies: [Town.agencies[1]], relationships: [])
    let a = MissingPartnersAnalysis(network: one, requirements: Town.requirements.restricted(to: "safety"))
    #expect(rows(a, .absent).count == 4)
    #expect(rows(a, .unlinked).isEmpty)  // no partner role is present to be tied to
    #expect(a.findings.allSatisfy { $0.score.isFinite && ($0.populationShare?.isFinite ?? true) })
}

@Test func missing_structural_ranksOverlappingUntiedPairsByAdamicAdar() {
    let a = MissingPartnersAnalysis(network: Town.network(), requirements: Town.requirements)
    let structural = rows(a, .structural)
    // Pairs not expected by a theme, overlapping, untied, with a common partner:
    //   icb–charity, police–charity (via council, degree 3), council–trust, police–trust (via icb, degree 3).
    // All have AA = 1/ln 3 and RA = 1/3; ties broken by ids (pairs in file order).
    #expect(structural.map(pair) == ["council+trust", "icb+charity", "police+charity", "police+trust"])
    #expect(structural.allSatisfy { abs($0.score - 1 / log(3.0)) < 1e-12 })
    #expect(structural.allSatisfy { abs($0.link!.resourceAllocation - 1.0 / 3) < 1e-12 })
    #expect(structural[0].commonPartners == ["icb"])
    #expect(structural[1].commonPartners == ["council"])
    // The limit keeps the best rows and says so.
    let limited = MissingPartnersAnalysis(network: Town.network(), requirements: Town.requirements, limit: 2)
    #expect(rows(limited, .structural).map(pair) == ["council+trust", "icb+charity"])
    #expect(limited.notes.contains(.structuralTruncated(shown: 2, total: 4)))
}

@Test func missing_candidates_comeFromCatalogueByAreaCode() {
    // Catalogue: the same codes plus one elsewhere. fire-a covers all of D (drawn on D), fire-c half
    // of L3 (300 people), fire-b only L9; no jobcentre anywhere.
    let areas = Town.areas + [Area(code: "L9", name: "Far away", population: 500, parent: "E")]
    let bodies = [
        Agency(id: "fire-a", name: "Fire A", sector: .public, type: "fire"),
        Agency(id: "fire-b", name: "Fire B", sector: .public, type: "fire"),
        Agency(id: "fire-c", name: "Fire C", sector: .public, type: "fire"),
        Agency(id: "police-x", name: "Police X", sector: .public, type: "police"),
    ]
    func area(_ c: String) -> Int { areas.firstIndex { $0.code.rawValue == c }! }
    let catalogue = Network(name: "england", agencies: bodies, areas: areas, boundaries: [
        Boundary(agency: 0, area: area("D")), Boundary(agency: 1, area: area("L9")),
        Boundary(agency: 2, area: area("L3"), share: 0.5), Boundary(agency: 3, area: area("D")),
    ], relationships: [])
    let a = MissingPartnersAnalysis(network: Town.network(), requirements: Town.requirements, catalogue: catalogue)
    let candidates = rows(a, .candidate)
    // Network total is 1,150 people (D and L4): fire-a covers 1,000, fire-c 300.
    #expect(candidates.map { $0.candidate?.id.rawValue ?? "-" } == ["fire-a", "fire-c", "-"])
    #expect(abs(candidates[0].score - 1000.0 / 1150) < 1e-12)
    #expect(abs(candidates[1].populationShare! - 300.0 / 1150) < 1e-12)
    #expect(candidates[2].type == "jobcentre" && candidates[2].score == 0)
    #expect(candidates[2].reason == .catalogueHasNone(requirement: Town.requirements.items[7], catalogue: "england"))
}

@Test func missing_emptyNetwork_reportsEveryRequirementAbsent() {
    let empty = Network(name: "empty", agencies: [], relationships: [])
    let a = MissingPartnersAnalysis(network: empty, requirements: Town.requirements)
    #expect(a.findings.count == Town.requirements.items.count)
    #expect(a.findings.allSatisfy { $0.kind == .absent })
    let none = MissingPartnersAnalysis(network: Town.network(), requirements: Requirements([]))
    #expect(none.findings.allSatisfy { $0.kind == .structural })
}

@Test func missing_directedTies_countEitherWay() {
    // The same town with every tie directed gives the same findings.
    var net = Town.network()
    let directed = Network(name: net.name, agencies: net.agencies, areas: net.areas, boundaries: net.boundaries,
                           relationships: net.relationships.map { var r = $0; r.directed = true; r.weight = 3; return r })
    net = directed
    let a = MissingPartnersAnalysis(network: net, requirements: Town.requirements)
    let b = MissingPartnersAnalysis(network: Town.network(), requirements: Town.requirements)
    #expect(a.findings.map { "\($0.kind)\(pair($0))\($0.score)" } == b.findings.map { "\($0.kind)\(pair($0))\($0.score)" })
}

@Test func requirements_expectTogether_onlyAcrossDifferentRequirements() {
    let r = Town.requirements
    #expect(r.themesExpecting(Town.agencies[1], Town.agencies[2]) == ["safety"])  // police, icb
    #expect(r.themesExpecting(Town.agencies[2], Town.agencies[4]).isEmpty)  // icb, trust: both "health" in jobs
    #expect(r.themesExpecting(Town.agencies[4], Town.agencies[6]) == ["jobs"])  // trust, college
    #expect(r.expectsTypes("police", "icb") && !r.expectsTypes("icb", "nhs-trust") && !r.expectsTypes("police", "police"))
    // Named pairs: only council–police and police–probation; icb–police is no longer expected.
    let named = Requirements([
        Requirement(theme: "safety", alternatives: ["metropolitan-district"], role: "council", partners: ["police"]),
        Requirement(theme: "safety", alternatives: ["police"], partners: ["probation"]),
        Requirement(theme: "safety", alternatives: ["icb"]),
        Requirement(theme: "safety", alternatives: ["probation"]),
    ])
    #expect(named.pairs(of: "safety").map { "\($0.0)-\($0.1)" } == ["0-1", "1-3"])
    #expect(named.themesExpecting(Town.agencies[0], Town.agencies[1]) == ["safety"])  // council, police
    #expect(named.themesExpecting(Town.agencies[1], Town.agencies[3]) == ["safety"])  // police, probation (named on police's row)
    #expect(named.themesExpecting(Town.agencies[1], Town.agencies[2]).isEmpty)  // police, icb
    #expect(named.expectsTypes("probation", "police") && !named.expectsTypes("icb", "metropolitan-district"))
}

@Test func missing_structural_keepsPairsTouchingTheCheckedThemes() {
    // Jobs needs icb|nhs-trust, college, jobcentre: police–charity involves neither and drops out.
    let a = MissingPartnersAnalysis(network: Town.network(), requirements: Town.requirements.restricted(to: "jobs"))
    #expect(rows(a, .structural).map(pair) == ["council+trust", "icb+charity", "police+trust"])
    // Absent rows cite their source.
    let all = MissingPartnersAnalysis(network: Town.network(), requirements: Town.requirements)
    #expect(rows(all, .absent).first { $0.type == "fire" }!.source == "Fire Act")
}

@Test func missing_separateCompletePartnerships_areNotUnlinked_incompleteOnesAre() {
    // Towns A and B each have a complete safety partnership (council, police, ICB, probation, all
    // tied; fire is absent from the whole network), as every area has in a national network: being
    // outside the largest group does not make B's bodies unlinked. Town C has only police and
    // probation, tied to each other: each lacks a council and an NHS commissioner.
    var agencies: [Agency] = []
    var ties: [Relationship] = []
    for (town, types) in [("a", ["metropolitan-district", "police", "icb", "probation", "voluntary-org"]),
                          ("b", ["metropolitan-district", "police", "icb", "probation"]),
                          ("c", ["police", "probation"])] {
        let base = agencies.count
        for type in types {
            agencies.append(Agency(id: AgencyID("\(town)-\(type)"), name: "\(town) \(type)",
                                   sector: type == "voluntary-org" ? .voluntary : .public, type: type))
        }
        for i in 0..<types.count { for j in (i + 1)..<types.count { ties.append(Relationship(source: base + i, target: base + j, type: .partnership)) } }
    }
    let network = Network(name: "three-towns", agencies: agencies, relationships: ties)
    let unlinked = rows(MissingPartnersAnalysis(network: network, requirements: Town.requirements), .unlinked)
    #expect(unlinked.map { "\(id($0))>\(partner($0))" }.sorted() == [
        "c-police>icb|ccg", "c-police>metropolitan-district|unitary-council",
        "c-probation>icb|ccg", "c-probation>metropolitan-district|unitary-council",
    ])
}
