import Foundation
import TestSupport
import Testing

/// TwoRegions with `successor_of` on the ICBs of the later vintage, and the earlier vintage's
/// ICBs typed as CCGs: a reorganisation in miniature (h1 succeeds g1; h2 succeeds g2 and g9).
/// h3 (no boundary, so no footprint) and its tie are left out.
private func vintage(_ kind: String, successors: Bool, extraTie: Bool = false) -> [String: String] {
    var files = TwoRegions.files()
    let prefix = kind == "ccg" ? "g" : "h"
    var agencies = "id,name,sector,type,successor_of\n"
    for (id, name, type) in TwoRegions.agencyRows where id != "h3" {
        let renamed = type == "icb" ? prefix + id.dropFirst() : id
        let successor = successors && type == "icb" ? (id == "h1" ? "g1" : id == "h2" ? "g2;g9" : "") : ""
        agencies += "\(renamed),\(type == "icb" ? name.replacingOccurrences(of: "ICB", with: kind.uppercased()) : name),public,\(type == "icb" ? kind : type),\(successor)\n"
    }
    files["agencies.csv"] = agencies
    for name in ["boundaries.csv", "relationships.csv"] {
        files[name] = files[name]!.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.split(separator: ",", omittingEmptySubsequences: false).map { f in
                f.count == 2 && f.hasPrefix("h") ? prefix + f.dropFirst() : String(f)
            }.joined(separator: ",")
        }.joined(separator: "\n")
    }
    files["relationships.csv"] = files["relationships.csv"]!.split(separator: "\n").filter { !$0.contains("3,c1") }.joined(separator: "\n") + "\n"
    if extraTie { files["boundaries.csv"]! += "\(prefix)1,L4,1\n" }
    return files
}


@Test(.enabled(if: Executable.available, "build the partnerscope executable first"))
func batchHistory_threeVintages_listAndTrendAcrossTheReorganisation() throws {
    let v2019 = try Fixtures.makeNetwork(vintage("ccg", successors: false), label: "v2019")
    let v2021 = try Fixtures.makeNetwork(vintage("ccg", successors: false, extraTie: true), label: "v2021")
    let v2024 = try Fixtures.makeNetwork(vintage("icb", successors: true), label: "v2024")
    let dir = try Fixtures.temporaryDirectory("hist")
    let db = dir.appendingPathComponent("h.sqlite").path
    for (folder, label, kind) in [(v2019, "2019", "ccg"), (v2021, "2021", "ccg"), (v2024, "2024", "icb")] {
        let run = try Executable.run(["batch", folder.path, "--by", "type=\(kind)", "--out-dir", dir.appendingPathComponent("out-\(label)").path,
                                      "--no-maps", "--quiet", "--history", db, "--run-label", label])
        #expect(run.status == 0, "\(run.stderr)")
    }
    let list = try Executable.run(["history", db, "--format", "csv"])
    #expect(list.status == 0, "\(list.stderr)")
    let lines = list.stdout.split(separator: "\n")
    #expect(lines.count == 4)
    #expect(lines[1].hasPrefix("2019,batch,type=ccg,"))
    #expect(lines[3].hasPrefix("2024,batch,type=icb,"))
    #expect(lines[3].contains("--run-label 2024"), "the command line is recorded")

    // Rerunning 2021 with the same inputs and label adds nothing.
    let before = try SQLiteShell.run(db, "SELECT COUNT(*) FROM run; SELECT COUNT(*) FROM metric; SELECT COUNT(*) FROM gap;")
    let again = try Executable.run(["batch", v2021.path, "--by", "type=ccg", "--out-dir", dir.appendingPathComponent("again").path,
                                    "--no-maps", "--quiet", "--history", db, "--run-label", "2021"])
    #expect(again.status == 0)
    #expect(try SQLiteShell.run(db, "SELECT COUNT(*) FROM run; SELECT COUNT(*) FROM metric; SELECT COUNT(*) FROM gap;") == before)

    let out = dir.appendingPathComponent("trend")
    let trend = try Executable.run(["trend", db, "--metric", "population_footprint", "--by", "icb", "--format", "csv", "--out-dir", out.path])
    #expect(trend.status == 0, "\(trend.stderr)")
    let rows = trend.stdout.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    #expect(rows[0] == ["key", "name", "kind", "status", "2019", "2021", "2024", "change", "2019_via", "2021_via", "2024_via"])
    // h1's footprint: L1–L3 = 600 people in 2024; its predecessor g1 covered L1–L3 (600) in 2019
    // and L1–L4 (1,000) in 2021. h2 = L4+L5 = 900 throughout (g9 does not exist).
    let h1 = try #require(rows.first { $0[0] == "h1" })
    #expect(h1 == ["h1", "ICB One", "icb", "continuing", "600", "1000", "600", "0", "g1", "g1", ""])
    let h2 = try #require(rows.first { $0[0] == "h2" })
    #expect(h2 == ["h2", "ICB Two", "icb", "continuing", "900", "900", "900", "0", "g2", "g2", ""])
    let html = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
    #expect(html.components(separatedBy: "<svg ").count - 1 == 2, "one chart per group")
    #expect(html.contains("default-src 'none'"))
    #expect(!html.contains("http://") || !html.replacingOccurrences(of: "http://www.w3.org/2000/svg", with: "").contains("http://"))

    let unknown = try Executable.run(["trend", db, "--metric", "nonsense", "--by", "icb"])
    #expect(unknown.status == 64 && unknown.stderr.contains("share_coterminous"))
}

