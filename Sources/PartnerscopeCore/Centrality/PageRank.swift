/// PageRank: the stationary distribution of a random surfer who follows a tie with probability
/// `damping` and jumps to a uniformly chosen vertex otherwise.
///
/// Definition, with P(u → v) = w_uv / s_u (s_u the out-strength of u) and D the set of dangling
/// vertices (s_u = 0), iterated from x = 1/n:
///
///     x'(v) = d · (Σ_{u → v} x(u) · w_uv / s_u + Σ_{u ∈ D} x(u) / n) + (1 − d) / n
///
/// until Σ_v |x'(v) − x(v)| < n · tolerance, exactly as networkx 3.x `pagerank(alpha=d, tol=…)`.
/// Dangling mass is spread uniformly. An undirected view counts every tie both ways; an
/// unweighted view has w = 1. The scores sum to 1.
///
/// - Parameters:
///   - damping: d, 0.85 by default.
///   - tolerance: 1e-10 by default (networkx's default is 1e-6).
///   - maxIterations: 1000; if it is reached the last iterate is returned (networkx raises instead).
/// - Complexity: O(iterations · (|V| + |E|)) time, O(|V|) extra space.
///
/// Corner cases: empty graph → []; one vertex → [1]; no ties → 1/n each; disconnected graphs are
/// handled by the teleport term.
///
/// Example: on the directed 2-cycle a ⇄ b each scores 1/2; with an extra dangling vertex c (a → c),
/// c collects mass from a and gives it back uniformly.
///
/// Reference: S. Brin & L. Page, "The anatomy of a large-scale hypertextual Web search engine",
/// Computer Networks 30, 1998, doi:10.1016/S0169-7552(98)00110-X.
public enum PageRank {
    /// PageRank of every vertex; see the type's documentation.
    public static func scores(_ graph: Graph, damping: Double = 0.85, tolerance: Double = 1e-10,
                              maxIterations: Int = 1000) -> [Double] {
        let n = graph.vertexCount
        guard n > 0 else { return [] }
        var outStrength = [Double](repeating: 0, count: n)
        for u in 0..<n {
            var s = 0.0
            for k in graph.offsets[u]..<graph.offsets[u + 1] { s += graph.weights[k] }
            outStrength[u] = s
        }
        let invN = 1 / Double(n)
        var x = [Double](repeating: invN, count: n)
        var share = [Double](repeating: 0, count: n)
        var next = [Double](repeating: 0, count: n)
        for _ in 0..<maxIterations {
            var dangling = 0.0
            for u in 0..<n {
                if outStrength[u] > 0 { share[u] = x[u] / outStrength[u] } else { share[u] = 0; dangling += x[u] }
            }
            let base = damping * dangling * invN + (1 - damping) * invN
            var err = 0.0
            graph.inOffsets.withUnsafeBufferPointer { off in
                graph.inSources.withUnsafeBufferPointer { src in
                    graph.inWeights.withUnsafeBufferPointer { wt in
                        for v in 0..<n {
                            var s = 0.0
                            for k in off[v]..<off[v + 1] { s += share[Int(src[k])] * wt[k] }
                            let value = damping * s + base
                            next[v] = value
                            err += abs(value - x[v])
                        }
                    }
                }
            }
            swap(&x, &next)
            if err < Double(n) * tolerance { break }
        }
        return x
    }
}
