/// Structural balance of a signed network: which triangles of agencies hold together and which
/// are under strain, where the conflicts sit relative to the communities, and how balanced the
/// network is as a whole.
///
/// Definitions. Each pair of agencies joined by any relationship is a *signed pair*: negative when
/// any of its ties is negative (a `conflict`, or `sign` −1; ``Relationship/isNegative``), positive
/// otherwise. A pair with both a positive and a negative tie (a council that scrutinises a trust
/// and disputes its plans) is negative here, since the dispute is what the triangle's balance
/// turns on, and is flagged ``NegativeTie/alsoPositive``. Direction and weight are ignored. A
/// *triangle* is three agencies every two of which form a signed pair; its sign is the product of
/// its three pair signs. Following Heider and Cartwright & Harary, a triangle is *balanced* when
/// its sign is positive, that is when it has no negative pair (+ + +: three partners) or two
/// (+ − −: two agencies share a dispute with the third), and *unbalanced* when it has one
/// (+ + −: A and B both work with C but are in conflict) or three (− − −: all three in conflict;
/// balanced only in Davis's weaker sense, which this type does not use).
///
///     balance ratio = balanced triangles / all triangles
///
/// (Cartwright & Harary's degree of balance, counted over cycles of length 3), nil when the
/// network has no triangle. A network with no negative tie has ratio 1.
///
/// Negative ties inside a community: each negative pair whose two agencies are in the same
/// community of the partition given (``init(network:communities:)``; the silos command's
/// Leiden communities on the positive ties), i.e. a dispute inside a group that otherwise works
/// together.
///
/// - Complexity: O(|V| + |E| log d_max) to build the signed view, then O(Σ_{(u,v)} min-merge
///   (d(u) + d(v))) ⊆ O(|E| · d_max) time to enumerate the triangles by merging sorted neighbour
///   lists, O(|V| + |E| + T⁻) space where T⁻ is the number of triangles with a negative pair (the
///   all-positive triangles are counted, not stored).
/// - Corner cases: the empty network, one agency, a network without triangles (ratio nil, no
///   triangle listed) and a network without negative ties (ratio 1 when it has triangles, nothing
///   listed) are all handled; self-loops are ignored; a `communities` array of the wrong length
///   leaves every negative tie outside any community.
///
/// Example: council C, police P, trust T with C–P partnership, C–T partnership and P–T conflict
/// form one unbalanced triangle (+ + −): P and T both work with C but are in conflict; the ratio
/// is 0. Adding a voluntary body V in conflict with both P and T and a partner of C adds the
/// triangles (C, P, V) and (C, T, V), unbalanced (+ + −), and (P, T, V), unbalanced (− − −):
/// ratio 0 / 4 = 0.
///
/// References: F. Heider (1946), "Attitudes and cognitive organization", *Journal of Psychology*
/// 21, 107–112, doi:10.1080/00223980.1946.9917275; D. Cartwright & F. Harary (1956), "Structural
/// balance: a generalization of Heider's theory", *Psychological Review* 63(5), 277–293,
/// doi:10.1037/h0046049.
public struct StructuralBalance: Sendable {
    /// The four kinds of signed triangle, by how many of its pairs are negative.
    public enum TriangleKind: Int, CaseIterable, Sendable, Comparable {
        /// + + +: three partners (balanced).
        case threePartners = 0
        /// + + −: two partners of a third are in conflict with each other (unbalanced).
        case conflictBetweenPartners = 1
        /// + − −: two partners share a conflict with the third (balanced).
        case sharedConflict = 2
        /// − − −: all three in conflict (unbalanced).
        case allInConflict = 3

        /// The number of negative pairs in the triangle.
        public var negativePairs: Int { rawValue }
        /// Whether the triangle is balanced (an even number of negative pairs).
        public var isBalanced: Bool { rawValue % 2 == 0 }
        /// The signs written as in the literature: `+++`, `++-`, `+--`, `---`.
        public var signs: String { String(repeating: "+", count: 3 - rawValue) + String(repeating: "-", count: rawValue) }

