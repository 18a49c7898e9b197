/// Degree counts and strength of every vertex.
///
/// Definitions on the chosen view: `degree(v)` = the number of distinct neighbours (in ∪ out when
/// directed); `inDegree`/`outDegree` = distinct in-/out-neighbours (both equal `degree` when
/// undirected); `strength(v)` = Σ of the weights of v's ties — on a directed view the out- plus the
/// in-strength, as networkx `DiGraph.degree(weight=…)` (so an undirected relationship, which counts
/// both ways, adds its weight twice). Unweighted views weigh every tie 1. Not normalised.
///
/// Corner cases: isolated vertices and one-vertex graphs score 0; the empty graph gives [].
///
/// - Complexity: O(|V| + |E|).
///
/// Example: in the directed graph a → b, b → a, a → c: degree(a) = 2, outDegree(a) = 2,
/// inDegree(a) = 1, strength(a) = 3.
///
/// Reference: L. C. Freeman, "Centrality in social networks: conceptual clarification", Social
/// Networks 1(3), 1978, doi:10.1016/0378-8733(78)90021-7.
public enum DegreeCentrality {
    /// Distinct neighbours of each vertex.
    public static func degree(_ graph: Graph) -> [Double] {
        if !graph.isDirected { return (0..<graph.vertexCount).map { Double(graph.outDegree($0)) } }
        let m = MutualAdjacency(graph)
        return (0..<graph.vertexCount).map { Double(m.degree($0)) }
    }

    /// Distinct in-neighbours of each vertex.
    public static func inDegree(_ graph: Graph) -> [Double] { (0..<graph.vertexCount).map { Double(graph.inDegree($0)) } }

    /// Distinct out-neighbours of each vertex.
    public static func outDegree(_ graph: Graph) -> [Double] { (0..<graph.vertexCount).map { Double(graph.outDegree($0)) } }

    /// Sum of tie weights of each vertex (out + in when directed).
    public static func strength(_ graph: Graph) -> [Double] {
        (0..<graph.vertexCount).map { v in
            var s = 0.0
            for k in graph.offsets[v]..<graph.offsets[v + 1] { s += graph.weights[k] }
            if graph.isDirected {
                for k in graph.inOffsets[v]..<graph.inOffsets[v + 1] { s += graph.inWeights[k] }
            }
            return s
        }
    }
}
