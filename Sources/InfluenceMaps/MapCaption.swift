import GraphvizRender
import PartnerscopeCore

/// The words that say how a map was drawn: the legend's last line ("Drawn with: …") and the
/// report's captions, built from the same values as the map, so the words cannot drift from the
/// picture.
public enum MapCaption {
    /// How influence is measured, for the influence table: ``MapLegend/influenceChoice()`` with the
    /// directions of dependence and the parameters of ``ResourceDependence/influence(_:damping:)``.
    public static var influenceMeasure: String {
        MapLegend.influenceChoice() + ": a recipient points to its funder, a provider to its commissioner, a member to the body "
            + "it answers to, a scrutinised body to its scrutineer, partners both ways, conflicts not at all "
            + "(resource dependence, Pfeffer & Salancik 1978; ties weighted, damping 0.85)"
    }

    /// The options a map was drawn with, in words, for its legend's last line and the report's
    /// caption: the day, what sizes the nodes, what the boxes are, anything `extra`, the layout
    /// engine and the seed (so that every map states how to redraw it).
    /// - Complexity: O(1).
    public static func options(_ network: Network, engine: LayoutEngine, seed: UInt64, size: String? = nil,
                               boxes: String? = nil, extra: [String] = []) -> String {
        var parts = [(network.asAt ?? .all).phrase]
        if let size { parts.append("size: \(size)") }
        if let boxes { parts.append("boxes: \(boxes)") }
        parts += extra
        parts.append("layout \(engine.rawValue), seed \(seed)")
        return parts.joined(separator: "; ")
    }

    /// The options of the communities (``SiloAnalysis`` with `weighted` and `seed`, as
    /// `partnerscope silos` runs it), for map captions.
    public static func communities(weighted: Bool, seed: UInt64) -> String {
        "Leiden on \(weighted ? "weighted" : "unweighted") ties, resolution 1, seed \(seed), as in partnerscope silos"
    }

    /// The broker cut of the silos maps in words, from the same ``Brokerage/topCount(agencies:)`` the
    /// cut uses, so the caption cannot drift from it.
    public static func brokers(agencies n: Int) -> String {
        "brokers: the top 5% (at least 3) by brokerage between communities, here \(Brokerage.topCount(agencies: n)) of \(n) agencies and any tied with the last"
    }

    /// The coterminosity tolerance (a share, 0.05 = 5%) in words, for the gaps map.
    public static func tolerance(_ tolerance: Double) -> String {
        "coterminosity tolerance \(LabelText.number(tolerance * 100))%"
    }
}
