import ArgumentParser
import Foundation
import GraphvizRender
import InfluenceMaps
import PartnerscopeCore
import PartnerscopeHistory
import PartnerscopeIO

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the analyst's report on one network: a self-contained web page, CSV tables, metrics, maps and exports.",
        discussion: """
        Writes a folder (default Output/<network name>/), replaced atomically: index.html (summary, \
        key findings, maps, sortable tables of centrality, communities, silos, brokers, coterminosity \
        gaps and missing partners, each explained), metrics.json, one CSV per table, the maps as SVG \
        and PNG under maps/, and the network as network.graphml, network.gexf and \
        network-node-link.json. The same input gives byte-identical files. See docs/report.md.

        Examples:
          partnerscope report Networks/west-yorkshire
          partnerscope report Networks/england --out-dir board-pack --catalogue Networks/england
        """
    )

    @OptionGroup var input: NetworkOptions
    @OptionGroup var output: FolderOutputOptions
    @OptionGroup var view: ViewOptions
    @Option(help: "A wider network to draw candidates for absent partners from.") var catalogue: String?
    @OptionGroup var requirements: RequirementsOptions
    @OptionGroup var history: HistoryOptions
    @OptionGroup var survey: SurveyOptions
    @Flag(name: .customLong("no-maps"), help: "Skip the maps (tables, metrics and exports only).") var noMaps = false
    @Option(help: "Seconds each map's layout may take before it is stopped.") var timeout: Double = ReportMaps.defaultTimeout
    @Option(name: .customLong("max-map-agencies"),
            help: "Draw the maps only for networks of at most this many agencies (larger ones get a note instead).")
    var maxMapAgencies: Int = ReportMaps.defaultMaxAgencies

    func validate() throws {
        guard timeout > 0, timeout.isFinite else { throw ValidationError("--timeout must be a positive number of seconds") }
        guard maxMapAgencies >= 0 else { throw ValidationError("--max-map-agencies must be 0 or more") }
    }

    func run() throws {
        let store = try history.open()
        let loaded = try input.load(requirements: requirements)
        let network = loaded.network
        let surveyOptions = try loaded.survey.map { try survey.options(for: $0, network: input.network) }
        let resolved = try requirements.load(networkDirectory: input.network, quiet: input.quiet, strict: input.strict)
        let catalogueNetwork = try catalogue.map { try loadCatalogue($0, for: network, quiet: input.quiet, strict: input.strict) }
        let folder = output.folder(default: "Output/\(network.name)", quiet: input.quiet)
        try RunInputs.checkFolder(folder)  // before the analysis: nothing is computed for a refused folder
        let analysis = NetworkAnalysis(
            network: network, requirements: resolved.requirements, catalogue: catalogueNetwork,
            options: view.analysis)
        let drawn: (maps: [AnalystReport.Map], note: String?, failures: [GraphvizError])
        if noMaps {
            drawn = ([], "Maps were not drawn (--no-maps).", [])
        } else if network.agencyCount > maxMapAgencies {
            drawn = ([], "Maps were not drawn: the network has \(network.agencyCount) agencies, more than the "
                + "\(maxMapAgencies) drawn by default (--max-map-agencies). Draw an ego map of one agency with "
                + "partnerscope map --focus ID --depth 1, or raise the limit.", [])
            if !input.quiet { Console.error("note: \(drawn.note!)") }
        } else {
            let outcome = ReportMaps.render(analysis, seed: view.seed, timeout: timeout)
            for attempt in outcome.attempts {
                if !input.quiet { for warning in attempt.warnings { Console.error("graphviz: \(warning)") } }
                if case let .failure(error) = attempt.result {
                    Console.error("error: the \(attempt.id) map was not drawn: \(error.withAdvice)")
                }
            }
            drawn = (outcome.maps.map { AnalystReport.Map(id: $0.id, title: $0.title, caption: $0.caption, svg: $0.svg, png: $0.png) },
                     outcome.note, outcome.failures)
        }
        let (maps, mapsNote) = (drawn.maps, drawn.note)
        let boards = loaded.boards.isEmpty ? nil
            : BoardsReport(network: network, boards: loaded.boards, requirements: resolved.requirements, catalogue: catalogueNetwork)
        let quality = loaded.survey.map { data in
            QualityReport(network: network, survey: data, options: surveyOptions ?? .init(), droppedRatings: loaded.surveyRatingsDropped)
        }
        let audit = loaded.audit.map { data in
            AuditReport(network: network, audit: data, boards: loaded.boards,
                        gaps: analysis.coterminosity.hasGeography ? analysis.coterminosity.gaps : nil,
                        missingPartners: analysis.missing?.findings.filter { $0.kind == .absent || $0.kind == .unlinked }.count,
                        boardAnalysis: boards?.analysis, survey: quality?.analysis)
        }
        let report = AnalystReport(analysis: analysis, requirementsOrigin: resolved.origin.description,
                                   maps: maps, mapsNote: mapsNote, boards: boards, quality: quality, audit: audit)
        do {
            try report.write(to: folder)
        } catch {
            Console.error("\(folder): error: cannot write the report: \(error.localizedDescription)")
            throw ExitCode.cannotCreate
        }
        if !input.quiet { Console.error("wrote \(folder)/index.html and \(report.files().count - 1) other files") }
        if let store {
            let table = ComparisonTable(rows: [ComparisonRow(key: network.name, label: input.network, analysis: analysis)])
            let run = RecordedRun(label: history.label, command: "report", split: "network", network: network.name,
                                  networkHash: try HistoryOptions.fingerprint([input.network]),
                                  commandLine: HistoryOptions.commandLine, partnerscopeVersion: Partnerscope.version,
                                  groups: [RecordedGroup(row: 0, of: table, analysis: analysis, kind: "network", successorOf: nil, sentence: MissingPartnersWording.sentence)])
            try history.record(run, in: store, quiet: input.quiet)
        }
        // The report stands without a map, but a map that failed is an error, not a silent gap.
        if !drawn.failures.isEmpty {
            Console.error("error: \(drawn.failures.count) of the report's maps could not be drawn; the rest of the report is in \(folder)/")
            throw drawn.failures.allSatisfy(\.isTimeout) ? ExitCode.timedOut : ExitCode.renderFailed
        }
    }
}
