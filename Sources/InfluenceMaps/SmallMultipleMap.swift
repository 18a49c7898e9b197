import GraphvizRender
import PartnerscopeCore

/// The small-multiple map of one network in a comparison: the influence map (node area ∝
/// influence, ``ResourceDependence/influence(_:damping:)``; colour by sector, shape by level, edges by tie type)
/// laid out with neato, which is deterministic, under a one-line title instead of the full legend.
/// Graphviz calls go through the renderer's process-wide gate, so areas analysed in parallel wait
/// for each other only while drawing.
public enum SmallMultipleMap {
    /// Seconds a layout may take before it is stopped, by default.
    public static let defaultTimeout = 60.0

    public static func description(_ network: Network, title: String) -> GraphDescription {
        let influence = ResourceDependence.influence(network)
        let map = NetworkMap(network: network, influence: influence, influenceName: MapLegend.pageRankSize,
                             clustering: nil, engine: .neato, seed: 1)
        var g = map.description()
        g.graphAttributes["label"] = .string(LabelText.escString("\(MapStyle.shortened(title)): \(network.agencyCount) agencies, \(network.relationships.count) ties"))
        g.graphAttributes["fontsize"] = "18"
        g.graphAttributes["labelloc"] = "t"
        return g
    }

    /// The SVG text, or nil when the network is empty (there is nothing to draw).
    ///
    /// - Throws: ``GraphvizError`` when Graphviz fails or runs past `timeout` seconds; the
    ///   caller reports it (a comparison without one of its maps must say so).
    public static func svg(_ network: Network, title: String, timeout: Double = defaultTimeout) throws(GraphvizError) -> String? {
        guard network.agencyCount > 0 else { return nil }
        let result = try GraphvizRenderer.render(description(network, title: title), engine: .neato, format: .svg,
                                                 seed: 1, timeout: timeout)
        return String(decoding: result.bytes, as: UTF8.self)
    }
}
