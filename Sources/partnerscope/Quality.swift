import ArgumentParser
import PartnerscopeCore
import PartnerscopeIO

/// How the survey is read: shared by `quality` and `report`.
struct SurveyOptions: ParsableArguments {
    @Option(help: "How the two sides of a relationship combine: mean, min, max (a side that did not answer is left out) or one-sided (no symmetrisation).")
    var symmetrise: Symmetrisation = .mean
    @Option(help: "The wave to analyse (a label in survey.csv's wave column). Default: the latest.") var wave: String?
    @Option(name: .customLong("low-trust"), help: "Trust below this is low (PARTNER's 1-4 scale).") var lowTrust: Double = 2.5
    @Option(name: .customLong("high-trust"), help: "Trust at or above this is high.") var highTrust: Double = 3
    @Option(name: .customLong("low-trust-raters"), help: "How many partners rating an agency low make it a finding.") var lowTrustRaters: Int = 2
    @Option(help: "The smallest gap between the two sides' trust reported as a disagreement.") var disagreement: Double = 1

    func validate() throws {
        for (name, v) in [("--low-trust", lowTrust), ("--high-trust", highTrust)] where !(v.isFinite && v >= 1 && v <= 4) {
            throw ValidationError("\(name) must be a score from 1 to 4, got \(v)")
        }
        guard disagreement.isFinite, disagreement > 0, disagreement <= 3 else {
            throw ValidationError("--disagreement must be a gap above 0 and at most 3, got \(disagreement)")
        }
        guard lowTrustRaters >= 1 else { throw ValidationError("--low-trust-raters must be 1 or more, got \(lowTrustRaters)") }
    }

    /// The analysis options for `survey`; a usage error (64) when --wave names no wave.
    func options(for survey: Survey, network: String) throws -> SurveyAnalysis.Options {
        var wanted: Int?
        if let wave {
            guard let k = survey.waves.firstIndex(of: wave) else {
                Console.error("error: no wave '\(wave)' in \(network)/survey.csv; waves: \(survey.waves.joined(separator: ", "))")
                throw ExitCode.usage
            }
            wanted = k
        }
        return .init(symmetrisation: symmetrise, wave: wanted, lowTrust: lowTrust, highTrust: highTrust,
                     lowTrustRaters: lowTrustRaters, disagreement: disagreement)
    }
}

extension Symmetrisation: ExpressibleByArgument {}

struct QualityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quality",
        abstract: "What partners say about each other: trust and value from survey.csv (PARTNER scoring).",
        discussion: """
        Reads survey.csv from the network folder (respondent, about, wave, and the PARTNER items \
        trust_reliability, trust_mission, trust_openness, value_power, value_involvement, \
        value_resources scored 1-4; other numeric columns are extra questions). Gives per wave the \
        network's trust and value (mean over relationships and as a percentage of the maximum 4), \
        response rate, reciprocity and tie coverage; per agency the trust it receives and gives; \
        the pairs whose two sides disagree; agencies rated low on trust by several partners; strong \
        formal ties with low trust and conflict ties with high trust; the change since the previous \
        wave. Every output names the symmetrisation (--symmetrise) and the survey's provenance. \
        See docs/quality.md for every formula.

        --format csv writes one table, chosen with --table: waves, agencies, relationships, \
        disagreements, tensions or dimensions. --format json writes every table.

        Example:
          partnerscope quality Networks/west-yorkshire
          partnerscope quality Networks/west-yorkshire --symmetrise min --format csv --table relationships
        """
    )

    enum Table: String, ExpressibleByArgument, CaseIterable {
        case waves, agencies, relationships, disagreements, tensions, dimensions
    }

    @OptionGroup var input: NetworkOptions
    @OptionGroup var survey: SurveyOptions
    @Option(help: "The table --format csv writes: waves, agencies, relationships, disagreements, tensions or dimensions.")
    var table: Table = .agencies
    @Option(help: "Rows per table in the terminal view (0: all).") var top: Int = 15
    @Option(help: "table, csv or json.") var format: OutputFormat = .table
    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard top >= 0 else { throw ValidationError("--top must be 0 or more, got \(top)") }
    }

    func run() throws {
        let loaded = try input.load()
        guard let data = loaded.survey else {
            Console.error("\(input.network): error: no survey.csv in this folder; see partnerscope quality --help for its columns")
            throw ExitCode.missingInput
        }
        let report = QualityReport(network: loaded.network, survey: data,
                                   options: try survey.options(for: data, network: input.network),
                                   droppedRatings: loaded.surveyRatingsDropped)
        switch format {
        case .table: try output.emit(table: report.text(top: top), loaded.network)
        case .json: try output.emit(json: report.json(), loaded.network)
        case .csv:
            let t: ReportTable
            switch table {
            case .waves: t = report.wavesTable
            case .agencies: t = report.agenciesTable
            case .relationships: t = report.relationshipsTable
            case .disagreements: t = report.disagreementsTable
            case .tensions: t = report.tensionsTable
            case .dimensions: t = report.dimensionsTable
            }
            try output.emit(csv: t.csv(), loaded.network)
        }
    }
}
