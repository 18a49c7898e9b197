import Foundation
import GraphvizRender
import PartnerscopeCore

/// The visual vocabulary shared by every map: colours by sector, shapes by level, tie styles by
/// type, node sizes by influence, and the engine settings that keep large maps legible.
public enum MapStyle {
    /// Fill and border per sector: light tints of the Okabe–Ito palette (Okabe & Ito 2008, "Color
    /// Universal Design"), told apart by readers with any common form of colour-blindness; the
    /// border is the full colour.
    public static func colours(_ sector: Sector) -> (fill: String, border: String) {
        switch sector {
        case .public: ("#B3DDF5", "#0072B2")
        case .private: ("#F4D48C", "#E69F00")
        case .voluntary: ("#8CD3C0", "#009E73")
        case .community: ("#E8C3D7", "#CC79A7")
        }
    }

    /// Shape per level: the further a body reaches, the more corners; no level is a box.
    public static func shape(_ level: Level?) -> String {
        switch level {
        case .national: "doubleoctagon"
        case .regional: "octagon"
        case .subregional: "hexagon"
        case .local: "ellipse"
        case .neighbourhood: "triangle"
        case nil: "box"
        }
    }

    /// The shape of ``shape(_:)`` in plain words, for legends.
    public static func shapeWords(_ level: Level?) -> String {
        switch level {
        case .national: "double octagon"
        case .regional: "octagon"
        case .subregional: "hexagon"
        case .local: "circle"
        case .neighbourhood: "triangle"
        case nil: "square"
        }
    }

    /// Colours for communities (ColorBrewer Set3), cycled.
    public static let communityColours = [
        "#8dd3c7", "#ffffb3", "#bebada", "#fb8072", "#80b1d3", "#fdb462",
        "#b3de69", "#fccde5", "#d9d9d9", "#bc80bd", "#ccebc5", "#ffed6f",
    ]

    /// How one relationship type is drawn: an Okabe–Ito colour and a line style as a second
    /// channel, so that no two types differ by colour alone, and the words a legend uses.
    public struct TieStyle: Sendable, Equatable {
        public var colour: String
        /// Graphviz `style`: solid, dashed or dotted.
        public var line: String
        /// Drawn twice as thick as its weight alone would make it.
        public var heavy: Bool
        /// Drawn as an arrow even when the row does not say `directed` (funding, accountability).
        public var arrow: Bool
        /// Shown with an arrowhead in the legend: the type runs one way in the data's own
        /// convention (funding, commissioning, accountability, scrutiny).
        public var oneWay: Bool { arrow || words.contains("arrow") }
        /// What the line means, in plain words.
        public var words: String
    }

    /// The style of each relationship type. Solid lines are formal ties (grey partnership, green
    /// agreement, and the four that run one way, drawn as arrows: blue funding, purple
    /// commissioning, black accountability, orange scrutiny); dashed are protocols (sky blue) and
    /// conflicts (vermillion, heavy); dotted grey is informal contact.
    public static func tieStyle(_ type: RelationshipType) -> TieStyle {
        switch type {
        case .partnership: TieStyle(colour: "#777777", line: "solid", heavy: false, arrow: false, words: "partnership")
        case .protocol: TieStyle(colour: "#56B4E9", line: "dashed", heavy: false, arrow: false,
                                 words: "protocol (for example, information sharing)")
        case .agreement: TieStyle(colour: "#009E73", line: "solid", heavy: false, arrow: false, words: "formal agreement")
        case .funding: TieStyle(colour: "#0072B2", line: "solid", heavy: false, arrow: true, words: "funding (arrow from funder to recipient)")
        case .commissioning: TieStyle(colour: "#CC79A7", line: "solid", heavy: false, arrow: false,
                                      words: "commissioning (arrow from commissioner to provider)")
        case .accountability: TieStyle(colour: "#000000", line: "solid", heavy: false, arrow: true,
                                       words: "answers to (arrow points at the body answered to)")
        case .scrutiny: TieStyle(colour: "#E69F00", line: "solid", heavy: false, arrow: false,
                                 words: "scrutiny (arrow from scrutineer to the body scrutinised)")
        case .informal: TieStyle(colour: "#999999", line: "dotted", heavy: false, arrow: false, words: "informal contact")
        case .conflict: TieStyle(colour: "#D55E00", line: "dashed", heavy: true, arrow: false, words: "conflict or dispute")
        }
    }

