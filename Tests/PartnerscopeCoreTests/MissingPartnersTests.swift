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

@Test func missing_absentTypes_areReportedPerTheme() {
    let a = MissingPartnersAnalysis(network: Town.network(), requirements: Town.requirements)
    let absent = rows(a, .absent)
    #expect(absent.map { "\($0.themes[0]):\($0.type)" }.sorted() == ["jobs:jobcentre", "safety:fire"])
    #expect(absent.allSatisfy { $0.score == 1 && $0.agency == nil && $0.populationShare == nil })
    let fire = absent.first { $0.type == "fire" }!
    #expect(fire.source == "Fire Act")
    #expect(fire.reason.contains("fire and rescue authority"))
}

@Test func missing_unlinked_findsIsolatedOffComponentAndOwnGroupAgencies() {
    let a = MissingPartnersAnalysis(network: Town.network(), requirements: Town.requirements)
    let unlinked = rows(a, .unlinked)
    let keys = Set(unlinked.map { "\($0.themes[0]):\($0.agency!.id.rawValue)" })
    // probation: outside the main component (council–police–icb–trust–charity);
    // college: no tie at all; trust and icb: no tie to the other body jobs needs (college).
    #expect(keys == ["safety:probation", "jobs:college", "jobs:trust", "jobs:icb"])
    let probation = unlinked.first { $0.agency?.id == "probation" }!
    #expect(probation.reason.contains("main component (5 agencies)"))
    // Probation covers 600 of the 1,000 people in D plus 150 in E: 750 / 1,150.
    #expect(abs(probation.score - 750.0 / 1150.0) < 1e-12)
    let college = unlinked.first { $0.agency?.id == "college" }!
    #expect(college.reason.contains("no tie to any agency"))
    #expect(college.score == 0)  // no boundaries: covers nobody
    let trust = unlinked.first { $0.agency?.id == "trust" }!
    #expect(trust.reason.contains("no tie to any college"))
    // Ranked by score: icb (1,000 of 1,150) before trust (100 of 1,150) before college (0).
    let order = unlinked.map { $0.agency!.id.rawValue }
    #expect(order == ["icb", "probation", "trust", "college"])
}

@Test func missing_separateCompletePartnerships_areNotUnlinked_incompleteGroupsAre() {
    // Towns A and B each have a complete safety partnership (council, police, ICB, probation, all
    // tied; fire is absent from the whole network), as every area has in a national network: being
    // outside the largest group (A, 5 agencies with its charity) does not make B's bodies unlinked.
    // Town C has only police and probation, tied to each other: their group lacks the council and
    // the NHS commissioner that the network has elsewhere, so they are unlinked.
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
    let analysis = MissingPartnersAnalysis(network: network, requirements: Town.requirements)
    let unlinked = rows(analysis, .unlinked).filter { $0.themes == ["safety"] }
    #expect(unlinked.map { $0.agency!.id.rawValue }.sorted() == ["c-police", "c-probation"])
    #expect(unlinked.allSatisfy {
        $0.reason.contains("main component (5 agencies); its group of 2 has no council or NHS commissioner")
    })
}

@Test func missing_neighbours_areOverlappingExpectedUntiedPairs() {
    let a = MissingPartnersAnalysis(network: Town.network(), requirements: Town.requirements, minOverlap: 0.5)
    let neighbours = rows(a, .neighbour)
    // Probation's 750 people: 600 inside council, police and icb areas → containment 0.8.
    #expect(Set(neighbours.map(pair)) == ["council+probation", "police+probation", "icb+probation"])
    #expect(neighbours.allSatisfy { abs($0.score - 0.8) < 1e-12 && $0.themes == ["safety"] })
    #expect(neighbours[0].reason.contains("covers 80% of Probation's population"))
    // Above the containment the pairs drop out.
    let strict = MissingPartnersAnalysis(network: Town.network(), requirements: Town.requirements, minOverlap: 0.9)
    #expect(rows(strict, .neighbour).isEmpty)
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
    #expect(limited.notes.contains { $0.contains("top 2 of 4 structural") })
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
    #expect(candidates[2].reason.contains("No Jobcentre Plus office (jobcentre) exists in the catalogue england"))
}

