/// Krackhardt & Stern's E–I index: how far ties stay inside groups (silos) or reach across them.
///
/// With E the ties between a member of a group and a non-member and I the ties between two members,
/// E–I = (E − I) / (E + I), from −1 (every tie internal: a silo) to +1 (every tie external).
/// For the whole network E counts ties between different groups and I ties within a group; for one
/// group g, E_g counts ties with exactly one end in g and I_g ties with both ends in g.
///
/// Ties are the graph's: in an undirected view each tie counts once; in a directed view each arc
/// counts (a reciprocated pair twice). In a weighted view E and I sum tie weights instead of counting.
///
/// - Complexity: O(|V| + |E|).
/// - Corner cases: the index is undefined (nil) when there are no ties (E + I = 0): the empty
///   graph, a single vertex, a group whose members have no tie at all.
/// - Reference: D. Krackhardt & R. N. Stern (1988), "Informal networks and organizational crises:
///   an experimental simulation", Social Psychology Quarterly 51(2), 123–140, doi:10.2307/2786835.
public enum EIIndex {
    /// External and internal tie totals of a group (or of the whole network).
    public struct Counts: Sendable, Equatable {
        /// Ties (or weight) between the group and the rest.
        public var external: Double
        /// Ties (or weight) inside the group.
        public var `internal`: Double

        public init(external: Double, internal: Double) {
            self.external = external
            self.internal = `internal`
        }

        /// (E − I) / (E + I), or nil without ties.
        public var index: Double? {
            let all = external + `internal`
            return all > 0 ? (external - `internal`) / all : nil
        }
    }

    /// Visits each tie once: (u, v, weight), u < v in an undirected graph, every arc in a directed one.
    static func forEachTie(_ graph: Graph, _ body: (Int, Int, Double) -> Void) {
        for u in 0..<graph.vertexCount {
            for e in graph.offsets[u]..<graph.offsets[u + 1] {
                let v = Int(graph.targets[e])
                if graph.isDirected || u < v { body(u, v, graph.weights[e]) }
            }
        }
    }

    /// E and I over the whole network for the group label of each vertex.
    public static func whole(_ graph: Graph, groups: [Int]) -> Counts {
        precondition(groups.count == graph.vertexCount, "one group per vertex")
        var counts = Counts(external: 0, internal: 0)
        forEachTie(graph) { u, v, w in
            if groups[u] == groups[v] { counts.internal += w } else { counts.external += w }
        }
        return counts
    }

    /// E_g and I_g for each group label `0..<groupCount`.
    public static func byGroup(_ graph: Graph, groups: [Int], groupCount: Int) -> [Counts] {
        precondition(groups.count == graph.vertexCount, "one group per vertex")
        var counts = [Counts](repeating: Counts(external: 0, internal: 0), count: groupCount)
        forEachTie(graph) { u, v, w in
            let a = groups[u], b = groups[v]
            if a == b {
                counts[a].internal += w
            } else {
                counts[a].external += w
                counts[b].external += w
            }
        }
        return counts
    }

    /// The group-by-group tie matrix: `counts[a][b]` ties and `weights[a][b]` their summed weight
    /// between groups a and b. Undirected: symmetric, a tie inside group a is on the diagonal once.
    /// Directed: rows are the sending group.
    public static func tieMatrix(_ graph: Graph, groups: [Int], groupCount: Int) -> (counts: [[Int]], weights: [[Double]]) {
        var counts = [[Int]](repeating: [Int](repeating: 0, count: groupCount), count: groupCount)
        var weights = [[Double]](repeating: [Double](repeating: 0, count: groupCount), count: groupCount)
        forEachTie(graph) { u, v, w in
            let a = groups[u], b = groups[v]
            counts[a][b] += 1
            weights[a][b] += w
            if !graph.isDirected && a != b {
                counts[b][a] += 1
                weights[b][a] += w
            }
        }
        return (counts, weights)
    }
}
