import Foundation
import PartnerscopeCore
import PartnerscopeIO
import Testing
import TestSupport

/// The partnership audit on Tests/TestSupport/Fixtures/audit-fixture against
/// scripts/reference/audit_reference.py (Python standard library: statistics.median, mean, stdev),
/// whose output is Tests/TestSupport/Fixtures/audit_reference.json; and every bad-input case.
@Suite struct AuditTests {
    static func loaded() throws -> LoadedNetwork {
        try NetworkLoader().load(directory: Fixtures.url("audit-fixture").path)
    }

    static func reference() throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(contentsOf: Fixtures.url("audit_reference.json"))) as! [String: Any]
    }

    static func report(_ loaded: LoadedNetwork) throws -> AuditReport {
        let reqs = try RequirementsLoader().resolve(networkDirectory: Fixtures.url("audit-fixture").path, explicit: nil).requirements
        let boards = BoardAnalysis(network: loaded.network, boards: loaded.boards, requirements: reqs)
        return AuditReport(network: loaded.network, audit: try #require(loaded.audit), boards: loaded.boards,
                           gaps: CoterminosityAnalysis(network: loaded.network).gaps, missingPartners: 0,
                           boardAnalysis: boards, survey: nil)
    }

    @Test func fixture_loadsStandardAndCustomQuestions_withTheirTexts() throws {
        let audit = try #require(try Self.loaded().audit)
        let ref = try Self.reference()
        #expect(audit.audit.questions == ref["questions"] as! [String])
        #expect(audit.texts[8] == "Trust, openness and good will between key players")   // I, as audit-questions.csv words it
        #expect(audit.texts[9] == "Data sharing agreement signed and used")
        #expect(audit.audit.responses.count == 17)
        #expect(audit.audit.responses.filter { $0.question == 9 }.count == 2)              // 'x1' matches X1
    }

    @Test func everyScoreActionAndEvidence_matchesTheReferenceScript() throws {
        let loaded = try Self.loaded()
        let report = try Self.report(loaded)
        let a = report.analysis
        let ref = try Self.reference()
        let ids = loaded.network.agencies.map(\.id.rawValue)
        let results = ref["results"] as! [[String: Any]]
        #expect(a.results.count == results.count)
        for (r, e) in zip(a.results, results) {
            #expect(r.board.map { loaded.boards.boards[$0].id.rawValue } == e["board"] as? String)
            #expect(a.audit.questions[r.question] == e["question"] as! String)
            #expect(r.responses == e["responses"] as! Int)
            #expect(abs(r.median - (e["median"] as! Double)) < 1e-12)
            #expect(abs(r.mean - (e["mean"] as! Double)) < 1e-12)
            #expect(r.minimum == e["min"] as! Int && r.maximum == e["max"] as! Int)
            if let sd = e["sd"] as? Double { #expect(abs(r.standardDeviation! - sd) < 1e-12) } else { #expect(r.standardDeviation == nil) }
            #expect(r.partnersDisagree == e["disagree"] as! Bool)
            #expect(r.counts == e["counts"] as! [Int])
        }
        #expect(a.actions == ref["actions"] as! [Int])
        let evidence = ref["evidence"] as! [[String: Any]]
        #expect(a.evidence.count == evidence.count)
        for (v, e) in zip(a.evidence, evidence) {
            #expect(v.members == e["members"] as! Int)
            #expect(abs(v.meanBoardLoad! - (e["mean_board_load"] as! Double)) < 1e-12)
            #expect(v.mostLoaded.map { ids[$0] } == e["most_loaded"] as? String)
            #expect(v.mostLoadedBoards == e["most_loaded_boards"] as! Int)
            #expect(v.conflictTies == e["conflict_ties"] as! Int)
        }
    }

    @Test func actionList_readsAsAPlannerWould() throws {
        let report = try Self.report(try Self.loaded())
        let first = report.actionsTable.rows[0].map(\.display)
        // csp1 H: scores 0 and 1, median 0.5, the weakest.
        #expect(first[1] == "Community Safety Partnership One")
        #expect(first[2] == "H. People with time and capacity")
        #expect(first[3] == "0.5 (not in place–partly)")
        #expect(first[5] == "members sit on 3.8 boards on average; most: Integrated Care Board (5)")
        let trust = try #require(report.questionsTable.rows.first { $0[1].csv == "I" })
        #expect(trust[11].csv == "1 negative tie (conflict or sign −1) between members")
        // Disagreements: network I (1, 3, 0: spread 3) and csp1 D (1, 3, 2, 1: spread 2).
        #expect(report.keyFindings().contains { $0.hasPrefix("Partners disagree (scores 2 or more apart) on 2 questions") })
    }

    func errors(_ files: [String: String]) throws -> [String] {
        var all: [String: String] = [:]
        for name in ["agencies.csv", "relationships.csv", "boards.csv", "memberships.csv", "areas.csv", "boundaries.csv"] {
            all[name] = try String(contentsOf: Fixtures.url("audit-fixture").appendingPathComponent(name), encoding: .utf8)
        }
        for (k, v) in files { all[k] = v }
        let dir = try Fixtures.makeNetwork(all)
        defer { try? FileManager.default.removeItem(at: dir) }
        do {
            _ = try NetworkLoader().load(directory: dir.path)
            Issue.record("expected invalid data")
            return []
        } catch let .invalidData(errors, _) {
            return errors.map { "\(URL(fileURLWithPath: $0.file).lastPathComponent):\($0.line):\($0.column): \($0.message)" }
        } catch {
            Issue.record("\(error)")
            return []
        }
    }

    @Test func badAnswers_areLocatedWithDidYouMean() throws {
        let e = try errors(["audit.csv": "board,respondent,question,score\ncsp9,police,A,2\n,polise,A,2\n,police,Z,2\n,police,A,4\n,police,B,\n,fire,C,1\n,fire,C,2\n"])
        #expect(e == [
            "audit.csv:2:1: unknown board 'csp9'; did you mean 'csp1'?",
            "audit.csv:3:2: unknown agency 'polise'; did you mean 'police'?",
            "audit.csv:4:9: unknown question 'Z'; expected A–I or an id listed in audit-questions.csv",
            "audit.csv:5:11: score 4 is out of range; expected a whole number from 0 (not in place) to 3 (fully in place)",
            "audit.csv:6:11: empty score",
            "audit.csv:8:2: 'fire' answers question 'C' twice (first on line 7)",
        ])
    }

    @Test func questionsFileWithoutAudit_andDuplicateQuestion_areErrors() throws {
        #expect(try errors(["audit-questions.csv": "id,text\nX1,Something\n"])
                == ["audit-questions.csv:1:1: audit-questions.csv lists questions, but the folder has no audit.csv"])
        #expect(try errors(["audit.csv": "respondent,question,score\npolice,A,2\n", "audit-questions.csv": "id,text\nX1,One\nX1,Two\n"])
                == ["audit-questions.csv:3:1: question 'X1' is listed twice (first on line 2)"])
    }
}
