import Foundation
import TestSupport
import Testing

private let fixture = "Tests/TestSupport/Fixtures/survey-fixture"

@Test func quality_csvStatesTheSymmetrisationOnEveryRow() throws {
    let run = try Executable.run(["quality", fixture, "--symmetrise", "min", "--format", "csv", "--table", "relationships"])
    #expect(run.status == 0, "\(run.stderr)")
    let lines = run.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first?.hasPrefix("agency_a,agency_b,trust,value,") == true)
    #expect(lines.first?.hasSuffix(",symmetrisation,provenance,as_at") == true)
    #expect(lines.dropFirst().allSatisfy { $0.contains(",min,test fixture,") })
    // icb–trust under min: 1.667 (icb's rating of the trust), a strong commissioning tie (weight 5).
    #expect(lines.contains { $0.hasPrefix("Integrated Care Board,Hospital Trust,1.6666666666666667,") && $0.contains("strong formal tie") })
}

@Test func quality_jsonIsByteIdenticalOnRerun_andNamesTheWave() throws {
    let a = try Executable.run(["quality", fixture, "--format", "json", "--wave", "2023"])
    let b = try Executable.run(["quality", fixture, "--format", "json", "--wave", "2023"])
    #expect(a.status == 0 && a.stdoutData == b.stdoutData)
    let doc = try #require(try JSONSerialization.jsonObject(with: a.stdoutData) as? [String: Any])
    #expect(doc["wave"] as? String == "2023")
    #expect(doc["symmetrisation"] as? String == "mean")
}

@Test func quality_exitCodes_noSurvey66_unknownWave64_badScore65() throws {
    let none = try Executable.run(["quality", "Tests/TestSupport/Fixtures/boards-fixture"])
    #expect(none.status == 66)
    #expect(none.stderr.contains("no survey.csv in this folder"))
    let wave = try Executable.run(["quality", fixture, "--wave", "2019"])
    #expect(wave.status == 64)
    #expect(wave.stderr.contains("no wave '2019'") && wave.stderr.contains("waves: 2023, 2024"))
    let dir = try Fixtures.temporaryDirectory("quality")
    defer { try? FileManager.default.removeItem(at: dir) }
    for name in ["agencies.csv", "relationships.csv"] {
        try FileManager.default.copyItem(atPath: "\(fixture)/\(name)", toPath: dir.appendingPathComponent(name).path)
    }
    try Data("respondent,about,trust_mission\ncouncil,police,7\n".utf8).write(to: dir.appendingPathComponent("survey.csv"))
    let bad = try Executable.run(["quality", dir.path])
    #expect(bad.status == 65)
    #expect(bad.stderr.contains("survey.csv:2:16: error: trust_mission 7 is out of range"))
}

@Test func report_withASurvey_writesTheSurveySectionAndTables() throws {
    let out = try Fixtures.temporaryDirectory("quality-report")
    defer { try? FileManager.default.removeItem(at: out) }
    let folder = out.appendingPathComponent("r").path
    let run = try Executable.run(["report", fixture, "--out-dir", folder, "--no-maps", "--quiet"])
    #expect(run.status == 0, "\(run.stderr)")
    let html = try String(contentsOfFile: folder + "/index.html", encoding: .utf8)
    #expect(html.contains("<section id=\"survey\">"))
    for t in ["waves", "agencies", "disagreements", "tensions", "relationships", "dimensions"] {
        #expect(FileManager.default.fileExists(atPath: "\(folder)/survey-\(t).csv"), "survey-\(t).csv")
    }
    let metrics = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder + "/metrics.json"))) as? [String: Any])
    let survey = try #require(metrics["survey"] as? [String: Any])
    #expect(survey["symmetrisation"] as? String == "mean")
    #expect(survey["illustrative"] as? Bool == false)
}

private let auditFixture = "Tests/TestSupport/Fixtures/audit-fixture"

@Test func audit_csvActionsWeakestFirst_jsonDeterministic_exitCodes() throws {
    let run = try Executable.run(["audit", auditFixture, "--format", "csv"])
    #expect(run.status == 0, "\(run.stderr)")
    let lines = run.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first == "rank,scope,question,median,disagree,evidence,board_id,as_at")
    #expect(lines.dropFirst().first?.hasPrefix("1,Community Safety Partnership One,H. People with time and capacity,0.5 (not in place–partly),false,") == true)
    let a = try Executable.run(["audit", auditFixture, "--format", "json"])
    let b = try Executable.run(["audit", auditFixture, "--format", "json"])
    #expect(a.status == 0 && a.stdoutData == b.stdoutData)
    let none = try Executable.run(["audit", fixture])
    #expect(none.status == 66)
    #expect(none.stderr.contains("no audit.csv in this folder"))
}

@Test func report_withAnAudit_writesTheAuditSectionAndTables() throws {
    let out = try Fixtures.temporaryDirectory("audit-report")
    defer { try? FileManager.default.removeItem(at: out) }
    let folder = out.appendingPathComponent("r").path
    let run = try Executable.run(["report", auditFixture, "--out-dir", folder, "--no-maps", "--quiet"])
    #expect(run.status == 0, "\(run.stderr)")
    let html = try String(contentsOfFile: folder + "/index.html", encoding: .utf8)
    #expect(html.contains("<section id=\"audit\">"))
    for t in ["actions", "questions", "comments"] {
        #expect(FileManager.default.fileExists(atPath: "\(folder)/audit-\(t).csv"), "audit-\(t).csv")
    }
}

@Test func spend_csvHasOneRowPerDistrict_andStatesTheApproximation() throws {
    let run = try Executable.run(["spend", "Networks/west-yorkshire", "--format", "csv"])
    #expect(run.status == 0, "\(run.stderr)")
    let lines = run.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first == "area,name,population,spend_m,per_head,public_m,private_m,voluntary_m,community_m,through_ties_share,agencies_with_budget,agencies_without_budget,budgets,as_at")
    #expect(lines.count == 6)   // the five districts of West Yorkshire
    // Every budget_m of west-yorkshire is marked budget_provenance=illustrative (agencies.csv).
    #expect(lines.dropFirst().allSatisfy { $0.hasSuffix(",illustrative,2022-07-01") })
    let text = try Executable.run(["spend", "Networks/west-yorkshire"])
    #expect(text.stdout.contains("An approximation:"))
    #expect(text.stdout.contains("ILLUSTRATIVE BUDGETS: every budget_m is marked budget_provenance=illustrative"))
}

@Test func map_kindTrust_needsASurvey_andDrawsOneEdgePerRatedPair() throws {
    let dot = try Executable.run(["map", fixture, "--kind", "trust", "--format", "dot"])
    #expect(dot.status == 0, "\(dot.stderr)")
    #expect(dot.stdout.contains("Trust map: survey-fixture"))
    #expect(dot.stdout.components(separatedBy: " -- ").count - 1 == 7)   // 7 pairs rated in wave 2024 (survey_reference.json)
    let none = try Executable.run(["map", auditFixture, "--kind", "trust", "--format", "dot"])
    #expect(none.status == 66)
}
