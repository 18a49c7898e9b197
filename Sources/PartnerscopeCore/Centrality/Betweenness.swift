/// Betweenness centrality by Brandes' algorithm, exact or estimated from sampled sources.
///
/// Definition (vertex betweenness, endpoints excluded):
///
///     b(v) = Σ_{s ≠ v ≠ t} σ_st(v) / σ_st
///
/// where σ_st is the number of shortest s–t paths and σ_st(v) the number passing through v.
/// Shortest paths follow the view: arcs out of s when the graph is directed, both ways when
/// undirected; hop counts when unweighted, lengths 1 / weight when weighted (Dijkstra).
///
/// Normalisation, as networkx 3.x `betweenness_centrality(normalized=True, endpoints=False)`: the sum
/// over *ordered* pairs (s, t) is divided by (n − 1)(n − 2), for directed and undirected graphs alike
/// (an undirected pair counts twice and its maximum is twice as large, so the two agree). A star's
/// centre scores 1.
///
/// Sampling (Brandes & Pich 2007): with `sampleSources: K < n`, only K sources drawn uniformly
/// without replacement (SplitMix64 with `seed`) are searched. As in networkx 3.6, the sum at a
/// sampled vertex is divided by (K − 1)(n − 2) and at any other vertex by K(n − 2), an unbiased
/// estimate (a source never lies between itself and a target); K ≥ n gives the exact value.
///
/// Corner cases: n ≤ 2 or no ties → all 0; disconnected graphs → pairs with no path contribute 0;
/// K = 1 → the single source scores 0 (networkx gives NaN there).
///
/// - Complexity: O(|V||E|) time unweighted, O(|V||E| + |V|² log |V|) weighted, O(K·…) sampled;
///   O(|V| + |E|) space per worker thread. Sources are split over all cores.
///
/// Example: on the path a – b – c, b lies on the only a–c path: raw sum 2 (both orders),
/// normalised 2 / (2·1) = 1; a and c score 0.
///
/// Reference: U. Brandes, "A faster algorithm for betweenness centrality", J. Math. Sociol. 25(2),
/// 2001, doi:10.1080/0022250X.2001.9990249; U. Brandes & C. Pich, "Centrality estimation in large
/// networks", Int. J. Bifurcation and Chaos 17(7), 2007, doi:10.1142/S0218127407018403.
public enum Betweenness {
    /// Normalised betweenness of every vertex; see the type's documentation.
    ///
    /// - Parameters:
    ///   - graph: the view (directed or not, weighted or not).
    ///   - sampleSources: when set and below the vertex count, the number K of sampled sources.
    ///   - seed: the seed of the source sample.
    public static func scores(_ graph: Graph, sampleSources: Int? = nil, seed: UInt64 = 1) -> [Double] {
        let n = graph.vertexCount
        guard n > 2, graph.arcCount > 0 else { return [Double](repeating: 0, count: n) }
        let sources: [Int]
        let sampled: Bool
        if let k = sampleSources, k < n {
            sources = ShortestPaths.sampleSources(n: n, count: max(k, 1), seed: seed)
            sampled = true
        } else {
            sources = Array(0..<n)
            sampled = false
        }
        var raw = rawSums(graph, sources: sources)
        let pairs = Double(n - 2)
        if sampled {
            let k = Double(sources.count)
            var isSource = [Bool](repeating: false, count: n)
            for s in sources { isSource[s] = true }
            for v in 0..<n {
                if isSource[v] {
                    raw[v] = k > 1 ? raw[v] / ((k - 1) * pairs) : 0
                } else {
                    raw[v] /= k * pairs
                }
            }
        } else {
            let scale = 1 / (Double(n - 1) * pairs)
            for v in 0..<n { raw[v] *= scale }
        }
        return raw
    }

