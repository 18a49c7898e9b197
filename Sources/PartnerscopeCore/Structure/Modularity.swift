/// Newman–Girvan modularity of a partition, with a resolution parameter.
public enum Modularity {
    /// The modularity of `membership` on `graph`.
    ///
    /// Undirected: Q = (1/2m) Σ_ij [A_ij − γ k_i k_j / 2m] δ(c_i, c_j), with 2m = Σ_ij A_ij and k the
    /// (weighted) degrees. Directed (Leicht & Newman 2008, doi:10.1103/PhysRevLett.100.118703):
    /// Q = (1/m) Σ_ij [A_ij − γ k_i^out k_j^in / m] δ(c_i, c_j). Both as networkx's `modularity`.
    ///
    /// - Parameters:
    ///   - membership: any integer label per vertex (labels need not be consecutive, but must be ≥ 0).
    ///   - resolution: γ (default 1).
    /// - Complexity: O(|V| + |E|).
    /// - Corner cases: 0 for a graph without ties (networkx would divide by zero); 0 for the empty graph.
    /// - Reference: M. E. J. Newman & M. Girvan (2004), Phys. Rev. E 69, 026113,
    ///   doi:10.1103/PhysRevE.69.026113; resolution: J. Reichardt & S. Bornholdt (2006),
    ///   doi:10.1103/PhysRevE.74.016110.
    public static func of(_ graph: Graph, membership: [Int], resolution: Double = 1) -> Double {
        precondition(membership.count == graph.vertexCount, "one label per vertex")
        let n = graph.vertexCount
        guard n > 0 else { return 0 }
        let labels = Leiden.compact(membership).0
        var inner = [Double](repeating: 0, count: n)
        var outWeight = [Double](repeating: 0, count: n)
        var inWeight = [Double](repeating: 0, count: n)
        var total = 0.0
        for v in 0..<n {
            let c = labels[v]
            for e in graph.offsets[v]..<graph.offsets[v + 1] {
                let w = graph.weights[e]
                let u = Int(graph.targets[e])
                total += w
                outWeight[c] += w
                inWeight[labels[u]] += w
                if labels[u] == c { inner[c] += w }
            }
        }
        guard total > 0 else { return 0 }
        var q = 0.0
        for c in 0..<n where outWeight[c] > 0 || inWeight[c] > 0 {
            q += inner[c] / total - resolution * (outWeight[c] / total) * (inWeight[c] / total)
        }
        return q
    }
}
