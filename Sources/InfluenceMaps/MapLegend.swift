import GraphvizRender
import PartnerscopeCore

/// The legend every map carries, in plain words: one vocabulary (``MapStyle``) and one place for
/// its words, so that the network, grid, gaps, silos and boards maps, the report and
/// docs/maps.md say the same thing about the same mark.
///
/// A legend is a list of ``Entry`` values (a sample of the mark and what it means), printed as an
/// HTML-like table in the graph's label, in as many columns as fit a landscape page.
public enum MapLegend {
    /// What a legend entry shows beside its words.
    public enum Sample: Sendable, Equatable {
        case none
        /// A filled swatch with a border (a sector, a community, a quadrant).
        case fill(fill: String, border: String)
        /// A line in a colour and a Graphviz style (solid, dashed, dotted); `heavy` thicker,
        /// `arrow` with an arrowhead, `double` drawn as two parallel lines.
        case line(colour: String, style: String, heavy: Bool, arrow: Bool, double: Bool)
        /// A node's outline: thick, or double.
        case outline(double: Bool)
        /// Several swatches with their words in one entry (the communities of the silos map).
        case palette([PaletteItem])
    }

    public struct PaletteItem: Sendable, Equatable {
        public var fill: String
        public var text: String
        public init(fill: String, text: String) {
            self.fill = fill
            self.text = text
        }
    }

    public struct Entry: Sendable, Equatable {
        public var sample: Sample
        public var text: String
        public init(_ sample: Sample, _ text: String) {
            self.sample = sample
            self.text = text
        }
    }

    /// How network influence is measured (``ResourceDependence/influence(_:damping:)``), in plain
    /// words: the one statement of the choice that every map legend and caption using influence,
    /// and the influence table, repeat.
    public static func influenceChoice() -> String {
        "PageRank along ties toward the body depended on (funder, commissioner, body answered to, scrutineer)"
    }

    /// What a bigger shape means when shapes are sized by influence: ``influenceChoice()``.
    public static var pageRankSize: String { "more influence: " + influenceChoice() }
    /// What a bigger shape means with `--size-by power`.
    public static let powerSize = "more formal power (the 1–5 power rating in agencies.csv)"

    /// The legend's last entry: the options a map was drawn with ("Drawn with: …").
    public static func options(_ text: String) -> Entry { Entry(.none, "Drawn with: " + text) }

    /// One entry per sector present: "public body" with its fill and border.
    public static func sectors(_ network: Network) -> [Entry] {
        Set(network.agencies.map(\.sector)).sorted().map { s in
            let c = MapStyle.colours(s)
            return Entry(.fill(fill: c.fill, border: c.border), "\(s.rawValue) sector")
        }
    }

    /// The shapes of the levels present, in words ("Shape shows reach: hexagon sub-regional,
    /// circle local"), or nil when the network has no agencies.
    public static func shapes(_ network: Network) -> Entry? {
        let present: [Level?] = Level.allCases.filter { l in network.agencies.contains { $0.level == l } }
            + (network.agencies.contains { $0.level == nil } ? [nil] : [])
        guard !present.isEmpty else { return nil }
        let words = present.map { "\(MapStyle.shapeWords($0)) \(levelWords($0))" }
        return Entry(.none, "Shape shows reach: " + words.joined(separator: ", "))
    }

    static func levelWords(_ level: Level?) -> String {
        switch level {
        case .national: "national"
        case .regional: "regional"
        case .subregional: "sub-regional"
        case .local: "local"
        case .neighbourhood: "neighbourhood"
        case nil: "reach not given"
        }
    }

    /// "Bigger shape: " and what size means.
    public static func size(_ meaning: String) -> Entry { Entry(.none, "Bigger shape: " + meaning) }

    /// A line sample in a relationship type's style.
    public static func sample(_ type: RelationshipType) -> Sample {
        let s = MapStyle.tieStyle(type)
        return .line(colour: s.colour, style: s.line, heavy: s.heavy, arrow: s.oneWay, double: false)
    }

    /// One entry per relationship type in `types` (in the vocabulary's order), then what a line's
    /// thickness means.
    public static func ties(_ types: Set<RelationshipType>) -> [Entry] {
        guard !types.isEmpty else { return [] }
        return RelationshipType.allCases.filter(types.contains).map { Entry(sample($0), MapStyle.tieStyle($0).words) }
            + [Entry(.none, "Thicker line: a stronger tie (weight)")]
    }

    /// Sectors, shapes, size, and the tie types the network holds (when `ties`).
    public static func standard(_ network: Network, size meaning: String?, ties: Bool) -> [Entry] {
        var out = sectors(network)
        if let s = shapes(network) { out.append(s) }
        if let meaning { out.append(size(meaning)) }
        if ties { out += Self.ties(Set(network.relationships.filter { $0.source != $0.target }.map(\.type))) }
        return out
    }

