import ArgumentParser
import Foundation
import PartnerscopeCore
import PartnerscopeHistory
import PartnerscopeIO

/// `--history FILE` and `--run-label LABEL`, shared by `batch`, `compare` and `report`.
struct HistoryOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Record the run in this SQLite run history (created if absent); see docs/history.md.", valueName: "file.sqlite"))
    var history: String?

    @Option(name: .customLong("run-label"), help: ArgumentHelp("The run's label in the history, e.g. 2024-Q3 (runs sort by it; default: today's date, UTC). The same label and inputs replace the earlier record.", valueName: "label"))
    var runLabel: String?

    func validate() throws {
        if let runLabel, runLabel.trimmingCharacters(in: .whitespaces).isEmpty || runLabel.count > 200 {
            throw ValidationError("--run-label must be 1 to 200 characters, got '\(runLabel)'")
        }
        if runLabel != nil && history == nil { throw ValidationError("--run-label needs --history FILE") }
    }

    /// The label: `--run-label`, else today's date (UTC, yyyy-mm-dd).
    var label: String {
        if let runLabel { return runLabel }
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = "yyyy-MM-dd"
        return f.string(from: Date())
    }

    /// Opens the history before the analysis, so that a bad file fails fast (exit 65/74).
    func open() throws -> RunHistory? {
        guard let history else { return nil }
        do {
            return try RunHistory(path: history, create: true)
        } catch {
            Console.error(error.description)
            throw ExitCode(error.exitCode)
        }
    }

    /// Records `run` (one transaction) and says so on stderr unless `quiet`.
    ///
    /// The environment variable `PARTNERSCOPE_HISTORY_STALL` (seconds) makes the writer print
    /// `history: wrote group N` and sleep after each group, inside the transaction: the
    /// crash-consistency test kills the process there (docs/history.md).
    func record(_ run: RecordedRun, in store: RunHistory, quiet: Bool) throws {
        let stall = ProcessInfo.processInfo.environment["PARTNERSCOPE_HISTORY_STALL"].flatMap(Double.init)
        let outcome: RunHistory.RecordOutcome
        do {
            outcome = try store.record(run) { n in
                guard let stall else { return }
                Console.error("history: wrote group \(n)")
                Thread.sleep(forTimeInterval: stall)
            }
        } catch {
            Console.error(error.description)
            throw ExitCode(error.exitCode)
        }
        if !quiet {
            let verb = if case .replaced = outcome { "replaced run" } else { "recorded run" }
            Console.error("\(store.path): \(verb) '\(run.label)' (\(run.groups.count) groups, \(run.split))")
        }
    }

    /// The fingerprint of `folders`, or exits 66.
    static func fingerprint(_ folders: [String]) throws -> String {
        do {
            return try NetworkFingerprint.sha256(of: folders)
        } catch {
            Console.error("error: cannot hash the network files: \(error.localizedDescription)")
            throw ExitCode.missingInput
        }
    }

    /// The command line as typed, each argument quoted for a POSIX shell when needed.
    static var commandLine: String {
        (["partnerscope"] + CommandLine.arguments.dropFirst()).map { arg in
            arg.allSatisfy({ $0.isLetter || $0.isNumber || "-_./=:,+@%".contains($0) }) && !arg.isEmpty
                ? arg : "'" + arg.replacingOccurrences(of: "'", with: "'\\''") + "'"
        }.joined(separator: " ")
    }
}
