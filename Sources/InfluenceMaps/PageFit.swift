import GraphvizRender

/// The size budget of a map: how large it prints on A4 landscape, and the choice, among a few
/// seeded force-directed layouts of one map, of the one that prints largest.
///
/// neato and sfdp place nodes from a seeded start; the same graph gives rounder or flatter
/// layouts from one seed to the next (West Yorkshire in 2009, 44 agencies: 11.1 × 10.2, 11.2 × 8.9
/// and 11.3 × 9.6 inches for seeds 1, 2, 3), and a landscape page rewards the flatter ones. Trying
/// ``tries`` seeds (`--seed` and the next ones) and keeping the layout with the largest
/// ``scale(svg:)`` keeps the output a function of the input and `--seed`, so reruns stay
/// byte-identical.
public enum PageFit {
    /// The printable area of A4 landscape with 10 mm margins, in points (297 × 210 mm less 20 mm).
    public static let printable = (width: 277 / 25.4 * 72, height: 190 / 25.4 * 72)
    /// Seeds tried per map.
    public static let tries = 3
    /// Maps of more nodes than this are laid out once (their layouts cost seconds, not tenths).
    public static let maximumNodes = 150

    /// The factor by which an SVG drawing (Graphviz's `width="…pt" height="…pt"`) is scaled to fit
    /// A4 landscape, never above 1; nil when the size cannot be read.
    /// - Complexity: O(length of the SVG header).
    public static func scale(svg bytes: [UInt8]) -> Double? {
        let head = String(decoding: bytes.prefix(4_096), as: UTF8.self)
        guard let m = head.firstMatch(of: /<svg width="([\d.]+)pt" height="([\d.]+)pt"/),
              let w = Double(m.1), let h = Double(m.2), w > 0, h > 0 else { return nil }
        return min(1, printable.width / w, printable.height / h)
    }

    /// Lays `graph` out with its `start` seed and the next ``tries`` − 1 (force-directed engines,
    /// at most ``maximumNodes`` nodes; otherwise once), keeps the layout that prints largest on
    /// A4 landscape (the earliest seed on a tie) and renders it in `formats`.
    ///
    /// - Throws: ``GraphvizError`` as ``GraphvizRenderer/render(_:engine:formats:seed:timeout:)``,
    ///   each layout having `timeout` seconds.
    /// - Complexity: up to ``tries`` + 1 layouts.
    public static func render(_ graph: GraphDescription, engine: LayoutEngine, formats: [RenderFormat],
                              seed: UInt32, timeout: Double) throws(GraphvizError) -> Rendering {
        guard engine == .neato || engine == .sfdp, graph.nodes.count <= maximumNodes,
              case let .string(text)? = graph.graphAttributes["start"], let start = UInt64(text) else {
            return try GraphvizRenderer.render(graph, engine: engine, formats: formats, seed: seed, timeout: timeout)
        }
        var best: (graph: GraphDescription, scale: Double, svg: Rendering)?
        for k in 0..<UInt64(tries) {
            var g = graph
            g.graphAttributes["start"] = .string(String((start + k) % 1_000_000_007))
            let drawn = try GraphvizRenderer.render(g, engine: engine, formats: [.svg], seed: seed, timeout: timeout)
            let s = scale(svg: drawn.outputs[0]) ?? 0
            if best == nil || s > best!.scale { best = (g, s, drawn) }
        }
        if formats == [.svg] { return best!.svg }
        return try GraphvizRenderer.render(best!.graph, engine: engine, formats: formats, seed: seed, timeout: timeout)
    }
}
