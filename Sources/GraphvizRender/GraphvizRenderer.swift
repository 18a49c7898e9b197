import CGraphviz
import Foundation

/// A Graphviz layout engine.
public enum LayoutEngine: String, Sendable, CaseIterable {
    /// Hierarchical; best for small maps, too slow past a few hundred nodes.
    case dot
    /// Stress majorisation; deterministic, slow past ~1,000 nodes.
    case neato
    /// Force-directed with clusters; never repeats exactly (measured on Graphviz 2.42/2.43).
    case fdp
    /// Multiscale force-directed; thousands of nodes in seconds.
    case sfdp
    case circo, twopi
}

/// Output formats the renderer asks Graphviz for.
public enum RenderFormat: String, Sendable, CaseIterable {
    case svg, png, pdf
    /// Graphviz's own laid-out DOT (with positions).
    case dot
    /// Graphviz's `plain` text: positions and sizes, for tests and tools.
    case plain
}

/// A Graphviz failure, carrying Graphviz's own message.
public enum GraphvizError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The description cannot be drawn (e.g. an edge to an unknown node); nothing reached Graphviz.
    case invalidDescription([String])
    /// `gvLayout` failed.
    case layoutFailed(engine: String, message: String)
    /// `gvRenderData` failed.
    case renderFailed(format: String, message: String)
    /// A cgraph call (creating a node, setting an attribute) failed.
    case buildFailed(String)
    /// The layout ran past its deadline and was stopped.
    case timedOut(engine: String, seconds: Double)
    /// The isolated layout process died (a crash inside Graphviz).
    case crashed(engine: String, detail: String)

    public var description: String {
        switch self {
        case let .invalidDescription(problems):
            return "invalid graph description: " + problems.joined(separator: "; ")
        case let .layoutFailed(engine, message):
            return "Graphviz layout with \(engine) failed: \(message.isEmpty ? "no message" : message)"
        case let .renderFailed(format, message):
            return "Graphviz could not render \(format): \(message.isEmpty ? "no message" : message)"
        case let .buildFailed(message):
            return "Graphviz rejected the graph: \(message)"
        case let .timedOut(engine, seconds):
            return "the \(engine) layout did not finish within \(LabelText.number(seconds)) s and was stopped; "
                + "try --engine sfdp (fast on thousands of agencies), a --focus AGENCY --depth N ego map, or a longer --timeout"
        case let .crashed(engine, detail):
            return "Graphviz crashed while laying out with \(engine) (\(detail)); try another --engine"
        }
    }
}

/// The bytes of a rendered graph and the warnings Graphviz printed on the way.
public struct RenderResult: Sendable, Equatable {
    public var bytes: [UInt8]
    public var warnings: [String]
}

/// Lays out and renders ``GraphDescription``s through libgvc (cgraph + gvc), in process.
///
/// libgvc keeps global state (its error buffer, the `rand()` seed, layout plugins) and is not
/// thread-safe: two threads rendering different graphs crashed every time, even with a context
/// each. So every call goes through one process-wide lock, held from building the graph to
/// freeing it, and one shared context serves every render. Every other Graphviz resource is
/// acquired and released inside one call (`agopen`/`agclose`, `gvLayout`/`gvFreeLayout`,
/// `gvRenderData`/`gvFreeRenderData`).
public enum GraphvizRenderer {
    /// Lays out `graph` with `engine` and renders it as `format`.
    ///
    /// - Parameters:
    ///   - seed: reseeds the C `rand()` before the layout, which makes sfdp repeat exactly.
    ///     dot, neato, circo and twopi are deterministic anyway; fdp is not.
    /// - Throws: ``GraphvizError`` with Graphviz's own message.
    /// - Complexity: that of the engine (dot is super-linear; sfdp about O(|V| log |V| + |E|)).
    public static func render(_ graph: GraphDescription, engine: LayoutEngine, format: RenderFormat,
                              seed: UInt32 = 1) throws(GraphvizError) -> RenderResult {
        let problems = graph.problems()
        guard problems.isEmpty else { throw .invalidDescription(problems) }
        return try Gate.run { () throws(GraphvizError) -> RenderResult in
            try renderLocked(graph, engine: engine.rawValue, format: format.rawValue, seed: seed)
        }
    }

    /// Like ``render(_:engine:format:seed:)``, but the layout runs in a forked child process
    /// that is killed if it has not finished after `timeout` seconds, so a layout can never hang
    /// the caller. The lock is held across the fork, so the child sees Graphviz in a consistent
    /// state.
    ///
    /// - Throws: ``GraphvizError/timedOut(engine:seconds:)`` past the deadline,
    ///   ``GraphvizError/crashed(engine:detail:)`` if the child dies, or the child's own error.
    public static func render(_ graph: GraphDescription, engine: LayoutEngine, format: RenderFormat,
                              seed: UInt32 = 1, timeout: Double) throws(GraphvizError) -> RenderResult {
        let problems = graph.problems()
        guard problems.isEmpty else { throw .invalidDescription(problems) }
        return try Gate.run { () throws(GraphvizError) -> RenderResult in
            try Isolation.run(engine: engine.rawValue, timeout: timeout) { () throws(GraphvizError) -> RenderResult in
                try renderLocked(graph, engine: engine.rawValue, format: format.rawValue, seed: seed)
            }
        }
    }

