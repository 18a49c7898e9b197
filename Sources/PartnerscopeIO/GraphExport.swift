import PartnerscopeCore

/// A network with its attributes and computed measures, written for the tools analysts already
/// use: GraphML (networkx, yEd, Gephi), GEXF 1.2 (Gephi) and node-link JSON (D3, networkx
/// `node_link_data`).
///
/// - Nodes are the agencies, in file order, identified by their id; their attributes are the
///   schema columns (name, sector, type, level, power, interest, budget_m, statutory), the extra
///   columns of `agencies.csv` (as strings), then the measures given (doubles) and the community.
///   A missing value is left out for that node, never written as NaN or an empty number.
/// - Edges are the relationships as written, one each (repeated ties stay separate edges, so the
///   graph is a multigraph when two relationships join the same pair); attributes: type, weight,
///   directed, since, until, sign (+1 or −1, only when some tie is negative), then the extra
///   columns of `relationships.csv`.
/// - Direction: the graph is directed when every relationship is; otherwise it is undirected and
///   each edge keeps its `directed` attribute (networkx and Gephi's GEXF reader reject a mix of
///   directed and undirected edges in one graph).
/// - An extra column whose name is taken (by the schema, a measure or a format's reserved word)
///   gets the suffix `_attribute`.
/// - Text is escaped for XML 1.0 with ``Markup``; characters XML cannot carry become U+FFFD.
public struct GraphExport: Sendable {
    /// The type of an attribute column, as each format names it.
    public enum Kind: Sendable {
        case string, int, double, bool

        var graphML: String {
            switch self {
            case .string: "string"
            case .int: "int"
            case .double: "double"
            case .bool: "boolean"
            }
        }

        var gexf: String {
            switch self {
            case .string: "string"
            case .int: "integer"
            case .double: "double"
            case .bool: "boolean"
            }
        }
    }

    /// One value of an attribute.
    public enum Value: Sendable, Equatable {
        case string(String), int(Int), double(Double), bool(Bool)

        /// The value as XML text (numbers in ``NumberFormat/json(_:)`` form).
        var text: String {
            switch self {
            case .string(let s): s
            case .int(let i): String(i)
            case .double(let d): NumberFormat.json(d)
            case .bool(let b): b ? "true" : "false"
            }
        }

        var json: JSONValue {
            switch self {
            case .string(let s): .string(s)
            case .int(let i): .int(i)
            case .double(let d): .number(d)
            case .bool(let b): .bool(b)
            }
        }
    }

    /// An attribute column: its name and type, and one optional value per node or edge.
    public struct Column: Sendable {
        public var name: String
        public var kind: Kind
        public var values: [Value?]
    }

    public let network: Network
    /// Whether the exported graph is directed (every relationship is).
    public let directed: Bool
    /// Whether two relationships join the same pair (in the exported graph's sense of pair).
    public let multigraph: Bool
    public let nodeColumns: [Column]
    public let edgeColumns: [Column]

    /// Names a node attribute may not take in any of the formats.
    static let reservedNodeNames: Set<String> = ["id", "label"]
    /// Names an edge attribute may not take in any of the formats.
    static let reservedEdgeNames: Set<String> = ["id", "source", "target", "key", "label"]

