import ArgumentParser
import PartnerscopeCore
import PartnerscopeIO

struct TensionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tensions",
        abstract: "Structural balance: conflicts, unbalanced triangles and the network's balance ratio.",
        discussion: """
        A conflict tie (or any tie with sign -1 in relationships.csv) is negative; every other tie \
        is positive. Every triangle of three agencies that are all tied is balanced (no conflict, \
        or two partners sharing a conflict with a third) or unbalanced ("A and B both work with C \
        but are in conflict", or all three in conflict), after Heider (1946) and Cartwright & \
        Harary (1956). The balance ratio is balanced triangles / all triangles. Conflicts inside a \
        community are listed first; the communities are those of partnerscope silos (Leiden on \
        the positive ties, same --weighted, --seed, --resolution and --restarts).

        Examples:
          partnerscope tensions Networks/west-yorkshire
          partnerscope tensions Networks/west-yorkshire --format csv --section triangles
          partnerscope tensions Networks/west-yorkshire --as-at 2019-06-30 --format json
        """
    )

    @OptionGroup var input: NetworkOptions
    @Flag(help: "Use tie weights for the communities (as silos --weighted).")
    var weighted = false
    @Option(help: "Seed of the communities (Leiden), as in silos.")
    var seed: UInt64 = 1
    @OptionGroup var leiden: LeidenOptions
    @Option(help: "table, csv or json.")
    var format: OutputFormat = .table
    @Option(help: "With --format csv: summary, triangles or negative-ties.")
    var section: TensionsReport.Section?
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if format == .csv && section == nil {
            throw ValidationError("--format csv prints one table at a time: add --section summary, triangles or negative-ties.")
        }
        if format != .csv && section != nil {
            throw ValidationError("--section only applies with --format csv.")
        }
    }

    func run() throws {
        let network = try input.load().network
        let options = SiloAnalysis.Options(weighted: weighted, resolution: leiden.resolution, seed: seed,
                                           restarts: leiden.restarts)
        let communities = SiloAnalysis.communities(network, options: options).membership
        let balance = StructuralBalance(network: network, communities: communities)
        switch format {
        case .json:
            try output.emit(json: TensionsReport.json(balance, network: network, communities: communities, options: options), network)
        case .csv:
            try output.emit(csv: TensionsReport.csv(balance, network: network, communities: communities, section: section ?? .summary), network)
        case .table:
            try output.emit(table: TensionsReport.text(balance, network: network, communities: communities, options: options), network)
        }
    }
}

