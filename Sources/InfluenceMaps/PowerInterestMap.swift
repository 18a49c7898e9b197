import GraphvizRender
import PartnerscopeCore

/// The power–interest grid drawn as a map: agencies pinned by `interest` (x) and `power` (y), the
/// four quadrants shaded and labelled, the agencies of a cell listed by name beside a marker
/// coloured by sector, shaped by level and sized by network influence, most influential first. Agencies without a
/// rating stand in a "not rated" strip under the grid (counted by type when there are many).
///
/// Laid out with `neato` and every position pinned (`pos="x,y!"`, `overlap=true`), so the
/// engine draws rather than places.
public struct PowerInterestMap: Sendable {
    public var network: Network
    public var influence: [Double]
    public var influenceName: String
    public var grid: PowerInterestGrid
    public var seed: UInt64
    /// The options the map was drawn with, in words (day, sizing, grouping, layout, seed), shown as
    /// the legend's last line so that the picture can be reproduced; nil says nothing.
    public var options: String?

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

    /// One agency's place in a cell, in points: a marker and its name on one line, listed down
    /// the cell (a column of a cell is `slotX` wide, a line `slotY` high).
    static let slotX = 156.0, slotY = 14.0
    /// Characters of a name on the grid (abbreviated, one line; the full name is the tooltip).
    static let nameLimit = 24
    /// Agencies without ratings drawn one by one in the strip under the grid; beyond this many
    /// the strip counts them by type.
    public static let unratedDrawn = 24

    /// A name as the grid shows it: abbreviated, on one line, cut at ``nameLimit`` characters.
    public static func displayName(_ name: String) -> String {
        MapStyle.shortened(MapStyle.abbreviated(name).split(whereSeparator: \.isNewline).joined(separator: " "), limit: nameLimit)
    }

    /// The strip's caption: how many agencies have no rating and, when they are not drawn, how
    /// many of each type (most first), wrapped to the strip's width.
    static func unratedCaption(_ unrated: [Int], of network: Network, drawn: Bool) -> String {
        let head = "Not rated (no power or interest in agencies.csv): \(unrated.count) \(unrated.count == 1 ? "agency" : "agencies")"
        if drawn { return head }
        var counts: [String: Int] = [:]
        for i in unrated { counts[network.agencies[i].type, default: 0] += 1 }
        let parts = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .map { "\($0.value) \(MapStyle.shortened($0.key, limit: 40))" }
        return MapStyle.wrap(head + ", not drawn one by one: " + parts.joined(separator: ", ")
                             + ". Rate them to place them; the influence table lists them.", width: 110)
    }

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
        // Each cell lists its agencies, most influential first, one per line, in one column; each
        // column of the grid is as wide, and each row as tall, as its fullest cell needs, so that
        // empty cells do not stretch the page. While it makes the page fit A4 landscape with less
        // shrinking, the cell with the longest list gets one more column.
        var columns: [Int: Int] = [:]
        for key in cells.keys { columns[key] = 1 }
        func rowsOf(_ key: Int) -> Int { let k = cells[key]!.count, c = columns[key]!; return max(1, (k + c - 1) / c) }
        let h = min(5, max(2, grid.highThreshold))  // split between h-1 and h
        let title = 20.0  // room for a quadrant's title in its top row
        var widths = [Double](), heights = [Double]()
        func measure() {
            widths = [Double](repeating: Self.slotX + 12, count: 6)
            heights = [Double](repeating: 2 * Self.slotY + 12, count: 6)
            for key in cells.keys {
                let (p, q) = (key / 8, key % 8)
                widths[q] = max(widths[q], Double(columns[key]!) * Self.slotX + 12)
                heights[p] = max(heights[p], Double(rowsOf(key)) * Self.slotY + 12)
            }
        }
        measure()
        // Room under and beside the grid: titles, axes, the legend, a "not rated" strip.
        let below = 2 * title + 150 + (unrated.isEmpty ? 0 : 60)
        // How much the drawing must shrink to fit A4 landscape (785 × 539 pt printable).
        func shrink() -> Double {
            max((widths[1...].reduce(0, +) + 60) / 785, (heights[1...].reduce(0, +) + below) / 539)
        }
        for _ in 0..<64 {
            let tallest = cells.keys.sorted().max { rowsOf($0) < rowsOf($1) }
            guard let key = tallest, rowsOf(key) > 1 else { break }
            let before = shrink()
            columns[key]! += 1
            measure()
            if shrink() >= before {
                columns[key]! -= 1
                measure()
                break
            }
        }
        for p in [h - 1, 5] where p >= 1 { heights[p] += title }
        var x0 = [Double](repeating: 0, count: 7), y0 = [Double](repeating: 0, count: 7)
        for v in 1...5 { x0[v + 1] = x0[v] + widths[v]; y0[v + 1] = y0[v] + heights[v] }
        let (gridW, gridH) = (x0[6], y0[6])

        func pin(_ x: Double, _ y: Double) -> AttributeValue { .string(LabelText.number(x) + "," + LabelText.number(y) + "!") }
        func inches(_ points: Double) -> AttributeValue { .number(points / 72) }

