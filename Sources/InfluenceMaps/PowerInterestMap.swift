import GraphvizRender
import PartnerscopeCore

/// The power–interest grid drawn as a map: agencies pinned by `interest` (x) and `power` (y), the
/// four quadrants shaded and labelled, agencies sharing a cell spread on a small lattice with a
/// seeded jitter, nodes coloured by sector and sized by network influence. Agencies without a
/// rating stand in a row under the grid, so every agency appears.
///
/// Laid out with `neato` and every position pinned (`pos="x,y!"`, `overlap=true`), so the
/// engine draws rather than places.
public struct PowerInterestMap: Sendable {
    public var network: Network
    public var influence: [Double]
    public var influenceName: String
    public var grid: PowerInterestGrid
    public var seed: UInt64

    public init(network: Network, influence: [Double], influenceName: String,
                grid: PowerInterestGrid = .init(), seed: UInt64 = 1) {
        self.network = network
        self.influence = influence
        self.influenceName = influenceName
        self.grid = grid
        self.seed = seed
    }

    public static let engine = LayoutEngine.neato
    public static let quadrantFill: [PowerInterestQuadrant: String] = [
        .manageClosely: "#fde0dd", .keepSatisfied: "#fff7bc", .keepInformed: "#e5f5e0", .monitor: "#f0f0f0",
    ]

    /// Spacing between agencies sharing a cell, in points (labels are wider than tall).
    static let slotX = 112.0, slotY = 44.0

