/// Per-vertex sums of incoming shortest-path distances: the raw material of closeness, harmonic
/// centrality and the network's average path length and diameter.
///
/// For vertex v, over the sources u ≠ v that reach v: `reached` counts them, `sum` adds d(u, v),
/// `harmonic` adds 1 / d(u, v), and `farthest` is the largest d(u, v). Distances follow the view
/// (arcs u → v when directed; 1 / weight when weighted). When sampled, only K sources drawn with
/// SplitMix64(seed) are searched and `sourcesFor(v)` says how many of them could reach v (K, or
/// K − 1 when v itself was drawn).
public struct DistanceProfile: Sendable {
    public let vertexCount: Int
    public let reached: [Double]
    public let sum: [Double]
    public let harmonic: [Double]
    public let farthest: [Double]
    /// The sampled sources, ascending; nil when every vertex was a source (exact).
    public let sampledSources: [Int]?
    private let isSource: [Bool]

    /// Searches from every vertex (exact), or from `sampleSources` of them when fewer than n.
    ///
    /// Exact profiles search *into* each vertex (over in-arcs), so each vertex's sums are computed
    /// by one thread in a fixed order and do not depend on the number of cores.
    ///
    /// - Complexity: O(|V||E|) unweighted, O(|V|(|E| + |V| log |V|)) weighted; with sampling K
    ///   searches instead of |V|. O(|V| + |E|) space per worker (plus 4|V| per worker when sampled).
    public init(graph: Graph, sampleSources: Int? = nil, seed: UInt64 = 1) {
        let n = graph.vertexCount
        vertexCount = n
        if let k = sampleSources, k < n {
            let sources = ShortestPaths.sampleSources(n: n, count: max(k, 1), seed: seed)
            sampledSources = sources
            var flags = [Bool](repeating: false, count: n)
            for s in sources { flags[s] = true }
            isSource = flags
            (reached, sum, harmonic, farthest) = DistanceProfile.scatter(graph, sources: sources)
        } else {
            sampledSources = nil
            isSource = []
            (reached, sum, harmonic, farthest) = DistanceProfile.gather(graph)
        }
    }

    /// The number of searched sources other than v.
    public func sourcesFor(_ v: Int) -> Int {
        guard let s = sampledSources else { return vertexCount - 1 }
        return s.count - (isSource[v] ? 1 : 0)
    }

    /// The factor turning sums over sampled sources into estimates over all n − 1 others.
    public func scale(_ v: Int) -> Double {
        guard sampledSources != nil else { return 1 }
        let k = sourcesFor(v)
        return k > 0 ? Double(vertexCount - 1) / Double(k) : 0
    }