    /// Characters per line of an entry's words: longer entries wrap, so that no column is wider
    /// than a third of a landscape page.
    public static let lineWidth = 38

    /// Columns for `count` entries: one for up to 3, two for up to 6, three for up to 12, then four side by side, so that the legend
    /// runs across a landscape page instead of down it.
    public static func columns(for count: Int) -> Int { count <= 3 ? 1 : count <= 6 ? 2 : count <= 12 ? 3 : 4 }

    /// The network's name for a legend title, with the day it shows when it was looked at on one
    /// (`--as-at`): "west-yorkshire as at 2022-07-01", "west-yorkshire, all dates"; the bare name
    /// for a network never filtered by date.
    public static func name(_ network: Network) -> String {
        switch network.asAt {
        case nil: return network.name
        case .all?: return "\(network.name), all dates"
        case let .day(day)?: return "\(network.name) as at \(day)"
        }
    }

    /// The legend as an HTML-like table for a graph label: a bold title across the top, then the
    /// entries in ``columns(for:)`` columns, filled column by column.
    /// `columns` overrides ``columns(for:)`` (the grid, wide and short, takes four).
    public static func table(title: String, entries: [Entry], fontSize: Double = 10, columns: Int? = nil) -> AttributeValue {
        let groups = balanced(entries, columns: max(1, columns ?? Self.columns(for: entries.count)))
        var html = "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"1\">"
        html += "<TR><TD COLSPAN=\"\(groups.count)\" ALIGN=\"LEFT\"><FONT POINT-SIZE=\"\(LabelText.number(fontSize + 1))\"><B>"
            + LabelText.html(title) + "</B></FONT></TD></TR><TR>"
        for group in groups {
            html += "<TD VALIGN=\"TOP\"><TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"1\">"
            for entry in group {
                html += "<TR>"
                if case let .palette(items) = entry.sample {
                    html += "<TD></TD><TD ALIGN=\"LEFT\">" + palette(items, title: entry.text, fontSize: fontSize) + "</TD></TR>"
                    continue
                }
                html += cell(entry.sample, fontSize: fontSize)
                let lines = MapStyle.wrap(entry.text, width: Self.lineWidth).split(separator: "\n").map { LabelText.html(String($0)) }
                html += "<TD ALIGN=\"LEFT\" BALIGN=\"LEFT\"><FONT POINT-SIZE=\"\(LabelText.number(fontSize))\">"
                    + lines.joined(separator: "<BR/>") + "</FONT></TD></TR>"
            }
            html += "</TABLE></TD>"
        }
        return .html(html + "</TR></TABLE>")
    }

    /// Lines an entry takes: its wrapped words, plus a line per four swatches of a palette.
    static func lines(_ entry: Entry) -> Int {
        let words = MapStyle.wrap(entry.text, width: lineWidth).split(separator: "\n").count
        if case let .palette(items) = entry.sample { return words + (items.count + 3) / 4 }
        return max(1, words)
    }

    /// Entries split, in order, into at most `columns` columns of about equal height in lines,
    /// so that one tall entry does not stretch every row of the legend.
    /// - Complexity: O(|entries|).
    static func balanced(_ entries: [Entry], columns: Int) -> [[Entry]] {
        let total = entries.map(lines).reduce(0, +)
        let target = (total + columns - 1) / max(1, columns)
        var groups: [[Entry]] = [[]]
        var height = 0
        for (k, entry) in entries.enumerated() {
            let h = lines(entry)
            let remaining = entries.count - k
            if !groups[groups.count - 1].isEmpty && height + h > target && groups.count < columns && remaining >= 1 {
                groups.append([])
                height = 0
            }
            groups[groups.count - 1].append(entry)
            height += h
        }
        return groups
    }

    /// A palette entry: its words, then swatches with their words, several to a line.
    static func palette(_ items: [PaletteItem], title: String, fontSize: Double) -> String {
        let size = "POINT-SIZE=\"\(LabelText.number(fontSize))\""
        var html = "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"1\" CELLPADDING=\"1\"><TR><TD COLSPAN=\"8\" ALIGN=\"LEFT\" BALIGN=\"LEFT\"><FONT \(size)>"
            + MapStyle.wrap(title, width: lineWidth).split(separator: "\n").map { LabelText.html(String($0)) }.joined(separator: "<BR/>")
            + "</FONT></TD></TR>"
        for row in stride(from: 0, to: items.count, by: 4) {
            html += "<TR>"
            for item in items[row..<min(items.count, row + 4)] {
                html += "<TD BGCOLOR=\"\(item.fill)\" COLOR=\"#666666\" BORDER=\"1\" WIDTH=\"16\" HEIGHT=\"10\" FIXEDSIZE=\"TRUE\"></TD>"
                html += "<TD ALIGN=\"LEFT\"><FONT \(size)>" + LabelText.html(item.text) + "</FONT></TD>"
            }
            html += "</TR>"
        }
        return html + "</TABLE>"
    }