        public static func < (lhs: TriangleKind, rhs: TriangleKind) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// A triangle with at least one negative pair.
    public struct Triangle: Sendable, Equatable {
        /// The three agencies, in this order: for + + − the two in conflict (`a`, `b`, by id) and
        /// their common partner (`c`); for + − − the two partners (`a`, `b`, by id) and the one
        /// both are in conflict with (`c`); for − − − all three by id.
        public var a: Int
        public var b: Int
        public var c: Int
        public var kind: TriangleKind
        public var isBalanced: Bool { kind.isBalanced }
    }

    /// A pair of agencies joined by a negative tie.
    public struct NegativeTie: Sendable, Equatable {
        /// The two agencies, `a < b` by index.
        public var a: Int
        public var b: Int
        /// The types of the negative relationships between them (`conflict`, or the type of a tie
        /// marked `sign` −1), in ``RelationshipType`` order.
        public var types: [RelationshipType]
        /// The types of the positive relationships the pair also has (they work together and are
        /// in dispute), in ``RelationshipType`` order; empty for a plain conflict.
        public var positiveTypes: [RelationshipType]
        /// Whether the pair also has a positive tie.
        public var alsoPositive: Bool { !positiveTypes.isEmpty }
        /// The community both agencies belong to, when they share one.
        public var community: Int?
        /// How many unbalanced triangles the pair sits in (+ + − and − − −).
        public var unbalancedTriangles: Int
        /// Whether the dispute is inside one community.
        public var insideCommunity: Bool { community != nil }
    }

    /// Signed pairs: positive and negative.
    public let positivePairs: Int
    public let negativePairs: Int
    /// Triangles of each kind, indexed by ``TriangleKind/rawValue``.
    public let triangleCounts: [Int]
    /// Every triangle with a negative pair, balanced or not, unbalanced first, then by kind and
    /// the agencies' ids.
    public let signedTriangles: [Triangle]
    /// The negative pairs, inside-community first, then by unbalanced triangles (descending), then ids.
    public let negativeTies: [NegativeTie]

    /// All triangles.
    public var triangleCount: Int { triangleCounts.reduce(0, +) }
    /// Balanced triangles (+ + + and + − −).
    public var balancedCount: Int { triangleCounts[0] + triangleCounts[2] }
    /// Unbalanced triangles (+ + − and − − −).
    public var unbalancedCount: Int { triangleCounts[1] + triangleCounts[3] }
    /// Balanced triangles / all triangles; nil without triangles.
    public var balanceRatio: Double? {
        let n = triangleCount
        return n == 0 ? nil : Double(balancedCount) / Double(n)
    }
    /// The unbalanced triangles, in ``signedTriangles`` order.
    public var unbalanced: [Triangle] { signedTriangles.filter { !$0.isBalanced } }
    /// The negative pairs inside a community.
    public var negativeTiesInsideCommunities: [NegativeTie] { negativeTies.filter(\.insideCommunity) }
    /// The number of triangles of one kind.
    public func count(_ kind: TriangleKind) -> Int { triangleCounts[kind.rawValue] }

