import GraphvizRender
import InfluenceMaps
import PartnerscopeCore

/// The analysis results the maps and the influence table draw on, computed in one place.
enum MapInputs {
    /// How influence is measured, for the influence table (the maps' words, with the parameters).
    static var influenceName: String {
        MapLegend.influenceChoice() + ": a recipient points to its funder, a provider to its commissioner, a member to the body "
            + "it answers to, a scrutinised body to its scrutineer, partners both ways, conflicts not at all "
            + "(resource dependence, Pfeffer & Salancik 1978; ties weighted, damping 0.85)"
    }

    /// Network influence per agency: ``ResourceDependence/influence(_:damping:)``, PageRank along
    /// the dependence arcs (dependent party → the party it depends on), ties weighted.
    static func influence(_ network: Network) -> [Double] {
        ResourceDependence.influence(network)
    }

    /// Formal power (1–5, missing = 0) as an influence array, for `--size-by power`.
    static func power(_ network: Network) -> [Double] {
        network.agencies.map { Double($0.power ?? 0) }
    }
}

extension MapInputs {
    /// What the silos map highlights.
    struct Silos {
        var membership: [Int]
        var brokers: Set<Int>
        var articulationPoints: Set<Int>
        var bridges: [(Int, Int)]
    }

    /// The communities of `partnerscope silos` and the report with the same options (by default
    /// Leiden on the undirected, unweighted view, resolution 1, 10 restarts, seed 1): one answer
    /// to "which agencies work as a group", whichever output asks.
    static func communityAnalysis(_ network: Network, weighted: Bool = false, seed: UInt64) -> SiloAnalysis {
        SiloAnalysis(network, options: .init(weighted: weighted, seed: seed))
    }

    /// The options of ``communityAnalysis(_:weighted:seed:)`` in words, for map captions.
    static func communityCaption(weighted: Bool, seed: UInt64) -> String {
        "Leiden on \(weighted ? "weighted" : "unweighted") ties, resolution 1, seed \(seed), as in partnerscope silos"
    }

    /// The broker cut of the silos maps in words, from the same ``Brokerage/topCount(agencies:)`` the
    /// cut uses, so the caption cannot drift from it.
    static func brokerCaption(agencies n: Int) -> String {
        "brokers: the top 5% (at least 3) by brokerage between communities, here \(Brokerage.topCount(agencies: n)) of \(n) agencies and any tied with the last"
    }

    /// The community of each agency, as ``communityAnalysis(_:weighted:seed:)``.
    static func communities(_ network: Network, seed: UInt64) -> [Int] {
        communityAnalysis(network, seed: seed).partition.membership
    }

    /// Communities (Leiden), brokers (``Brokerage/top(_:groups:)`` between the communities),
    /// articulation points and bridges of the undirected view.
    static func silos(_ network: Network, seed: UInt64) -> Silos {
        let analysis = communityAnalysis(network, seed: seed)
        let membership = analysis.partition.membership
        let brokers = Brokerage.top(network, groups: membership)
        let fragility = analysis.fragility
        return Silos(membership: membership, brokers: brokers, articulationPoints: Set(fragility.articulationPoints),
                     bridges: fragility.bridges)
    }
}

extension MapInputs {
    /// The options a map was drawn with, in words, for its legend's last line and the report's
    /// caption: the day, what sizes the nodes, what the boxes are, the layout engine and the seed
    /// (one sentence per map kind, so that every map states how to redraw it).
    static func options(_ network: Network, engine: LayoutEngine, seed: UInt64, size: String? = nil,
                        boxes: String? = nil, extra: [String] = []) -> String {
        var parts = [(network.asAt ?? .all).phrase]
        if let size { parts.append("size: \(size)") }
        if let boxes { parts.append("boxes: \(boxes)") }
        parts += extra
        parts.append("layout \(engine.rawValue), seed \(seed)")
        return parts.joined(separator: "; ")
    }

    /// The words for the boxes of `--cluster-by`.
    static func boxes(_ clusterBy: MapCommand.ClusterBy?, seed: UInt64) -> String {
        switch clusterBy {
        case .community: "communities (\(communityCaption(weighted: false, seed: seed)))"
        case .sector: "sectors"
        case .type: "agency types"
        case nil: "none"
        }
    }
}
