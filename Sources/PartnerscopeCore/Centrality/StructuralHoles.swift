/// Burt's structural-hole measures: how much a vertex's ties are redundant with each other.
///
/// With mutual weights m_ij = w_ij + w_ji over the neighbours N(i) (in ∪ out; w = 1 unweighted),
/// proportional strengths p_ij = m_ij / Σ_{k ∈ N(i)} m_ik and marginal strengths
/// q_ij = m_ij / max_{k ∈ N(i)} m_ik, as networkx 3.x `constraint` and `effective_size`:
///
///     constraint(i)     = Σ_{j ∈ N(i)} ( p_ij + Σ_{q ∈ N(i)} p_iq · p_qj )²
///     effectiveSize(i)  = Σ_{j ∈ N(i)} ( 1 − Σ_{q ∈ N(i)} p_iq · q_jq )
///
/// On an undirected unweighted view the effective size reduces to Borgatti's |N(i)| − 2t / |N(i)|
/// (t = ties among the neighbours). Not normalised: constraint ranges over (0, 1.125], and is 1
/// for a vertex with a single neighbour.
///
/// Corner cases: a vertex without neighbours has no alters; networkx returns NaN for both measures
/// there, Partnerscope returns 0 (no constraint from, and no non-redundant, contacts) so that outputs
/// never hold NaN. A directed vertex with only in-ties has neighbours and gets real values
/// (networkx's matrix code agrees). Empty graph → [].
///
/// - Complexity: O(Σ_i Σ_{j ∈ N(i)} d(j)) = O(|E| · d_max) time, O(|V| + |E|) space; vertices are
///   split over all cores.
///
/// Example: the star with centre c and leaves a, b: constraint(c) = 2 · (1/2)² = 0.5,
/// constraint(a) = 1; effectiveSize(c) = 2, effectiveSize(a) = 1.
///
/// Reference: R. S. Burt, *Structural Holes: The Social Structure of Competition*, Harvard UP, 1992,
/// doi:10.4159/9780674029095; S. P. Borgatti, "Structural holes: unpacking Burt's redundancy
/// measures", Connections 20(1), 1997.
public enum StructuralHoles {
    /// Burt's constraint of every vertex (0 for vertices without neighbours).
    public static func constraint(_ graph: Graph) -> [Double] { compute(graph).constraint }

    /// Burt's effective size of every vertex (0 for vertices without neighbours).
    public static func effectiveSize(_ graph: Graph) -> [Double] { compute(graph).effectiveSize }

    /// Both measures in one pass.
    public static func compute(_ graph: Graph) -> (constraint: [Double], effectiveSize: [Double]) {
        let n = graph.vertexCount
        guard n > 0 else { return ([], []) }
        let m = MutualAdjacency(graph)
        let mutual = (0..<m.neighbors.count).map { m.outWeight[$0] + m.inWeight[$0] }
        var total = [Double](repeating: 0, count: n)
        var largest = [Double](repeating: 0, count: n)
        for v in 0..<n {
            for k in m.offsets[v]..<m.offsets[v + 1] {
                total[v] += mutual[k]
                largest[v] = max(largest[v], mutual[k])
            }
        }
        var constraint = [Double](repeating: 0, count: n)
        var effective = [Double](repeating: 0, count: n)
        let workers = ShortestPaths.workerCount(for: n)
        let marks = (0..<workers).map { _ in UnsafeMutableBufferPointer<Double>.allocate(capacity: n) }
        for b in marks { b.initialize(repeating: 0) }
        defer { for b in marks { b.deallocate() } }
        constraint.withUnsafeMutableBufferPointer { cOut in
            effective.withUnsafeMutableBufferPointer { eOut in
                let ctx = UncheckedSendable((cOut, eOut, marks, m, mutual, total, largest))
                ShortestPaths.parallelFor(count: n, workers: workers) { w, i in
                    let (cOut, eOut, marks, m, mutual, total, largest) = ctx.value
                    let lo = m.offsets[i], hi = m.offsets[i + 1]
                    guard hi > lo, total[i] > 0 else { return }
                    let p = marks[w]
                    for k in lo..<hi { p[Int(m.neighbors[k])] = mutual[k] / total[i] }
                    var c = 0.0, e = 0.0
                    for k in lo..<hi {
                        let j = Int(m.neighbors[k])
                        var indirect = 0.0
                        var redundancy = 0.0
                        for r in m.offsets[j]..<m.offsets[j + 1] {
                            let q = Int(m.neighbors[r])
                            let piq = p[q]
                            if piq != 0 {
                                indirect += piq * mutual[r] / total[q]
                                redundancy += piq * mutual[r]
                            }
                        }
                        let local = mutual[k] / total[i] + indirect
                        c += local * local
                        e += 1 - redundancy / largest[j]
                    }
                    for k in lo..<hi { p[Int(m.neighbors[k])] = 0 }
                    cOut[i] = c
                    eOut[i] = e
                }
            }
        }
        return (constraint, effective)
    }
}
