import GraphvizRender
import InfluenceMaps
import PartnerscopeCore

/// The small-multiple map of one network in a comparison: the influence map (node area ∝
/// PageRank, colour by sector, shape by level, edges by tie type) laid out with neato, which is
/// deterministic, under a one-line title instead of the full legend. Graphviz calls go through
/// the renderer's process-wide gate, so parallel areas wait for each other only while drawing.
enum ComparisonMaps {
    /// Seconds a layout may take before it is abandoned (the area then has no map).
    static let timeout = 60.0

    static func description(_ network: Network, title: String) -> GraphDescription {
        let map = NetworkMap(network: network, influence: MapInputs.pageRank(network), influenceName: MapInputs.pageRankName,
                             clustering: nil, engine: .neato, seed: 1)
        var g = map.description()
        g.graphAttributes["label"] = .string(LabelText.escString("\(title): \(network.agencyCount) agencies, \(network.relationships.count) ties"))
        g.graphAttributes["fontsize"] = "18"
        g.graphAttributes["labelloc"] = "t"
        return g
    }

    /// The SVG text, or nil when the network is empty or Graphviz fails.
    static func svg(_ network: Network, title: String) -> String? {
        guard network.agencyCount > 0 else { return nil }
        guard let result = try? GraphvizRenderer.render(description(network, title: title), engine: .neato, format: .svg,
                                                        seed: 1, timeout: timeout) else { return nil }
        return String(decoding: result.bytes, as: UTF8.self)
    }
}