    /// The table cell of a sample: a bordered swatch, a line drawn in box-drawing characters in
    /// its colour, or an outline.
    static func cell(_ sample: Sample, fontSize: Double) -> String {
        switch sample {
        case .none:
            return "<TD></TD>"
        case let .fill(fill, border):
            return "<TD BGCOLOR=\"\(fill)\" COLOR=\"\(border)\" BORDER=\"1\" WIDTH=\"22\" HEIGHT=\"12\" FIXEDSIZE=\"TRUE\"></TD>"
        case let .line(colour, style, heavy, arrow, double):
            var glyphs = double ? "═════" : style == "dashed" ? (heavy ? "▬ ▬ ▬" : "━ ━ ━") : style == "dotted" ? "• • • •" : "━━━━━"
            if arrow { glyphs = String(glyphs.dropLast()) + "▶" }
            return "<TD><FONT COLOR=\"\(colour)\" POINT-SIZE=\"\(LabelText.number(fontSize))\">\(glyphs)</FONT></TD>"
        case let .outline(double):
            return double
                ? "<TD><FONT POINT-SIZE=\"\(LabelText.number(fontSize + 4))\">◎</FONT></TD>"
                : "<TD BORDER=\"3\" COLOR=\"#000000\" WIDTH=\"22\" HEIGHT=\"12\" FIXEDSIZE=\"TRUE\"></TD>"
        case .palette:
            return "<TD></TD>"
        }
    }
}

