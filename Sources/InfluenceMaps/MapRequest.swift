import GraphvizRender
import PartnerscopeCore

/// One map as `partnerscope map` asks for it: the kind, the part of the network (an ego network,
/// one community, or every agency), the sizing and boxes, the layout engine and seed.
/// ``describe(_:boards:survey:requirements:surveyOptions:)`` turns it into the styled graph
/// description, checking the request against the data first.
public struct MapRequest: Sendable {
    public enum Kind: String, CaseIterable, Sendable { case network, grid, gaps, silos, boards, trust, key }
    /// What sizes the nodes of the network map: influence (PageRank toward the body depended on) or formal power.
    public enum SizeBy: String, CaseIterable, Sendable { case pagerank, power }
    /// What the boxes of the network map group.
    public enum ClusterBy: String, CaseIterable, Sendable { case community, sector, type }

    public var kind: Kind
    /// nil: by size (``MapStyle/defaultEngine(agencies:ties:)``), or the map kind's own.
    public var engine: LayoutEngine?
    /// The seed of the layout, the grid's jitter and the communities.
    public var seed: UInt64
    public var sizeBy: SizeBy
    public var clusterBy: ClusterBy?
    /// Only the agencies within ``depth`` ties of this one (``EgoNetwork``).
    public var focus: AgencyID?
    public var depth: Int
    /// Only this community (numbered as ``SiloAnalysis`` numbers them), in full.
    public var community: Int?
    /// Every agency, even above ``AggregateMap/threshold`` (where the network and silos maps
    /// otherwise show one node per community).
    public var full: Bool
    /// Coterminosity tolerance of the gaps map.
    public var tolerance: Double
    /// A board: its members highlighted on the network map, or it alone on the boards map.
    public var board: BoardID?

    public init(kind: Kind = .network, engine: LayoutEngine? = nil, seed: UInt64 = 1, sizeBy: SizeBy = .pagerank,
                clusterBy: ClusterBy? = nil, focus: AgencyID? = nil, depth: Int = 1, community: Int? = nil,
                full: Bool = false, tolerance: Double = CoterminosityAnalysis.defaultTolerance, board: BoardID? = nil) {
        self.kind = kind
        self.engine = engine
        self.seed = seed
        self.sizeBy = sizeBy
        self.clusterBy = clusterBy
        self.focus = focus
        self.depth = depth
        self.community = community
        self.full = full
        self.tolerance = tolerance
        self.board = board
    }
}

/// Why a ``MapRequest`` cannot be drawn from the data given; the command line words it.
public enum MapRequestError: Error, Equatable, Sendable {
    /// The boards map of a network without boards.
    case noBoards
    /// A board highlighted on a map other than the network or boards map.
    case boardOnWrongKind
    /// A board highlighted on an ego map (which re-numbers agencies).
    case boardWithFocus
    case unknownBoard(BoardID)
    case unknownAgency(AgencyID)
    case unknownCommunity(Int)
    /// The trust map of a network without a survey.
    case noSurvey
}

/// A map described and ready to lay out.
public struct MapDrawing: Sendable {
    public var description: GraphDescription
    public var engine: LayoutEngine
}

