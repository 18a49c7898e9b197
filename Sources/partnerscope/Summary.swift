import ArgumentParser
import PartnerscopeCore
import PartnerscopeIO

struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "Counts of agencies, ties and areas, density and connectivity.",
        discussion: """
        Example:
          partnerscope summary Networks/west-yorkshire --format json
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json }

    @OptionGroup var input: NetworkOptions
    @Option(help: "table or json.") var format: Format = .table
    @OptionGroup var output: OutputOptions

    func run() throws {
        let loaded = try input.load()
        let summary = NetworkSummary(loaded.network)
        switch format {
        case .json: try output.emit(json: SummaryReport.json(summary, network: loaded.network), loaded.network)
        case .table: try output.emit(table: SummaryReport.text(summary, network: loaded.network), loaded.network)
        }
    }
}