    /// Edge attributes for a tie: its type's ``tieStyle(_:)`` (a negative tie of another type,
    /// marked `sign` -1, is drawn as a conflict), an arrow when the type runs one way or the row
    /// says `directed`, pen width growing with weight, and the class `tie tie-<type> [negative]`
    /// with its ends (``edgeClass(_:_:extra:)``), the type being the data's own.
    public static func tie(_ r: Relationship) -> [String: AttributeValue] {
        let style = tieStyle(r.isNegative ? .conflict : r.type)
        var a: [String: AttributeValue] = [:]
        a["dir"] = r.directed || style.arrow ? "forward" : "none"
        a["color"] = .string(style.colour)
        if style.line != "solid" { a["style"] = .string(style.line) }
        a["penwidth"] = .number(min(6, penWidth(weight: r.weight) * (style.heavy ? 2 : 1)))
        a["class"] = edgeClass("tie", [r.source, r.target], extra: ["tie-" + r.type.rawValue] + (r.isNegative ? ["negative"] : []))
        return a
    }

    /// 1 pt for weight 1, +1 pt per doubling, within [0.5, 6].
    public static func penWidth(weight: Double) -> Double {
        guard weight.isFinite, weight > 0 else { return 1 }
        return min(6, max(0.5, 1 + log2(weight)))
    }

    /// Node diameters (inches) whose areas are proportional to `values`, the largest being
    /// `maximum`; values at or below 0 get `minimum`, as does anything smaller.
    ///
    /// `top` is the value drawn at `maximum` (default: the largest of `values`); small multiples
    /// pass the largest of every map, so that one value has one size on all of them.
    public static func diameters(_ values: [Double], maximum: Double, minimum: Double, top: Double? = nil) -> [Double] {
        let top = top ?? values.filter(\.isFinite).max() ?? 0
        return values.map { v in
            guard top > 0, v.isFinite, v > 0 else { return minimum }
            return max(minimum, maximum * (v / top).squareRoot())
        }
    }

    /// Largest node diameter for a map of `n` agencies. Part of the size budget: shapes small
    /// enough that, with the labels, 45 agencies fit A4 landscape with every label at 8 pt or
    /// more (scripts/check_map_legibility.py measures it).
    public static func maximumDiameter(agencies n: Int) -> Double {
        n <= 60 ? 0.65 : n <= 300 ? 0.5 : 0.4
    }

    /// Label font size (points) on a map of `n` agencies: 10 up to 60, 9 up to 150, 8 beyond.
    public static func fontSize(agencies n: Int) -> Double {
        n <= 60 ? 10 : n <= 150 ? 9 : 8
    }

    /// The engine used when none is given: `neato` (force-directed, seeded, overlap removal)
    /// for maps of up to 150 agencies and 600 ties, `sfdp` beyond (dot did not finish 1,000
    /// agencies in 10 minutes; sfdp takes under a second). neato packs a partnership network
    /// into a landscape page where dot's ranks made West Yorkshire 50 × 36 inches.
    public static let dotLimit = (agencies: 150, ties: 600)
    public static func defaultEngine(agencies: Int, ties: Int) -> LayoutEngine {
        agencies <= dotLimit.agencies && ties <= dotLimit.ties ? .neato : .sfdp
    }

