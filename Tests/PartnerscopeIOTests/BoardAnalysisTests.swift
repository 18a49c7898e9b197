import Foundation
import PartnerscopeCore
import PartnerscopeIO
import Testing
import TestSupport

/// The hand-worked fixture `Fixtures/boards-fixture` (see its PROVENANCE.md): L1 has 100 people,
/// L2 300, both in region R.
@Suite struct BoardAnalysisTests {
    let loaded: LoadedNetwork
    let analysis: BoardAnalysis

    init() throws {
        loaded = try NetworkLoader().load(directory: Fixtures.url("boards-fixture").path)
        analysis = BoardAnalysis(network: loaded.network, boards: loaded.boards,
                                 requirements: RequirementsLoader().builtIn().requirements)
    }

    func id(_ a: Int) -> String { loaded.network.agencies[a].id.rawValue }
    func board(_ b: Int) -> String { loaded.boards.boards[b].id.rawValue }
    func profile(_ id: String) -> BoardAnalysis.BoardProfile { analysis.boards[loaded.boards.boardIndex[BoardID(id)]!] }

    @Test func communitySafetyPartnershipWithoutProbation_isMissingIt_withTheCoveringBodyAsCandidate() {
        // csp1 has the council, police, fire and ICB; the Crime and Disorder Act 1998 s.5 also
        // names probation. The probation body covers all of L1 (100 of 100 people).
        let csp1 = profile("csp1")
        #expect(csp1.missing.isChecked)
        #expect(csp1.missing.absences.map(\.requirement.label) == ["probation"])
        #expect(csp1.missing.absences[0].candidates.map { id($0.agency) } == ["probation"])
        #expect(csp1.missing.absences[0].candidates[0].covered == 1)
        #expect(profile("csp2").missing.absences.isEmpty)
        #expect(profile("hwb1").missing.absences.isEmpty)
        // A free-text theme is not checked.
        #expect(!profile("jcb").missing.isChecked)
        // The resilience forum lacks an NHS trust and the Environment Agency; nobody covers R for them.
        #expect(profile("lrf").missing.absences.map(\.requirement.label) == ["nhs-trust", "environment"])
        #expect(profile("lrf").missing.absences.allSatisfy { $0.candidates.isEmpty })
    }

    @Test func footprint_populationAndMisalignedMembers() {
        // lrf serves R = 400 people; council1 covers 100 (0.25), council2 300 (0.75): both fall short.
        let lrf = profile("lrf")
        #expect(lrf.footprintWeight == 400)
        #expect(lrf.misaligned.map(id) == ["council1", "council2"])
        let c1 = lrf.coverage[lrf.members.firstIndex { id($0) == "council1" }!]!
        #expect(c1.covered == 0.25 && c1.inside == 1)
        // csp1 serves L1 = 100 people; the police covers all of it, but only 100 of its 400 lie inside.
        let csp1 = profile("csp1")
        #expect(csp1.footprintWeight == 100)
        #expect(csp1.misaligned.isEmpty)
        let police = csp1.coverage[csp1.members.firstIndex { id($0) == "police" }!]!
        #expect(police.covered == 1 && police.inside == 0.25)
    }

    @Test func loads_heaviestFirst_withSeatsAndChairs() {
        // icb: csp1, csp2, hwb1, jcb, lrf (2 seats on lrf) = 5 boards, 6 seats, chairs jcb.
        // council1: csp1, hwb1, jcb, lrf = 4; police and fire 3 each (police chairs lrf and ranks
        // first on seats? no: both 3 seats, so by id: fire before police); council2 and
        // healthwatch1 2 each; probation 1.
        #expect(analysis.loads.map { id($0.agency) } == ["icb", "council1", "fire", "police", "council2", "healthwatch1", "probation"])
        #expect(analysis.loads.map(\.load) == [5, 4, 3, 3, 2, 2, 1])
        #expect(analysis.loads[0].seats == 6 && analysis.loads[0].chairs == 1)
    }

    @Test func overlaps_duplicateBoardsFirst_withJaccard() {
        // hwb1 = jcb = {council1, icb, healthwatch1}: J = 1. csp1 ⊂ lrf: 4/5. csp2, lrf: 4/6.
        // csp1, csp2: 3/6. csp1 with hwb1 and with jcb: 2/5. hwb1, jcb with lrf: 2/6.
        // csp2 with hwb1 and with jcb: 1/7.
        let pairs = analysis.overlaps.map { "\(board($0.a))-\(board($0.b))" }
        #expect(pairs == ["hwb1-jcb", "csp1-lrf", "csp2-lrf", "csp1-csp2", "csp1-hwb1", "csp1-jcb",
                          "hwb1-lrf", "jcb-lrf", "csp2-hwb1", "csp2-jcb"])
        let j = analysis.overlaps.map(\.jaccard)
        let expected = [1, 0.8, 4.0 / 6, 0.5, 0.4, 0.4, 2.0 / 6, 2.0 / 6, 1.0 / 7, 1.0 / 7]
        #expect(zip(j, expected).allSatisfy { abs($0 - $1) < 1e-15 })
        #expect(analysis.overlaps[0].isIdentical && !analysis.overlaps[1].isIdentical)
        #expect(analysis.overlaps[0].shared.map(id) == ["council1", "icb", "healthwatch1"].sorted { loaded.network.index(of: AgencyID($0))! < loaded.network.index(of: AgencyID($1))! })
    }

    @Test func observerOnly_doesNotMeetARequirement() {
        var agencies = loaded.network.agencies
        agencies.append(Agency(id: "env", name: "Environment Agency", sector: .public, type: "environment"))
        let network = Network(name: "n", agencies: agencies, relationships: [])
        let env = agencies.count - 1
        let set = BoardSet(boards: [Board(id: "lrf", name: "LRF", theme: "resilience")],
                           memberships: [Membership(board: 0, agency: env, role: .observer)])
        let missing = BoardMissingMembers(board: 0, boards: set, network: network,
                                          requirements: RequirementsLoader().builtIn().requirements)
        let environment = missing.absences.first { $0.requirement.label == "environment" }
        #expect(environment?.observers == [env])
    }
}
