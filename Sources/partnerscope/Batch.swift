import ArgumentParser
import InfluenceMaps
import PartnerscopeCore
import PartnerscopeHistory
import PartnerscopeIO

struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Split one network into one sub-network per area or per agency footprint and compare them.",
        discussion: """
        --by parent      one group per top-level area (an area whose parent is empty or unknown; \
        England: each region)
        --by parent=D    one group per area at depth D of the parent tree (0 = top level; England: \
        parent=1 is each LAD)
        --by type=T      one group per agency of type T, over the areas of its boundaries (England: \
        type=icb is each ICB footprint)
        --by board-theme=T  every board of theme T in boards.csv compared: size, absent statutory \
        members, member load, footprint misalignment (index.html, boards.csv, boards.json)

        A group's sub-network holds every agency whose boundary touches the group's areas (or an \
        area above or below them), all of those agencies' boundaries, and the ties among them. \
        Groups run in parallel; one that cannot be analysed is reported and skipped (exit 65).

        Example:
          partnerscope batch Networks/england --by type=icb --out-dir icb-comparison
        """
    )

    @Argument(help: "The network folder to split, e.g. Networks/england.") var network: String
    @Option(help: "parent, parent=DEPTH, type=TYPE or board-theme=THEME.") var by: BatchBy
    @OptionGroup var options: ComparisonOptions

    func run() throws {
        let criterion: SplitCriterion
        switch by {
        case let .boardTheme(theme): return try BoardThemeBatch.run(network: network, theme: theme, options: options)
        case let .split(s): criterion = s
        }
        let store = try options.history.open()
        let whole = options.time.view(try loadNetwork(network, quiet: options.quiet, strict: options.strict, requirements: options.requirements.requirements)).network
        let requirements = try options.requirements.load(networkDirectory: network, quiet: options.quiet, strict: options.strict).requirements
        let groups = NetworkSplit.groups(of: whole, by: criterion)
        guard !groups.isEmpty else {
            switch criterion {
            case .agencyType(let t):
                let types = whole.types.joined(separator: ", ")
                Console.error("error: no agency of type '\(t)' in \(network); types: \(types)")
            default:
                Console.error("error: no area at \(criterion) in \(network)\(whole.areas.isEmpty ? " (it has no areas.csv)" : "")")
            }
            throw ExitCode.invalidData
        }
        let rowNoun: String = if case .agencyType = criterion { "footprints" } else { "areas" }
        // The whole network, measured once, for every footprint's people and borders.
        let basis = FootprintProfile.Basis(network: whole)
        var history: HistoryRun?
        if let store {
            let byID = Dictionary(whole.agencies.map { ($0.id.rawValue, $0) }, uniquingKeysWith: { a, _ in a })
            let kind: String = if case let .agencyType(t) = criterion { t } else { criterion.description }
            history = HistoryRun(store: store, command: "batch", split: criterion.description, network: whole.name,
                                 networkHash: try HistoryOptions.fingerprint([network])) { key in
                (kind, byID[key].map { $0.successorOf.map(\.rawValue).joined(separator: "|") })
            }
        }
        try ComparisonRun.run(
            count: groups.count, noun: "areas", options: options,
            title: "\(whole.name) by \(criterion)",
            description: "partnerscope batch \(network) --by \(criterion): \(groups.count) sub-networks, each with every agency whose boundary touches the group's areas and the ties among them.",
            names: groups.map(\.key), history: history,
            rowNoun: rowNoun
        ) { i in
            let group = groups[i]
            guard !group.roots.isEmpty else {
                return .failed(.init(key: group.key, label: group.label, message: "\(group.key) has no boundary in boundaries.csv, so it has no footprint"))
            }
            let sub = NetworkSplit.subnetwork(group, of: whole)
            let analysis = NetworkAnalysis(network: sub, requirements: requirements, options: ComparisonRow.analysisOptions)
            var row = ComparisonRow(key: group.key, label: group.label, analysis: analysis)
            row.footprintPopulation = NetworkSplit.footprintPopulation(group, in: whole)
            let owner: Int? = if case .agencyType = criterion { whole.agencyIndex[AgencyID(group.key)] } else { nil }
            row.profile = FootprintProfile(footprint: group.roots, basis: basis, owner: owner)
            return .row(row, drawing: sub, title: group.label, analysis: analysis)
        }
    }
}
