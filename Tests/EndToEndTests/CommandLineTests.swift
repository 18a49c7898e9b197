import Foundation
import Testing
import TestSupport

/// Runs the built executable on `Networks/` and on broken inputs, checking exit codes, output
/// and that nothing is half-written.
@Suite struct CommandLineTests {
    @Test func validate_westYorkshire_exitsZero() throws {
        let r = try Executable.run(["validate", "Networks/west-yorkshire"])
        #expect(r.status == 0, "\(r.stderr)")
        // The default day is the latest start/since date (2022-07-01, the ICB): 37 bodies then; the
        // chief officers' summit era (2009-06-30) had 44, with the PCTs, the police authority, the LSC,
        // Yorkshire Forward, the Government Office and the transport authority; 54 in all
        // (Networks/west-yorkshire/agencies.csv, counted by its start and end columns).
        #expect(r.stdout.contains("valid: 37 agencies"))
        let summit = try Executable.run(["validate", "Networks/west-yorkshire", "--as-at", "2009-06-30", "--quiet"])
        #expect(summit.stdout.contains("valid: 44 agencies"))
        let all = try Executable.run(["validate", "Networks/west-yorkshire", "--as-at", "all", "--quiet"])
        #expect(all.stdout.contains("valid: 54 agencies"))
    }

    @Test func validate_westYorkshire_summarisesTheBoardsSurveyAndAudit() throws {
        let r = try Executable.run(["validate", "Networks/west-yorkshire", "--quiet"])
        #expect(r.status == 0, "\(r.stderr)")
        // Counted with Python's csv module from Networks/west-yorkshire: boards.csv 13 rows,
        // memberships.csv 86; survey.csv 390 rows, 37 distinct respondents and 37 rated, waves
        // 2023-03 and 2024-03, the six PARTNER columns; audit.csv 639 rows, 28 respondents,
        // questions A-I, 13 boards and rows with no board; provenance 'illustrative' in both.
        #expect(r.stdout.contains("boards.csv, memberships.csv: 13 boards, 86 seats"))
        #expect(r.stdout.contains("survey.csv: 390 ratings by 37 respondents about 37 agencies in 2 waves (2023-03, 2024-03); 6 scored questions (6 of the 6 PARTNER items); provenance illustrative"))
        #expect(r.stdout.contains("audit.csv: 639 answers by 28 respondents to 9 questions of 9, for the whole network and 13 boards; provenance illustrative"))
    }

    @Test func validate_badSurveyAndAudit_locatesEachErrorAndCountsThemByFile() throws {
        let dir = try Fixtures.makeNetwork([
            "agencies.csv": "id,name,sector,type\ncouncil,Council,public,council\npolice,Police,public,police\n",
            "relationships.csv": "source,target,type\ncouncil,police,partnership\n",
            // Line 2: score 5 out of 1-4; line 3: unknown agency; line 4 repeats line 2's triple.
            "survey.csv": "respondent,about,wave,trust_reliability\ncouncil,police,2024,5\npolice,counsil,2024,3\ncouncil,police,2024,2\n",
            // Line 2: score 4 out of 0-3; line 3: unknown question Z.
            "audit.csv": "board,respondent,question,score\n,council,A,4\n,police,Z,1\n",
        ])
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try Executable.run(["validate", dir.path])
        #expect(r.status == 65)
        #expect(r.stderr.contains("\(dir.path)/survey.csv:2:"))
        #expect(r.stderr.contains("\(dir.path)/survey.csv:3:"))
        #expect(r.stderr.contains("\(dir.path)/survey.csv:4:"))
        #expect(r.stderr.contains("\(dir.path)/audit.csv:2:"))
        #expect(r.stderr.contains("\(dir.path)/audit.csv:3:"))
        #expect(r.stderr.contains("5 errors found"))
        #expect(r.stderr.contains("  audit.csv: 2 errors\n"))
        #expect(r.stderr.contains("  survey.csv: 3 errors\n"))
    }

