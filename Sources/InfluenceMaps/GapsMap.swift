import GraphvizRender
import PartnerscopeCore

/// The coterminosity gaps map: agencies as nodes, one edge per gap (two agencies that are
/// partners, or are expected to be, whose boundaries cut across each other) labelled with the
/// size of the split (``CoterminosityPair/populationMisaligned``). Gaps between actual partners are
/// solid dark lines; gaps between agencies only expected to work together are grey and dashed.
public struct GapsMap: Sendable {
    public var network: Network
    public var gaps: [CoterminosityPair]
    public var engine: LayoutEngine
    public var seed: UInt64
    /// Whether agencies without any gap are drawn too (default true: every agency appears).
    public var includeAgenciesWithoutGaps: Bool
    /// The options the map was drawn with, in words (day, sizing, grouping, layout, seed), shown as
    /// the legend's last line so that the picture can be reproduced; nil says nothing.
    public var options: String?

    public init(network: Network, gaps: [CoterminosityPair], engine: LayoutEngine? = nil, seed: UInt64 = 1,
                includeAgenciesWithoutGaps: Bool = true) {
        self.network = network
        self.gaps = gaps.filter(\.isGap)
        self.engine = engine ?? MapStyle.defaultEngine(agencies: network.agencyCount, ties: gaps.count)
        self.seed = seed
        self.includeAgenciesWithoutGaps = includeAgenciesWithoutGaps
    }

    public static let partnerColour = "#333333"
    public static let expectedColour = "#777777"

    /// - Complexity: O(|V| log |V| + |gaps| log |gaps|).
    public func description() -> GraphDescription {
        let n = network.agencyCount
        var g = GraphDescription(name: MapStyle.graphName(network, kind: "coterminosity gaps"), directed: false)
        g.graphAttributes = MapStyle.layoutAttributes(engine: engine, agencies: n, seed: seed)
        g.graphAttributes["labelloc"] = "b"
        g.graphAttributes["labeljust"] = "l"
        g.nodeDefaults = MapStyle.nodeDefaults
        g.edgeDefaults = ["fontsize": .number(MapStyle.fontSize(agencies: n)), "fontname": "Helvetica"]
        var involved = [Bool](repeating: includeAgenciesWithoutGaps, count: n)
        for gap in gaps { involved[gap.a] = true; involved[gap.b] = true }
        let d = MapStyle.maximumDiameter(agencies: n) / 2
        // Most agencies have no gap: the parts (a gap's agencies, or one agency alone) are packed in
        // rows of about √(1.2 × parts) columns, a landscape block instead of a tall column.
        if engine != .dot {
            var parent = Array(0..<n)
            func root(_ x: Int) -> Int { var x = x; while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }; return x }
            for gap in gaps { parent[root(gap.a)] = root(gap.b) }
            let parts = Set((0..<n).filter { involved[$0] }.map(root)).count
            g.graphAttributes["packmode"] = .string("array_\(max(1, Int((1.2 * Double(parts)).squareRoot().rounded(.up))))")
        }
        for i in MapStyle.order(network) where involved[i] {
            g.nodes.append(MapStyle.agencyNode(i, MapStyle.agencyNode(network.agencies[i], diameter: d, fontSize: MapStyle.fontSize(agencies: n))))
        }
        let ids = network.agencies.map(\.id)
        let ordered = gaps.map { ids[$0.a] <= ids[$0.b] ? $0 : $0.swapped }
            .sorted { (ids[$0.a], ids[$0.b]) < (ids[$1.a], ids[$1.b]) }
        let largest = ordered.map(\.populationMisaligned).max() ?? 0
        for gap in ordered {
            let width = largest > 0 ? 1 + 3 * (gap.populationMisaligned / largest).squareRoot() : 1
            var a: [String: AttributeValue] = [
                "label": .string(Self.people(gap.populationMisaligned)),
                "color": .string(gap.partners ? Self.partnerColour : Self.expectedColour),
                "fontcolor": .string(gap.partners ? Self.partnerColour : Self.expectedColour),
                "penwidth": .number(width),
                "class": MapStyle.edgeClass("gap", [gap.a, gap.b]),
            ]
            if !gap.partners { a["style"] = "dashed" }
            g.edges.append(.init(tail: MapStyle.nodeID(gap.a), head: MapStyle.nodeID(gap.b), attributes: a))
        }
        var entries = MapLegend.standard(network, size: nil, ties: false)
        entries.append(.init(.line(colour: Self.partnerColour, style: "solid", heavy: false, arrow: false, double: false),
                             "boundaries cut across, between partners (tied in relationships.csv)"))
        entries.append(.init(.line(colour: Self.expectedColour, style: "dashed", heavy: false, arrow: false, double: false),
                             "boundaries cut across, between bodies expected to work together"))
        entries.append(.init(.none, "Number and thickness: people on the wrong side of the line (the fewest of: shared, served by one only, by the other only)"))
        if let options { entries.append(MapLegend.options(options)) }
        let partners = ordered.filter(\.partners).count
        g.graphAttributes["label"] = MapLegend.table(
            title: "Coterminosity gaps: \(MapLegend.name(network)), \(ordered.count) gaps (\(partners) between partners)", entries: entries)
        return g
    }

    /// A population count with thousands separators; fractional shares rounded.
    static func people(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let n = Int(value.rounded())
        let digits = String(abs(n))
        var out = ""
        for (k, ch) in digits.enumerated() {
            if k > 0 && (digits.count - k) % 3 == 0 { out += "," }
            out.append(ch)
        }
        return out
    }
}
