import ArgumentParser
import Foundation
import GraphvizRender
import InfluenceMaps
import PartnerscopeCore
import PartnerscopeIO

struct MapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "map",
        abstract: "Draw power and influence maps through the Graphviz library (SVG, PNG, PDF or DOT).",
        discussion: """
        Kinds:
          network  the influence map: node area by influence, PageRank toward the bodies others depend on
                   (or --size-by power), colour by sector,
                   shape by level, ties styled by type; --cluster-by community|sector|type
          grid     the power–interest grid (Mendelow 1991), quadrants labelled
          gaps     coterminosity gaps between partners, labelled with the people on the wrong side of the line
          silos    communities as boxes, brokers and articulation points highlighted
          boards   two-mode map of boards.csv/memberships.csv: boards as boxes (red border: a
                   statutory member absent), member agencies in their usual shapes, one edge per seat
          key      the key to every map: each shape, colour, line and outline with its meaning
        Above 150 agencies the network and silos maps show one node per community (ties between
        communities summed); --community N draws one community in full, --full every agency.
        --board ID highlights one board's members on the network map (or draws only that board
        with --kind boards).

        Without --engine, maps of up to 150 agencies and 600 ties use dot, larger ones sfdp (the
        grid always uses neato with pinned positions). A layout running past --timeout seconds is \
        stopped. --format dot writes the styled graph description as DOT text, without a layout.

        Examples:
          partnerscope map Networks/west-yorkshire --kind network --out wy.svg
          partnerscope map Networks/england --kind network --focus icb-E54000054 --depth 1 --out ego.svg
        """
    )

    typealias Kind = MapRequest.Kind
    enum Format: String, ExpressibleByArgument, CaseIterable { case svg, png, pdf, dot }

    @OptionGroup var input: NetworkOptions
    @Option(help: "network, grid, gaps, silos, boards, trust (ties coloured by surveyed trust, survey.csv) or key.") var kind: Kind = .network
    @OptionGroup var survey: SurveyOptions
    @Option(help: "dot, neato, fdp, sfdp, circo or twopi (default: by size).") var engine: LayoutEngine?
    @Option(help: "svg, png, pdf or dot.") var format: Format = .svg
    @Option(help: "Write to this file (atomically) instead of standard output ('-': standard output).") var out: String?
    @Option(help: "Seed for the layout and the grid's jitter.") var seed: UInt64 = 1
    @Option(name: .customLong("size-by"), help: "Node size on the network map: pagerank or power.") var sizeBy: MapRequest.SizeBy = .pagerank
    @Option(name: .customLong("cluster-by"), help: "Boxes on the network map: community, sector or type.") var clusterBy: MapRequest.ClusterBy?
    @Option(help: "Draw only the agencies within --depth ties of this agency id (an ego map).") var focus: String?
    @Option(help: "Ties from --focus to include.") var depth: Int = 1
    @Option(help: "Draw only this community (numbered as partnerscope silos lists them), in full.") var community: Int?
    @Flag(help: "Draw every agency even above 150 (network and silos maps aggregate by community there).") var full = false
    @Option(help: "Seconds the layout may take before it is stopped.") var timeout: Double = 120
    @Option(help: "Coterminosity tolerance for --kind gaps.") var tolerance: Double = CoterminosityAnalysis.defaultTolerance
    @Option(help: "A board id (boards.csv): highlight its members on the network map, or draw only it with --kind boards.") var board: String?
    @OptionGroup var requirements: RequirementsOptions

    func validate() throws {
        guard depth >= 0 else { throw ValidationError("--depth must be 0 or more") }
        guard timeout > 0, timeout.isFinite else { throw ValidationError("--timeout must be a positive number of seconds") }
        try validateTolerance(tolerance)
    }

    func run() throws {
        let loaded = try input.load(requirements: requirements)
        let request = MapRequest(kind: kind, engine: engine, seed: seed, sizeBy: sizeBy, clusterBy: clusterBy,
                                 focus: focus.map { AgencyID($0) }, depth: depth, community: community, full: full,
                                 tolerance: tolerance, board: board.map { BoardID($0) })
        let drawing: MapDrawing
        do {
            drawing = try request.describe(
                loaded.network, boards: loaded.boards, survey: loaded.survey,
                requirements: { try requirements.load(networkDirectory: loaded.directory, quiet: input.quiet, strict: input.strict).requirements },
                surveyOptions: { try survey.options(for: $0, network: input.network) })
        } catch let error as MapRequestError {
            Console.error(message(error))
            throw error == .noBoards ? ExitCode.invalidData : error == .noSurvey ? ExitCode.missingInput : ExitCode.usage
        }
        if format == .dot {
            try write(Data(DOTWriter.write(drawing.description).utf8))
            return
        }
        let result: Rendering
        do {
            // Of a few seeded layouts, the one that prints largest on A4 (PageFit).
            result = try PageFit.render(drawing.description, engine: drawing.engine, formats: [RenderFormat(rawValue: format.rawValue)!],
                                        seed: UInt32(truncatingIfNeeded: seed), timeout: timeout)
        } catch {
            Console.error("error: \(error.withAdvice)")
            throw error.exitCode
        }
        if !input.quiet { for w in result.warnings { Console.error("graphviz: \(w)") } }
        try write(Data(result.outputs[0]))
    }

    /// The diagnostic for a request the data cannot satisfy, naming the options involved.
    private func message(_ error: MapRequestError) -> String {
        switch error {
        case .noBoards: "\(input.network): error: --kind boards needs boards.csv and memberships.csv in the network folder"
        case .boardOnWrongKind: "error: --board works with --kind network or --kind boards"
        case .boardWithFocus: "error: --board and --focus cannot be combined (the ego map re-numbers agencies)"
        case let .unknownBoard(id): "error: --board: no board with id '\(id.rawValue)' in \(input.network) (partnerscope boards \(input.network) lists them)"
        case let .unknownAgency(id): "error: --focus: no agency with id '\(id.rawValue)' in \(input.network)"
        case let .unknownCommunity(c): "error: --community: no community \(c) in \(input.network) (partnerscope silos lists them)"
        case .noSurvey: "\(input.network): error: --kind trust needs survey.csv, and this folder has none"
        }
    }

    private func write(_ data: Data) throws { try OutputOptions.write(data, to: out) }
}
