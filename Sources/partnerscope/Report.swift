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
        let drawn: ReportMaps.Outcome
        if noMaps {
            drawn = .init(maps: [], note: "Maps were not drawn (--no-maps).", failures: [])
        } else if network.agencyCount > maxMapAgencies {
            drawn = .init(maps: [], note: "Maps were not drawn: the network has \(network.agencyCount) agencies, more than the "
                + "\(maxMapAgencies) drawn by default (--max-map-agencies). Draw an ego map of one agency with "
                + "partnerscope map --focus ID --depth 1, or raise the limit.", failures: [])
            if !input.quiet { Console.error("note: \(drawn.note!)") }
        } else {
            drawn = ReportMaps.render(analysis, seed: view.seed, timeout: timeout, quiet: input.quiet)
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

/// The maps of the report, drawn through the maps layer (Graphviz) from the same analysis as the
/// tables, so the communities on the maps are the communities in the tables.
enum ReportMaps {
    static let defaultTimeout = 120.0
    /// sfdp draws 5,000 agencies in seconds (docs/maps.md); the report's four maps of a larger
    /// network would dominate its run and be unreadable at page size.
    static let defaultMaxAgencies = 5_000

    struct Outcome {
        var maps: [AnalystReport.Map]
        var note: String?
        var failures: [GraphvizError]
    }

    static func render(_ analysis: NetworkAnalysis, seed: UInt64, timeout: Double, quiet: Bool) -> Outcome {
        let network = analysis.network
        guard network.agencyCount > 0 else { return .init(maps: [], note: "The network has no agencies, so there is nothing to draw.", failures: []) }
        let influence = MapInputs.influence(network)
        let membership = analysis.silos.partition.membership
        var wanted: [(id: String, title: String, caption: String, description: GraphDescription, engine: LayoutEngine)] = []
        wanted.append(("key", "Key to the maps", "the same shapes, colours and lines on every map below", MapLegend.sheet(), .neato))
        // No community boxes here (boxes need dot, whose ranks made a 45-agency map 50 inches
        // wide): the silos map below shows the same communities by colour.
        let communities = "communities: \(MapInputs.communityCaption(weighted: analysis.options.silos.weighted, seed: analysis.options.silos.seed))"
        var networkMap = NetworkMap(network: network, influence: influence, influenceName: MapLegend.pageRankSize, seed: seed)
        networkMap.options = MapInputs.options(network, engine: networkMap.engine, seed: seed, size: "influence", boxes: "none")
        wanted.append(("network", "Influence map",
                       "size by influence (\(MapLegend.influenceChoice())), colour by sector, shape by reach, lines by kind of tie; the communities are on the silos map. Drawn with: \(networkMap.options!)",
                       networkMap.description(), networkMap.engine))
        var grid = PowerInterestMap(network: network, influence: influence, influenceName: MapLegend.pageRankSize, seed: seed)
        grid.options = MapInputs.options(network, engine: PowerInterestMap.engine, seed: seed, size: "influence",
                                         extra: ["high rating \(grid.grid.highThreshold) or more"])
        wanted.append(("grid", "Power–interest grid",
                       "formal power against interest from agencies.csv (Mendelow 1991), names listed in each cell, marker size by influence (\(MapLegend.influenceChoice())). Drawn with: \(grid.options!)",
                       grid.description(), PowerInterestMap.engine))
        if analysis.coterminosity.hasGeography && !analysis.coterminosity.gaps.isEmpty {
            var gaps = GapsMap(network: network, gaps: analysis.coterminosity.gaps, seed: seed)
            gaps.options = MapInputs.options(network, engine: gaps.engine, seed: seed,
                                             extra: ["coterminosity tolerance \(NumberFormat.json(analysis.coterminosity.tolerance * 100))%"])
            wanted.append(("gaps", "Coterminosity gaps",
                           "agencies whose boundaries cut across each other, labelled with the people on the wrong side of the line. Drawn with: \(gaps.options!)",
                           gaps.description(), gaps.engine))
        }
        var silos = SilosMap(network: network, membership: membership, brokers: Brokerage.top(network, groups: membership),
                             articulationPoints: Set(analysis.silos.fragility.articulationPoints),
                             bridges: analysis.silos.fragility.bridges, seed: seed,
                             communityOptions: MapInputs.communityCaption(weighted: analysis.options.silos.weighted,
                                                                          seed: analysis.options.silos.seed))
        silos.options = MapInputs.options(network, engine: silos.engine, seed: seed,
                                          extra: [communities, MapInputs.brokerCaption(agencies: network.agencyCount)])
        wanted.append(("silos", "Silos and brokers",
                       "communities by colour, the main brokers between communities and the single points of failure highlighted. Drawn with: \(silos.options!)",
                       silos.description(), silos.engine))

        var maps: [AnalystReport.Map] = []
        var failures: [String] = []
        var errors: [GraphvizError] = []
        for w in wanted {
            do {
                // One layout, two formats: the PNG is the same picture as the SVG.
                let drawn = try PageFit.render(w.description, engine: w.engine, formats: [.svg, .png],
                                                        seed: UInt32(truncatingIfNeeded: seed), timeout: timeout)
                if !quiet { for warning in drawn.warnings { Console.error("graphviz: \(warning)") } }
                maps.append(AnalystReport.Map(id: w.id, title: w.title, caption: w.caption,
                                              svg: String(decoding: drawn.outputs[0], as: UTF8.self), png: drawn.outputs[1]))
            } catch {
                failures.append("\(w.title): \(error.description)")
                errors.append(error)
                Console.error("error: the \(w.id) map was not drawn: \(error.withAdvice)")
            }
        }
        return .init(maps: maps, note: failures.isEmpty ? nil : "Some maps could not be drawn: " + failures.joined(separator: "; "),
                     failures: errors)
    }
}