    /// Σ over the given sources of the dependencies δ_s(v), unnormalised.
    static func rawSums(_ graph: Graph, sources: [Int]) -> [Double] {
        let n = graph.vertexCount
        let workers = ShortestPaths.workerCount(for: sources.count)
        let lengths = graph.isWeighted ? graph.arcLengths : []
        let partial = UnsafeMutableBufferPointer<Double>.allocate(capacity: workers * n)
        partial.initialize(repeating: 0)
        defer { partial.deallocate() }
        let spaces = (0..<workers).map { _ in SSSPWorkspace(n: n) }
        let shared = UncheckedSendable((partial, spaces))
        graph.offsets.withUnsafeBufferPointer { off in
            graph.targets.withUnsafeBufferPointer { adj in
                lengths.withUnsafeBufferPointer { len in
                    let ctx = UncheckedSendable((off, adj, len))
                    ShortestPaths.parallelFor(count: sources.count, workers: workers) { w, i in
                        let (off, adj, len) = ctx.value
                        let (partial, spaces) = shared.value
                        let ws = spaces[w]
                        let acc = partial.baseAddress! + w * n
                        let s = sources[i]
                        if graph.isWeighted {
                            ws.dijkstra(from: s, offsets: off, adjacency: adj, lengths: len, countPaths: true)
                            accumulateWeighted(ws, source: s, offsets: off, adjacency: adj, lengths: len, into: acc)
                        } else {
                            ws.bfs(from: s, offsets: off, adjacency: adj, countPaths: true)
                            accumulateUnweighted(ws, source: s, offsets: off, adjacency: adj, into: acc)
                        }
                    }
                }
            }
        }
        var result = [Double](repeating: 0, count: n)
        for w in 0..<workers {
            for v in 0..<n { result[v] += partial[w * n + v] }
        }
        return result
    }

    /// Brandes' back-propagation over BFS levels: δ(v) = σ(v) Σ_{w: level(w) = level(v)+1, v→w} (1 + δ(w)) / σ(w).
    /// The workspace's `delta` holds (1 + δ(w)) / σ(w) once w is done, so each arc costs an add, not a divide.
    @inline(__always)
    static func accumulateUnweighted(_ ws: SSSPWorkspace, source s: Int, offsets: UnsafeBufferPointer<Int>,
                                     adjacency: UnsafeBufferPointer<Int32>, into acc: UnsafeMutablePointer<Double>) {
        let level = ws.level, sigma = ws.sigma, delta = ws.delta, order = ws.order
        var i = ws.reached - 1
        while i > 0 {  // order[0] is the source, whose dependency is not counted
            let v = Int(order[i])
            let next = level[v] + 1
            var d = 0.0
            for k in offsets[v]..<offsets[v + 1] {
                let w = Int(adjacency[k])
                if level[w] == next { d += delta[w] }
            }
            d *= sigma[v]
            acc[v] += d
            delta[v] = (1 + d) / sigma[v]  // stored as the coefficient its predecessors need
            i -= 1
        }
        _ = s
    }

    /// The weighted counterpart: successors are the w with dist(v) + ℓ(v,w) == dist(w).
    @inline(__always)
    static func accumulateWeighted(_ ws: SSSPWorkspace, source s: Int, offsets: UnsafeBufferPointer<Int>,
                                   adjacency: UnsafeBufferPointer<Int32>, lengths: UnsafeBufferPointer<Double>,
                                   into acc: UnsafeMutablePointer<Double>) {
        let dist = ws.dist, sigma = ws.sigma, delta = ws.delta, order = ws.order
        var i = ws.reached - 1
        while i > 0 {
            let v = Int(order[i])
            let dv = dist[v]
            var d = 0.0
            for k in offsets[v]..<offsets[v + 1] {
                let w = Int(adjacency[k])
                if dist[w] == dv + lengths[k] { d += delta[w] }
            }
            d *= sigma[v]
            acc[v] += d
            delta[v] = (1 + d) / sigma[v]
            i -= 1
        }
        _ = s
    }
}
