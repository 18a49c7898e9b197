import GraphvizRender
import PartnerscopeCore

/// How to group agencies into boxes on the network map.
public enum MapClustering: Sendable, Equatable {
    case sector
    case type
    /// One community label per agency (e.g. Leiden's membership).
    case community([Int])
}

/// The influence map: every agency a node whose area is proportional to its influence, coloured
/// by sector and shaped by level, every tie an edge styled by type and weighted in width.
public struct NetworkMap: Sendable {
    public var network: Network
    /// One value per agency (PageRank on the directed view, or formal power).
    public var influence: [Double]
    /// What a bigger shape means, in plain words, for the legend (``MapLegend/pageRankSize``).
    public var influenceName: String
    public var clustering: MapClustering?
    public var engine: LayoutEngine
    public var seed: UInt64
    /// The options the map was drawn with, in words (day, sizing, grouping, layout, seed), shown as
    /// the legend's last line so that the picture can be reproduced; nil says nothing.
    public var options: String?
    /// One scale shared with other maps (small multiples): the influence drawn at the largest
    /// size, and the agency count that sets that size and the font; nil: this map's own.
    public var sharedScale: (top: Double, agencies: Int)?

    public init(network: Network, influence: [Double], influenceName: String, clustering: MapClustering? = nil,
                engine: LayoutEngine? = nil, seed: UInt64 = 1) {
        self.network = network
        self.influence = influence
        self.influenceName = influenceName
        self.clustering = clustering
        // Boxes need dot (neato draws a cluster's box around wherever its members fell, so boxes
        // overlap); without boxes the default engine.
        let fallback = MapStyle.defaultEngine(agencies: network.agencyCount, ties: network.relationships.count)
        self.engine = engine ?? (clustering != nil && fallback == .neato ? .dot : fallback)
        self.seed = seed
    }

    /// The styled graph description.
    ///
    /// - Complexity: O(|V| log |V| + |E| log |E|).
    public func description() -> GraphDescription {
        let n = network.agencyCount
        var g = GraphDescription(name: MapStyle.graphName(network, kind: "influence map"), directed: true)
        g.graphAttributes = MapStyle.layoutAttributes(engine: engine, agencies: n, seed: seed)
        g.nodeDefaults = MapStyle.nodeDefaults
        g.edgeDefaults = ["arrowsize": "0.7"]
        let values = (0..<n).map { $0 < influence.count ? influence[$0] : 0 }
        let scaleAgencies = sharedScale?.agencies ?? n
        let maxD = MapStyle.maximumDiameter(agencies: scaleAgencies)
        let diameters = MapStyle.diameters(values, maximum: maxD, minimum: maxD / 6, top: sharedScale?.top)
        let fontSize = MapStyle.fontSize(agencies: scaleAgencies)
        for i in MapStyle.order(network) {
            g.nodes.append(MapStyle.agencyNode(i, MapStyle.agencyNode(network.agencies[i], diameter: diameters[i], fontSize: fontSize)))
        }
        for r in MapStyle.sortedTies(network) {
            g.edges.append(.init(tail: MapStyle.nodeID(r.source), head: MapStyle.nodeID(r.target), attributes: MapStyle.tie(r)))
        }
        if let clustering { g.clusters = clusters(clustering) }
        g.graphAttributes["label"] = MapLegend.table(
            title: "Influence map: \(MapLegend.name(network)) (\(n) agencies, \(network.relationships.count) ties)",
            entries: MapLegend.standard(network, size: influenceName, ties: true) + (options.map { [MapLegend.options($0)] } ?? []))
        g.graphAttributes["labelloc"] = "b"
        g.graphAttributes["labeljust"] = "l"
        return g
    }

    private func clusters(_ clustering: MapClustering) -> [GraphDescription.Cluster] {
        var groups: [String: [Int]] = [:]
        var labels: [String: String] = [:]
        for i in MapStyle.order(network) {
            let a = network.agencies[i]
            let key: String
            switch clustering {
            case .sector: key = a.sector.rawValue; labels[key] = "sector: \(key)"
            case .type: key = a.type; labels[key] = "type: \(MapStyle.shortened(key))"
            case let .community(membership):
                let c = i < membership.count ? membership[i] : -1
                key = String(c)
                labels[key] = c < 0 ? "no community" : "community \(c)"
            }
            groups[key, default: []].append(i)
        }
        let keys: [String]
        if case .community = clustering {
            keys = groups.keys.sorted { (Int($0) ?? -1) < (Int($1) ?? -1) }
        } else {
            keys = groups.keys.sorted()
        }
        return keys.enumerated().map { k, key in
            GraphDescription.Cluster(
                id: String(k),
                attributes: ["label": .string(LabelText.escString(labels[key]! + " (\(groups[key]!.count))")),
                             "style": "rounded,dashed", "color": "#888888", "fontsize": "11"],
                nodeIDs: groups[key]!.map(MapStyle.nodeID))
        }
    }
}