    /// Prepares the export of `network` with per-agency `measures` (name, value per agency index)
    /// and, optionally, a community number per agency.
    public init(network: Network, measures: [(name: String, values: [Double])] = [], communities: [Int]? = nil) {
        self.network = network
        let agencies = network.agencies
        let relationships = network.relationships
        directed = !relationships.isEmpty && relationships.allSatisfy(\.directed)

        var pairs = Set<[Int]>()
        var repeated = false
        for r in relationships {
            let key = directed || r.source < r.target ? [r.source, r.target] : [r.target, r.source]
            if !pairs.insert(key).inserted { repeated = true; break }
        }
        multigraph = repeated

        var nodes: [Column] = []
        var taken = Self.reservedNodeNames
        func add(_ name: String, _ kind: Kind, _ values: [Value?]) {
            var unique = name
            while taken.contains(unique) { unique += "_attribute" }
            taken.insert(unique)
            nodes.append(Column(name: unique, kind: kind, values: values))
        }
        add("name", .string, agencies.map { .string($0.name) })
        add("sector", .string, agencies.map { .string($0.sector.rawValue) })
        add("type", .string, agencies.map { .string($0.type) })
        add("level", .string, agencies.map { $0.level.map { .string($0.rawValue) } })
        add("power", .int, agencies.map { $0.power.map { .int($0) } })
        add("interest", .int, agencies.map { $0.interest.map { .int($0) } })
        add("budget_m", .double, agencies.map { a in a.budgetMillions.flatMap { $0.isFinite ? .double($0) : nil } })
        add("statutory", .bool, agencies.map { $0.statutory.map { .bool($0) } })
        add("start", .string, agencies.map { $0.start.map { .string($0.text) } })
        add("end", .string, agencies.map { $0.end.map { .string($0.text) } })
        add("successor_of", .string, agencies.map { a in a.successorOf.isEmpty ? nil : .string(a.successorOf.map(\.rawValue).joined(separator: "|")) })
        // Measures and the community are named before the extra columns so that they keep their names.
        let measureNames = Set(measures.map(\.name) + (communities == nil ? [] : ["community"]))
        taken.formUnion(measureNames)
        let nodeKeys = Self.extraKeys(agencies.map(\.attributes))
        for (key, values) in zip(nodeKeys, Attributes.columns(agencies.map(\.attributes), keys: nodeKeys)) {
            add(key, .string, values.map { $0.map { .string($0) } })
        }
        taken.subtract(measureNames)
        for (name, values) in measures where values.count == agencies.count {
            add(name, .double, values.map { $0.isFinite ? .double($0) : nil })
        }
        if let communities, communities.count == agencies.count {
            add("community", .int, communities.map { .int($0) })
        }
        nodeColumns = nodes.filter { $0.values.contains { $0 != nil } }

        var edges: [Column] = []
        taken = Self.reservedEdgeNames
        func addEdge(_ name: String, _ kind: Kind, _ values: [Value?]) {
            var unique = name
            while taken.contains(unique) { unique += "_attribute" }
            taken.insert(unique)
            edges.append(Column(name: unique, kind: kind, values: values))
        }
        addEdge("type", .string, relationships.map { .string($0.type.rawValue) })
        addEdge("weight", .double, relationships.map { $0.weight.isFinite ? .double($0.weight) : nil })
        addEdge("directed", .bool, relationships.map { .bool($0.directed) })
        addEdge("since", .string, relationships.map { $0.since.map { .string($0.text) } })
        addEdge("until", .string, relationships.map { $0.until.map { .string($0.text) } })
        // +1 or -1 on every tie, when any tie is negative (a conflict, or sign -1).
        let signed = relationships.contains(where: \.isNegative)
        addEdge("sign", .int, relationships.map { signed ? .int($0.sign) : nil })
        let edgeKeys = Self.extraKeys(relationships.map(\.attributes))
        for (key, values) in zip(edgeKeys, Attributes.columns(relationships.map(\.attributes), keys: edgeKeys)) {
            addEdge(key, .string, values.map { $0.map { .string($0) } })
        }
        edgeColumns = edges.filter { $0.values.contains { $0 != nil } }
    }

    /// Prepares the export of an analysed network: the centrality measures of ``NetworkAnalysis/reportedMeasures``, and the
    /// Leiden community of each agency.
    public init(_ analysis: NetworkAnalysis) {
        let measures = analysis.reportedMeasures.compactMap { m in
            analysis.centrality[m].map { (name: m.rawValue, values: $0) }
        }
        self.init(network: analysis.network, measures: measures, communities: analysis.silos.partition.membership)
    }