    /// - Complexity: O(|V| log |V|).
    public func description() -> GraphDescription {
        let n = network.agencyCount
        var g = GraphDescription(name: MapStyle.graphName(network, kind: "power-interest grid"), directed: false)
        g.graphAttributes = ["overlap": "true", "splines": "false", "inputscale": "72", "outputorder": "nodesfirst",
                             "fontname": "Helvetica", "labelloc": "b", "labeljust": "l"]
        g.nodeDefaults = MapStyle.nodeDefaults

        // Which cell each rated agency sits in, agencies in id order.
        var cells: [Int: [Int]] = [:]  // key power*8+interest
        var unrated: [Int] = []
        for i in MapStyle.order(network) {
            let a = network.agencies[i]
            if let p = a.power, let q = a.interest, (1...5).contains(p), (1...5).contains(q) {
                cells[p * 8 + q, default: []].append(i)
            } else {
                unrated.append(i)
            }
        }
        let crowd = cells.values.map(\.count).max() ?? 1
        let m = max(1, Int(Double(crowd).squareRoot().rounded(.up)))
        let cellW = max(160, Double(m) * Self.slotX + 24), cellH = max(120, Double(m) * Self.slotY + 36)
        let h = Double(min(5, max(2, grid.highThreshold)))  // split between h-1 and h

        func pin(_ x: Double, _ y: Double) -> AttributeValue { .string(LabelText.number(x) + "," + LabelText.number(y) + "!") }
        func inches(_ points: Double) -> AttributeValue { .number(points / 72) }

        // Quadrants, drawn first so that agencies sit on top.
        let lowW = (h - 1) * cellW, highW = (6 - h) * cellW
        let lowH = (h - 1) * cellH, highH = (6 - h) * cellH
        let quadrants: [(PowerInterestQuadrant, x: Double, y: Double, w: Double, hgt: Double)] = [
            (.monitor, 0, 0, lowW, lowH),
            (.keepInformed, lowW, 0, highW, lowH),
            (.keepSatisfied, 0, lowH, lowW, highH),
            (.manageClosely, lowW, lowH, highW, highH),
        ]
        for (k, q) in quadrants.enumerated() {
            g.nodes.append(.init(id: "q\(k)", attributes: [
                "shape": "box", "style": "filled", "fixedsize": "true", "penwidth": "0",
                "fillcolor": .string(Self.quadrantFill[q.0]!), "color": "#ffffff",
                "width": inches(q.w), "height": inches(q.hgt), "pos": pin(q.x + q.w / 2, q.y + q.hgt / 2),
                "label": .string(LabelText.escString(Self.title(q.0))), "labelloc": "t",
                "fontsize": "18", "fontcolor": "#777777",
            ]))
        }
        // Axes: tick labels and titles.
        for v in 1...5 {
            g.nodes.append(.init(id: "tx\(v)", attributes: ["shape": "plaintext", "style": "", "label": .string(String(v)),
                                                             "pos": pin((Double(v) - 0.5) * cellW, -14), "fontsize": "12"]))
            g.nodes.append(.init(id: "ty\(v)", attributes: ["shape": "plaintext", "style": "", "label": .string(String(v)),
                                                             "pos": pin(-14, (Double(v) - 0.5) * cellH), "fontsize": "12"]))
        }
        g.nodes.append(.init(id: "axisx", attributes: ["shape": "plaintext", "style": "", "fontsize": "14",
                                                       "label": "interest →", "pos": pin(2.5 * cellW, -36)]))
        g.nodes.append(.init(id: "axisy", attributes: ["shape": "plaintext", "style": "", "fontsize": "14",
                                                       "label": "power ↑", "pos": pin(-40, 5 * cellH + 14)]))

        // Agencies.
        let maxD = min(0.55, MapStyle.maximumDiameter(agencies: n))
        let values = (0..<n).map { $0 < influence.count ? influence[$0] : 0 }
        let diameters = MapStyle.diameters(values, maximum: maxD, minimum: 0.12)
        var rng = SplitMix64(seed: seed)
        for key in cells.keys.sorted() {
            let members = cells[key]!
            let (p, q) = (Double(key / 8), Double(key % 8))
            let cx = (q - 0.5) * cellW, cy = (p - 0.5) * cellH
            let side = max(1, Int(Double(members.count).squareRoot().rounded(.up)))
            for (k, i) in members.enumerated() {
                let (row, col) = (k / side, k % side)
                let jitter = members.count > 1 ? 0.1 : 0
                let dx = (Double(col) - Double(side - 1) / 2 + (rng.nextUnit() * 2 - 1) * jitter) * Self.slotX
                let dy = (Double(side - 1) / 2 - Double(row) + (rng.nextUnit() * 2 - 1) * jitter) * Self.slotY
                var a = MapStyle.agencyNode(network.agencies[i], diameter: diameters[i], fontSize: 8)
                a["pos"] = pin(cx + dx, cy + dy)
                g.nodes.append(.init(id: MapStyle.nodeID(i), attributes: a))
            }
        }
        if !unrated.isEmpty {
            let y = -80.0
            g.nodes.append(.init(id: "unrated", attributes: [
                "shape": "plaintext", "style": "", "fontsize": "12", "pos": pin(-20, y),
                "label": "not rated (no power or interest):",
            ]))
            for (k, i) in unrated.enumerated() {
                let perRow = max(1, Int((5 * cellW) / Self.slotX))
                var a = MapStyle.agencyNode(network.agencies[i], diameter: diameters[i], fontSize: 8)
                a["pos"] = pin(140 + Double(k % perRow) * Self.slotX, y - Double(k / perRow) * Self.slotY)
                g.nodes.append(.init(id: MapStyle.nodeID(i), attributes: a))
            }
        }

        var entries = MapLegend.standard(network, size: influenceName, ties: false)
        entries.append(.init(.none, "High power or interest: a rating of \(grid.highThreshold) or more on the 1–5 scale"))
        entries.append(.init(.none, "Bodies in one cell share both ratings; where they sit inside it means nothing"))
        g.graphAttributes["label"] = MapLegend.table(
            title: "Power–interest grid (Mendelow 1991): \(MapLegend.name(network)), \(n) agencies", entries: entries)
        return g
    }

    /// The quadrant's label on the map.
    public static func title(_ q: PowerInterestQuadrant) -> String {
        switch q {
        case .manageClosely: "Manage closely (key players)"
        case .keepSatisfied: "Keep satisfied"
        case .keepInformed: "Keep informed"
        case .monitor: "Monitor (minimum effort)"
        }
    }
}
