import Foundation
import Testing
import TestSupport

/// Issue 17: the command line under hostile conditions (closed or full standard streams, hostile
/// text in paths and ids, outputs naming inputs). Each test runs the built executable.
@Suite(.enabled(if: Executable.available, "build the partnerscope executable first"))
struct HostileCommandLineTests {
    static let network = "Networks/west-yorkshire"

    // MARK: Row 2: standard output or error that cannot be written

    @Test func fullOrClosedStandardOutput_isExit74WithAMessage_neverATrap() throws {
        for (arguments, redirection) in [
            (["validate", Self.network], ">/dev/full"),
            (["validate", Self.network], ">&-"),
            (["centrality", Self.network, "--format", "csv"], ">&-"),
            (["map", Self.network, "--format", "dot"], ">/dev/full"),
            (["summary", Self.network, "--out", "-"], ">/dev/full"),
            (["--help"], ">/dev/full"),
        ] {
            let r = try Executable.run(arguments, redirecting: redirection)
            #expect(r.status == 74, "\(arguments) \(redirection): \(r.status) \(r.stderr.prefix(300))")
            #expect(r.stderr.hasPrefix("error: cannot write to standard output: "), "\(r.stderr.prefix(300))")
            #expect(!r.stderr.contains("Fatal error"))
        }
    }

    @Test func fullStandardError_keepsTheRunsOwnStatus_orMakesSuccess74() throws {
        let bad = try Fixtures.makeNetwork(["agencies.csv": "id,name,sector,type\na,A,public,police\n",
                                            "relationships.csv": "source,target,type\na,b,partnership\n"])
        defer { try? FileManager.default.removeItem(at: bad) }
        #expect(try Executable.run(["validate", bad.path], redirecting: "2>/dev/full").status == 65)
        #expect(try Executable.run(["validate", "/nonexistent"], redirecting: "2>&-").status == 66)
        let warned = try Fixtures.makeNetwork(["agencies.csv": "id,name,sector,type\na,A,public,police\n",
                                               "relationships.csv": "source,target,type\na,a,partnership\n"])
        defer { try? FileManager.default.removeItem(at: warned) }
        let r = try Executable.run(["validate", warned.path], redirecting: "2>/dev/full")
        #expect(r.status == 74, "the self-loop warning could not be shown")
        #expect(r.stdout.contains("valid: 1 agencies"))
        #expect(try Executable.run(["validate", warned.path, "--quiet"], redirecting: "2>/dev/full").status == 0)
    }

    // MARK: Row 17: no subcommand

    @Test func noSubcommand_isAUsageError_withHelpOnStandardError() throws {
        let r = try Executable.run([])
        #expect(r.status == 64)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("USAGE: partnerscope <subcommand>"))
        let help = try Executable.run(["--help"])
        #expect(help.status == 0 && help.stdout.contains("USAGE: partnerscope <subcommand>"))
    }

    // MARK: Rows 13 and 18: hostile text in diagnostics

    @Test func newlineInAPathArgument_cannotForgeADiagnosticLine() throws {
        let r = try Executable.run(["validate", "\(Self.network)\n/etc"])
        #expect(r.status == 66)
        #expect(r.stderr == "\(Self.network)\\u{A}/etc: error: no such network folder\n")
        let usage = try Executable.run(["summary", Self.network, "--format", "x\n/etc: error: forged"])
        #expect(usage.status == 64)
        #expect(!usage.stderr.split(separator: "\n").contains { $0.hasPrefix("/etc") }, "\(usage.stderr)")
        #expect(usage.stderr.contains("x\\u{A}/etc: error: forged"))
    }

    @Test func escapeSequencesAndBidiOverridesInIds_areShownEscaped() throws {
        let dir = try Fixtures.makeNetwork([
            "agencies.csv": "id,name,sector,type\na,A,public,police\n",
            "relationships.csv": "source,target,type\n\u{1B}[2Jghost,a,partnership\na,\u{202E}gnp.exe,funding\n",
        ])
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try Executable.run(["validate", dir.path])
        #expect(r.status == 65)
        #expect(!r.stderr.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E })
        #expect(r.stderr.contains("relationships.csv:2:1: error: unknown agency '\\u{1B}[2Jghost'"))
        #expect(r.stderr.contains("relationships.csv:3:3: error: unknown agency '\\u{202E}gnp.exe'"))
    }

