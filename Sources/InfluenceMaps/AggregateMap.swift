import GraphvizRender
import PartnerscopeCore

/// The aggregated view of a network too large to read agency by agency: one node per group (a
/// community, or a type), its area proportional to its members, one line per pair of groups with
/// the ties between them summed (their count as the label, the sum of weights as the width), and a
/// caption that says it is aggregated and how to draw one part in full.
///
/// Above ``threshold`` agencies `map --kind network|silos` draws this view unless `--full`,
/// `--focus` or `--community` says otherwise. Groups beyond ``maximumGroups`` (e.g. many
/// isolated agencies, each its own community) are merged, smallest first, into one "other" node.
public struct AggregateMap: Sendable {
    public static let threshold = 150
    public static let maximumGroups = 150

    public var network: Network
    /// Group per agency (e.g. Leiden's membership, or an index per type); negative: none.
    public var groups: [Int]
    /// Each group's name for its node ("community 3", "type icb").
    public var groupNames: [Int: String]
    /// What the groups are, for the caption ("communities", "types").
    public var groupedBy: String
    /// How they were formed, for the legend (e.g. the Leiden options); nil says nothing.
    public var groupOptions: String?
    /// Influence per agency: the most influential member names its group's node.
    public var influence: [Double]
    public var seed: UInt64

    public init(network: Network, groups: [Int], groupNames: [Int: String], groupedBy: String, groupOptions: String? = nil,
                influence: [Double], seed: UInt64 = 1) {
        self.groupOptions = groupOptions
        self.network = network
        self.groups = groups
        self.groupNames = groupNames
        self.groupedBy = groupedBy
        self.influence = influence
        self.seed = seed
    }

    /// The groups drawn: each group's members (agency indices by id), largest first, then by
    /// group number; past ``maximumGroups`` − 1 the rest in one "other" group.
    /// - Complexity: O(|V| log |V|).
    public func members() -> [(name: String, agencies: [Int])] {
        var byGroup: [Int: [Int]] = [:]
        for i in MapStyle.order(network) { byGroup[i < groups.count ? groups[i] : -1, default: []].append(i) }
        let keys = byGroup.keys.sorted { byGroup[$0]!.count != byGroup[$1]!.count ? byGroup[$0]!.count > byGroup[$1]!.count : $0 < $1 }
        var out = keys.prefix(Self.maximumGroups - 1).map { k in (name: k < 0 ? "no group" : groupNames[k] ?? "group \(k)", agencies: byGroup[k]!) }
        let rest = keys.dropFirst(Self.maximumGroups - 1).flatMap { byGroup[$0]! }
        if !rest.isEmpty { out.append((name: "\(keys.count - Self.maximumGroups + 1) other groups", agencies: rest.sorted())) }
        return out
    }

    /// - Complexity: O(|V| log |V| + |E|).
    public func description() -> GraphDescription {
        let parts = members()
        var groupOf = [Int](repeating: 0, count: network.agencyCount)
        for (g, part) in parts.enumerated() { for i in part.agencies { groupOf[i] = g } }
        // Ties between groups: count and summed weight per unordered pair.
        var between: [[Int]: (count: Int, weight: Double)] = [:]
        for r in network.relationships where r.source != r.target {
            let (a, b) = (groupOf[r.source], groupOf[r.target])
            guard a != b else { continue }
            let key = [min(a, b), max(a, b)]
            let w = r.weight.isFinite && r.weight > 0 ? r.weight : 1
            between[key, default: (0, 0)].count += 1
            between[key]!.weight += w
        }
        var g = GraphDescription(name: MapStyle.graphName(network, kind: "aggregated map"), directed: false)
        let engine = MapStyle.defaultEngine(agencies: parts.count, ties: between.count)
        g.graphAttributes = MapStyle.layoutAttributes(engine: engine, agencies: parts.count, seed: seed)
        g.graphAttributes["labelloc"] = "b"
        g.graphAttributes["labeljust"] = "l"
        g.nodeDefaults = MapStyle.nodeDefaults
        g.edgeDefaults = ["fontsize": "10", "fontname": "Helvetica", "color": "#777777", "fontcolor": "#555555"]
        let sizes = parts.map { Double($0.agencies.count) }
        let diameters = MapStyle.diameters(sizes, maximum: 1.0, minimum: 0.25)
        for (k, part) in parts.enumerated() {
            let lead = part.agencies.max { a, b in
                let (x, y) = (a < influence.count ? influence[a] : 0, b < influence.count ? influence[b] : 0)
                return x != y ? x < y : network.agencies[a].id > network.agencies[b].id
            }!
            let sectors = Dictionary(grouping: part.agencies, by: { network.agencies[$0].sector })
            let sector = sectors.keys.sorted().max { sectors[$0]!.count < sectors[$1]!.count }!
            let colours = MapStyle.colours(sector)
            let words = "\(part.name): \(part.agencies.count) \(part.agencies.count == 1 ? "body" : "bodies"), around \(MapStyle.abbreviated(network.agencies[lead].name))"
            g.nodes.append(.init(id: "g\(k)", attributes: [
                "label": .string(LabelText.escString(MapStyle.wrap(MapStyle.shortened(words, limit: 64), width: 18))),
                "tooltip": .string(LabelText.escString(MapStyle.shortened(part.agencies.map { network.agencies[$0].name }.joined(separator: "; "),
                                                                          limit: MapStyle.tooltipLimit))),
                "shape": "ellipse", "width": .number(diameters[k]), "height": .number(diameters[k]),
                "fillcolor": .string(colours.fill), "color": .string(colours.border), "fontsize": "10",
            ]))
        }
        let largest = between.values.map(\.weight).max() ?? 1
        for key in between.keys.sorted(by: { ($0[0], $0[1]) < ($1[0], $1[1]) }) {
            let link = between[key]!
            g.edges.append(.init(tail: "g\(key[0])", head: "g\(key[1])", attributes: [
                "label": .string(String(link.count)),
                "penwidth": .number(1 + 5 * (link.weight / largest).squareRoot()),
            ]))
        }
        var entries = MapLegend.sectors(network).map { MapLegend.Entry($0.sample, "mostly " + $0.text) }
        entries.append(.init(.none, "Bigger circle: more bodies in the group" + (groupOptions.map { "; \(groupedBy) by \($0)" } ?? "")))
        entries.append(.init(.line(colour: "#777777", style: "solid", heavy: false, arrow: false, double: false),
                             "ties between two groups, summed: the number is how many, the width their total weight"))
        entries.append(.init(.none, "Draw one group in full with --community N, one body's neighbourhood with --focus ID --depth 1, or everything with --full"))
        g.graphAttributes["label"] = MapLegend.table(
            title: "Aggregated view of \(MapLegend.name(network)): \(network.agencyCount) agencies as \(parts.count) \(groupedBy), "
                + "\(network.relationships.count) ties as \(between.count) links", entries: entries, columns: 2)
        return g
    }
}
