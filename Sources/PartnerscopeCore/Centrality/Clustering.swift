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
/// - Complexity: O(|E|^{3/2}) time (each triangle found once from its lowest-degree corner),
///   O(|V| + |E|) space plus 2|V| per worker; vertices are split over all cores.
///
/// Example: in the triangle a–b–c plus a pendant d on a, c(a) = 1/3, c(b) = c(c) = 1, c(d) = 0.
///
/// References: N. Chiba & T. Nishizeki, SIAM J. Comput. 14(1), 1985, doi:10.1137/0214017; D. J. Watts & S. H. Strogatz, Nature 393, 1998, doi:10.1038/30918; J.-P. Onnela et al.,
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
        // Orient every tie from the lower-ranked end (rank = (degree, index)) to the higher, so each
        // triangle u < v < w is found once, from u, in O(|E|^1.5) (Chiba & Nishizeki 1985).
        let degree = (0..<n).map { m.degree($0) }
        let plain = !graph.isWeighted && !graph.isDirected  // s = 2 on every tie
        var fwdOffsets = [Int](repeating: 0, count: n + 1)
        for u in 0..<n {
            var c = 0
            let du = degree[u]
            for k in m.offsets[u]..<m.offsets[u + 1] {
                let v = Int(m.neighbors[k])
                if degree[v] > du || (degree[v] == du && v > u) { c += 1 }
            }
            fwdOffsets[u + 1] = fwdOffsets[u] + c
        }
        var fwdTargets = [Int32](repeating: 0, count: fwdOffsets[n])
        var fwdS = [Double](repeating: 2, count: fwdOffsets[n])
        for u in 0..<n {
            var at = fwdOffsets[u]
            let du = degree[u]
            for k in m.offsets[u]..<m.offsets[u + 1] {
                let v = Int(m.neighbors[k])
                if degree[v] > du || (degree[v] == du && v > u) {
                    fwdTargets[at] = Int32(v)
                    if !plain { fwdS[at] = root(m.outWeight[k]) + root(m.inWeight[k]) }
                    at += 1
                }
            }
        }
        // T(i) = Σ over triangles {i, j, k} of 2 · s_ij · s_ik · s_jk: the product is the same for
        // all three corners, so each triangle adds it to each of them.
        let workers = ShortestPaths.workerCount(for: n)
        let buffers = (0..<workers).map { _ in UnsafeMutableBufferPointer<Double>.allocate(capacity: 2 * n) }
        for b in buffers { b.initialize(repeating: 0) }
        defer { for b in buffers { b.deallocate() } }
        let ctx = UncheckedSendable((buffers, fwdOffsets, fwdTargets, fwdS))
        ShortestPaths.parallelFor(count: n, workers: workers) { w, u in
            let (buffers, off, tgt, sv) = ctx.value
            let buffer = buffers[w]
            let mark = buffer.baseAddress!, acc = buffer.baseAddress! + n
            let lo = off[u], hi = off[u + 1]
            guard hi - lo >= 2 else { return }
            for k in lo..<hi { mark[Int(tgt[k])] = sv[k] }
            var au = 0.0
            for k in lo..<hi {
                let v = Int(tgt[k])
                let suv = sv[k]
                var av = 0.0
                for q in off[v]..<off[v + 1] {
                    let x = Int(tgt[q])
                    let suw = mark[x]
                    if suw != 0 {
                        let p = 2 * suv * suw * sv[q]
                        av += p
                        acc[x] += p
                    }
                }
                au += av
                acc[v] += av
            }
            acc[u] += au
            for k in lo..<hi { mark[Int(tgt[k])] = 0 }
        }
        var result = [Double](repeating: 0, count: n)
        for i in 0..<n {
            var t = 0.0
            for b in buffers { t += b[n + i] }
            guard t > 0 else { continue }
            let d = m.degree(i)
            if graph.isDirected {
                let total = graph.inDegree(i) + graph.outDegree(i)
                let reciprocated = total - d
                result[i] = t / (2 * Double(total * (total - 1) - 2 * reciprocated))
            } else {
                result[i] = t / (8 * Double(d * (d - 1)))
            }
        }
        return result
    }
}
