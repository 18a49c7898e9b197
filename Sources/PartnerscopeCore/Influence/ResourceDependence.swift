/// Who depends on whom in each kind of tie, and network influence as PageRank along those
/// dependences: influence flows toward the bodies others depend on.
///
/// Resource dependence (Pfeffer & Salancik 1978): an organisation that needs what another controls
/// (money, a contract, a mandate, a licence to operate) depends on it, and that dependence is the
/// other's power over it. Each relationship type has one direction of dependence, read from the
/// `source` and `target` columns by the convention of `relationships.csv` (Networks/README.md):
///
/// | type | convention | who depends on whom |
/// |---|---|---|
/// | `funding` | funder → recipient | the recipient on the funder |
/// | `commissioning` | commissioner → provider | the provider on the commissioner |
/// | `accountability` | member → the body it answers to | the member on that body |
/// | `scrutiny` | scrutineer → the body scrutinised | the scrutinised body on its scrutineer |
/// | `partnership`, `protocol`, `agreement`, `informal` | either way | each on the other (mutual) |
/// | `conflict` (and any tie with `sign` −1) | either way | none: a dispute is not a dependence |
///
/// The direction comes from the type, whatever the `directed` column says (a funding row marked
/// undirected still runs funder → recipient).
///
/// Influence: PageRank (``PageRank``, damping 0.85, tie weights) on the *dependence graph*, whose
/// arcs run from the dependent party to the party it depends on (a mutual tie gives both arcs,
/// parallel ties sum their weights). A body scores highly when bodies that themselves score highly
/// depend on it: the ICB above the trusts it commissions, a funder above its recipients, a
/// combined authority above its constituent councils. (Until December 2026 Partnerscope ran
/// PageRank along funder → recipient and commissioner → provider, which gave influence to the
/// funded and the commissioned; issue 13.)
///
/// - Complexity: O(|V| + |E| log d_max) to build the graph, then PageRank's
///   O(iterations · (|V| + |E|)).
/// - Corner cases: the empty network gives []; an agency with no positive tie gets the teleport
///   share (1 − d)/n plus its share of dangling mass; a network of mutual ties only gives the
///   PageRank of the undirected view.
///
/// Example: council C funds voluntary body V (C → V funding) and partners police P. Arcs: V → C,
/// C ⇄ P. C collects from V and P, so C > P > V.
///
/// Reference: J. Pfeffer & G. R. Salancik (1978), *The External Control of Organizations: A Resource
/// Dependence Perspective*, New York: Harper & Row (no DOI; reissued Stanford University Press
/// 2003, ISBN 9780804747899); PageRank: Brin & Page (1998), doi:10.1016/S0169-7552(98)00110-X.
public enum ResourceDependence {
    /// The direction of dependence of one tie, relative to its `source` and `target`.
    public enum Direction: String, Sendable, CaseIterable {
        /// The source depends on the target (`accountability`).
        case sourceOnTarget = "source depends on target"
        /// The target depends on the source (`funding`, `commissioning`, `scrutiny`).
        case targetOnSource = "target depends on source"
        /// Each depends on the other (`partnership`, `protocol`, `agreement`, `informal`).
        case mutual
        /// No dependence (`conflict`, or a tie marked `sign` −1).
        case none
    }

    /// The table above: the direction of dependence of each relationship type.
    public static func direction(of type: RelationshipType) -> Direction {
        switch type {
        case .funding, .commissioning, .scrutiny: .targetOnSource
        case .accountability: .sourceOnTarget
        case .partnership, .protocol, .agreement, .informal: .mutual
        case .conflict: .none
        }
    }

    /// The direction of one relationship: its type's, or none when the tie is negative.
    public static func direction(of r: Relationship) -> Direction {
        r.isNegative ? .none : direction(of: r.type)
    }

    /// The dependence graph: an arc from each dependent party to the party it depends on, weighted
    /// by the tie's weight (parallel arcs summed); self-loops dropped.
    ///
    /// - Complexity: O(|V| + |E| log d_max).
    public static func graph(_ network: Network) -> Graph {
        var arcs: [(Int, Int, Double)] = []
        arcs.reserveCapacity(network.relationships.count * 2)
        for r in network.relationships where r.source != r.target {
            switch direction(of: r) {
            case .sourceOnTarget: arcs.append((r.source, r.target, r.weight))
            case .targetOnSource: arcs.append((r.target, r.source, r.weight))
            case .mutual:
                arcs.append((r.source, r.target, r.weight))
                arcs.append((r.target, r.source, r.weight))
            case .none: break
            }
        }
        return Graph(vertexCount: network.agencyCount, edges: arcs, directed: true, weighted: true)
    }

    /// Network influence of every agency: PageRank on ``graph(_:)`` (damping `damping`, default
    /// 0.85); [] for the empty network. The scores sum to 1.
    public static func influence(_ network: Network, damping: Double = 0.85) -> [Double] {
        guard network.agencyCount > 0 else { return [] }
        return PageRank.scores(graph(network), damping: damping)
    }

    /// For each agency, whether another depends on it through one of its ties (it funds,
    /// commissions, is answered to or scrutinises): it holds power over someone in the sense of
    /// resource dependence. Used by ``StakeholderSalience``.
    ///
    /// - Complexity: O(|V| + |E|).
    public static func dependedOn(_ network: Network) -> [Bool] {
        var held = [Bool](repeating: false, count: network.agencyCount)
        for r in network.relationships where r.source != r.target {
            switch direction(of: r) {
            case .sourceOnTarget: held[r.target] = true
            case .targetOnSource: held[r.source] = true
            case .mutual, .none: break
            }
        }
        return held
    }
}
