import ArgumentParser
import Foundation
import PartnerscopeCore
import PartnerscopeHistory
import PartnerscopeIO

struct TrendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trend",
        abstract: "How one comparison metric moved across the runs of a history, group by group, largest movers first.",
        discussion: """
        --by K follows the groups of kind K: an agency type for runs of `batch --by type=K` (icb), \
        `parent` or `parent=D` for area splits, `network` for compare/report. A group missing from a \
        run is matched through the `successor_of` column of its agency (e.g. a 2024 ICB to the 2021 \
        CCG footprints it succeeded): its point is then their footprint-population-weighted mean. \
        Groups found in some runs only are listed as appeared, disappeared or transient. With --out-dir DIR, \
        writes DIR/trend.csv, DIR/trend.json and DIR/index.html (one small line chart per group, \
        inline SVG, no network access). See docs/history.md.

        Example:
          partnerscope trend history.sqlite --metric share_coterminous --by icb --out-dir trend
        """
    )

    @Argument(help: "The history file.") var file: String
    @Option(help: "A metric of the comparison table, e.g. share_coterminous, population_in_gaps, councils_split_icb; several separated by commas are alternatives (the first a group has is used), for a metric renamed between vintages: councils_split_icb,councils_split_ccg.") var metric: String
    @Option(help: "The kind of group to follow, e.g. icb, ccg, parent, network.") var by: String
    @Option(help: "table, csv or json (standard output).") var format: OutputFormat = .table
    /// Where to write trend.csv, trend.json and index.html (no folder unless given).
    @OptionGroup var output: FolderOutputOptions
    @Flag(help: "Print nothing on standard output.") var quiet = false

    var wanted: [String] { metric.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }

    func run() throws {
        let history: RunHistory
        let runs: [RunTrend.Run]
        let metrics: [String]
        do {
            history = try RunHistory(path: file, create: false)
            metrics = try history.metricNames()
            runs = try history.trendInput(metrics: wanted)
        } catch {
            Console.error(error.description)
            throw ExitCode(error.exitCode)
        }
        guard !wanted.isEmpty, wanted.allSatisfy(metrics.contains) else {
            Console.error("error: no metric '\(wanted.filter { !metrics.contains($0) }.joined(separator: ","))' in \(file); metrics: \(metrics.joined(separator: ", "))")
            throw ExitCode.usage
        }
        let trend = RunTrend(metric: wanted.joined(separator: " or "), by: by, runs: runs)
        guard !trend.runs.isEmpty else {
            let kinds = Set(runs.flatMap { $0.groups.map(\.kind) }).sorted()
            Console.error("error: no group of kind '\(by)' in \(file); kinds: \(kinds.joined(separator: ", "))")
            throw ExitCode.usage
        }
        let out = output.outDir ?? output.deprecatedOut.map { output.folder(default: $0, quiet: quiet) }
        if let out {
            let files: [(String, String)] = [("trend.csv", TrendReport.csv(trend)), ("trend.json", TrendReport.json(trend)),
                                              ("index.html", TrendReport.html(trend, source: URL(fileURLWithPath: file).lastPathComponent))]
            do {
                try AtomicWriter.writeDirectory(out) { folder in
                    for (name, text) in files {
                        try Data(text.utf8).write(to: URL(fileURLWithPath: folder).appendingPathComponent(name))
                    }
                }
            } catch {
                Console.error("\(out): error: cannot write: \(error.localizedDescription)")
                throw ExitCode.cannotCreate
            }
        }
        guard !quiet else { return }
        switch format {
        case .table: Console.output(TrendReport.text(trend))
        case .csv: Console.output(TrendReport.csv(trend))
        case .json: Console.output(TrendReport.json(trend))
        }
        if let out { Console.error("wrote \(out)/ (trend.csv, trend.json, index.html)") }
    }
}