    /// Analyses the signs of `network`'s ties.
    ///
    /// - Parameters:
    ///   - network: the network (its ties as they stand; filter by date first).
    ///   - communities: the community of each agency (e.g. ``SiloAnalysis/partition``'s
    ///     membership); negative ties inside one are listed as such. nil: no community is known.
    public init(network: Network, communities: [Int]? = nil) {
        let n = network.agencyCount
        let ids = network.agencies.map(\.id)
        let all = Graph(network: network, ties: .all)
        let negative = Graph(network: network, ties: .negative)
        // Sign of the arc stored at each position of `all`'s CSR: −1 when the pair has a negative tie.
        var sign = [Int8](repeating: 1, count: all.arcCount)
        for u in 0..<n {
            for k in all.offsets[u]..<all.offsets[u + 1] where negative.hasEdge(from: u, to: Int(all.targets[k])) {
                sign[k] = -1
            }
        }
        negativePairs = negative.edgeCount
        positivePairs = all.edgeCount - negative.edgeCount

        // Each triangle u < v < w once: for each pair (u, v), u < v, merge the neighbour lists of
        // u and v above v.
        var counts = [0, 0, 0, 0]
        var listed: [Triangle] = []
        var unbalancedPerPair: [Int64: Int] = [:]
        func key(_ x: Int, _ y: Int) -> Int64 { Int64(min(x, y)) << 32 | Int64(max(x, y)) }
        for u in 0..<n {
            for ku in all.offsets[u]..<all.offsets[u + 1] {
                let v = Int(all.targets[ku])
                guard v > u else { continue }
                var i = ku + 1, j = all.offsets[v]
                let iEnd = all.offsets[u + 1], jEnd = all.offsets[v + 1]
                while j < jEnd && Int(all.targets[j]) <= v { j += 1 }
                while i < iEnd && j < jEnd {
                    let x = all.targets[i], y = all.targets[j]
                    if x < y { i += 1; continue }
                    if y < x { j += 1; continue }
                    let w = Int(x)
                    let suv = sign[ku], suw = sign[i], svw = sign[j]
                    let negatives = (suv < 0 ? 1 : 0) + (suw < 0 ? 1 : 0) + (svw < 0 ? 1 : 0)
                    counts[negatives] += 1
                    if negatives > 0 {
                        let kind = TriangleKind(rawValue: negatives)!
                        // Put the triangle in reading order (see ``Triangle``).
                        let pairs: [(Int, Int, Int, Int8)] = [(u, v, w, suv), (u, w, v, suw), (v, w, u, svw)]
                        var t = Triangle(a: u, b: v, c: w, kind: kind)
                        if kind == .conflictBetweenPartners, let p = pairs.first(where: { $0.3 < 0 }) {
                            t = Triangle(a: p.0, b: p.1, c: p.2, kind: kind)
                        } else if kind == .sharedConflict, let p = pairs.first(where: { $0.3 > 0 }) {
                            t = Triangle(a: p.0, b: p.1, c: p.2, kind: kind)
                        }
                        if kind == .allInConflict {
                            let byID = [u, v, w].sorted { ids[$0] < ids[$1] }
                            t = Triangle(a: byID[0], b: byID[1], c: byID[2], kind: kind)
                        } else if ids[t.a] > ids[t.b] {
                            swap(&t.a, &t.b)
                        }
                        listed.append(t)
                        if !kind.isBalanced {
                            for p in pairs where p.3 < 0 { unbalancedPerPair[key(p.0, p.1), default: 0] += 1 }
                        }
                    }
                    i += 1
                    j += 1
                }
            }
        }
        triangleCounts = counts
        signedTriangles = listed.sorted { x, y in
            if x.isBalanced != y.isBalanced { return !x.isBalanced }
            if x.kind != y.kind { return x.kind < y.kind }
            let kx = [ids[x.a], ids[x.b], ids[x.c]], ky = [ids[y.a], ids[y.b], ids[y.c]]
            return kx.lexicographicallyPrecedes(ky)
        }

        // The negative pairs with their types, community and strain.
        var typesOf: [Int64: Set<RelationshipType>] = [:], positiveTypesOf: [Int64: Set<RelationshipType>] = [:]
        for r in network.relationships where r.source != r.target {
            if r.isNegative { typesOf[key(r.source, r.target), default: []].insert(r.type) }
            else { positiveTypesOf[key(r.source, r.target), default: []].insert(r.type) }
        }
        let membership = communities?.count == n ? communities : nil
        var ties: [NegativeTie] = []
        for u in 0..<n {
            for v32 in negative.neighbors(of: u) where Int(v32) > u {
                let v = Int(v32)
                let shared = membership.flatMap { $0[u] == $0[v] && $0[u] >= 0 ? $0[u] : nil }
                ties.append(NegativeTie(a: u, b: v, types: (typesOf[key(u, v)] ?? []).sorted(),
                                        positiveTypes: (positiveTypesOf[key(u, v)] ?? []).sorted(), community: shared,
                                        unbalancedTriangles: unbalancedPerPair[key(u, v)] ?? 0))
            }
        }
        negativeTies = ties.sorted { x, y in
            if x.insideCommunity != y.insideCommunity { return x.insideCommunity }
            if x.unbalancedTriangles != y.unbalancedTriangles { return x.unbalancedTriangles > y.unbalancedTriangles }
            let kx = [ids[x.a], ids[x.b]].sorted(), ky = [ids[y.a], ids[y.b]].sorted()
            return kx.lexicographicallyPrecedes(ky)
        }
    }
}
