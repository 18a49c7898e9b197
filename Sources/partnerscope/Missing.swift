import ArgumentParser
import PartnerscopeCore
import PartnerscopeIO

struct MissingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "missing",
        abstract: "Which partners are missing: absent types, unlinked members, untied neighbours, candidates.",
        discussion: """
        Checks the network against the requirements of each partnership theme (community-safety, \
        health-and-wellbeing, resilience, employment-and-health, regeneration). Requirements come \
        from --requirements FILE, else the network folder's requirements.csv, else the \
        requirements.csv beside the folder (Networks/requirements.csv), else the built-in defaults.

        Findings: absent (a required role with no agency), unlinked (an agency with no tie to a \
        partner role its theme pairs it with, such as a council with no tie to the police covering \
        it; or, for roles any one agency meets, such as the public and community sectors, no tie \
        between the two roles at all), structural (overlapping untied pairs no theme requires, \
        ranked by Adamic-Adar), candidate (catalogue bodies covering the network's areas for each \
        absent type). Absent and unlinked findings are ordered by priority: the legal basis \
        (statutory first), the population concerned and how cut off the agency is. The table shows \
        per theme the --top findings and how many more there are, then a roll-up per agency; CSV \
        and JSON list every finding.

        Example:
          partnerscope missing Networks/west-yorkshire --catalogue Networks/england --format csv
        """
    )

    @OptionGroup var input: NetworkOptions
    @Option(help: "Check one theme only (default: every theme in the requirements).") var theme: String?
    @Option(help: "A wider network to draw candidates from, e.g. Networks/england.") var catalogue: String?
    @Option(name: .customLong("min-overlap"), help: "Smallest boundary overlap (0 to 1) for an expected partner and for structural findings.")
    var minOverlap: Double = 0.1
    @OptionGroup var requirements: RequirementsOptions
    @Option(help: "Per theme, the findings the table shows; also the agencies of the roll-up and the structural suggestions kept (0: all).") var top: Int = 5
    @Option(help: "table, csv or json.") var format: OutputFormat = .table
    @Flag(help: "Only the boards (boards.csv) checked against their theme's requirements; without it the table and JSON add them after the agency findings.")
    var boards = false
    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard minOverlap.isFinite, (0...1).contains(minOverlap) else {
            throw ValidationError("--min-overlap must be a number from 0 to 1, got \(minOverlap)")
        }
        guard top >= 0 else { throw ValidationError("--top must be 0 or more, got \(top)") }
    }

    func run() throws {
        let loaded = try input.load(requirements: requirements)
        let loadedRequirements = try requirements.load(networkDirectory: input.network, quiet: input.quiet, strict: input.strict)
        var reqs = loadedRequirements.requirements
        if let theme {
            let known = reqs.themes
            guard known.contains(theme.lowercased()) else {
                Console.error("error: unknown theme '\(theme)'; the requirements (\(loadedRequirements.origin)) define: \(known.joined(separator: ", "))")
                throw ExitCode.usage
            }
            reqs = reqs.restricted(to: theme.lowercased())
        }
        let network = loaded.network
        let catalogueNetwork = try catalogue.map { try loadCatalogue($0, for: network, quiet: input.quiet, strict: input.strict) }
        let boardFindings = loaded.boards.isEmpty ? nil
            : BoardMissingReport(network: network, boards: loaded.boards, requirements: reqs, catalogue: catalogueNetwork)
        if boards { return try emitBoardsOnly(boardFindings) }
        let analysis = MissingPartnersAnalysis(
            network: network, requirements: reqs, overlaps: nil, catalogue: catalogueNetwork,
            minOverlap: minOverlap, limit: top)
        let context = MissingPartnersReport.Context(
            network: network.name, catalogue: catalogueNetwork?.name, themes: reqs.themes,
            requirementsOrigin: loadedRequirements.origin.description, minOverlap: minOverlap,
            overlapSource: "max(a_in_b, b_in_a) of the coterminosity analysis, "
                + (PopulationShares(network).byPopulation ? "population-weighted" : "area-weighted: areas.csv lacks populations"))
        switch format {
        case .csv: try output.emit(csv: MissingPartnersReport.csv(analysis), network)
        case .json: try output.emit(json: BoardMissingReport.appending(boardFindings, to: MissingPartnersReport.json(analysis, context: context)), network)
        case .table: try output.emit(table: MissingPartnersReport.text(analysis, context: context, top: top) + (boardFindings?.text(limit: top) ?? ""), network)
        }
    }

    /// `--boards`: the per-board findings alone (BoardMissingReport.swift).
    func emitBoardsOnly(_ report: BoardMissingReport?) throws {
        guard let report else {
            Console.error("\(input.network): error: --boards needs boards.csv and memberships.csv in the network folder")
            throw ExitCode.invalidData
        }
        switch format {
        case .csv: try output.emit(csv: report.csv(), report.report.network)
        case .json: try output.emit(json: report.json(), report.report.network)
        case .table: try output.emit(table: report.text(limit: top), report.report.network)
        }
    }
}