@Test(.enabled(if: Executable.available, "build the partnerscope executable first"))
func batchHistory_killedMidWrite_leavesAConsistentDatabaseWithoutThePartialRun() throws {
    let net = try Fixtures.makeNetwork(TwoRegions.files(), label: "kill")
    let dir = try Fixtures.temporaryDirectory("kill")
    let db = dir.appendingPathComponent("h.sqlite").path
    let first = try Executable.run(["batch", net.path, "--by", "parent", "--out-dir", dir.appendingPathComponent("a").path,
                                    "--no-maps", "--quiet", "--history", db, "--run-label", "2023"])
    #expect(first.status == 0, "\(first.stderr)")
    let before = try SQLiteShell.run(db, "SELECT label FROM run; SELECT COUNT(*) FROM metric;")

    // The second run pauses inside its transaction after each group; kill it after the first.
    let process = Process()
    process.executableURL = Executable.executableURL
    process.arguments = ["batch", net.path, "--by", "parent", "--out-dir", dir.appendingPathComponent("b").path,
                         "--no-maps", "--quiet", "--history", db, "--run-label", "2024"]
    process.currentDirectoryURL = Fixtures.repositoryRoot
    var environment = ProcessInfo.processInfo.environment
    environment["PARTNERSCOPE_HISTORY_STALL"] = "30"
    process.environment = environment
    let err = Pipe()
    process.standardError = err
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    var seen = ""
    while !seen.contains("history: wrote group 1") {
        let chunk = err.fileHandleForReading.availableData
        if chunk.isEmpty { break }
        seen += String(decoding: chunk, as: UTF8.self)
    }
    #expect(seen.contains("history: wrote group 1"), "the child reached the middle of its transaction: \(seen)")
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    #expect(process.terminationReason == .uncaughtSignal)

    #expect(try SQLiteShell.run(db, "PRAGMA integrity_check;") == "ok\n")
    #expect(try SQLiteShell.run(db, "SELECT label FROM run; SELECT COUNT(*) FROM metric;") == before, "no trace of the killed run")
    // The file is still usable: the run recorded again completes.
    let retry = try Executable.run(["batch", net.path, "--by", "parent", "--out-dir", dir.appendingPathComponent("c").path,
                                    "--no-maps", "--quiet", "--history", db, "--run-label", "2024"])
    #expect(retry.status == 0)
    #expect(try SQLiteShell.run(db, "SELECT label FROM run ORDER BY label;") == "2023\n2024\n")
}

@Test(.enabled(if: Executable.available, "build the partnerscope executable first"))
func history_ofAFileThatIsNotAHistory_exits65_andAMissingFile66() throws {
    let dir = try Fixtures.temporaryDirectory("nothist")
    let text = dir.appendingPathComponent("x.sqlite")
    try Data("hello\n".utf8).write(to: text)
    let run = try Executable.run(["history", text.path])
    #expect(run.status == 65 && run.stderr.contains("not a Partnerscope run history"), "\(run.stderr)")
    let missing = try Executable.run(["history", dir.appendingPathComponent("none.sqlite").path])
    #expect(missing.status == 66)
    let batch = try Executable.run(["batch", "Networks/west-yorkshire", "--by", "parent", "--out-dir", dir.appendingPathComponent("o").path,
                                    "--no-maps", "--quiet", "--history", text.path])
    #expect(batch.status == 65)
    #expect(try String(contentsOf: text, encoding: .utf8) == "hello\n")
}