    /// Graph attributes per engine: no overlapping nodes, straight edges on big maps (spline
    /// routing around 1,000 nodes costs more than the layout), `start` seeds for the
    /// force-directed engines. The neato-family obstacle router (`splines=true`) gave different
    /// edge paths from one process to the next for the same input (4 outputs in 12 runs,
    /// Graphviz 2.43; it depends on heap addresses), so those engines draw `curved` edges, which
    /// repeat exactly.
    public static func layoutAttributes(engine: LayoutEngine, agencies n: Int, seed: UInt64) -> [String: AttributeValue] {
        var a: [String: AttributeValue] = ["outputorder": "edgesfirst", "fontname": "Helvetica"]
        switch engine {
        case .dot:
            a["rankdir"] = "LR"
            a["splines"] = n <= 80 ? "true" : "line"
            a["nodesep"] = "0.25"
            a["ranksep"] = "0.8"
        case .neato, .fdp, .sfdp:
            a["overlap"] = "prism"
            a["overlap_scaling"] = n > 300 ? "-4" : n > 150 ? "-2" : "-1"
            // A little air around every label (points), so labels never touch.
            a["sep"] = "+2"
            // Disconnected parts packed side by side rather than drifting apart.
            a["pack"] = "8"
            a["splines"] = n <= 150 ? "curved" : "false"
            a["start"] = .string(String(seed % 1_000_000_007))
            if engine == .sfdp { a["smoothing"] = "none" }
        case .circo, .twopi:
            a["overlap"] = "false"
            a["splines"] = n <= 150 ? "curved" : "false"
        }
        return a
    }

    /// A node's label as an escape string, shown on the node; with `fixedsize=shape` the label
    /// is part of the node's footprint for overlap removal, so it never covers another node.
    /// The label is ``displayName(_:)``; when it differs from the name, the node's tooltip holds
    /// the name in full (see ``agencyNode(_:diameter:fontSize:)``).
    public static func label(_ agency: Agency) -> AttributeValue {
        .string(LabelText.escString(displayName(agency.name)))
    }

    /// The text a map shows for a name: common words of UK public bodies' names abbreviated
    /// (``abbreviations``), cut to ``labelLimit`` characters, wrapped at ``labelWidth``.
    public static func displayName(_ name: String) -> String {
        wrap(shortened(abbreviated(name)), width: labelWidth)
    }

    /// Characters per label line: narrow labels keep a map of 45 agencies within A4.
    public static let labelWidth = 16

    /// Abbreviations a planner reads at sight, longest first; applied to labels only (tables,
    /// tooltips and legends keep the full name).
    public static let abbreviations: [(String, String)] = [
        ("Metropolitan District Council", "MDC"), ("Metropolitan Borough Council", "MBC"),
        ("Clinical Commissioning Group", "CCG"), ("Local Enterprise Partnership", "LEP"),
        ("Fire and Rescue Authority", "Fire & Rescue"), ("Fire and Rescue Service", "Fire & Rescue"),
        ("Integrated Care Board", "ICB"), ("NHS Foundation Trust", "NHS FT"),
        ("Mayoral Combined Authority", "MCA"), ("Combined Authority", "CA"),
        ("Borough Council", "BC"), ("District Council", "DC"),
    ]

    /// `name` with every ``abbreviations`` phrase replaced (whole words only).
    /// - Complexity: O(|abbreviations| · |name|).
    public static func abbreviated(_ name: String) -> String {
        var out = name
        for (long, short) in abbreviations {
            guard out.contains(long) else { continue }
            var result = ""
            var rest = Substring(out)
            while let r = rest.range(of: long) {
                let before = rest[..<r.lowerBound].last, after = rest[r.upperBound...].first
                let whole = (before.map { !$0.isLetter } ?? true) && (after.map { !$0.isLetter } ?? true)
                result += rest[..<r.lowerBound] + (whole ? short : long)
                rest = rest[r.upperBound...]
            }
            out = result + rest
        }
        return out
    }

    /// Characters of a name shown on a map: three lines of ``labelWidth``. Longer names made
    /// maps unusable (a 200,000-character name gave a drawing 32,767 px wide and 5 px high).
    public static let labelLimit = 48
    /// Characters of a name kept in a tooltip: enough for any real name, bounded so that one
    /// absurd name cannot swell every map.
    public static let tooltipLimit = 2_000

    /// `text` cut to `limit` characters, the last being "…", when longer.
    /// - Complexity: O(`limit`) beyond counting the characters of `text`.
    public static func shortened(_ text: String, limit: Int = labelLimit) -> String {
        guard text.count > limit else { return text }
        return String(text.prefix(limit - 1)).trimmingCharacters(in: .whitespacesAndNewlines) + "…"
    }