    /// The extra column names, in order of first appearance.
    static func extraKeys(_ attributes: [Attributes]) -> [String] {
        var seen = Set<String>()
        var keys: [String] = []
        for a in attributes {
            for pair in a.pairs where seen.insert(pair.key).inserted { keys.append(pair.key) }
        }
        return keys
    }

    private func endpoints(_ r: Relationship) -> (String, String) {
        (network.agencies[r.source].id.rawValue, network.agencies[r.target].id.rawValue)
    }

    // MARK: GraphML

    /// The day the exported network shows (`--as-at`), `all` when it was read whole.
    var asAtText: String { (network.asAt ?? .all).description }

    /// GraphML 1.0 (http://graphml.graphdrawing.org/); keys `n0…` for nodes and `e0…` for edges,
    /// with `attr.name` the attribute's name; a graph attribute `as_at` names the day shown
    /// (networkx reads it into `G.graph["as_at"]`).
    public func graphML() -> String {
        var out = """
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
        xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

        """
        for (k, c) in nodeColumns.enumerated() {
            out += "  <key id=\"n\(k)\" for=\"node\" attr.name=\"\(Markup.xmlAttribute(c.name))\" attr.type=\"\(c.kind.graphML)\"/>\n"
        }
        for (k, c) in edgeColumns.enumerated() {
            out += "  <key id=\"e\(k)\" for=\"edge\" attr.name=\"\(Markup.xmlAttribute(c.name))\" attr.type=\"\(c.kind.graphML)\"/>\n"
        }
        out += "  <key id=\"g0\" for=\"graph\" attr.name=\"as_at\" attr.type=\"string\"/>\n"
        out += "  <graph id=\"\(Markup.xmlAttribute(network.name))\" edgedefault=\"\(directed ? "directed" : "undirected")\">\n"
        out += "    <data key=\"g0\">\(Markup.xmlText(asAtText))</data>\n"
        for (i, a) in network.agencies.enumerated() {
            out += "    <node id=\"\(Markup.xmlAttribute(a.id.rawValue))\">\n"
            for (k, c) in nodeColumns.enumerated() {
                if let v = c.values[i] { out += "      <data key=\"n\(k)\">\(Markup.xmlText(v.text))</data>\n" }
            }
            out += "    </node>\n"
        }
        for (j, r) in network.relationships.enumerated() {
            let (s, t) = endpoints(r)
            out += "    <edge id=\"r\(j)\" source=\"\(Markup.xmlAttribute(s))\" target=\"\(Markup.xmlAttribute(t))\">\n"
            for (k, c) in edgeColumns.enumerated() {
                if let v = c.values[j] { out += "      <data key=\"e\(k)\">\(Markup.xmlText(v.text))</data>\n" }
            }
            out += "    </edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        return out
    }

    // MARK: GEXF

    /// GEXF 1.2 (https://gexf.net/): node label = the agency's name, edge label = the relationship
    /// type, edge weight native; the other values as attributes (`attvalues`). GEXF has no graph
    /// attributes, so the day shown is in the meta: `<keywords>as_at=2024-05-07</keywords>` and the
    /// description.
    public func gexf() -> String {
        // name is the label and weight is native: not repeated as attributes.
        let nodeAttributes = nodeColumns.enumerated().filter { $0.element.name != "name" }
        let edgeAttributes = edgeColumns.enumerated().filter { $0.element.name != "weight" }
        var out = """
        <?xml version="1.0" encoding="UTF-8"?>
        <gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">
          <meta>
            <creator>Partnerscope</creator>
            <keywords>as_at=\(Markup.xmlText(asAtText))</keywords>
            <description>\(Markup.xmlText(network.name)), \(Markup.xmlText((network.asAt ?? .all).phrase))</description>
          </meta>
          <graph mode="static" defaultedgetype="\(directed ? "directed" : "undirected")">

        """
        if !nodeAttributes.isEmpty {
            out += "    <attributes class=\"node\" mode=\"static\">\n"
            for (k, c) in nodeAttributes {
                out += "      <attribute id=\"n\(k)\" title=\"\(Markup.xmlAttribute(c.name))\" type=\"\(c.kind.gexf)\"/>\n"
            }
            out += "    </attributes>\n"
        }
        if !edgeAttributes.isEmpty {
            out += "    <attributes class=\"edge\" mode=\"static\">\n"
            for (k, c) in edgeAttributes {
                out += "      <attribute id=\"e\(k)\" title=\"\(Markup.xmlAttribute(c.name))\" type=\"\(c.kind.gexf)\"/>\n"
            }
            out += "    </attributes>\n"
        }
        out += "    <nodes>\n"
        for (i, a) in network.agencies.enumerated() {
            out += "      <node id=\"\(Markup.xmlAttribute(a.id.rawValue))\" label=\"\(Markup.xmlAttribute(a.name))\">\n"
            let values = nodeAttributes.compactMap { k, c in c.values[i].map { (k, $0) } }
            if !values.isEmpty {
                out += "        <attvalues>\n"
                for (k, v) in values {
                    out += "          <attvalue for=\"n\(k)\" value=\"\(Markup.xmlAttribute(v.text))\"/>\n"
                }
                out += "        </attvalues>\n"
            }
            out += "      </node>\n"
        }
        out += "    </nodes>\n    <edges>\n"
        for (j, r) in network.relationships.enumerated() {
            let (s, t) = endpoints(r)
            let weight = r.weight.isFinite ? " weight=\"\(NumberFormat.json(r.weight))\"" : ""
            out += "      <edge id=\"\(j)\" source=\"\(Markup.xmlAttribute(s))\" target=\"\(Markup.xmlAttribute(t))\""
                + " label=\"\(r.type.rawValue)\"\(weight)>\n"
            let values = edgeAttributes.compactMap { k, c in c.values[j].map { (k, $0) } }
            if !values.isEmpty {
                out += "        <attvalues>\n"
                for (k, v) in values {
                    out += "          <attvalue for=\"e\(k)\" value=\"\(Markup.xmlAttribute(v.text))\"/>\n"
                }
                out += "        </attvalues>\n"
            }
            out += "      </edge>\n"
        }
        out += "    </edges>\n  </graph>\n</gexf>\n"
        return out
    }

    // MARK: Node-link JSON

    /// The node-link format of networkx's `node_link_data` (keys `directed`, `multigraph`, `graph`,
    /// `nodes` with `id`, `edges` with `source`, `target` and, in a multigraph, `key`), which D3's
    /// force layout reads as `nodes` and links; `graph` holds the name and `as_at`, the day shown.
    public func nodeLinkJSON() -> JSONValue {
        let nodes: [JSONValue] = network.agencies.enumerated().map { i, a in
            .object([("id", .string(a.id.rawValue))] + nodeColumns.compactMap { c in c.values[i].map { (c.name, $0.json) } })
        }
        var keyOfPair = [[Int]: Int]()
        let edges: [JSONValue] = network.relationships.enumerated().map { j, r in
            let (s, t) = endpoints(r)
            var fields: [(String, JSONValue)] = [("source", .string(s)), ("target", .string(t))]
            if multigraph {
                let pair = directed || r.source < r.target ? [r.source, r.target] : [r.target, r.source]
                let key = keyOfPair[pair, default: 0]
                keyOfPair[pair] = key + 1
                fields.append(("key", .int(key)))
            }
            return .object(fields + edgeColumns.compactMap { c in c.values[j].map { (c.name, $0.json) } })
        }
        return .object([
            ("directed", .bool(directed)),
            ("multigraph", .bool(multigraph)),
            ("graph", .object([("name", .string(network.name)), ("as_at", .string(asAtText))])),
            ("nodes", .array(nodes)),
            ("edges", .array(edges)),
        ])
    }
}
