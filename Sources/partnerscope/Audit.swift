import ArgumentParser
import PartnerscopeCore
import PartnerscopeIO

struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "The partnership audit (audit.csv): each condition's median and spread, the weakest first, beside the measured evidence.",
        discussion: """
        Reads audit.csv from the network folder (board, respondent, question, score, comment): \
        partners scoring the nine questions of the interagency partnership audit (A shared values, \
        B agreed priorities, C new service options, D boundaries, E who is responsible for what, \
        F resources, G leadership, H time and capacity, I trust and good will) or custom ones \
        listed in audit-questions.csv (id, text), from 0 (not in place) to 3 (fully), for a board \
        (an id of boards.csv) or the whole network (board empty). Gives per board and question the \
        median, mean and spread, where partners disagree, an action list weakest first, and each \
        question beside what the data measure: B the missing partners, D the coterminosity gaps, \
        F the budgets, H the board load, I conflict ties and surveyed trust (survey.csv).

        --format csv writes one table, chosen with --table: actions, questions or comments.

        Example:
          partnerscope audit Networks/west-yorkshire
          partnerscope audit Networks/west-yorkshire --format csv --table questions
        """
    )

    enum Table: String, ExpressibleByArgument, CaseIterable {
        case actions, questions, comments
    }

    @OptionGroup var input: NetworkOptions
    @OptionGroup var requirements: RequirementsOptions
    @Option(help: "The table --format csv writes: actions, questions or comments.") var table: Table = .actions
    @Option(help: "Rows in the terminal view (0: all).") var top: Int = 15
    @Option(help: "table, csv or json.") var format: OutputFormat = .table
    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard top >= 0 else { throw ValidationError("--top must be 0 or more, got \(top)") }
    }

    func run() throws {
        let loaded = try input.load(requirements: requirements)
        guard let audit = loaded.audit else {
            Console.error("\(input.network): error: no audit.csv in this folder; see partnerscope audit --help for its columns")
            throw ExitCode.missingInput
        }
        let network = loaded.network
        let reqs = try requirements.load(networkDirectory: input.network, quiet: input.quiet, strict: input.strict).requirements
        let coterminosity = CoterminosityAnalysis(network: network)
        let missing = MissingPartnersAnalysis(network: network, requirements: reqs, overlaps: nil)
        let boards = loaded.boards.isEmpty ? nil : BoardAnalysis(network: network, boards: loaded.boards, requirements: reqs)
        let survey = loaded.survey.map { SurveyAnalysis(network: network, survey: $0) }
        let report = AuditReport(network: network, audit: audit, boards: loaded.boards,
                                 gaps: coterminosity.hasGeography ? coterminosity.gaps : nil,
                                 missingPartners: missing.findings.filter { $0.kind == .absent || $0.kind == .unlinked }.count,
                                 boardAnalysis: boards, survey: survey)
        switch format {
        case .table: try output.emit(table: report.text(top: top), network)
        case .json: try output.emit(json: report.json(), network)
        case .csv:
            let t: ReportTable
            switch table {
            case .actions: t = report.actionsTable
            case .questions: t = report.questionsTable
            case .comments: t = report.commentsTable
            }
            try output.emit(csv: t.csv(), network)
        }
    }
}
