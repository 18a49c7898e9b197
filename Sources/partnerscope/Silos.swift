import ArgumentParser
import PartnerscopeCore
import PartnerscopeIO


struct SilosCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "silos",
        abstract: "Communities, sector silos (E-I index), brokers and single points of failure.",
        discussion: """
        Communities come from the Leiden algorithm on the undirected view (modularity, seeded, so the \
        same seed gives the same result). The E-I index compares ties outside and inside each sector, \
        agency type and community. Brokerage roles (Gould & Fernandez) count the open paths A -> B -> C \
        each agency sits on. Articulation points and bridges are the agencies and ties whose loss \
        would split the network. --directed reads directed relationships as one-way for the E-I \
        index and tie matrix (brokerage always does); --weighted uses tie weights for communities \
        and the E-I index.

        Examples:
          partnerscope silos Networks/west-yorkshire
          partnerscope silos Networks/west-yorkshire --weighted --resolution 1.5 --format json
          partnerscope silos Networks/west-yorkshire --format csv --section brokerage --group-by community
        """
    )

    @OptionGroup var input: NetworkOptions
    @OptionGroup var view: ViewOptions
    @OptionGroup var leiden: LeidenOptions
    @Option(help: "Group for brokerage roles: sector, type or community.")
    var groupBy: SiloAnalysis.GroupBy = .sector
    @Option(help: "table, csv or json.")
    var format: OutputFormat = .table
    @Option(help: "With --format csv: communities, ei, sector-ties, brokerage or fragility.")
    var section: SilosReport.Section?
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if format == .csv && section == nil {
            throw ValidationError("--format csv prints one table at a time: add --section communities, ei, sector-ties, brokerage or fragility.")
        }
        if format != .csv && section != nil {
            throw ValidationError("--section only applies with --format csv.")
        }
    }

    func run() throws {
        let loaded = try input.load()
        let network = loaded.network
        let analysis = SiloAnalysis(network, options: .init(directed: view.directed, weighted: view.weighted, resolution: leiden.resolution,
                                                             seed: view.seed, restarts: leiden.restarts, groupBy: groupBy))
        switch format {
        case .json: try output.emit(json: SilosReport.json(analysis, network: network), network)
        case .csv: try output.emit(csv: SilosReport.csv(analysis, network: network, section: section ?? .communities), network)
        case .table: try output.emit(table: SilosReport.text(analysis, network: network), network)
        }
    }
}
