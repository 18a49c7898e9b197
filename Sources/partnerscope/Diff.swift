import ArgumentParser
import Foundation
import GraphvizRender
import InfluenceMaps
import PartnerscopeCore
import PartnerscopeIO

struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "What changed between two snapshots of the same place: agencies, ties, boundaries, people moved, measures.",
        discussion: """
        Agencies match by id, areas by code, ties by source, target, type and direction. For each \
        agency type present in both snapshots, the people of every leaf area whose main body of \
        that type changed are counted as moved from the old body to the new one.

        Two snapshots are two folders, or one dated folder on two days (--from and --to; each \
        takes a date or 'all'; with two folders they choose each folder's day, by default its \
        latest). A body of the later snapshot that took over from bodies of the earlier one \
        (successor_of, followed through bodies of neither day) is a succession: the CCGs to the \
        ICB, the police authority to the combined authority. Its bodies are not counted as added or \
        removed; the people who moved from the old footprints to the new and the ties carried \
        over, ended and begun are reported with it. Every output names both days.

        With --maps DIR, writes DIR/a.svg, DIR/b.svg and DIR/index.html: the union of both \
        snapshots is laid out once and each snapshot is drawn with the shared agencies pinned to \
        the same positions (neato -n), new agencies and ties in green, dropped ones in red.

        Example:
          partnerscope diff Networks/england-2021 Networks/england --maps reform-maps
          partnerscope diff Networks/west-yorkshire --from 2009-06-30 --to 2024-06-30
        """
    )

    @Argument(help: "The earlier snapshot (network folder), or the dated folder to compare on two days.") var before: String
    @Argument(help: "The later snapshot (network folder); leave out to compare one folder --from one day --to another.") var after: String?
    @Option(name: .customLong("from"), help: ArgumentHelp("The day of the earlier snapshot (YYYY-MM-DD, YYYY-MM, YYYY or all); default its latest start or since date.", valueName: "date|all"))
    var fromDay: String?
    @Option(name: .customLong("to"), help: ArgumentHelp("The day of the later snapshot; default its latest start or since date.", valueName: "date|all"))
    var toDay: String?
    @Option(help: "table, csv (one row per agency) or json.") var format: OutputFormat = .table
    @Option(help: "Rows per section of the table.") var top: Int = 20
    @Option(help: "Write the two pinned maps and a side-by-side page into this folder (replaced atomically).")
    var maps: String?
    @Flag(name: .long, help: "Do not print warnings about the input.") var quiet = false
    @Flag(name: .long, help: StrictHelp.text) var strict = false
    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard top >= 1 else { throw ValidationError("--top must be 1 or more, got \(top)") }
        _ = try Self.day(fromDay, "--from")
        _ = try Self.day(toDay, "--to")
        if after == nil && (fromDay == nil || toDay == nil) {
            throw ValidationError("give two network folders, or one folder with --from DATE and --to DATE")
        }
    }

    /// `--from`/`--to` parsed; nil when not given.
    static func day(_ text: String?, _ option: String) throws -> AsAt? {
        try text.map { t in
            switch AsAt.parse(t) {
            case let .success(day): return day
            case let .failure(error): throw ValidationError("\(option) \(error.description), or 'all'")
            }
        }
    }

    func run() throws {
        let wholeA = try loadNetwork(before, quiet: quiet, strict: strict)
        let wholeB = try after.map { try loadNetwork($0, quiet: quiet, strict: strict) } ?? wholeA
        let viewA = wholeA.asAt(try Self.day(fromDay, "--from")), viewB = wholeB.asAt(try Self.day(toDay, "--to"))
        var a = viewA.network, b = viewB.network
        let dayA = a.asAt ?? .all, dayB = b.asAt ?? .all
        if after == nil {
            // One folder on two days: name each snapshot by its day.
            a.name = "\(a.name) \(dayA.phrase)"
            b.name = "\(b.name) \(dayB.phrase)"
        }
        // Who succeeded whom, from the whole folders (a chain may pass through bodies of neither day).
        let lineage = Lineage(after == nil ? [wholeA.network] : [wholeA.network, wholeB.network])
        let diff = NetworkDiff(a, b, lineage: lineage)
        switch format {
        case .table: try output.emit(DiffReport.text(diff, a: a.name, b: b.name, limit: top) + DiffReport.footer(dayA, dayB) + "\n")
        case .csv: try output.emit(AsAtStamp.csv(DiffReport.csv(diff), columns: [("as_at_a", dayA.description), ("as_at_b", dayB.description)]))
        case .json:
            let stamped: JSONValue
            if case let .object(fields) = DiffReport.json(diff, a: a.name, b: b.name) {
                stamped = .object([("as_at", .object([("a", .string(dayA.description)), ("b", .string(dayB.description))]))] + fields)
            } else {
                stamped = DiffReport.json(diff, a: a.name, b: b.name)
            }
            try output.emit(stamped.rendered())
        }
        guard let maps else { return }
        let svgs: (a: String, b: String)
        do {
            svgs = try DiffMap(a: a, b: b).render()
        } catch {
            Console.error("error: cannot draw the maps: \(error.withAdvice)")
            throw error.exitCode
        }
        try RunInputs.checkFolder(maps)
        do {
            try DiffReport.writeMaps(svgs, a: a.name, b: b.name, to: maps)
        } catch {
            Console.error("\(maps): error: cannot write: \(error.localizedDescription)")
            throw ExitCode.cannotCreate
        }
        if !quiet { Console.error("wrote \(maps)/a.svg, b.svg, index.html") }
    }
}
