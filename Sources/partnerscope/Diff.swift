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

        With --maps DIR, writes DIR/a.svg, DIR/b.svg and DIR/index.html: the union of both \
        snapshots is laid out once and each snapshot is drawn with the shared agencies pinned to \
        the same positions (neato -n), new agencies and ties in green, dropped ones in red.

        Example:
          partnerscope diff Networks/england-2021 Networks/england --maps reform-maps
        """
    )

    @Argument(help: "The earlier snapshot (network folder).") var before: String
    @Argument(help: "The later snapshot (network folder).") var after: String
    @Option(help: "table, csv (one row per agency) or json.") var format: OutputFormat = .table
    @Option(help: "Rows per section of the table.") var top: Int = 20
    @Option(help: "Write the two pinned maps and a side-by-side page into this folder (replaced atomically).")
    var maps: String?
    @Flag(name: .long, help: "Do not print warnings about the input.") var quiet = false
    @Flag(name: .long, help: StrictHelp.text) var strict = false
    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard top >= 1 else { throw ValidationError("--top must be 1 or more, got \(top)") }
    }

    func run() throws {
        let a = try loadNetwork(before, quiet: quiet, strict: strict).network
        let b = try loadNetwork(after, quiet: quiet, strict: strict).network
        let diff = NetworkDiff(a, b)
        switch format {
        case .table: try output.emit(DiffReport.text(diff, a: a.name, b: b.name, limit: top))
        case .csv: try output.emit(DiffReport.csv(diff))
        case .json: try output.emit(DiffReport.json(diff, a: a.name, b: b.name).rendered())
        }
        guard let maps else { return }
        let svgs: (a: String, b: String)
        do {
            svgs = try DiffMap(a: a, b: b).render()
        } catch {
            Console.error("error: cannot draw the maps: \(error.withAdvice)")
            throw error.exitCode
        }
        let page = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>\(ComparisonReport.html(a.name)) → \(ComparisonReport.html(b.name))</title>
        <style>body{font-family:system-ui,sans-serif;margin:1em}.pair{display:flex;gap:1em}.pair figure{flex:1;margin:0}img{width:100%}</style></head><body>
        <h1>\(ComparisonReport.html(a.name)) → \(ComparisonReport.html(b.name))</h1>
        <p>Shared agencies sit at the same place in both maps. Red: gone after; green: new after.</p>
        <div class="pair"><figure><img src="a.svg" alt="before"><figcaption>\(ComparisonReport.html(a.name))</figcaption></figure>
        <figure><img src="b.svg" alt="after"><figcaption>\(ComparisonReport.html(b.name))</figcaption></figure></div>
        </body></html>

        """
        try RunInputs.checkFolder(maps)
        do {
            try AtomicWriter.writeDirectory(maps) { folder in
                try Data(svgs.a.utf8).write(to: URL(fileURLWithPath: folder).appendingPathComponent("a.svg"))
                try Data(svgs.b.utf8).write(to: URL(fileURLWithPath: folder).appendingPathComponent("b.svg"))
                try Data(page.utf8).write(to: URL(fileURLWithPath: folder).appendingPathComponent("index.html"))
            }
        } catch {
            Console.error("\(maps): error: cannot write: \(error.localizedDescription)")
            throw ExitCode.cannotCreate
        }
        if !quiet { Console.error("wrote \(maps)/a.svg, b.svg, index.html") }
    }
}