    // MARK: Lesser findings: order of diagnostics, compare's lines

    @Test func diagnostics_areSortedByFileAndLine_withWarningsInterleaved() throws {
        let dir = try Fixtures.makeNetwork([
            "agencies.csv": "id,name,sector,type\na,A,public,police\nb,B,public,fire\n",
            "relationships.csv": "source,target,type\na,a,partnership\na,x,funding\nb,b,protocol\n",
        ])
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try Executable.run(["validate", dir.path])
        #expect(r.status == 65)
        let lines = r.stderr.split(separator: "\n").map { $0.replacingOccurrences(of: dir.path + "/", with: "") }
        #expect(lines == [
            "relationships.csv:2:1: warning: self-loop: 'a' is tied to itself; network measures ignore it",
            "relationships.csv:3:3: error: unknown agency 'x'; did you mean 'a'?",
            "relationships.csv:4:1: warning: self-loop: 'b' is tied to itself; network measures ignore it",
            "1 error found (and 2 warnings)",
        ])
    }

    @Test func compare_failedFolder_linesStartWithFileLineColumn() throws {
        let bad = try Fixtures.makeNetwork(["agencies.csv": "id,name,sector,type\na,A,public,police\n",
                                            "relationships.csv": "source,target,type\na,nobody,partnership\n"], label: "bad")
        let out = try Fixtures.temporaryDirectory("cmp-lines").appendingPathComponent("out")
        defer { try? FileManager.default.removeItem(at: bad); try? FileManager.default.removeItem(at: out.deletingLastPathComponent()) }
        let r = try Executable.run(["compare", bad.path, Self.network, "--out-dir", out.path, "--no-maps", "--quiet"])
        #expect(r.status == 65)
        #expect(r.stderr.contains("\n\(bad.path)/relationships.csv:2:3: error: unknown agency 'nobody'\n")
                || r.stderr.hasPrefix("\(bad.path)/relationships.csv:2:3: error: unknown agency 'nobody'\n"), "\(r.stderr)")
    }

    // MARK: Row 6 and `--out -`: outputs never replace inputs

    @Test func outNamingAnInputFile_isRefused_andTheInputKept() throws {
        let dir = try Fixtures.temporaryDirectory("in-out")
        defer { try? FileManager.default.removeItem(at: dir) }
        let net = dir.appendingPathComponent("net")
        try FileManager.default.copyItem(at: Fixtures.repositoryRoot.appendingPathComponent(Self.network), to: net)
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("link.csv").path,
                                                   withDestinationPath: net.appendingPathComponent("agencies.csv").path)
        let before = try Data(contentsOf: net.appendingPathComponent("agencies.csv"))
        let beforeTies = try Data(contentsOf: net.appendingPathComponent("relationships.csv"))
        for arguments in [["centrality", net.path, "--format", "csv", "--out", net.appendingPathComponent("agencies.csv").path],
                          ["export", net.path, "--out", "\(net.path)/../net/relationships.csv"],
                          ["summary", net.path, "--out", dir.appendingPathComponent("link.csv").path],
                          ["map", net.path, "--format", "dot", "--out", net.appendingPathComponent("agencies.csv").path]] {
            let r = try Executable.run(arguments)
            #expect(r.status == 73, "\(arguments): \(r.stderr)")
            #expect(r.stderr.contains("is an input of the run"))
        }
        let report = try Executable.run(["report", net.path, "--out-dir", dir.path])
        #expect(report.status == 73 && report.stderr.contains("holds an input of the run"), "\(report.stderr)")
        #expect(try Data(contentsOf: net.appendingPathComponent("agencies.csv")) == before)
        #expect(try Data(contentsOf: net.appendingPathComponent("relationships.csv")) == beforeTies)
    }

    @Test func outDash_isStandardOutput() throws {
        let dir = try Fixtures.temporaryDirectory("dash")
        defer { try? FileManager.default.removeItem(at: dir) }
        let network = Fixtures.repositoryRoot.appendingPathComponent(Self.network).path
        let r = try Executable.run(["summary", network, "--format", "json", "--out", "-"], currentDirectory: dir)
        #expect(r.status == 0)
        #expect(r.stdout.contains("\"agencies\""))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("-").path))
    }
}
