/// Eigenvector centrality: each vertex scores in proportion to the scores of the vertices tied to it.
///
/// Definition: x is the principal (left) eigenvector of the adjacency matrix A, x(v) ∝ Σ_{u → v}
/// w_uv x(u), scaled to unit Euclidean norm (Σ x² = 1). It is computed as networkx 3.x
/// `eigenvector_centrality` does: power iteration with A + I from x = 1/n,
///
///     x'(v) = x(v) + Σ_{u → v} w_uv x(u),   then x' /= ‖x'‖₂,
///
/// stopping when Σ |x' − x| < n · tolerance. On a directed view scores flow along arcs (in-ties);
/// unweighted views have w = 1.
///
/// Disconnected graphs: the iteration from the uniform start converges to the limit of (A + I)ᵏ·1,
/// which is non-zero only on the component(s) with the largest spectral radius (all of them share
/// the mass when equal, e.g. two isolated pairs); other components tend to 0. With no ties every
/// vertex scores 1/√n. networkx computes the same limit from the same start.
///
/// - Parameters:
///   - tolerance: 1e-12 by default (networkx's default 1e-6 stops earlier).
///   - maxIterations: 10,000; when reached the last iterate is returned with `converged = false`
///     (networkx raises `PowerIterationFailedConvergence`; e.g. on acyclic directed graphs).
/// - Complexity: O(iterations · (|V| + |E|)) time, O(|V|) extra space.
///
/// Example: in the star with centre c and leaves a, b: x(c) = 1/√2, x(a) = x(b) = 1/2.
///
/// Reference: P. Bonacich, "Factoring and weighting approaches to status scores and clique
/// identification", J. Math. Sociol. 2(1), 1972, doi:10.1080/0022250X.1972.9989806.
public enum Eigenvector {
    /// Eigenvector centrality of every vertex and whether the iteration converged.
    public static func compute(_ graph: Graph, tolerance: Double = 1e-12, maxIterations: Int = 10_000)
        -> (scores: [Double], converged: Bool)
    {
        let n = graph.vertexCount
        guard n > 0 else { return ([], true) }
        var x = [Double](repeating: 1 / Double(n), count: n)
        var next = [Double](repeating: 0, count: n)
        for _ in 0..<maxIterations {
            var norm2 = 0.0
            graph.inOffsets.withUnsafeBufferPointer { off in
                graph.inSources.withUnsafeBufferPointer { src in
                    graph.inWeights.withUnsafeBufferPointer { wt in
                        for v in 0..<n {
                            var s = x[v]
                            for k in off[v]..<off[v + 1] { s += x[Int(src[k])] * wt[k] }
                            next[v] = s
                            norm2 += s * s
                        }
                    }
                }
            }
            let norm = norm2 > 0 ? norm2.squareRoot() : 1
            var err = 0.0
            for v in 0..<n {
                next[v] /= norm
                err += abs(next[v] - x[v])
            }
            swap(&x, &next)
            if err < Double(n) * tolerance { return (x, true) }
        }
        return (x, false)
    }

    /// Eigenvector centrality of every vertex; see the type's documentation.
    public static func scores(_ graph: Graph, tolerance: Double = 1e-12, maxIterations: Int = 10_000) -> [Double] {
        compute(graph, tolerance: tolerance, maxIterations: maxIterations).scores
    }
}
