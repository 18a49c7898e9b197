/// Core number (k-core decomposition): the largest k such that the vertex belongs to a subgraph in
/// which every vertex has degree ≥ k.
///
/// Degree is the number of distinct neighbours on an undirected view and in-degree + out-degree on a
/// directed view (a reciprocated pair counts twice), as networkx 3.x `core_number`. Weights are ignored.
///
/// Corner cases: isolated vertices have core 0; empty graph → []; disconnected graphs are
/// decomposed as a whole.
///
/// - Complexity: O(|V| + |E|) time and space (bucket sort by degree).
///
/// Example: a triangle with a pendant vertex: the triangle's vertices have core 2, the pendant 1.
///
/// Reference: V. Batagelj & M. Zaveršnik, "An O(m) algorithm for cores decomposition of networks",
/// 2003, arXiv:cs/0310049; S. B. Seidman, Social Networks 5(3), 1983, doi:10.1016/0378-8733(83)90028-X.
public enum KCore {
    /// Core number of every vertex; see the type's documentation.
    public static func coreNumbers(_ graph: Graph) -> [Int] {
        let n = graph.vertexCount
        guard n > 0 else { return [] }
        var deg = (0..<n).map { graph.outDegree($0) + (graph.isDirected ? graph.inDegree($0) : 0) }
        let maxDeg = deg.max() ?? 0
        var bin = [Int](repeating: 0, count: maxDeg + 1)
        for d in deg { bin[d] += 1 }
        var start = 0
        for d in 0...maxDeg {
            let c = bin[d]
            bin[d] = start
            start += c
        }
        var pos = [Int](repeating: 0, count: n)
        var vert = [Int](repeating: 0, count: n)
        for v in 0..<n {
            pos[v] = bin[deg[v]]
            vert[pos[v]] = v
            bin[deg[v]] += 1
        }
        for d in stride(from: maxDeg, to: 0, by: -1) { bin[d] = bin[d - 1] }
        bin[0] = 0
        func lower(_ u: Int, below v: Int) {
            guard deg[u] > deg[v] else { return }
            let du = deg[u], pu = pos[u], pw = bin[du], w = vert[pw]
            if u != w {
                pos[u] = pw; vert[pu] = w
                pos[w] = pu; vert[pw] = u
            }
            bin[du] += 1
            deg[u] -= 1
        }
        for i in 0..<n {
            let v = vert[i]
            for u in graph.neighbors(of: v) { lower(Int(u), below: v) }
            if graph.isDirected { for u in graph.inNeighbors(of: v) { lower(Int(u), below: v) } }
        }
        return deg
    }
}