    @Test func validate_everyShippedNetwork_isValid() throws {
        for name in ["england", "england-2021"] {
            let r = try Executable.run(["validate", "Networks/\(name)", "--quiet"])
            #expect(r.status == 0, "\(name): \(r.stderr)")
        }
    }

    @Test func summary_json_countsAgenciesBySector() throws {
        let r = try Executable.run(["summary", "Networks/west-yorkshire", "--format", "json"])
        #expect(r.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        #expect(json?["agencies"] as? Int == 37)
        #expect(json?["components"] as? Int == 1)
        #expect((json?["agencies_by_sector"] as? [String: Int])?["private"] == 2)
    }

    @Test func invalidData_exits65_withCompilerStyleDiagnostics() throws {
        let dir = try Fixtures.makeNetwork([
            "agencies.csv": "id,name,sector,type\na,A,public,council\n",
            "relationships.csv": "source,target,type\na,b,partnership\n",
        ])
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try Executable.run(["validate", dir.path])
        #expect(r.status == 65)
        #expect(r.stderr.contains("\(dir.path)/relationships.csv:2:3: error: unknown agency 'b'"))
    }

    @Test func missingFolder_exits66() throws {
        let r = try Executable.run(["summary", "/nonexistent/network"])
        #expect(r.status == 66)
        #expect(r.stderr.contains("no such network folder"))
    }

    @Test func usageError_exits64() throws {
        let r = try Executable.run(["summary", "Networks/west-yorkshire", "--format", "yaml"])
        #expect(r.status == 64)
    }

    @Test func version_printsTheVersion() throws {
        let r = try Executable.run(["--version"])
        #expect(r.status == 0)
        #expect(r.stdout.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
    }

    @Test func batchBy_malformed_isAUsageErrorNamingTheValue() throws {
        for bad in ["", "parent=-1", "parent=x", "type=", "region", "sector=public"] {
            let r = try Executable.run(["batch", "Networks/west-yorkshire", "--by", bad, "--no-maps", "--quiet"])
            #expect(r.status == 64, "\(bad)")
            #expect(r.stderr.contains("--by"), "\(bad)")
        }
    }

    @Test func folderOutput_oldOutSpelling_stillWorksWithAWarning() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ps-old-out-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try Executable.run(["batch", "Networks/west-yorkshire", "--by", "parent", "--out", dir.path, "--no-maps"])
        #expect(r.status == 0)
        #expect(r.stderr.contains("--out is deprecated"))
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("comparison.csv").path))
        let both = try Executable.run(["report", "Networks/west-yorkshire", "--out", dir.path, "--out-dir", dir.path])
        #expect(both.status == 64)
    }

    @Test func everyCommand_hasHelpWithAnExample() throws {
        let root = try Executable.run(["--help"])
        #expect(root.status == 0)
        let commands = ["validate", "summary"]
        for command in commands {
            let r = try Executable.run([command, "--help"])
            #expect(r.status == 0)
            #expect(r.stdout.contains("Example"), "\(command) --help has no example")
        }
    }

    @Test func out_writesTheFileAtomically_andIdentically() throws {
        let dir = try Fixtures.temporaryDirectory("out")
        defer { try? FileManager.default.removeItem(at: dir) }
        let a = dir.appendingPathComponent("a.json").path, b = dir.appendingPathComponent("b.json").path
        #expect(try Executable.run(["summary", "Networks/west-yorkshire", "--format", "json", "--out", a]).status == 0)
        #expect(try Executable.run(["summary", "Networks/west-yorkshire", "--format", "json", "--out", b]).status == 0)
        #expect(FileManager.default.contents(atPath: a) == FileManager.default.contents(atPath: b))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasPrefix(".partnerscope-tmp-") }
        #expect(leftovers.isEmpty)
    }
}