    /// The same as ``render(_:engine:format:seed:)`` but with engine and format given by name,
    /// so that Graphviz itself reports unknown ones (used to test error reporting).
    public static func render(_ graph: GraphDescription, engineName: String, formatName: String,
                              seed: UInt32 = 1) throws(GraphvizError) -> RenderResult {
        let problems = graph.problems()
        guard problems.isEmpty else { throw .invalidDescription(problems) }
        return try Gate.run { () throws(GraphvizError) -> RenderResult in
            try renderLocked(graph, engine: engineName, format: formatName, seed: seed)
        }
    }

    /// Must be called with the gate held.
    private static func renderLocked(_ graph: GraphDescription, engine: String, format: String,
                                     seed: UInt32) throws(GraphvizError) -> RenderResult {
        let gvc = Gate.context()
        Gate.resetMessages()
        guard let g = cgv_open(graph.name, graph.directed ? 1 : 0) else {
            throw .buildFailed(Gate.takeMessages().joined(separator: " "))
        }
        defer { agclose(g) }
        var builder = Builder(graph: g)
        try builder.build(graph)

        cgv_seed(seed)
        guard gvLayout(gvc, g, engine) == 0 else {
            throw .layoutFailed(engine: engine, message: Gate.takeMessages().joined(separator: " "))
        }
        defer { gvFreeLayout(gvc, g) }

        var data: UnsafeMutablePointer<CChar>? = nil
        var length: UInt32 = 0
        let rc = gvRenderData(gvc, g, format, &data, &length)
        defer { if let data { gvFreeRenderData(data) } }
        guard rc == 0, let data else {
            throw .renderFailed(format: format, message: Gate.takeMessages().joined(separator: " "))
        }
        let bytes = data.withMemoryRebound(to: UInt8.self, capacity: Int(length)) {
            Array(UnsafeBufferPointer(start: $0, count: Int(length)))
        }
        return RenderResult(bytes: bytes, warnings: Gate.takeMessages())
    }
}

/// Creates the cgraph objects of a description inside an open graph.
private struct Builder {
    let g: UnsafeMutablePointer<Agraph_t>
    /// Declared attribute symbols per kind (0 graph, 1 node, 2 edge).
    var symbols: [[String: UnsafeMutablePointer<Agsym_t>]] = [[:], [:], [:]]

    init(graph: UnsafeMutablePointer<Agraph_t>) { g = graph }

    mutating func build(_ d: GraphDescription) throws(GraphvizError) {
        // Defaults first, as the DOT parser sees them.
        for (kind, attributes) in [(0, d.graphAttributes), (1, d.nodeDefaults), (2, d.edgeDefaults)] {
            for key in attributes.keys.sorted() { try declare(kind, key, attributes[key]!) }
        }
        var nodes: [String: UnsafeMutablePointer<Agnode_t>] = [:]
        nodes.reserveCapacity(d.nodes.count)
        for node in d.nodes {
            guard let n = cgv_node(g, node.id) else { throw failure("cannot create node '\(node.id)'") }
            nodes[node.id] = n
            try set(n, kind: 1, node.attributes)
        }
        for cluster in d.clusters {
            guard let sub = cgv_subgraph(g, "cluster_" + cluster.id) else {
                throw failure("cannot create cluster '\(cluster.id)'")
            }
            try set(UnsafeMutableRawPointer(sub), kind: 0, cluster.attributes)
            for id in cluster.nodeIDs { _ = cgv_subnode(sub, nodes[id]!) }
        }
        for edge in d.edges {
            guard let e = cgv_edge(g, nodes[edge.tail]!, nodes[edge.head]!, nil) else {
                throw failure("cannot create edge \(edge.tail) -> \(edge.head)")
            }
            try set(e, kind: 2, edge.attributes)
        }
    }

    /// Declares an attribute with a default for every object of its kind.
    private mutating func declare(_ kind: Int, _ name: String, _ value: AttributeValue) throws(GraphvizError) {
        var sym: UnsafeMutablePointer<Agsym_t>?
        switch value {
        case let .string(s): sym = cgv_declare(g, Int32(kind), name, s)
        case let .html(s): _ = cgv_declare_html(g, Int32(kind), name, s, &sym)
        }
        guard let sym else { throw failure("cannot declare attribute \(name)") }
        symbols[kind][name] = sym
    }

    /// The symbol for `name`, declared on first use with the default the DOT parser would give
    /// it: empty, except a node's `label`, whose default is `\N` (an empty default would blank
    /// every node that has no label of its own).
    private mutating func symbol(_ kind: Int, _ name: String) throws(GraphvizError) -> UnsafeMutablePointer<Agsym_t> {
        if let sym = symbols[kind][name] { return sym }
        try declare(kind, name, .string(kind == 1 && name == "label" ? "\\N" : ""))
        return symbols[kind][name]!
    }

    private mutating func set(_ object: UnsafeMutableRawPointer, kind: Int,
                              _ attributes: [String: AttributeValue]) throws(GraphvizError) {
        for key in attributes.keys.sorted() {
            let sym = try symbol(kind, key)
            let rc: Int32
            switch attributes[key]! {
            case let .string(s): rc = cgv_set(object, sym, s)
            case let .html(s): rc = cgv_set_html(g, object, sym, s)
            }
            guard rc == 0 else { throw failure("cannot set \(key)") }
        }
    }

    private mutating func set<T>(_ object: UnsafeMutablePointer<T>, kind: Int,
                                 _ attributes: [String: AttributeValue]) throws(GraphvizError) {
        try set(UnsafeMutableRawPointer(object), kind: kind, attributes)
    }

    private func failure(_ what: String) -> GraphvizError {
        let messages = Gate.takeMessages()
        return .buildFailed(messages.isEmpty ? what : what + ": " + messages.joined(separator: " "))
    }
}
