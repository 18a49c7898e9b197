import ArgumentParser
import PartnerscopeCore
import PartnerscopeIO

struct SpendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "spend",
        abstract: "Total Place: each agency's budget_m apportioned to the areas it serves by population share.",
        discussion: """
        Spreads every agency's budget_m (£ millions a year) over the leaf areas it covers in \
        proportion to the people it serves there, and totals it per reporting area (the parent of \
        the leaves, e.g. a district above its LSOAs): spend, spend per head, by sector and by type, \
        and the share from agencies that commission or fund through ties. An approximation: every \
        output states its assumptions. See docs/spend.md.

        --format csv writes one table, chosen with --table: areas or types.

        Example:
          partnerscope spend Networks/west-yorkshire
          partnerscope spend Networks/west-yorkshire --format csv --table types
        """
    )

    enum Table: String, ExpressibleByArgument, CaseIterable { case areas, types }

    @OptionGroup var input: NetworkOptions
    @Option(help: "The table --format csv writes: areas or types.") var table: Table = .areas
    @Option(help: "Rows in the terminal view (0: all).") var top: Int = 20
    @Option(help: "table, csv or json.") var format: OutputFormat = .table
    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard top >= 0 else { throw ValidationError("--top must be 0 or more, got \(top)") }
    }

    func run() throws {
        let loaded = try input.load()
        let report = SpendReport(network: loaded.network)
        switch format {
        case .table: try output.emit(table: report.text(top: top), loaded.network)
        case .json: try output.emit(json: report.json(), loaded.network)
        case .csv: try output.emit(csv: (table == .areas ? report.areasTable : report.typesTable).csv(), loaded.network)
        }
    }
}
