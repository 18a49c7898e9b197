import ArgumentParser
import Foundation
import GraphvizRender
import InfluenceMaps
import PartnerscopeCore
import PartnerscopeHistory
import PartnerscopeIO

/// Options shared by `compare` and `batch`.
struct ComparisonOptions: ParsableArguments {
    /// The folder to write comparison.csv, comparison.json, index.html, areas/ and maps/ into
    /// (default `comparison`).
    @OptionGroup var output: FolderOutputOptions

    @OptionGroup var requirements: RequirementsOptions

    @Flag(name: .customLong("no-maps"), help: "Skip the small-multiple maps (analysis only).")
    var noMaps = false

    @Option(help: "Seconds each small-multiple map's layout may take before it is stopped.")
    var timeout: Double = SmallMultipleMap.defaultTimeout

    @Option(help: "Worker threads (default: every available core).")
    var jobs: Int?

    @Flag(name: .long, help: "Do not print warnings, progress or the table.")
    var quiet = false

    @Flag(name: .long, help: StrictHelp.text)
    var strict = false

    @OptionGroup var history: HistoryOptions
    @OptionGroup var time: TimeOptions

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be 1 or more, got \(jobs)") }
        guard timeout > 0, timeout.isFinite else { throw ValidationError("--timeout must be a positive number of seconds") }
    }
}

/// The outcome of one unit of a comparison: a row with the network to draw, its title and its
/// analysis (for its own report and the history), or a failure. The maps are drawn after every
/// unit is analysed, so that they share one scale (``SmallMultipleMap/SharedScale``).
enum ComparisonOutcome: Sendable {
    case row(ComparisonRow, drawing: Network, title: String, analysis: NetworkAnalysis)
    case failed(ComparisonReport.Failure)
}

/// What a comparison run records in the history besides its table.
struct HistoryRun {
    var store: RunHistory
    var command: String
    var split: String
    var network: String
    var networkHash: String
    /// The kind and raw `successor_of` cell of the group with this key.
    var describe: (String) -> (kind: String, successorOf: String?)
}

/// Runs the units of a comparison in parallel, with progress on standard error, and writes the
/// output folder.
enum ComparisonRun {
    /// Runs `count` jobs, reports progress under `noun`, writes the folder and prints the table.
    /// Exits 65 when some unit failed (after writing the others), 73 when the folder cannot be written.
    static func run(count: Int, noun: String, options: ComparisonOptions, title: String, description: String,
                    names: [String], sortByKey: Bool = true, history: HistoryRun? = nil, rowNoun: String = "networks",
                    _ job: @escaping @Sendable (Int) -> ComparisonOutcome) throws {
        let out = options.output.folder(default: "comparison", quiet: options.quiet)
        try RunInputs.checkFolder(out)
        let progress = Progress(total: count, noun: noun, quiet: options.quiet, names: names)
        let outcomes = ParallelWork.map(count: count, workers: options.jobs ?? ParallelWork.defaultWorkers,
                                        progress: { done, index in progress.update(done: done, index: index) }, job)
        progress.finish()
        var rows: [ComparisonRow] = []
        var drawings: [(key: String, network: Network, title: String)] = []
        var analyses: [String: NetworkAnalysis] = [:]
        var failures: [ComparisonReport.Failure] = []
        for outcome in outcomes {
            switch outcome {
            case let .row(row, network, title, analysis):
                rows.append(row)
                drawings.append((row.key, network, title))
                analyses[row.key] = analysis
            case let .failed(failure):
                failures.append(failure)
            }
        }
        let drawn = options.noMaps ? SmallMultiples() : SmallMultiples.draw(drawings, options: options)
        let maps = drawn.maps, mapFailures = drawn.failures
        let table = ComparisonTable(rows: rows, sortByKey: sortByKey)
        let context = ComparisonReport.Context(title: title, description: description, failures: failures, noun: rowNoun)
        var reports: [String: [(path: String, bytes: [UInt8])]] = [:]
        for row in rows {
            guard let analysis = analyses[row.key] else { continue }
            let map = maps[row.key].map {
                AnalystReport.Map(id: "network", title: "Influence map", caption: "drawn at the scale shared by every map of the comparison", svg: $0, png: nil)
            }
            reports[row.key] = AnalystReport(analysis: analysis, maps: map.map { [$0] } ?? [],
                                             mapsNote: map == nil ? "No map: the comparison was run with --no-maps or the map failed." : nil).files()
        }
        let files = ComparisonReport.files(table, context: context, maps: maps, legend: drawn.legend, reports: reports)
        do {
            try AtomicWriter.writeDirectory(out) { folder in
                for (path, data) in files {
                    let url = URL(fileURLWithPath: folder).appendingPathComponent(path)
                    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                    try data.write(to: url)
                }
            }
        } catch {
            Console.error("\(out): error: cannot write: \(error.localizedDescription)")
            throw ExitCode.cannotCreate
        }
        if !options.quiet {
            Console.output(ComparisonReport.text(table, context: context))
            Console.error("wrote \(out)/ (\(files.count) files)")
        }
        if let history {
            let groups = table.rows.indices.map { i in
                let (kind, successorOf) = history.describe(table.rows[i].key)
                return RecordedGroup(row: i, of: table, analysis: analyses[table.rows[i].key], kind: kind, successorOf: successorOf, sentence: MissingPartnersWording.sentence)
            }
            let run = RecordedRun(label: options.history.label, command: history.command, split: history.split,
                                  network: history.network, networkHash: history.networkHash,
                                  commandLine: HistoryOptions.commandLine, partnerscopeVersion: Partnerscope.version, groups: groups)
            try options.history.record(run, in: history.store, quiet: options.quiet)
        }
        for f in mapFailures { Console.error("error: \(f.key): the map was not drawn: \(f.error.withAdvice)") }
        if let e = drawn.legendFailure { Console.error("error: the legend of maps.html was not drawn: \(e.withAdvice)") }
        if !failures.isEmpty {
            for f in context.failures {
                // A load error's lines start with FILE:LINE:COLUMN as printed; other lines say whose they are.
                let label = TerminalText.escaped(f.label)
                Console.error(lines: f.message.components(separatedBy: "\n").map { $0.hasPrefix(label) ? $0 : "error: \(f.key): \($0)" })
            }
            Console.error("error: \(failures.count) of \(count) \(noun) failed; the other \(rows.count) are in \(out)/")
            throw ExitCode.invalidData
        }
        let renderErrors = mapFailures.map(\.error) + (drawn.legendFailure.map { [$0] } ?? [])
        if !renderErrors.isEmpty {
            Console.error("error: \(mapFailures.count) of \(rows.count) maps\(drawn.legendFailure == nil ? "" : " and their legend") could not be drawn; everything else is in \(out)/")
            throw renderErrors.allSatisfy(\.isTimeout) ? ExitCode.timedOut : ExitCode.renderFailed
        }
    }
}