extension MapRequest {
    /// The styled graph description of the map asked for, drawn from `network` (its boards and
    /// survey beside it). Checks come first, in this order: the boards, the board, the focus, the
    /// community. Above ``AggregateMap/threshold`` agencies the network and silos maps show one
    /// node per community unless a part (``focus``, ``community``) or ``full`` is asked for.
    ///
    /// `requirements` is called only for the boards map (to flag boards lacking a statutory
    /// member) and `surveyOptions` only for the trust map, so that loading them, and anything they
    /// report, happens only when the map needs them.
    ///
    /// - Throws: ``MapRequestError``, or what `requirements` or `surveyOptions` throw.
    /// - Complexity: that of the map kind's analysis (communities: Leiden; gaps: coterminosity).
    public func describe(_ network: Network, boards: BoardSet, survey: Survey?,
                         requirements: () throws -> Requirements,
                         surveyOptions: (Survey) throws -> SurveyAnalysis.Options) throws -> MapDrawing {
        if kind == .boards && boards.isEmpty { throw MapRequestError.noBoards }
        var boardIndex: Int?
        if let board {
            guard kind == .network || kind == .boards else { throw MapRequestError.boardOnWrongKind }
            if focus != nil && kind == .network { throw MapRequestError.boardWithFocus }
            guard let b = boards.boardIndex[board] else { throw MapRequestError.unknownBoard(board) }
            boardIndex = b
        }
        let whole = network
        var network = network
        if let focus {
            guard let index = network.index(of: focus) else { throw MapRequestError.unknownAgency(focus) }
            network = EgoNetwork.around(index, depth: depth, in: network)
        }
        if let community {
            let membership = Self.communities(network, seed: seed).partition.membership
            let members = membership.indices.filter { membership[$0] == community }
            guard !members.isEmpty else { throw MapRequestError.unknownCommunity(community) }
            network = network.subnetwork(agencies: members, name: "\(network.name)/community=\(community)")
        }
        if kind == .network || kind == .silos, focus == nil, community == nil, !full, network.agencyCount > AggregateMap.threshold {
            let membership = Self.communities(network, seed: seed).partition.membership
            let names = Dictionary(uniqueKeysWithValues: Set(membership).map { ($0, "community \($0)") })
            let map = AggregateMap(network: network, groups: membership, groupNames: names, groupedBy: "communities",
                                   groupOptions: MapCaption.communities(weighted: false, seed: seed),
                                   influence: ResourceDependence.influence(network), seed: seed)
            let description = map.description()
            return MapDrawing(description: description,
                              engine: MapStyle.defaultEngine(agencies: description.nodes.count, ties: description.edges.count))
        }
        switch kind {
        case .boards:
            return boardsMap(whole, boards: boards, only: boardIndex, requirements: try requirements())
        case .trust:
            guard let survey else { throw MapRequestError.noSurvey }
            // The survey names agencies by the whole network's indices; an ego view (focus) keeps its own.
            let remapped = survey.remapped(agencyMap: whole.agencies.map { network.index(of: $0.id) }).survey
            let analysis = SurveyAnalysis(network: network, survey: remapped, options: try surveyOptions(remapped))
            let map = TrustMap(analysis: analysis, influence: ResourceDependence.influence(network),
                               influenceName: MapLegend.pageRankSize, engine: engine, seed: seed)
            return MapDrawing(description: map.description(), engine: map.engine)
        case .network:
            var drawing = networkMap(network)
            if let boardIndex {
                drawing.description = BoardHighlight.apply(to: drawing.description, members: Set(boards.members(of: boardIndex)),
                                                           boardName: boards.boards[boardIndex].name)
            }
            return drawing
        case .key:
            return MapDrawing(description: MapLegend.sheet(), engine: .neato)
        case .grid:
            var map = PowerInterestMap(network: network, influence: ResourceDependence.influence(network),
                                       influenceName: MapLegend.pageRankSize, seed: seed)
            map.options = MapCaption.options(network, engine: PowerInterestMap.engine, seed: seed, size: "influence",
                                             extra: ["high rating \(map.grid.highThreshold) or more"])
            return MapDrawing(description: map.description(), engine: PowerInterestMap.engine)
        case .gaps:
            let analysis = CoterminosityAnalysis(network: network, tolerance: tolerance)
            var map = GapsMap(network: network, gaps: analysis.gaps, engine: engine, seed: seed)
            map.options = MapCaption.options(network, engine: map.engine, seed: seed, extra: [MapCaption.tolerance(tolerance)])
            return MapDrawing(description: map.description(), engine: map.engine)
        case .silos:
            let analysis = Self.communities(network, seed: seed)
            let membership = analysis.partition.membership
            let communityOptions = MapCaption.communities(weighted: false, seed: seed)
            var map = SilosMap(network: network, membership: membership, brokers: Brokerage.top(network, groups: membership),
                               articulationPoints: Set(analysis.fragility.articulationPoints),
                               bridges: analysis.fragility.bridges, engine: engine, seed: seed, communityOptions: communityOptions)
            map.options = MapCaption.options(network, engine: map.engine, seed: seed,
                                             extra: ["communities: \(communityOptions)", MapCaption.brokers(agencies: network.agencyCount)])
            return MapDrawing(description: map.description(), engine: map.engine)
        }
    }

    /// The communities of `partnerscope silos` with its default options (Leiden on the undirected,
    /// unweighted view, resolution 1, 10 restarts) and this seed: one answer to "which agencies
    /// work as a group", whichever map asks.
    static func communities(_ network: Network, seed: UInt64) -> SiloAnalysis {
        SiloAnalysis(network, options: .init(weighted: false, seed: seed))
    }

    /// The network map, sized by influence or formal power, with the boxes asked for.
    private func networkMap(_ network: Network) -> MapDrawing {
        let (values, name) = sizeBy == .power ? (network.agencies.map { Double($0.power ?? 0) }, MapLegend.powerSize)
            : (ResourceDependence.influence(network), MapLegend.pageRankSize)
        let clustering: MapClustering? = switch clusterBy {
        case .community: .community(Self.communities(network, seed: seed).partition.membership)
        case .sector: .sector
        case .type: .type
        case nil: nil
        }
        let boxes = switch clusterBy {
        case .community: "communities (\(MapCaption.communities(weighted: false, seed: seed)))"
        case .sector: "sectors"
        case .type: "agency types"
        case nil: "none"
        }
        var map = NetworkMap(network: network, influence: values, influenceName: name, clustering: clustering,
                             engine: engine, seed: seed)
        map.options = MapCaption.options(network, engine: map.engine, seed: seed,
                                         size: sizeBy == .power ? "formal power" : "influence", boxes: boxes)
        return MapDrawing(description: map.description(), engine: map.engine)
    }

    /// The two-mode map (one board only when `only` is given), boards lacking a statutory member flagged.
    private func boardsMap(_ network: Network, boards: BoardSet, only: Int?, requirements: Requirements) -> MapDrawing {
        var boards = boards
        if let only {
            boards = boards.remapped(agencyMap: Array(0..<network.agencyCount).map { $0 },
                                     areaMap: Array(0..<network.areas.count).map { $0 },
                                     keepBoard: { $0 == only })
        }
        let flagged = Set(boards.boards.indices.filter {
            !BoardMissingMembers(board: $0, boards: boards, network: network, requirements: requirements).absences.isEmpty
        })
        let map = BoardsMap(network: network, boards: boards, flagged: flagged, engine: engine, seed: seed)
        return MapDrawing(description: map.description(), engine: map.engine)
    }
}
