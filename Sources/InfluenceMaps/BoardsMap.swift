import Foundation
import GraphvizRender
import PartnerscopeCore

/// The two-mode map of boards and their members: each board a box (a grey rounded box, red-bordered
/// when it lacks a statutory member), each agency on a board in its usual colour (sector) and shape
/// (level), sized by the number of boards it sits on, and an edge per membership (bold for a chair,
/// dashed for an observer or a co-opted member). Agencies on no board are left out.
///
/// - Complexity: O(|B| + |V| log |V| + |M| log |M|).
public struct BoardsMap: Sendable {
    public var network: Network
    public var boards: BoardSet
    /// Boards (indices) drawn with a red border: those lacking a statutory member.
    public var flagged: Set<Int>
    public var engine: LayoutEngine
    public var seed: UInt64

    public init(network: Network, boards: BoardSet, flagged: Set<Int> = [], engine: LayoutEngine? = nil, seed: UInt64 = 1) {
        self.network = network
        self.boards = boards
        self.flagged = flagged
        let members = boards.memberAgencies.count
        // neato spreads a two-mode graph evenly (dot stacks it in two tall ranks); sfdp for large ones.
        self.engine = engine ?? (members + boards.boards.count <= 300 ? .neato : .sfdp)
        self.seed = seed
    }

    static func boardID(_ b: Int) -> String { "b\(b)" }

    /// Border of a board missing a statutory member (Okabe–Ito vermillion).
    public static let flagColour = "#D55E00"

    public func description() -> GraphDescription {
        let members = boards.memberAgencies
        let total = members.count + boards.boards.count
        var g = GraphDescription(name: MapStyle.graphName(network, kind: "boards map"), directed: false)
        g.graphAttributes = MapStyle.layoutAttributes(engine: engine, agencies: total, seed: seed)
        g.nodeDefaults = MapStyle.nodeDefaults
        let loads = members.map { Double(boards.boards(of: $0).count) }
        let maxD = MapStyle.maximumDiameter(agencies: total)
        let diameters = MapStyle.diameters(loads, maximum: maxD, minimum: maxD / 3)
        let fontSize = total <= 60 ? 10.0 : 8.0
        let order = members.indices.sorted { network.agencies[members[$0]].id < network.agencies[members[$1]].id }
        for k in order {
            g.nodes.append(MapStyle.agencyNode(members[k], MapStyle.agencyNode(network.agencies[members[k]], diameter: diameters[k],
                                                                                fontSize: fontSize)))
        }
        let boardOrder = boards.boards.indices.sorted { boards.boards[$0].id < boards.boards[$1].id }
        for b in boardOrder {
            let board = boards.boards[b]
            g.nodes.append(.init(id: Self.boardID(b), attributes: [
                "label": .string(LabelText.escString(MapStyle.wrap(board.name, width: 22))),
                "shape": "box", "style": "rounded,filled", "fixedsize": "false",
                "fillcolor": "#f0f0f0", "color": .string(flagged.contains(b) ? Self.flagColour : "#555555"),
                "penwidth": flagged.contains(b) ? "2.5" : "1.2", "fontsize": .number(fontSize),
            ]))
        }
        let sorted = boards.memberships.sorted {
            (boards.boards[$0.board].id, network.agencies[$0.agency].id) < (boards.boards[$1.board].id, network.agencies[$1.agency].id)
        }
        for m in sorted {
            var a: [String: AttributeValue] = ["color": "#888888", "class": MapStyle.edgeClass("seat", [m.agency])]
            switch m.role {
            case .chair: a["penwidth"] = "2.5"; a["color"] = "#333333"
            case .observer, .coOpted: a["style"] = "dashed"
            case .member, .statutoryMember: break
            }
            if m.seats > 1 { a["penwidth"] = .number(MapStyle.penWidth(weight: Double(m.seats))) }
            g.edges.append(.init(tail: Self.boardID(m.board), head: MapStyle.nodeID(m.agency), attributes: a))
        }
        var entries = MapLegend.standard(network.subnetwork(agencies: members), size: "sits on more boards", ties: false)
        entries.append(.init(.fill(fill: "#f0f0f0", border: "#555555"), "a board"))
        entries.append(.init(.fill(fill: "#f0f0f0", border: Self.flagColour), "a board missing a statutory member (vermillion border)"))
        entries.append(.init(.line(colour: "#333333", style: "solid", heavy: true, arrow: false, double: false), "chairs the board"))
        entries.append(.init(.line(colour: "#888888", style: "solid", heavy: false, arrow: false, double: false), "member"))
        entries.append(.init(.line(colour: "#888888", style: "dashed", heavy: false, arrow: false, double: false), "observer or co-opted member"))
        g.graphAttributes["label"] = MapLegend.table(
            title: "Boards map: \(MapLegend.name(network)) (\(boards.boards.count) boards, \(members.count) agencies, \(boards.memberships.count) seats)",
            entries: entries)
        g.graphAttributes["labelloc"] = "b"
        g.graphAttributes["labeljust"] = "l"
        return g
    }
}

/// Highlights one board's members on another map (e.g. the influence map): members keep their
/// colours and get a thick dark border, everyone else is faded, and the legend says which board.
public enum BoardHighlight {
    /// - Complexity: O(nodes + edges).
    public static func apply(to description: GraphDescription, members: Set<Int>, boardName: String) -> GraphDescription {
        var g = description
        let ids = Set(members.map(MapStyle.nodeID))
        for k in g.nodes.indices where g.nodes[k].id.hasPrefix("a") {
            if ids.contains(g.nodes[k].id) {
                g.nodes[k].attributes["penwidth"] = "4"
                g.nodes[k].attributes["color"] = "#111111"
            } else {
                g.nodes[k].attributes["fillcolor"] = "#eeeeee"
                g.nodes[k].attributes["color"] = "#bbbbbb"
                g.nodes[k].attributes["fontcolor"] = "#999999"
            }
        }
        for k in g.edges.indices where !(ids.contains(g.edges[k].tail) && ids.contains(g.edges[k].head)) {
            g.edges[k].attributes["color"] = "#dddddd"
        }
        if case let .html(html)? = g.graphAttributes["label"] {
            let note = "<TR><TD COLSPAN=\"4\" ALIGN=\"LEFT\">" + LabelText.html("Thick black border: members of \(boardName); others faded") + "</TD></TR>"
            // Into the outer table only (the legend's columns are tables of their own): before the last </TABLE>.
            if let end = html.range(of: "</TABLE>", options: .backwards) {
                g.graphAttributes["label"] = .html(html.replacingCharacters(in: end, with: note + "</TABLE>"))
            }
        }
        return g
    }
}
