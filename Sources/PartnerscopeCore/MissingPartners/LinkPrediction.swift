import Foundation

/// Neighbourhood link-prediction scores: how strongly the partners two unlinked agencies already
/// share suggest that they should be tied.
///
/// For vertices x ≠ y with neighbour sets Γ(x), Γ(y), and k(z) = |Γ(z)| the degree of z:
///
///     CN(x, y) = |Γ(x) ∩ Γ(y)|
///     AA(x, y) = Σ_{z ∈ Γ(x) ∩ Γ(y)} 1 / ln k(z)        (Adamic–Adar)
///     RA(x, y) = Σ_{z ∈ Γ(x) ∩ Γ(y)} 1 / k(z)           (resource allocation)
///
/// A common partner with few ties counts more than a hub that is tied to everyone. Every common
/// neighbour has k(z) ≥ 2, so ln k(z) > 0 and the scores are finite.
///
/// Weighted view (`graph.isWeighted`), after Lü & Zhou (2010), with s(z) the strength of z (sum of
/// its tie weights):
///
///     WCN = Σ w(x,z) + w(z,y),  WAA = Σ (w(x,z) + w(z,y)) / ln(1 + s(z)),  WRA = Σ (w(x,z) + w(z,y)) / s(z)
///
/// Directed graphs are read as undirected (a tie either way makes z a neighbour), as in the
/// references. Scores are not normalised.
///
/// Corner cases: x = y, a zero-strength common neighbour (weighted view), an empty graph, a single vertex, or x and y in different components with
/// no common neighbour all give 0.
///
/// References: D. Liben-Nowell & J. Kleinberg, "The link-prediction problem for social networks",
/// JASIST 58(7), 2007, doi:10.1002/asi.20591; L. A. Adamic & E. Adar, "Friends and neighbors on the
/// Web", Social Networks 25(3), 2003, doi:10.1016/S0378-8733(03)00009-1; T. Zhou, L. Lü &
/// Y.-C. Zhang, "Predicting missing links via local information", Eur. Phys. J. B 71, 2009,
/// doi:10.1140/epjb/e2009-00335-8; L. Lü & T. Zhou, "Link prediction in weighted networks: the
/// role of weak ties", EPL 89, 2010, doi:10.1209/0295-5075/89/18001.
public struct LinkPrediction: Sendable {
    /// The scores of one pair.
    public struct Scores: Sendable, Equatable {
        /// The common neighbours, ascending.
        public var common: [Int]
        /// CN (or WCN when weighted).
        public var commonNeighbours: Double
        public var adamicAdar: Double
        public var resourceAllocation: Double

        public static let zero = Scores(common: [], commonNeighbours: 0, adamicAdar: 0, resourceAllocation: 0)
    }

    /// The undirected view the scores are computed on.
    public let graph: Graph
    private let strength: [Double]

    /// Prepares `graph` for scoring (symmetrised when directed).
    ///
    /// - Complexity: O(|V| + |E|), plus O(|E| log d_max) to symmetrise a directed graph.
    public init(_ graph: Graph) {
        let g = graph.isDirected ? graph.undirected() : graph
        self.graph = g
        var strength = [Double](repeating: 0, count: g.vertexCount)
        for v in 0..<g.vertexCount {
            for k in g.offsets[v]..<g.offsets[v + 1] { strength[v] += g.weights[k] }
        }
        self.strength = strength
    }

    /// The scores of a pair without the list of common neighbours (no allocation), for ranking
    /// many pairs.
    public struct Counts: Sendable, Equatable {
        /// |Γ(x) ∩ Γ(y)|.
        public var common: Int
        public var commonNeighbours: Double
        public var adamicAdar: Double
        public var resourceAllocation: Double
    }

    /// ``scores(_:_:)`` without the neighbour list. - Complexity: O(k(x) + k(y)).
    public func counts(_ x: Int, _ y: Int) -> Counts {
        var c = Counts(common: 0, commonNeighbours: 0, adamicAdar: 0, resourceAllocation: 0)
        merge(x, y) { _, cn, aa, ra in
            c.common += 1
            c.commonNeighbours += cn
            c.adamicAdar += aa
            c.resourceAllocation += ra
        }
        return c
    }

    /// The scores of the pair (x, y), found by merging the two sorted neighbour lists.
    ///
    /// - Complexity: O(k(x) + k(y)).
    public func scores(_ x: Int, _ y: Int) -> Scores {
        var result = Scores.zero
        merge(x, y) { z, cn, aa, ra in
            result.common.append(z)
            result.commonNeighbours += cn
            result.adamicAdar += aa
            result.resourceAllocation += ra
        }
        return result
    }

    /// Walks the common neighbours z of x and y, passing z and its CN, AA and RA terms.
    @inline(__always)
    private func merge(_ x: Int, _ y: Int, _ body: (Int, Double, Double, Double) -> Void) {
        guard x != y, x >= 0, y >= 0, x < graph.vertexCount, y < graph.vertexCount else { return }
        var i = graph.offsets[x], j = graph.offsets[y]
        let iEnd = graph.offsets[x + 1], jEnd = graph.offsets[y + 1]
        while i < iEnd && j < jEnd {
            let a = graph.targets[i], b = graph.targets[j]
            if a < b { i += 1; continue }
            if b < a { j += 1; continue }
            let z = Int(a)
            if graph.isWeighted {
                let w = graph.weights[i] + graph.weights[j]
                if strength[z] > 0 {
                    body(z, w, w / log(1 + strength[z]), w / strength[z])
                } else {
                    body(z, w, 0, 0)
                }
            } else {
                let k = Double(graph.outDegree(z))
                body(z, 1, 1 / log(k), 1 / k)
            }
            i += 1
            j += 1
        }
    }
}
