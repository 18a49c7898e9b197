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

    enum Kind: String, ExpressibleByArgument, CaseIterable { case network, grid, gaps, silos, boards, trust, key }
    enum Format: String, ExpressibleByArgument, CaseIterable { case svg, png, pdf, dot }
    enum SizeBy: String, ExpressibleByArgument, CaseIterable { case pagerank, power }
    enum ClusterBy: String, ExpressibleByArgument, CaseIterable { case community, sector, type }

    @OptionGroup var input: NetworkOptions
    @Option(help: "network, grid, gaps, silos, boards, trust (ties coloured by surveyed trust, survey.csv) or key.") var kind: Kind = .network
    @OptionGroup var survey: SurveyOptions
    @Option(help: "dot, neato, fdp, sfdp, circo or twopi (default: by size).") var engine: LayoutEngine?
    @Option(help: "svg, png, pdf or dot.") var format: Format = .svg
    @Option(help: "Write to this file (atomically) instead of standard output ('-': standard output).") var out: String?
    @Option(help: "Seed for the layout and the grid's jitter.") var seed: UInt64 = 1
    @Option(name: .customLong("size-by"), help: "Node size on the network map: pagerank or power.") var sizeBy: SizeBy = .pagerank
    @Option(name: .customLong("cluster-by"), help: "Boxes on the network map: community, sector or type.") var clusterBy: ClusterBy?
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
        var network = loaded.network
        let boards = try BoardMapInputs(loaded: loaded, board: board, kind: kind, focus: focus, network: input.network)
        if let focus {
            guard let index = network.index(of: AgencyID(focus)) else {
                Console.error("error: --focus: no agency with id '\(focus)' in \(input.network)")
                throw ExitCode.usage
            }
            network = EgoNetwork.around(index, depth: depth, in: network)
        }
        if let community {
            let membership = MapInputs.communities(network, seed: seed)
            let members = membership.indices.filter { membership[$0] == community }
            guard !members.isEmpty else {
                Console.error("error: --community: no community \(community) in \(input.network) (partnerscope silos lists them)")
                throw ExitCode.usage
            }
            network = network.subnetwork(agencies: members, name: "\(network.name)/community=\(community)")
        }
        // Above 150 agencies the network and silos maps show one node per community, unless a
        // part (--focus, --community) or everything (--full) is asked for.
        if (kind == .network || kind == .silos), focus == nil, community == nil, !full, network.agencyCount > AggregateMap.threshold {
            let membership = MapInputs.communities(network, seed: seed)
            let names = Dictionary(uniqueKeysWithValues: Set(membership).map { ($0, "community \($0)") })
            let map = AggregateMap(network: network, groups: membership, groupNames: names,
                                   groupedBy: "communities", groupOptions: MapInputs.communityCaption(weighted: false, seed: seed),
                                   influence: MapInputs.influence(network), seed: seed)
            let description = map.description()
            if format == .dot { try write(Data(DOTWriter.write(description).utf8)); return }
            try draw(description, engine: MapStyle.defaultEngine(agencies: description.nodes.count, ties: description.edges.count))
            return
        }
        var (description, layoutEngine) = kind == .boards
            ? try boards.describe(loaded, requirements: requirements, quiet: input.quiet, strict: input.strict, engine: engine, seed: seed)
            : try describe(network, engine: engine, loaded: loaded)
        if kind == .network, let highlight = boards.highlight {
            description = BoardHighlight.apply(to: description, members: highlight.members, boardName: highlight.name)
        }

        if format == .dot {
            try write(Data(DOTWriter.write(description).utf8))
            return
        }
        try draw(description, engine: layoutEngine)
    }

    /// Lays out and writes `description` in the chosen format.
    private func draw(_ description: GraphDescription, engine layoutEngine: LayoutEngine) throws {
        let result: Rendering
        do {
            // Of a few seeded layouts, the one that prints largest on A4 (PageFit).
            result = try PageFit.render(description, engine: layoutEngine, formats: [RenderFormat(rawValue: format.rawValue)!],
                                        seed: UInt32(truncatingIfNeeded: seed), timeout: timeout)
        } catch {
            Console.error("error: \(error.withAdvice)")
            throw error.exitCode
        }
        if !input.quiet { for w in result.warnings { Console.error("graphviz: \(w)") } }
        try write(Data(result.outputs[0]))
    }

    private func describe(_ network: Network, engine: LayoutEngine?, loaded: LoadedNetwork) throws -> (GraphDescription, LayoutEngine) {
        switch kind {
        case .trust:
            guard let data = loaded.survey else {
                Console.error("\(input.network): error: --kind trust needs survey.csv, and this folder has none")
                throw ExitCode.missingInput
            }
            // The survey names agencies by the loaded network's indices; an ego view (--focus) keeps its own.
            let remapped = data.remapped(agencyMap: loaded.network.agencies.map { network.index(of: $0.id) }).survey
            let analysis = SurveyAnalysis(network: network, survey: remapped, options: try survey.options(for: remapped, network: input.network))
            let map = TrustMap(analysis: analysis, influence: MapInputs.influence(network), influenceName: MapLegend.pageRankSize,
                               engine: engine, seed: seed)
            return (map.description(), map.engine)
        case .network, .boards:  // .boards is drawn by BoardMapInputs; this branch is not reached for it
            let (values, name) = sizeBy == .power ? (MapInputs.power(network), MapLegend.powerSize)
                : (MapInputs.influence(network), MapLegend.pageRankSize)
            let clustering: MapClustering? = switch clusterBy {
            case .community: .community(MapInputs.communities(network, seed: seed))
            case .sector: .sector
            case .type: .type
            case nil: nil
            }
            var map = NetworkMap(network: network, influence: values, influenceName: name, clustering: clustering,
                                 engine: engine, seed: seed)
            map.options = MapInputs.options(network, engine: map.engine, seed: seed,
                                            size: sizeBy == .power ? "formal power" : "influence",
                                            boxes: MapInputs.boxes(clusterBy, seed: seed))
            return (map.description(), map.engine)
        case .key:
            return (MapLegend.sheet(), .neato)
        case .grid:
            var map = PowerInterestMap(network: network, influence: MapInputs.influence(network),
                                       influenceName: MapLegend.pageRankSize, seed: seed)
            map.options = MapInputs.options(network, engine: PowerInterestMap.engine, seed: seed, size: "influence",
                                            extra: ["high rating \(map.grid.highThreshold) or more"])
            return (map.description(), PowerInterestMap.engine)
        case .gaps:
            let analysis = CoterminosityAnalysis(network: network, tolerance: tolerance)
            var map = GapsMap(network: network, gaps: analysis.gaps, engine: engine, seed: seed)
            map.options = MapInputs.options(network, engine: map.engine, seed: seed,
                                            extra: ["coterminosity tolerance \(NumberFormat.json(tolerance * 100))%"])
            return (map.description(), map.engine)
        case .silos:
            let s = MapInputs.silos(network, seed: seed)
            var map = SilosMap(network: network, membership: s.membership, brokers: s.brokers,
                               articulationPoints: s.articulationPoints, bridges: s.bridges, engine: engine, seed: seed,
                               communityOptions: MapInputs.communityCaption(weighted: false, seed: seed))
            map.options = MapInputs.options(network, engine: map.engine, seed: seed,
                                            extra: ["communities: \(MapInputs.communityCaption(weighted: false, seed: seed))",
                                                    MapInputs.brokerCaption(agencies: network.agencyCount)])
            return (map.description(), map.engine)
        }
    }

    private func write(_ data: Data) throws { try OutputOptions.write(data, to: out) }
}