    /// Breaks a long single-line name at spaces into lines of about `width` characters, so
    /// that labels stay narrow; names that already hold line breaks are kept as they are.
    public static func wrap(_ text: String, width: Int = 24) -> String {
        guard text.count > width, !text.contains(where: \.isNewline) else { return text }
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            if !line.isEmpty && line.count + 1 + word.count > width {
                lines.append(line)
                line = String(word)
            } else {
                line += (line.isEmpty ? "" : " ") + word
            }
        }
        lines.append(line)
        return lines.joined(separator: "\n")
    }

    /// The attributes of an agency's node, sized by `diameter` inches.
    public static func agencyNode(_ agency: Agency, diameter: Double, fontSize: Double) -> [String: AttributeValue] {
        let c = colours(agency.sector)
        var attributes: [String: AttributeValue] = [
            "label": label(agency),
            "shape": .string(shape(agency.level)),
            "width": .number(diameter),
            "height": .number(diameter),
            "fillcolor": .string(c.fill),
            "color": .string(c.border),
            "fontsize": .number(fontSize),
        ]
        if displayName(agency.name) != wrap(agency.name, width: labelWidth) {
            attributes["tooltip"] = .string(LabelText.escString(shortened(agency.name, limit: tooltipLimit)))
        }
        return attributes
    }

    /// Defaults every agency node shares.
    public static let nodeDefaults: [String: AttributeValue] = [
        "style": "filled", "fixedsize": "shape", "fontname": "Helvetica", "fontcolor": "#222222",
        "penwidth": "1.2",
    ]

    /// Agency indices sorted by id: the order nodes are emitted in, so the map does not depend
    /// on row order in the CSV.
    static func order(_ network: Network) -> [Int] {
        network.agencies.indices.sorted { network.agencies[$0].id < network.agencies[$1].id }
    }

    static func nodeID(_ agency: Int) -> String { "a\(agency)" }

    /// The node of agency `agency` with its `attributes` and the hooks by which a page's script
    /// finds it in the SVG: `id` (Graphviz writes it as the `<g>` element's id, in place of its
    /// own running `node7`) and `class="agency a12"` (Graphviz adds its own `node`), where `a12`
    /// is ``nodeID(_:)``, the agency's index in the network. Plain ASCII, never text from the CSV.
    static func agencyNode(_ agency: Int, _ attributes: [String: AttributeValue]) -> GraphDescription.Node {
        var a = attributes
        a["id"] = .string(nodeID(agency))
        a["class"] = .string("agency " + nodeID(agency))
        return .init(id: nodeID(agency), attributes: a)
    }

    /// The `class` of an edge between agencies: `kind` (`tie`, `gap`, `seat`, `trust`) and its
    /// ends' node ids (tail first, once each), so that a page's script can pick every edge of
    /// agency 12 with `g.edge.a12` (Graphviz adds its own `edge`). `extra` classes come after the kind.
    static func edgeClass(_ kind: String, _ ends: [Int], extra: [String] = []) -> AttributeValue {
        var seen = Set<Int>()
        return .string(([kind] + extra + ends.filter { seen.insert($0).inserted }.map(nodeID)).joined(separator: " "))
    }

    /// Relationships in a stable order: by source id, target id, type, weight.
    static func sortedTies(_ network: Network) -> [Relationship] {
        let ids = network.agencies.map(\.id)
        return network.relationships.filter { $0.source != $0.target }.sorted {
            if ids[$0.source] != ids[$1.source] { return ids[$0.source] < ids[$1.source] }
            if ids[$0.target] != ids[$1.target] { return ids[$0.target] < ids[$1.target] }
            if $0.type != $1.type { return $0.type < $1.type }
            return $0.weight < $1.weight
        }
    }

    /// A plain graph name from a network name (the SVG title): letters, digits, `-`, `_`, `.`.
    static func graphName(_ network: Network, kind: String) -> String {
        let plain = String(String.UnicodeScalarView(network.name.unicodeScalars.map {
            $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0)) ? $0 : "_"
        }))
        return (plain.isEmpty ? "network" : plain) + " " + kind
    }
}