    /// Exact: one search per target over in-arcs.
    private static func gather(_ graph: Graph) -> ([Double], [Double], [Double], [Double]) {
        let n = graph.vertexCount
        var reached = [Double](repeating: 0, count: n)
        var sum = [Double](repeating: 0, count: n)
        var harmonic = [Double](repeating: 0, count: n)
        var farthest = [Double](repeating: 0, count: n)
        guard n > 1, graph.arcCount > 0 else { return (reached, sum, harmonic, farthest) }
        let workers = ShortestPaths.workerCount(for: n)
        let spaces = (0..<workers).map { _ in SSSPWorkspace(n: n) }
        let lengths: [Double] = graph.isWeighted ? Graph.reversedLengths(graph) : []
        reached.withUnsafeMutableBufferPointer { rb in
            sum.withUnsafeMutableBufferPointer { sb in
                harmonic.withUnsafeMutableBufferPointer { hb in
                    farthest.withUnsafeMutableBufferPointer { fb in
                        graph.inOffsets.withUnsafeBufferPointer { off in
                            graph.inSources.withUnsafeBufferPointer { adj in
                                lengths.withUnsafeBufferPointer { len in
                                    let ctx = UncheckedSendable((rb, sb, hb, fb, off, adj, len, spaces))
                                    ShortestPaths.parallelFor(count: n, workers: workers) { w, v in
                                        let (rb, sb, hb, fb, off, adj, len, spaces) = ctx.value
                                        let ws = spaces[w]
                                        var s = 0.0, h = 0.0, f = 0.0
                                        if graph.isWeighted {
                                            ws.dijkstra(from: v, offsets: off, adjacency: adj, lengths: len, countPaths: false)
                                            for i in 1..<max(ws.reached, 1) {
                                                let d = ws.dist[Int(ws.order[i])]
                                                s += d
                                                h += 1 / d
                                                if d > f { f = d }
                                            }
                                        } else {
                                            ws.distances(from: v, offsets: off, adjacency: adj)
                                            // BFS order is by level: count each level once.
                                            var i = 1
                                            while i < ws.reached {
                                                let level = ws.level[Int(ws.order[i])]
                                                var j = i + 1
                                                while j < ws.reached && ws.level[Int(ws.order[j])] == level { j += 1 }
                                                let d = Double(level), c = Double(j - i)
                                                s += c * d
                                                h += c / d
                                                f = d
                                                i = j
                                            }
                                        }
                                        rb[v] = Double(ws.reached - 1)
                                        sb[v] = s
                                        hb[v] = h
                                        fb[v] = f
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return (reached, sum, harmonic, farthest)
    }

    /// Sampled: one search per sampled source over out-arcs, scattered into per-worker sums.
    private static func scatter(_ graph: Graph, sources: [Int]) -> ([Double], [Double], [Double], [Double]) {
        let n = graph.vertexCount
        let workers = ShortestPaths.workerCount(for: sources.count)
        let spaces = (0..<workers).map { _ in SSSPWorkspace(n: n) }
        let lengths = graph.isWeighted ? graph.arcLengths : []
        let buffer = UnsafeMutableBufferPointer<Double>.allocate(capacity: 4 * workers * n)
        buffer.initialize(repeating: 0)
        defer { buffer.deallocate() }
        graph.offsets.withUnsafeBufferPointer { off in
            graph.targets.withUnsafeBufferPointer { adj in
                lengths.withUnsafeBufferPointer { len in
                    let ctx = UncheckedSendable((buffer, off, adj, len, spaces))
                    ShortestPaths.parallelFor(count: sources.count, workers: workers) { w, i in
                        let (buffer, off, adj, len, spaces) = ctx.value
                        let ws = spaces[w]
                        let base = buffer.baseAddress! + 4 * w * n
                        let r = base, s = base + n, h = base + 2 * n, f = base + 3 * n
                        if graph.isWeighted {
                            ws.dijkstra(from: sources[i], offsets: off, adjacency: adj, lengths: len, countPaths: false)
                        } else {
                            ws.distances(from: sources[i], offsets: off, adjacency: adj)
                        }
                        for j in 1..<max(ws.reached, 1) {
                            let v = Int(ws.order[j])
                            let d = graph.isWeighted ? ws.dist[v] : Double(ws.level[v])
                            r[v] += 1
                            s[v] += d
                            h[v] += 1 / d
                            if d > f[v] { f[v] = d }
                        }
                    }
                }
            }
        }
        var out = [[Double]](repeating: [Double](repeating: 0, count: n), count: 4)
        for w in 0..<workers {
            for q in 0..<3 {
                for v in 0..<n { out[q][v] += buffer[(4 * w + q) * n + v] }
            }
            for v in 0..<n { out[3][v] = max(out[3][v], buffer[(4 * w + 3) * n + v]) }
        }
        return (out[0], out[1], out[2], out[3])
    }
}

extension Graph {
    /// Lengths 1 / weight aligned with the in-CSR (`inSources`).
    static func reversedLengths(_ graph: Graph) -> [Double] { graph.inWeights.map { 1 / $0 } }
}

/// Closeness centrality with the Wasserman–Faust correction for disconnected graphs, as networkx 3.x
/// `closeness_centrality(wf_improved=True)`.
///
/// Definition, with r(v) the number of vertices that reach v (v excluded) and n the vertex count:
///
///     C(v) = (r(v) / (n − 1)) · (r(v) / Σ_u d(u, v))
///
/// Distances are *incoming* (u → v) on a directed view, as networkx does; lengths 1 / weight on a
/// weighted view. A vertex nothing reaches scores 0; n ≤ 1 → 0.
///
/// With `sampleSources` K < n, r(v) and Σ d(u, v) are estimated from the K sampled sources, each
/// scaled by (n − 1) / K_v (K_v = the sampled sources other than v).
///
/// - Complexity: O(|V||E|) unweighted, O(|V|(|E| + |V| log |V|)) weighted; O(|V| + |E|) space per worker.
///
/// Example: on the path a – b – c, b has r = 2 and Σ d = 2, so C(b) = (2/2)(2/2) = 1; a has Σ d = 3,
/// C(a) = 2/3.
///
/// References: A. Bavelas, J. Acoust. Soc. Am. 22(6), 1950, doi:10.1121/1.1906679; S. Wasserman &
/// K. Faust, *Social Network Analysis*, CUP 1994, doi:10.1017/CBO9780511815478.
public enum Closeness {
    /// Closeness of every vertex; see the type's documentation.
    public static func scores(_ graph: Graph, sampleSources: Int? = nil, seed: UInt64 = 1) -> [Double] {
        scores(DistanceProfile(graph: graph, sampleSources: sampleSources, seed: seed))
    }

    /// Closeness from a computed profile.
    public static func scores(_ p: DistanceProfile) -> [Double] {
        let n = p.vertexCount
        return (0..<n).map { v in
            guard n > 1, p.sum[v] > 0 else { return 0 }
            let f = p.scale(v)
            let r = p.reached[v] * f
            return (r / Double(n - 1)) * (r / (p.sum[v] * f))
        }
    }
}

/// Harmonic centrality, as networkx 3.x `harmonic_centrality` (not normalised).
///
/// Definition: H(v) = Σ_{u ≠ v} 1 / d(u, v), with 1/∞ = 0; distances incoming on a directed view,
/// 1 / weight on a weighted view. Isolated vertices and n ≤ 1 score 0. Divide by n − 1 to compare
/// networks of different sizes. With `sampleSources` K < n, the sum over sampled sources is scaled by
/// (n − 1) / K_v.
///
/// - Complexity: as ``Closeness``.
///
/// Example: on the path a – b – c, H(b) = 1 + 1 = 2 and H(a) = 1 + 1/2 = 1.5.
///
/// Reference: M. Marchiori & V. Latora, "Harmony in the small-world", Physica A 285, 2000,
/// doi:10.1016/S0378-4371(00)00311-3; P. Boldi & S. Vigna, "Axioms for centrality", Internet
/// Mathematics 10, 2014, doi:10.1080/15427951.2013.865686.
public enum Harmonic {
    /// Harmonic centrality of every vertex; see the type's documentation.
    public static func scores(_ graph: Graph, sampleSources: Int? = nil, seed: UInt64 = 1) -> [Double] {
        scores(DistanceProfile(graph: graph, sampleSources: sampleSources, seed: seed))
    }

    /// Harmonic centrality from a computed profile.
    public static func scores(_ p: DistanceProfile) -> [Double] {
        (0..<p.vertexCount).map { p.harmonic[$0] * p.scale($0) }
    }
}