/// The small multiples of a comparison: every map drawn at one ``SmallMultipleMap/SharedScale``,
/// in parallel, with their shared legend; the maps that failed, by key, and why the legend failed.
struct SmallMultiples {
    var maps: [String: String] = [:]
    var legend: String?
    var legendFailure: GraphvizError?
    var failures: [(key: String, error: GraphvizError)] = []

    static func draw(_ drawings: [(key: String, network: Network, title: String)], options: ComparisonOptions) -> SmallMultiples {
        var out = SmallMultiples()
        guard !drawings.isEmpty else { return out }
        let scale = SmallMultipleMap.SharedScale(drawings.map(\.network))
        let progress = Progress(total: drawings.count, noun: "maps", quiet: options.quiet, names: drawings.map(\.key))
        let results = ParallelWork.map(count: drawings.count, workers: options.jobs ?? ParallelWork.defaultWorkers,
                                       progress: { done, index in progress.update(done: done, index: index) }) { k -> Result<String?, GraphvizError> in
            do throws(GraphvizError) {
                return .success(try SmallMultipleMap.svg(drawings[k].network, title: drawings[k].title, scale: scale, timeout: options.timeout))
            } catch {
                return .failure(error)
            }
        }
        progress.finish()
        for (k, result) in results.enumerated() {
            switch result {
            case let .success(svg): if let svg { out.maps[drawings[k].key] = svg }
            case let .failure(error): out.failures.append((drawings[k].key, error))
            }
        }
        do throws(GraphvizError) {
            out.legend = try SmallMultipleMap.legendSVG(drawings.map(\.network), timeout: options.timeout)
        } catch {
            out.legendFailure = error
        }
        return out
    }
}

/// Progress on standard error: a bar redrawn in place on a terminal (done / total, rate, time
/// left), plain log lines otherwise (at most about 100, plus every failure).
final class Progress: @unchecked Sendable {
    let total: Int
    let noun: String
    let quiet: Bool
    let names: [String]
    let terminal: Bool
    let start = Date()
    private var lastDraw = Date.distantPast

    init(total: Int, noun: String, quiet: Bool, names: [String]) {
        self.total = total
        self.noun = noun
        self.quiet = quiet
        self.names = names
        terminal = isatty(STDERR_FILENO) == 1
    }

    /// Called serially by ``ParallelWork`` after each unit.
    func update(done: Int, index: Int) {
        guard !quiet else { return }
        let elapsed = Date().timeIntervalSince(start)
        let rate = elapsed > 0 ? Double(done) / elapsed : 0
        let left = rate > 0 ? Double(total - done) / rate : 0
        if terminal {
            let now = Date()
            guard done == total || now.timeIntervalSince(lastDraw) > 0.1 else { return }
            lastDraw = now
            let width = 30
            let filled = total > 0 ? width * done / total : width
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
            let line = "\r\(bar) \(done)/\(total) \(noun)  \(NumberFormat.fixed(rate, 1))/s  \(Self.clock(left)) left "
            Console.raw(line)
        } else {
            let step = max(1, total / 100)
            guard done % step == 0 || done == total else { return }
            let name = names.indices.contains(index) ? names[index] : String(index)
            Console.error("\(noun): \(done)/\(total) done (last: \(name)), \(NumberFormat.fixed(rate, 1))/s, \(Self.clock(left)) left")
        }
    }

    func finish() {
        guard !quiet else { return }
        let elapsed = Date().timeIntervalSince(start)
        if terminal { Console.raw("\n") }
        Console.error("\(total) \(noun) in \(NumberFormat.fixed(elapsed, 1)) s")
    }

    static func clock(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        return s >= 60 ? "\(s / 60)m\(String(format: "%02d", s % 60))s" : "\(s)s"
    }
}
