/// A graph to draw, described in plain Swift: nodes, edges, clusters and their Graphviz attributes.
///
/// It knows nothing of agencies: `InfluenceMaps` builds one from analysis results, the renderer
/// turns it into a layout and bytes, and ``DOTWriter`` prints it as canonical DOT text. Node ids
/// are chosen by the caller and should be plain (e.g. `n0`, `n1`): text from users belongs in
/// labels, never in ids.
///
/// Order matters and is kept: nodes are created in the order of ``nodes``, then clusters, then
/// edges, both by the renderer and in the DOT text, so that the library and the `dot` command
/// lay out the same graph.
public struct GraphDescription: Sendable, Equatable {
    /// The graph's name (appears in the SVG `<title>`); keep it plain.
    public var name: String
    /// `digraph` when true; arrows are then controlled per edge with `dir`.
    public var directed: Bool
    /// Graph attributes (`rankdir`, `overlap`, `label`...).
    public var graphAttributes: [String: AttributeValue]
    /// Defaults for every node.
    public var nodeDefaults: [String: AttributeValue]
    /// Defaults for every edge.
    public var edgeDefaults: [String: AttributeValue]
    public var nodes: [Node]
    public var edges: [Edge]
    public var clusters: [Cluster]

    public init(name: String, directed: Bool, graphAttributes: [String: AttributeValue] = [:],
                nodeDefaults: [String: AttributeValue] = [:], edgeDefaults: [String: AttributeValue] = [:],
                nodes: [Node] = [], edges: [Edge] = [], clusters: [Cluster] = []) {
        self.name = name
        self.directed = directed
        self.graphAttributes = graphAttributes
        self.nodeDefaults = nodeDefaults
        self.edgeDefaults = edgeDefaults
        self.nodes = nodes
        self.edges = edges
        self.clusters = clusters
    }

    public struct Node: Sendable, Equatable {
        public var id: String
        public var attributes: [String: AttributeValue]
        public init(id: String, attributes: [String: AttributeValue] = [:]) {
            self.id = id
            self.attributes = attributes
        }
    }

    public struct Edge: Sendable, Equatable {
        public var tail: String
        public var head: String
        public var attributes: [String: AttributeValue]
        public init(tail: String, head: String, attributes: [String: AttributeValue] = [:]) {
            self.tail = tail
            self.head = head
            self.attributes = attributes
        }
    }

    /// A `cluster_` subgraph: its nodes are drawn inside one box by the engines that support
    /// clusters (dot, fdp); others ignore the box.
    public struct Cluster: Sendable, Equatable {
        /// The subgraph's name without the `cluster_` prefix; keep it plain.
        public var id: String
        public var attributes: [String: AttributeValue]
        /// Ids of nodes declared in ``GraphDescription/nodes``.
        public var nodeIDs: [String]
        public init(id: String, attributes: [String: AttributeValue] = [:], nodeIDs: [String]) {
            self.id = id
            self.attributes = attributes
            self.nodeIDs = nodeIDs
        }
    }

    /// Every problem that would make the description unrenderable: duplicate or unknown node
    /// ids, empty ids, attribute names that are not identifiers. Empty when valid.
    ///
    /// - Complexity: O(|nodes| + |edges| + Σ|cluster|).
    public func problems() -> [String] {
        var out: [String] = []
        var seen = Set<String>()
        for node in nodes {
            if node.id.isEmpty { out.append("a node has an empty id") }
            if !seen.insert(node.id).inserted { out.append("duplicate node id '\(node.id)'") }
        }
        for edge in edges {
            for end in [edge.tail, edge.head] where !seen.contains(end) {
                out.append("edge end '\(end)' is not a node")
            }
        }
        for cluster in clusters {
            for id in cluster.nodeIDs where !seen.contains(id) {
                out.append("cluster '\(cluster.id)' lists '\(id)', which is not a node")
            }
        }
        var names = Set(graphAttributes.keys).union(nodeDefaults.keys).union(edgeDefaults.keys)
        for node in nodes { names.formUnion(node.attributes.keys) }
        for edge in edges { names.formUnion(edge.attributes.keys) }
        for cluster in clusters { names.formUnion(cluster.attributes.keys) }
        for name in names.sorted() where !AttributeValue.isIdentifier(name) {
            out.append("attribute name '\(name)' is not an identifier")
        }
        return out
    }
}

/// The value of a Graphviz attribute.
public enum AttributeValue: Sendable, Hashable, ExpressibleByStringLiteral {
    /// A value given to Graphviz as written: a colour, a number, a shape, or an escape string
    /// already escaped (see ``LabelText/escString(_:)``, which is how text from users must arrive).
    case string(String)
    /// An HTML-like label (the markup between the outer `<` `>`); build its text parts with
    /// ``LabelText/html(_:)``.
    case html(String)

    public init(stringLiteral value: String) { self = .string(value) }

    /// A number in a fixed format (at most 4 decimals, no trailing zeros), for stable output.
    public static func number(_ value: Double) -> AttributeValue { .string(LabelText.number(value)) }

    static func isIdentifier(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first, first == "_" || (first.isASCII && first.properties.isAlphabetic)
        else { return false }
        return s.unicodeScalars.allSatisfy { $0 == "_" || ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) }
    }
}