@Test func missing_withoutGeography_skipsNeighboursAndScoresAllPairs() {
    let a = MissingPartnersAnalysis(network: Town.network(areas: false), requirements: Town.requirements)
    #expect(rows(a, .neighbour).isEmpty)
    #expect(a.notes.contains { $0.contains("no boundaries") })
    let structural = rows(a, .structural)
    // Every untied pair with a common partner, e.g. trust–council via icb, police–charity via council.
    #expect(structural.contains { pair($0) == "council+trust" })
    #expect(structural.contains { pair($0) == "police+charity" })
    #expect(structural.allSatisfy { $0.populationShare == nil && $0.score > 0 })
    // Expected pairs untied without geography appear here too (police–trust is not expected).
    #expect(rows(a, .unlinked).allSatisfy { $0.populationShare == nil && $0.score == 1 })
}

@Test func missing_sectorRequirements_matchTheSectorColumn() {
    let reqs = Requirements([
        Requirement(theme: "regeneration", alternatives: ["public"], kind: .sector, reason: "public"),
        Requirement(theme: "regeneration", alternatives: ["private"], kind: .sector, reason: "private"),
        Requirement(theme: "regeneration", alternatives: ["voluntary"], kind: .sector, reason: "voluntary"),
    ])
    let a = MissingPartnersAnalysis(network: Town.network(), requirements: reqs)
    #expect(rows(a, .absent).map(\.type) == ["private"])
    #expect(rows(a, .absent)[0].reason.contains("private sector body"))
    // Public bodies tied only to public bodies are unlinked; the council (tied to the charity) is not.
    let unlinked = Set(rows(a, .unlinked).map { $0.agency!.id.rawValue })
    #expect(!unlinked.contains("council") && unlinked.contains("police") && unlinked.contains("trust"))
    // charity–police overlap and meet different requirements (voluntary, public): a neighbour.
    #expect(rows(a, .neighbour).contains { pair($0) == "police+charity" })
}

@Test func missing_emptyNetwork_reportsEveryRequirementAbsent() {
    let empty = Network(name: "empty", agencies: [], relationships: [])
    let a = MissingPartnersAnalysis(network: empty, requirements: Town.requirements)
    #expect(a.findings.count == Town.requirements.items.count)
    #expect(a.findings.allSatisfy { $0.kind == .absent })
    let none = MissingPartnersAnalysis(network: Town.network(), requirements: Requirements([]))
    #expect(none.findings.allSatisfy { $0.kind == .structural })
}

@Test func missing_singleAgency_isUnlinkedWithoutTies() {
    let one = Network(name: "one", agencies: [Town.agencies[1]], relationships: [])
    let a = MissingPartnersAnalysis(network: one, requirements: Town.requirements.restricted(to: "safety"))
    #expect(rows(a, .absent).count == 4)
    #expect(rows(a, .unlinked).map { $0.agency!.id } == ["police"])
    #expect(a.findings.allSatisfy { $0.score.isFinite && ($0.populationShare?.isFinite ?? true) })
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
}

@Test func missing_structural_keepsPairsTouchingTheCheckedThemes() {
    // Jobs needs icb|nhs-trust, college, jobcentre: police–charity involves neither and drops out.
    let a = MissingPartnersAnalysis(network: Town.network(), requirements: Town.requirements.restricted(to: "jobs"))
    #expect(rows(a, .structural).map(pair) == ["council+trust", "icb+charity", "police+trust"])
    // Absent rows cite their source.
    let all = MissingPartnersAnalysis(network: Town.network(), requirements: Town.requirements)
    #expect(rows(all, .absent).first { $0.type == "fire" }!.reason.hasSuffix("(Fire Act)"))
}
