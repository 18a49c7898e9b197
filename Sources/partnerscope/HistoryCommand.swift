import ArgumentParser
import PartnerscopeHistory
import PartnerscopeIO

struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "List the runs recorded in a run history (batch/compare/report --history FILE).",
        discussion: """
        One line per run, ordered by label: the label, command, split, network, groups, metric, gap \
        and missing-partner rows, the first 12 hex digits of the network files' SHA-256, the \
        Partnerscope version and the command line. See docs/history.md.

        Example:
          partnerscope history history.sqlite --format csv
        """
    )

    @Argument(help: "The history file.") var file: String
    @Option(help: "table, csv or json.") var format: OutputFormat = .table
    @OptionGroup var output: OutputOptions

    func run() throws {
        let runs: [RunHistory.RunSummary]
        do {
            runs = try RunHistory(path: file, create: false).runs()
        } catch {
            Console.error(error.description)
            throw ExitCode(error.exitCode)
        }
        let header = ["label", "command", "split", "network", "groups", "metrics", "gaps", "missing_partners",
                      "network_sha256", "version", "command_line"]
        func fields(_ r: RunHistory.RunSummary, short: Bool) -> [String] {
            [r.label, r.command, r.split, r.network, String(r.groups), String(r.metrics), String(r.gaps), String(r.findings),
             short ? String(r.networkHash.prefix(12)) : r.networkHash, r.partnerscopeVersion, r.commandLine]
        }
        switch format {
        case .table:
            var table = TextTable(header: header, rightAligned: [4, 5, 6, 7])
            for r in runs { table.append(fields(r, short: true)) }
            try output.emit("\(runs.count) runs in \(file)\n" + table.rendered())
        case .csv:
            var w = CSVWriter(header: header)
            for r in runs { w.appendRow(fields(r, short: false)) }
            try output.emit(w.text)
        case .json:
            let items: [JSONValue] = runs.map { r in
                .object(zip(header, fields(r, short: false)).map { name, value in
                    (name, ["groups", "metrics", "gaps", "missing_partners"].contains(name) ? .int(Int(value)!) : .string(value))
                })
            }
            try output.emit(JSONValue.object([("file", .string(file)), ("runs", .array(items))]).rendered() + "\n")
        }
    }
}