extension MapLegend {
    /// The key to every map on one sheet, drawn with the marks themselves: each level's shape,
    /// each sector's colour, a small and a large shape, every relationship type's line, the silos
    /// map's outlines and bridge, the gaps map's lines. Positions are pinned (`neato`, `pos="x,y!"`
    /// in points), so the sheet is the same on every run. For docs/maps.md and the report.
    ///
    /// - Complexity: O(1): a fixed vocabulary.
    public static func sheet() -> GraphDescription {
        var g = GraphDescription(name: "key to the maps", directed: true)
        g.graphAttributes = ["overlap": "true", "splines": "false", "inputscale": "72", "outputorder": "edgesfirst",
                             "fontname": "Helvetica", "labelloc": "t", "labeljust": "l", "fontsize": "14",
                             "label": "Key to the maps: the same marks on every map"]
        g.nodeDefaults = ["fontname": "Helvetica", "fontsize": "10", "fontcolor": "#222222", "style": "filled", "penwidth": "1.2"]
        g.edgeDefaults = ["arrowsize": "0.8"]
        func pin(_ x: Double, _ y: Double) -> AttributeValue { .string(LabelText.number(x) + "," + LabelText.number(y) + "!") }
        var k = 0
        func text(_ words: String, x: Double, y: Double, width: Double = 300, bold: Bool = false) {
            k += 1
            let body = MapStyle.wrap(words, width: Int(width / 5.8)).split(separator: "\n").map { LabelText.html(String($0)) }
                .joined(separator: "<BR/>")
            let html = "<TABLE BORDER=\"0\" CELLPADDING=\"0\"><TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\" WIDTH=\"\(Int(width))\">"
                + (bold ? "<B>" + body + "</B>" : body) + "</TD></TR></TABLE>"
            g.nodes.append(.init(id: "t\(k)", attributes: ["shape": "plaintext", "style": "", "label": .html(html), "pos": pin(x + width / 2, y)]))
        }
        func node(_ attributes: [String: AttributeValue], x: Double, y: Double) {
            k += 1
            var a = attributes
            a["pos"] = pin(x, y)
            g.nodes.append(.init(id: "n\(k)", attributes: a))
        }
        let publicFill = MapStyle.colours(.public)
        // Column 1: shapes (reach), colours (sector), size.
        var y = 0.0
        text("Shape shows how far a body reaches", x: 0, y: y, bold: true)
        for level in [Level.national, .regional, .subregional, .local, .neighbourhood, nil] {
            y -= 34
            node(["shape": .string(MapStyle.shape(level)), "label": "", "width": "0.42", "height": "0.42", "fixedsize": "true",
                  "fillcolor": .string(publicFill.fill), "color": .string(publicFill.border)], x: 16, y: y)
            text("\(levelWords(level)) (\(MapStyle.shapeWords(level)))", x: 44, y: y, width: 220)
        }
        y -= 44
        text("Colour shows the sector", x: 0, y: y, bold: true)
        for sector in Sector.allCases {
            y -= 30
            let c = MapStyle.colours(sector)
            node(["shape": "ellipse", "label": "", "width": "0.36", "height": "0.36", "fixedsize": "true",
                  "fillcolor": .string(c.fill), "color": .string(c.border)], x: 16, y: y)
            text("\(sector.rawValue) sector", x: 44, y: y, width: 220)
        }
        y -= 44
        text("Size shows influence", x: 0, y: y, bold: true)
        y -= 40
        node(["shape": "ellipse", "label": "", "width": "0.25", "height": "0.25", "fixedsize": "true",
              "fillcolor": .string(publicFill.fill), "color": .string(publicFill.border)], x: 16, y: y)
        node(["shape": "ellipse", "label": "", "width": "0.75", "height": "0.75", "fixedsize": "true",
              "fillcolor": .string(publicFill.fill), "color": .string(publicFill.border)], x: 66, y: y)
        text("bigger shape: " + pageRankSize, x: 100, y: y + 8, width: 200)
        text("(with --size-by power: " + powerSize + ")", x: 100, y: y - 34, width: 200)
        // Column 2: ties.
        let x2 = 290.0
        y = 0
        text("Lines show relationships (from relationships.csv)", x: x2, y: y, width: 310, bold: true)
        /// A line sample from (x, y) of `length` points, its words beside it.
        func line(_ attributes: [String: AttributeValue], words: String, x: Double, length: Double = 60, width: Double = 240) {
            node(["shape": "point", "width": "0.04", "label": "", "color": "#ffffff"], x: x + 4, y: y)
            let tail = "n\(k)"
            node(["shape": "point", "width": "0.04", "label": "", "color": "#ffffff"], x: x + 4 + length, y: y)
            g.edges.append(.init(tail: tail, head: "n\(k)", attributes: attributes))
            text(words, x: x + length + 14, y: y, width: width)
        }
        for type in RelationshipType.allCases {
            let s = MapStyle.tieStyle(type)
            var a: [String: AttributeValue] = ["color": .string(s.colour), "penwidth": s.heavy ? "3" : "1.8",
                                               "dir": s.oneWay ? "forward" : "none"]
            if s.line != "solid" { a["style"] = .string(s.line) }
            y -= 30
            line(a, words: s.words, x: x2)
        }
        y -= 30
        line(["color": "#777777", "penwidth": "1", "dir": "none"], words: "thin: a weak tie (weight 1)", x: x2)
        y -= 30
        line(["color": "#777777", "penwidth": "4", "dir": "none"], words: "thick: a strong tie (weight 8)", x: x2)
        // Column 3: silos and gaps maps.
        let x3 = 610.0
        y = 0
        text("On the silos map", x: x3, y: y, width: 300, bold: true)
        y -= 36
        node(["shape": "ellipse", "label": "", "width": "0.4", "height": "0.4", "fixedsize": "true",
              "fillcolor": .string(MapStyle.communityColours[0]), "color": "#666666"], x: x3 + 16, y: y)
        text("fill colour: the community (bodies tied more to each other than to the rest)", x: x3 + 44, y: y, width: 240)
        y -= 40
        node(["shape": "ellipse", "label": "", "width": "0.4", "height": "0.4", "fixedsize": "true", "penwidth": "3.5",
              "fillcolor": .string(MapStyle.communityColours[0]), "color": .string(SilosMap.brokerColour)], x: x3 + 16, y: y)
        text("thick outline: a broker, linking communities that have few other links", x: x3 + 44, y: y, width: 240)
        y -= 40
        node(["shape": "ellipse", "label": "", "width": "0.4", "height": "0.4", "fixedsize": "true", "peripheries": "2",
              "fillcolor": .string(MapStyle.communityColours[0]), "color": .string(SilosMap.articulationColour)], x: x3 + 16, y: y)
        text("double outline: a single point of failure; without it the network falls apart", x: x3 + 44, y: y, width: 240)
        y -= 36
        line(["color": "#777777:#ffffff:#777777", "penwidth": "2", "dir": "none"],
             words: "double line: a bridge, the only tie between two parts of the network (in its tie's colour)", x: x3, length: 30, width: 240)
        y -= 44
        text("On the gaps map", x: x3, y: y, width: 300, bold: true)
        y -= 36
        line(["color": .string(GapsMap.partnerColour), "penwidth": "2.5", "dir": "none"],
             words: "boundaries cut across, between partners; number: people on the wrong side of the line", x: x3, length: 30, width: 240)
        y -= 36
        line(["color": .string(GapsMap.expectedColour), "penwidth": "2.5", "dir": "none", "style": "dashed"],
             words: "boundaries cut across, between bodies expected to work together", x: x3, length: 30, width: 240)
        return g
    }
}
