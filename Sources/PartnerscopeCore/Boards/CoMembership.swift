/// The one-mode projection of a two-mode board network onto agencies: two agencies are tied when
/// they sit on a board together.
///
/// Weightings (w(a, b) over the boards k that a and b share, d(k) the number of members of k):
///
///     shared boards (networkx `weighted_projected_graph`):   w(a, b) = |{k}|
///     collaboration (Newman 2001):                           w(a, b) = Σ_k 1 / (d(k) − 1)
///
/// Newman's weighting makes each board give each member one unit of tie strength in all, shared
/// among its fellow members, so a seat on a ten-member board binds less than one on a board of two.
///
/// - Complexity: O(Σ_k d(k)² + P log P) time for P tied pairs, O(P) space.
///
/// Example: boards X = {a, b, c} and Y = {a, b}: w(a, b) = 2 shared, or 1/2 + 1/1 = 1.5
/// collaboration; w(a, c) = w(b, c) = 1 shared, 1/2 collaboration.
///
/// Reference: M. E. J. Newman, "Scientific collaboration networks. II. Shortest paths, weighted
/// networks, and centrality", Physical Review E 64, 016132, 2001, doi:10.1103/PhysRevE.64.016132;
/// networkx 3.6 `bipartite.weighted_projected_graph`, `collaboration_weighted_projected_graph`.
public enum CoMembership {
    /// How a projected tie is weighted.
    public enum Weighting: String, CaseIterable, Sendable {
        /// The number of boards the two agencies share.
        case sharedBoards = "shared-boards"
        /// Newman's collaboration weighting, Σ 1/(d(k) − 1).
        case collaboration
    }

    /// A projected tie: agencies a < b, its weight and the boards they share (ascending).
    public struct Tie: Hashable, Sendable {
        public var a: Int
        public var b: Int
        public var weight: Double
        public var boards: [Int]
    }

    /// Every co-membership tie, sorted by (a, b). Observers count as members.
    public static func ties(_ boards: BoardSet, weighting: Weighting = .sharedBoards) -> [Tie] {
        var shared: [Int64: [Int]] = [:]
        for k in boards.boards.indices {
            let members = boards.members(of: k)
            for i in members.indices {
                for j in members.indices where j > i {
                    shared[Int64(members[i]) << 32 | Int64(members[j]), default: []].append(k)
                }
            }
        }
        var result: [Tie] = []
        result.reserveCapacity(shared.count)
        for (key, ks) in shared {
            let weight: Double
            switch weighting {
            case .sharedBoards: weight = Double(ks.count)
            case .collaboration: weight = ks.reduce(0) { $0 + 1 / Double(boards.byBoard[$1].count - 1) }
            }
            result.append(Tie(a: Int(key >> 32), b: Int(key & 0xFFFF_FFFF), weight: weight, boards: ks))
        }
        result.sort { ($0.a, $0.b) < ($1.a, $1.b) }
        return result
    }

    /// The relationships of the projection, one undirected `partnership` tie per pair with its
    /// weight and a `boards` attribute naming the shared boards (ids joined by `|`).
    public static func relationships(_ boards: BoardSet, weighting: Weighting = .sharedBoards) -> [Relationship] {
        ties(boards, weighting: weighting).map { t in
            Relationship(source: t.a, target: t.b, type: .partnership, weight: t.weight, directed: false,
                         attributes: Attributes([("boards", t.boards.map { boards.boards[$0].id.rawValue }.joined(separator: "|"))]))
        }
    }
}

extension CoMembership {
    /// `network` with its relationships replaced by the co-membership ties of `boards`: every
    /// agency, area and boundary kept, so that any analysis can run on the projection; the day
    /// `network` shows (``Network/asAt``) is kept, so outputs still name it.
    ///
    /// - Complexity: as ``ties(_:weighting:)`` plus O(|V| + |areas| + |boundaries|).
    public static func projectedNetwork(_ network: Network, boards: BoardSet, weighting: Weighting = .sharedBoards) -> Network {
        var projected = Network(name: network.name, agencies: network.agencies, areas: network.areas, boundaries: network.boundaries,
                                relationships: relationships(boards, weighting: weighting),
                                hasAreasFile: network.hasAreasFile, hasBoundariesFile: network.hasBoundariesFile)
        projected.asAt = network.asAt
        return projected
    }
}
