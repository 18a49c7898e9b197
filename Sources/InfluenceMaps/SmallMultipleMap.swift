import GraphvizRender
import PartnerscopeCore

/// The small-multiple map of one network in a comparison: the influence map (node area ∝
/// influence, ``ResourceDependence/influence(_:damping:)``; colour by sector, shape by level, edges by tie type)
/// laid out with neato, which is deterministic, under a one-line title instead of the full legend.
/// Graphviz calls go through the renderer's process-wide gate, so areas analysed in parallel wait
/// for each other only while drawing.
///
/// Drawn with a ``SharedScale``, every map of a comparison uses one encoding: the same influence
/// gives the same shape size on every map (size ∝ √(influence / the largest influence of any
/// map)), and the largest shape and the font are those of the biggest map, so 42 footprints can be
/// compared on one page under one legend (``legend(_:)``) at one zoom.
public enum SmallMultipleMap {
    /// Seconds a layout may take before it is stopped, by default.
    public static let defaultTimeout = 60.0

    /// One scale for every map of a comparison.
    public struct SharedScale: Sendable, Equatable {
        /// The largest influence (PageRank share) of any agency on any of the maps.
        public var topInfluence: Double
        /// The agencies of the largest map: they set the largest shape and the font size.
        public var agencies: Int

        /// - Complexity: one PageRank per network.
        public init(_ networks: [Network]) {
            topInfluence = networks.map { ResourceDependence.influence($0).max() ?? 0 }.max() ?? 0
            agencies = networks.map(\.agencyCount).max() ?? 0
        }
    }

    public static func description(_ network: Network, title: String, scale: SharedScale? = nil) -> GraphDescription {
        let influence = ResourceDependence.influence(network)
        var map = NetworkMap(network: network, influence: influence, influenceName: MapLegend.pageRankSize,
                             clustering: nil, engine: .neato, seed: 1)
        map.sharedScale = scale.map { (top: $0.topInfluence, agencies: $0.agencies) }
        var g = map.description()
        g.graphAttributes["label"] = .string(LabelText.escString("\(MapStyle.shortened(title)): \(network.agencyCount) agencies, \(network.relationships.count) ties"))
        g.graphAttributes["fontsize"] = "18"
        g.graphAttributes["labelloc"] = "t"
        g.graphAttributes.removeValue(forKey: "labeljust")
        return g
    }

    /// The SVG text, or nil when the network is empty (there is nothing to draw).
    ///
    /// - Throws: ``GraphvizError`` when Graphviz fails or runs past `timeout` seconds; the
    ///   caller reports it (a comparison without one of its maps must say so).
    public static func svg(_ network: Network, title: String, scale: SharedScale? = nil,
                           timeout: Double = defaultTimeout) throws(GraphvizError) -> String? {
        guard network.agencyCount > 0 else { return nil }
        let result = try GraphvizRenderer.render(description(network, title: title, scale: scale), engine: .neato, format: .svg,
                                                 seed: 1, timeout: timeout)
        return String(decoding: result.bytes, as: UTF8.self)
    }

    /// The one legend of a page of small multiples: the sectors, shapes and tie types of `networks`
    /// together, and what a shape's size means, drawn alone.
    public static func legend(_ networks: [Network]) -> GraphDescription {
        // The agencies of every map once (a body may sit in several footprints), with their ties.
        var agencies: [Agency] = []
        var index: [AgencyID: Int] = [:]
        var ties: [Relationship] = []
        for network in networks {
            let local = network.agencies.map { a in
                if let i = index[a.id] { return i }
                index[a.id] = agencies.count
                agencies.append(a)
                return agencies.count - 1
            }
            ties += network.relationships.map { r in
                var r = r
                r.source = local[r.source]
                r.target = local[r.target]
                return r
            }
        }
        let all = Network(name: "every map", agencies: agencies, relationships: ties)
        var g = GraphDescription(name: "key to the maps", directed: true)
        g.graphAttributes = ["fontname": "Helvetica", "labelloc": "t", "labeljust": "l"]
        g.graphAttributes["label"] = MapLegend.table(
            title: "Key to every map on this page (one scale: the same size means the same influence on every map)",
            entries: MapLegend.standard(all, size: MapLegend.pageRankSize, ties: true))
        return g
    }

    /// The legend as SVG.
    public static func legendSVG(_ networks: [Network], timeout: Double = defaultTimeout) throws(GraphvizError) -> String {
        let result = try GraphvizRenderer.render(legend(networks), engine: .neato, format: .svg, seed: 1, timeout: timeout)
        return String(decoding: result.bytes, as: UTF8.self)
    }
}
