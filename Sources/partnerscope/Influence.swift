import ArgumentParser
import InfluenceMaps
import PartnerscopeCore
import PartnerscopeIO

struct InfluenceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "influence",
        abstract: "Per agency: formal power, interest, network influence, power–interest quadrant and stakeholder salience.",
        discussion: """
        Formal power comes from the power, budget_m and statutory columns. Network influence is \
        PageRank along the direction of dependence (Pfeffer & Salancik 1978): each tie is followed \
        from the dependent party to the party it depends on (recipient to funder, provider to \
        commissioner, member to the body it answers to, scrutinised body to scrutineer; partners \
        both ways; conflicts not at all). The quadrant follows Mendelow's power–interest grid and the \
        salience class Mitchell, Agle & Wood (1997): power (power >= 4, or another agency depends \
        on it), legitimacy (a legitimacy column, else statutory; always when it holds a formal tie: \
        any tie but informal contact or conflict) and urgency (an urgency column). The thresholds and rules are \
        printed with the table and in the JSON.

        Example:
          partnerscope influence Networks/west-yorkshire --format csv --out influence.csv
        """
    )

    @OptionGroup var input: NetworkOptions
    @Option(help: "table, csv or json.") var format: OutputFormat = .table
    @OptionGroup var output: OutputOptions

    func run() throws {
        let network = try input.load().network
        let profile = InfluenceProfile(network: network, networkInfluence: ResourceDependence.influence(network))
        let name = MapCaption.influenceMeasure
        switch format {
        case .table: try output.emit(table: InfluenceReport.table(profile, network: network, influenceName: name), network)
        case .csv: try output.emit(csv: InfluenceReport.csv(profile, network: network), network)
        case .json: try output.emit(json: InfluenceReport.json(profile, network: network, influenceName: name), network)
        }
    }
}
