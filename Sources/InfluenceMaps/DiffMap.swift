import GraphvizRender
import PartnerscopeCore

/// The maps of two snapshots drawn with the same positions for the agencies they share, so that a
/// reader sees what moved.
///
/// The union of the snapshots (every agency of either, every tie of either) is laid out once
/// (neato up to ``MapStyle/dotLimit``'s size, else the engine ``MapStyle/defaultEngine(agencies:ties:)``
/// picks), its positions are read from Graphviz's `plain` output, and each snapshot is drawn with
/// every node pinned there (`pos="x,y!"` in points) by the `nop` engine, Graphviz's `neato -n`,
/// which keeps the given positions and only routes the edges; two invisible corner nodes at the
/// union's bounding box give both drawings the same extent. In snapshot A, agencies and ties
/// that B drops are outlined red; in B, agencies and ties that A lacked are outlined green.
public struct DiffMap: Sendable {
    public var a: Network
    public var b: Network
    public var seed: UInt64

    public init(a: Network, b: Network, seed: UInt64 = 1) {
        self.a = a
        self.b = b
        self.seed = seed
    }

    /// The union network: A's agencies, then B's new ones; every tie of either (ties in both once).
    public func union() -> Network {
        var agencies = a.agencies
        var index = [AgencyID: Int]()
        for (i, x) in agencies.enumerated() { index[x.id] = i }
        for x in b.agencies where index[x.id] == nil {
            index[x.id] = agencies.count
            agencies.append(x)
        }
        var seen = Set<NetworkDiff.Tie>()
        var relationships: [Relationship] = []
        for n in [a, b] {
            for r in n.relationships {
                let s = n.agencies[r.source].id, t = n.agencies[r.target].id
                guard seen.insert(NetworkDiff.Tie(source: s, target: t, type: r.type, directed: r.directed)).inserted else { continue }
                var copy = r
                copy.source = index[s]!
                copy.target = index[t]!
                relationships.append(copy)
            }
        }
        return Network(name: "\(a.name) ∪ \(b.name)", agencies: agencies, relationships: relationships)
    }

    /// The engine for the union layout.
    public func unionEngine(_ u: Network) -> LayoutEngine {
        u.agencyCount <= 400 ? .neato : MapStyle.defaultEngine(agencies: u.agencyCount, ties: u.relationships.count)
    }

    /// Positions in points per agency id, from Graphviz's `plain` rendering of the union layout.
    public func positions(timeout: Double = 120) throws(GraphvizError) -> [AgencyID: (Double, Double)] {
        let u = union()
        let engine = unionEngine(u)
        let influence = ResourceDependence.influence(u)
        let description = NetworkMap(network: u, influence: influence, influenceName: MapLegend.pageRankSize, engine: engine, seed: seed).description()
        let plain = try GraphvizRenderer.render(description, engine: engine, format: .plain, seed: UInt32(truncatingIfNeeded: seed), timeout: timeout)
        var out: [AgencyID: (Double, Double)] = [:]
        for line in String(decoding: plain.bytes, as: UTF8.self).split(separator: "\n") {
            let parts = line.split(separator: " ", maxSplits: 4)
            guard parts.count >= 4, parts[0] == "node", parts[1].hasPrefix("a"), let i = Int(parts[1].dropFirst()),
                  u.agencies.indices.contains(i), let x = Double(parts[2]), let y = Double(parts[3]) else { continue }
            out[u.agencies[i].id] = (x * 72, y * 72)
        }
        return out
    }

    /// The pinned description of one snapshot (`first` true for A), positions from ``positions(timeout:)``.
    public func description(first: Bool, positions: [AgencyID: (Double, Double)]) -> GraphDescription {
        let network = first ? a : b
        let other = first ? b : a
        let influence = ResourceDependence.influence(network)
        var g = NetworkMap(network: network, influence: influence, influenceName: MapLegend.pageRankSize,
                           engine: .neato, seed: seed).description()
        g.graphAttributes["splines"] = "line"
        g.graphAttributes["overlap"] = "true"
        // No title or legend inside the drawing: a label wider than the graph would change its
        // extent; the page around the two maps names them and explains the colours.
        g.graphAttributes["label"] = nil
        let highlight = first ? "#d62728" : "#2ca02c"
        for k in g.nodes.indices where g.nodes[k].id.hasPrefix("a") {
            guard let i = Int(g.nodes[k].id.dropFirst()), network.agencies.indices.contains(i) else { continue }
            let id = network.agencies[i].id
            if let (x, y) = positions[id] { g.nodes[k].attributes["pos"] = .string("\(LabelText.number(x)),\(LabelText.number(y))!") }
            if other.index(of: id) == nil {
                g.nodes[k].attributes["color"] = .string(highlight)
                g.nodes[k].attributes["penwidth"] = "4"
            }
        }
        // Two invisible corner nodes at the union's bounding box give both snapshots the same
        // extent, so shared agencies sit at the same place on the page, not only in the layout.
        if let minX = positions.values.map(\.0).min(), let maxX = positions.values.map(\.0).max(),
           let minY = positions.values.map(\.1).min(), let maxY = positions.values.map(\.1).max() {
            for (k, (x, y)) in [(minX - 108, minY - 108), (maxX + 108, maxY + 108)].enumerated() {
                g.nodes.append(.init(id: "corner\(k)", attributes: [
                    "style": "invis", "label": "", "width": "0.01", "height": "0.01", "fixedsize": "true",
                    "pos": .string("\(LabelText.number(x)),\(LabelText.number(y))!"),
                ]))
            }
        }
        var otherTies = Set<NetworkDiff.Tie>()
        for r in other.relationships {
            otherTies.insert(NetworkDiff.Tie(source: other.agencies[r.source].id, target: other.agencies[r.target].id, type: r.type, directed: r.directed))
        }
        let ties = MapStyle.sortedTies(network)
        if ties.count == g.edges.count {
            for (k, r) in ties.enumerated() {
                let key = NetworkDiff.Tie(source: network.agencies[r.source].id, target: network.agencies[r.target].id, type: r.type, directed: r.directed)
                if !otherTies.contains(key) {
                    g.edges[k].attributes["color"] = .string(highlight)
                    g.edges[k].attributes["penwidth"] = "2.5"
                }
            }
        }
        return g
    }

    /// Both snapshots as SVG, laid out once and pinned.
    public func render(timeout: Double = 120) throws(GraphvizError) -> (a: String, b: String) {
        let pos = try positions(timeout: timeout)
        var svgs: [String] = []
        for first in [true, false] {
            let result = try GraphvizRenderer.render(description(first: first, positions: pos), engineName: "nop", formatName: "svg")
            svgs.append(String(decoding: result.bytes, as: UTF8.self))
        }
        return (svgs[0], svgs[1])
    }
}
