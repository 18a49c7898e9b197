import ArgumentParser
import PartnerscopeCore
import PartnerscopeIO

struct BoardsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "boards",
        abstract: "Partnership boards as units: absent statutory members, member load, duplicate boards, two-mode centrality.",
        discussion: """
        Reads boards.csv and memberships.csv from the network folder. For each board: its members \
        and seats, the statutory members its theme's requirements name that no full member \
        provides (observers do not count), the bodies of that kind serving its footprint \
        (--catalogue to look in a wider network), the people in its footprint and the members \
        whose boundaries cover less than 1 - tolerance of it. For each agency: boards sat on, \
        seats and chairs, heaviest first. For each pair of boards: shared members and Jaccard, most \
        duplicated first. Two-mode centrality (degree, closeness, betweenness; Borgatti & Everett \
        1997, as networkx's bipartite module) for agencies and boards.

        --as-at DATE looks at the boards in existence that day (start/end in boards.csv) and the \
        memberships in force (since/until in memberships.csv) of the agencies then in existence; \
        every output names the day (a last line, a JSON as_at field, a CSV as_at column).

        --format csv writes one table, chosen with --table: boards, members, load, overlaps or \
        centrality. --format json writes every table.

        Example:
          partnerscope boards Networks/england --top 10
          partnerscope boards Networks/england --format csv --table load --out load.csv
        """
    )

    enum Table: String, ExpressibleByArgument, CaseIterable {
        case boards, members, load, overlaps, centrality
    }

    @OptionGroup var input: NetworkOptions
    @OptionGroup var requirements: RequirementsOptions
    @Option(help: "A wider network to draw candidates for absent members from, e.g. Networks/england.") var catalogue: String?
    @Option(help: "A member covering less than 1 - tolerance of a board's footprint is misaligned (0 to <1).")
    var tolerance: Double = BoardAnalysis.defaultTolerance
    @Option(help: "Only the boards of this theme (e.g. community-safety).") var theme: String?
    @Option(help: "The table --format csv writes: boards, members, load, overlaps or centrality.") var table: Table = .boards
    @Option(help: "Rows per table in the terminal view (0: all).") var top: Int = 20
    @Option(help: "table, csv or json.") var format: OutputFormat = .table
    @OptionGroup var output: OutputOptions

    func validate() throws {
        try validateTolerance(tolerance)
        guard top >= 0 else { throw ValidationError("--top must be 0 or more, got \(top)") }
    }

    func run() throws {
        let loaded = try input.load(requirements: requirements)
        let reqs = try requirements.load(networkDirectory: input.network, quiet: input.quiet, strict: input.strict).requirements
        var boards = loaded.boards
        if let theme {
            let wanted = Set(boards.boards(theme: theme))
            guard !wanted.isEmpty else {
                let themes = Set(boards.boards.map(\.theme)).sorted().joined(separator: ", ")
                Console.error("error: no board of theme '\(theme)' in \(input.network); themes: \(themes.isEmpty ? "none (no boards.csv)" : themes)")
                throw ExitCode.usage
            }
            boards = boards.remapped(agencyMap: Array(0..<loaded.network.agencyCount).map { $0 },
                                     areaMap: Array(0..<loaded.network.areas.count).map { $0 },
                                     keepBoard: wanted.contains)
        }
        let catalogueNetwork = try catalogue.map { try loadCatalogue($0, for: loaded.network, quiet: input.quiet, strict: input.strict) }
        let report = BoardsReport(network: loaded.network, boards: boards, requirements: reqs,
                                  tolerance: tolerance, catalogue: catalogueNetwork)
        switch format {
        case .table: try output.emit(table: report.text(top: top), loaded.network)
        case .json: try output.emit(json: report.json(), loaded.network)
        case .csv:
            let t: ReportTable
            switch table {
            case .boards: t = report.boardsTable
            case .members: t = report.membersTable
            case .load: t = report.loadTable
            case .overlaps: t = report.overlapsTable()
            case .centrality: t = report.centralityTable
            }
            try output.emit(csv: t.csv(), loaded.network)
        }
    }
}
