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

/// A Graphviz failure, carrying Graphviz's own message. The wording names neither command-line
/// options nor the graph's subject: callers add their own advice.
public enum GraphvizError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The description cannot be drawn (e.g. an edge to an unknown node); nothing reached Graphviz.
    case invalidDescription([String])
    /// `gvLayout` failed.
    case layoutFailed(engine: String, message: String)
    /// `gvRenderData` failed.
    case renderFailed(format: String, message: String)
    /// Graphviz could not build the graph (the DOT text did not parse, or memory ran out).
    case buildFailed(String)
    /// The layout ran past its deadline and its process was stopped.
    case timedOut(engine: String, seconds: Double)
    /// The layout process died (a crash or an out-of-memory exit inside Graphviz), or could not
    /// be started.
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
            return "Graphviz could not build the graph: \(message)"
        case let .timedOut(engine, seconds):
            return "the \(engine) layout did not finish within \(LabelText.number(seconds)) s and was stopped"
        case let .crashed(engine, detail):
            return "the Graphviz layout process (\(engine)) failed: \(detail)"
        }
    }
}

/// The bytes of a rendered graph and the warnings Graphviz printed on the way.
public struct RenderResult: Sendable, Equatable {
    public var bytes: [UInt8]
    public var warnings: [String]
}

/// One layout rendered in several formats: the bytes of each format in the order asked, and the
/// warnings Graphviz printed while parsing, laying out and rendering.
public struct Rendering: Sendable, Equatable {
    public var outputs: [[UInt8]]
    public var warnings: [String]
}

/// Lays out and renders ``GraphDescription``s through libgvc (cgraph + gvc).
///
/// The description is printed as DOT text (``DOTWriter``), which cgraph parses into a graph with
/// a creation-order ID discipline; gvc lays it out once and renders each requested format from
/// that one layout. The same description gives the same bytes on every call.
///
/// Two ways to run it:
/// - in process (`render(_:engine:format:seed:)`): libgvc keeps global state (its error buffer,
///   the `rand()` seed, layout plugins) and is not thread-safe, so every call goes through one
///   process-wide lock and one shared context;
/// - isolated (the variants with `timeout:`): in a helper process, `partnerscope-render`,
///   started with `posix_spawn`, which links the same library and runs the same code. It is
///   killed when the deadline passes, a crash or out-of-memory exit inside Graphviz becomes a
///   ``GraphvizError`` instead of taking the caller down, it dies with its parent (Linux), and
///   several can run at once.
public enum GraphvizRenderer {
    /// The longest side, in pixels, of a bitmap (PNG) rendering: a larger drawing is scaled down
    /// to fit. Vector formats are never scaled. 8,000 px keeps a PNG under 256 MB of pixels
    /// while a map of thousands of nodes stays legible when zoomed.
    public static let maximumBitmapSide = 8_000

    /// Lays out `graph` with `engine` and renders it as `format`, in this process.
    ///
    /// - Parameters:
    ///   - seed: reseeds the C `rand()` before the layout, which makes sfdp repeat exactly.
    ///     dot, neato, circo and twopi are deterministic anyway; fdp is not.
    /// - Throws: ``GraphvizError`` with Graphviz's own message.
    /// - Complexity: that of the engine (dot is super-linear; sfdp about O(|V| log |V| + |E|)).
    public static func render(_ graph: GraphDescription, engine: LayoutEngine, format: RenderFormat,
                              seed: UInt32 = 1) throws(GraphvizError) -> RenderResult {
        try single(render(graph, engineName: engine.rawValue, formatNames: [format.rawValue], seed: seed))
    }

    /// The same as ``render(_:engine:format:seed:)`` but with engine and format given by name,
    /// so that Graphviz itself reports unknown ones (used to test error reporting, and for the
    /// `nop` engine, which keeps positions given in the description).
    public static func render(_ graph: GraphDescription, engineName: String, formatName: String,
                              seed: UInt32 = 1) throws(GraphvizError) -> RenderResult {
        try single(render(graph, engineName: engineName, formatNames: [formatName], seed: seed))
    }

    /// Like ``render(_:engine:format:seed:)``, but in the isolated helper process, stopped after
    /// `timeout` seconds.
    ///
    /// - Throws: ``GraphvizError/timedOut(engine:seconds:)`` past the deadline,
    ///   ``GraphvizError/crashed(engine:detail:)`` if the helper dies or cannot be started, or
    ///   Graphviz's own error.
    public static func render(_ graph: GraphDescription, engine: LayoutEngine, format: RenderFormat,
                              seed: UInt32 = 1, timeout: Double) throws(GraphvizError) -> RenderResult {
        try single(render(graph, engine: engine, formats: [format], seed: seed, timeout: timeout))
    }

    /// Lays `graph` out once, in the isolated helper process, and renders it in each of
    /// `formats` from that one layout (an SVG and a PNG of one map are then the same picture).
    ///
    /// - Throws: as ``render(_:engine:format:seed:timeout:)``.
    public static func render(_ graph: GraphDescription, engine: LayoutEngine, formats: [RenderFormat],
                              seed: UInt32 = 1, timeout: Double) throws(GraphvizError) -> Rendering {
        let problems = graph.problems()
        guard problems.isEmpty else { throw .invalidDescription(problems) }
        return try Isolation.run(Layout.Request(dot: Array(DOTWriter.write(graph).utf8), engine: engine.rawValue,
                                                formats: formats.map(\.rawValue), seed: seed), timeout: timeout)
    }

    private static func render(_ graph: GraphDescription, engineName: String, formatNames: [String],
                               seed: UInt32) throws(GraphvizError) -> Rendering {
        let problems = graph.problems()
        guard problems.isEmpty else { throw .invalidDescription(problems) }
        return try Layout.run(.init(dot: Array(DOTWriter.write(graph).utf8), engine: engineName,
                                    formats: formatNames, seed: seed))
    }

    private static func single(_ rendering: Rendering) -> RenderResult {
        RenderResult(bytes: rendering.outputs.first ?? [], warnings: rendering.warnings)
    }
}
