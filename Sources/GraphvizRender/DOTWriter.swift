/// Prints a ``GraphDescription`` as canonical DOT text: attributes sorted by name, every id and
/// value quoted, nodes, then clusters, then edges, in the order given. The same description
/// always gives the same bytes, which is what the golden tests pin, and the `dot` command lays
/// the text out exactly as ``GraphvizRenderer`` lays out the description.
public enum DOTWriter {
    /// - Complexity: O(size of the description).
    public static func write(_ graph: GraphDescription) -> String {
        var out = (graph.directed ? "digraph " : "graph ") + quote(graph.name) + " {\n"
        func statement(_ keyword: String, _ attributes: [String: AttributeValue], indent: String = "  ") {
            if !attributes.isEmpty { out += indent + keyword + " " + list(attributes) + ";\n" }
        }
        statement("graph", graph.graphAttributes)
        statement("node", graph.nodeDefaults)
        statement("edge", graph.edgeDefaults)
        for node in graph.nodes {
            out += "  " + quote(node.id)
            if !node.attributes.isEmpty { out += " " + list(node.attributes) }
            out += ";\n"
        }
        for cluster in graph.clusters {
            out += "  subgraph " + quote("cluster_" + cluster.id) + " {\n"
            statement("graph", cluster.attributes, indent: "    ")
            for id in cluster.nodeIDs { out += "    " + quote(id) + ";\n" }
            out += "  }\n"
        }
        let arrow = graph.directed ? " -> " : " -- "
        for edge in graph.edges {
            out += "  " + quote(edge.tail) + arrow + quote(edge.head)
            if !edge.attributes.isEmpty { out += " " + list(edge.attributes) }
            out += ";\n"
        }
        return out + "}\n"
    }

    static func list(_ attributes: [String: AttributeValue]) -> String {
        "[" + attributes.keys.sorted().map { key in key + "=" + value(attributes[key]!) }.joined(separator: ", ") + "]"
    }

    static func value(_ v: AttributeValue) -> String {
        switch v {
        case let .string(s): return quote(s)
        case let .html(s): return "<" + s + ">"
        }
    }

    /// A DOT double-quoted string: `"` is escaped; a raw newline (never produced by
    /// ``LabelText``) is written as `\n` so that a statement stays on one line.
    static func quote(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