        // Quadrants, drawn first so that agencies sit on top.
        let (lowW, lowH) = (x0[h], y0[h])
        let quadrants: [(PowerInterestQuadrant, x: Double, y: Double, w: Double, hgt: Double)] = [
            (.monitor, 0, 0, lowW, lowH),
            (.keepInformed, lowW, 0, gridW - lowW, lowH),
            (.keepSatisfied, 0, lowH, lowW, gridH - lowH),
            (.manageClosely, lowW, lowH, gridW - lowW, gridH - lowH),
        ]
        for (k, q) in quadrants.enumerated() {
            g.nodes.append(.init(id: "q\(k)", attributes: [
                "shape": "box", "style": "filled", "fixedsize": "true", "penwidth": "0",
                "fillcolor": .string(Self.quadrantFill[q.0]!), "color": "#ffffff",
                "width": inches(q.w), "height": inches(q.hgt), "pos": pin(q.x + q.w / 2, q.y + q.hgt / 2),
                "label": .string(LabelText.escString(Self.title(q.0))), "labelloc": "t",
                "fontsize": "14", "fontcolor": "#555555",
            ]))
        }
        // Axes: tick labels and titles.
        for v in 1...5 {
            g.nodes.append(.init(id: "tx\(v)", attributes: ["shape": "plaintext", "style": "", "label": .string(String(v)),
                                                             "pos": pin(x0[v] + widths[v] / 2, -14), "fontsize": "12"]))
            g.nodes.append(.init(id: "ty\(v)", attributes: ["shape": "plaintext", "style": "", "label": .string(String(v)),
                                                             "pos": pin(-14, y0[v] + heights[v] / 2), "fontsize": "12"]))
        }
        g.nodes.append(.init(id: "axisx", attributes: ["shape": "plaintext", "style": "", "fontsize": "14",
                                                       "label": "interest →", "pos": pin(gridW / 2, -36)]))
        g.nodes.append(.init(id: "axisy", attributes: ["shape": "plaintext", "style": "", "fontsize": "14",
                                                       "label": "power ↑", "pos": pin(-44, gridH - 8)]))

        // Agencies: a marker (sector colour, level shape, size by influence) and the name beside it.
        let values = (0..<n).map { $0 < influence.count ? influence[$0] : 0 }
        let diameters = MapStyle.diameters(values, maximum: 0.19, minimum: 0.07)
        let fontSize = 10.0
        func place(_ i: Int, left: Double, y: Double) {
            var a = MapStyle.agencyNode(network.agencies[i], diameter: diameters[i], fontSize: fontSize)
            let name = Self.displayName(network.agencies[i].name)
            a["label"] = ""
            a["tooltip"] = .string(LabelText.escString(MapStyle.shortened(network.agencies[i].name, limit: MapStyle.tooltipLimit)))
            a["pos"] = pin(left + 9, y)
            g.nodes.append(MapStyle.agencyNode(i, a))
            let width = Self.slotX - 22
            // A plain escape-string label ended by \l (left-justified) in a box of fixed width:
            // Graphviz expands \N and \G even inside HTML-like labels, so names stay out of them.
            g.nodes.append(.init(id: "l\(i)", attributes: [
                "shape": "plaintext", "style": "", "fixedsize": "true", "fontsize": .number(fontSize),
                "width": inches(width), "height": inches(Self.slotY), "margin": "0",
                "label": .string(LabelText.escString(name) + "\\l"),
                "tooltip": a["tooltip"]!, "pos": pin(left + 20 + width / 2, y),
                // The name beside the marker answers to the same agency (``MapStyle/agencyNode(_:_:)``).
                "class": .string("agency-name " + MapStyle.nodeID(i)),
            ]))
        }
        for key in cells.keys.sorted() {
            let members = cells[key]!.sorted { values[$0] != values[$1] ? values[$0] > values[$1] : network.agencies[$0].id < network.agencies[$1].id }
            let (p, q) = (key / 8, key % 8)
            let top = (p == 5 || p == h - 1) ? title : 0
            let cols = columns[key]!, rows = rowsOf(key)
            let left = x0[q] + (widths[q] - Double(cols) * Self.slotX) / 2
            let firstY = y0[p] + (heights[p] - top) / 2 + Double(rows - 1) / 2 * Self.slotY
            for (k, i) in members.enumerated() {
                place(i, left: left + Double(k / rows) * Self.slotX, y: firstY - Double(k % rows) * Self.slotY)
            }
        }
        // The "not rated" strip under the grid: up to ``unratedDrawn`` agencies drawn in rows as
        // wide as the grid; more are counted by type in words, so that a network without ratings
        // (Networks/england) gives a page, not a 4,881-pixel list.
        if !unrated.isEmpty {
            let top = -64.0
            let perRow = max(1, Int(gridW / Self.slotX))
            let drawn = unrated.count <= Self.unratedDrawn
            let rows = drawn ? (unrated.count + perRow - 1) / perRow : 0
            let stripH = drawn ? Double(rows) * Self.slotY + 30 : 60
            g.nodes.append(.init(id: "unrated", attributes: [
                "shape": "box", "style": "filled", "fixedsize": "true", "penwidth": "0.8", "color": "#bbbbbb",
                "fillcolor": "#fafafa", "width": inches(gridW), "height": inches(stripH),
                "pos": pin(gridW / 2, top - stripH / 2), "labelloc": "t", "fontsize": "12", "fontcolor": "#555555",
                "label": .string(LabelText.escString(Self.unratedCaption(unrated, of: network, drawn: drawn))),
            ]))
            if drawn {
                for (k, i) in unrated.enumerated() {
                    place(i, left: Double(k % perRow) * (gridW / Double(perRow)), y: top - 28 - (Double(k / perRow) + 0.5) * Self.slotY)
                }
            }
        }

        var entries = MapLegend.standard(network, size: influenceName, ties: false)
        entries.append(.init(.none, "High power or interest: a rating of \(grid.highThreshold) or more on the 1–5 scale"))
        entries.append(.init(.none, "Bodies in one cell share both ratings; listed most influential first"))
        if let options { entries.append(MapLegend.options(options)) }
        g.graphAttributes["label"] = MapLegend.table(
            title: "Power–interest grid (Mendelow 1991): \(MapLegend.name(network)), \(n) agencies", entries: entries, columns: 4)
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
