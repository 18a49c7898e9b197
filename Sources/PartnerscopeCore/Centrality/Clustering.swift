import Foundation

/// Local clustering coefficient: how close a vertex's neighbours are to forming a clique.
///
/// Definitions, as networkx 3.x `clustering`, with ŵ_ij = w_ij / max(w) on a weighted view (1 on an
/// unweighted one), W_ij = ŵ_ij^{1/3} for an arc i → j (0 without), s_ij = W_ij + W_ji and
///
///     T(i) = Σ_{j,k} s_ij · s_ik · s_jk   (ordered pairs of neighbours j ≠ k)
///
/// - undirected: c(i) = T(i) / (8 · d(d − 1)); unweighted this is 2·triangles / (d(d − 1)), weighted
///   it is the geometric-mean formula of Onnela et al. (2005);
/// - directed (Fagiolo 2007): c(i) = T(i) / (2 · (d_tot(d_tot − 1) − 2 d_↔)), with d_tot = in- plus
///   out-degree and d_↔ the number of reciprocated neighbours.
///
/// Corner cases: a vertex with fewer than two neighbours, or in no triangle, scores 0; empty graph → [].
///
/// - Complexity: O(Σ_v d(v)²) time in the worst case (O(|E|·d_max)), O(|V| + |E|) space; vertices
///   are split over all cores.
///
/// Example: in the triangle a–b–c plus a pendant d on a, c(a) = 1/3, c(b) = c(c) = 1, c(d) = 0.
///
/// References: D. J. Watts & S. H. Strogatz, Nature 393, 1998, doi:10.1038/30918; J.-P. Onnela et al.,
/// Phys. Rev. E 71, 065103, 2005, doi:10.1103/PhysRevE.71.065103; G. Fagiolo, Phys. Rev. E 76,
/// 026107, 2007, doi:10.1103/PhysRevE.76.026107.
public enum Clustering {
    /// Local clustering coefficient of every vertex; see the type's documentation.
    public static func scores(_ graph: Graph) -> [Double] {
        let n = graph.vertexCount
        guard n > 0 else { return [] }
        let m = MutualAdjacency(graph)
        let maxWeight = graph.isWeighted ? (graph.weights.max() ?? 1) : 1
        func root(_ w: Double) -> Double { w == 0 ? 0 : (graph.isWeighted ? cbrt(w / maxWeight) : 1) }
        let s = (0..<m.neighbors.count).map { root(m.outWeight[$0]) + root(m.inWeight[$0]) }
        var result = [Double](repeating: 0, count: n)
        let workers = ShortestPaths.workerCount(for: n)
        let marks = (0..<workers).map { _ in UnsafeMutableBufferPointer<Double>.allocate(capacity: n) }
        for b in marks { b.initialize(repeating: 0) }
        defer { for b in marks { b.deallocate() } }
        result.withUnsafeMutableBufferPointer { out in
            let ctx = UncheckedSendable((out, marks, m, s))
            ShortestPaths.parallelFor(count: n, workers: workers) { w, i in
                let (out, marks, m, s) = ctx.value
                let mark = marks[w]
                let lo = m.offsets[i], hi = m.offsets[i + 1]
                let d = hi - lo
                guard d >= 2 else { return }
                for k in lo..<hi { mark[Int(m.neighbors[k])] = s[k] }
                var t = 0.0
                for k in lo..<hi {
                    let j = Int(m.neighbors[k])
                    let sij = s[k]
                    var inner = 0.0
                    for q in m.offsets[j]..<m.offsets[j + 1] {
                        let sik = mark[Int(m.neighbors[q])]
                        if sik != 0 { inner += sik * s[q] }
                    }
                    t += sij * inner
                }
                for k in lo..<hi { mark[Int(m.neighbors[k])] = 0 }
                guard t > 0 else { return }
                if graph.isDirected {
                    let total = graph.inDegree(i) + graph.outDegree(i)
                    let reciprocated = graph.inDegree(i) + graph.outDegree(i) - d
                    out[i] = t / (2 * Double(total * (total - 1) - 2 * reciprocated))
                } else {
                    out[i] = t / (8 * Double(d * (d - 1)))
                }
            }
        }
        return result
    }
}
