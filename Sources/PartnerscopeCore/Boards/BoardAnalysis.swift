/// What a network's boards look like as units: who sits on each, who is missing, how well the
/// members' boundaries fit the board's footprint, which agencies sit round the most tables and
/// which boards duplicate each other.
///
/// - Per board: members and seats; the requirements of its theme no full member meets
///   (``BoardMissingMembers``); the people in its footprint and each member's coverage of it
///   (``BoardFootprint``); the members covering less than 1 − ε of it (misaligned).
/// - Per agency: boards sat on, seats, chairs; ranked by load = boards sat on, then seats, then id.
/// - Per pair of boards sharing a member: shared members and the Jaccard index
///   J(X, Y) = |X ∩ Y| / |X ∪ Y| on their member sets; ranked by J, then shared count, then ids.
///   J = 1 means identical membership: two boards with the same people at the table.
///
/// - Complexity: O(Σ_a b(a)² + P log P) for the pairs (b(a) boards per agency, P pairs), plus
///   O(B · (|areas| · depth + Σ leaves of the members)) for the footprints.
public struct BoardAnalysis: Sendable {
    /// One board's profile.
    public struct BoardProfile: Sendable {
        public var board: Int
        /// Member agencies, ascending.
        public var members: [Int]
        public var seats: Int
        public var missing: BoardMissingMembers
        /// People in the footprint (leaf areas when populations are incomplete); nil without a footprint.
        public var footprintWeight: Double?
        /// Per member (same order as `members`): coverage of the footprint, nil when unknown.
        public var coverage: [(covered: Double, inside: Double)?]
        /// Members whose boundaries cover less than 1 − ε of the footprint, ascending.
        public var misaligned: [Int]
    }

    /// One agency's load.
    public struct AgencyLoad: Sendable {
        public var agency: Int
        /// Boards sat on, ascending.
        public var boards: [Int]
        public var seats: Int
        public var chairs: Int
        public var load: Int { boards.count }
    }

    /// Two boards that share members (a < b).
    public struct Overlap: Sendable {
        public var a: Int
        public var b: Int
        /// Shared members, ascending.
        public var shared: [Int]
        public var jaccard: Double
        public var isIdentical: Bool { jaccard >= 1 }
    }

    public var boards: [BoardProfile]
    /// Every agency on at least one board, heaviest load first.
    public var loads: [AgencyLoad]
    /// Every pair of boards sharing a member, most duplicated first.
    public var overlaps: [Overlap]
    /// Whether footprint figures weigh by population (else by leaf areas).
    public var byPopulation: Bool
    public var tolerance: Double

    public static let defaultTolerance = 0.01

    public init(network: Network, boards set: BoardSet, requirements: Requirements,
                tolerance: Double = BoardAnalysis.defaultTolerance,
                catalogue: Network? = nil) {
        let shares = PopulationShares(network)
        let catalogueShares = catalogue.map(PopulationShares.init)
        byPopulation = shares.byPopulation
        self.tolerance = tolerance
        boards = set.boards.indices.map { b in
            let members = set.members(of: b)
            let seats = set.byBoard[b].reduce(0) { $0 + set.memberships[$1].seats }
            let missing = BoardMissingMembers(board: b, boards: set, network: network, requirements: requirements,
                                              candidateNetwork: catalogue, candidateShares: catalogueShares ?? shares)
            let footprint = BoardFootprint(areas: set.boards[b].areas, network: network, shares: shares)
            let coverage = members.map { a in footprint?.coverage(of: a, in: shares) }
            let misaligned = zip(members, coverage).compactMap { a, c in (c.map { $0.covered < 1 - tolerance } ?? false) ? a : nil }
            return BoardProfile(board: b, members: members, seats: seats, missing: missing,
                                footprintWeight: footprint?.weight, coverage: coverage, misaligned: misaligned)
        }
        loads = set.memberAgencies.map { a in
            let ms = (set.byAgency[a] ?? []).map { set.memberships[$0] }
            return AgencyLoad(agency: a, boards: ms.map(\.board), seats: ms.reduce(0) { $0 + $1.seats },
                              chairs: ms.filter { $0.role == .chair }.count)
        }.sorted {
            if $0.load != $1.load { return $0.load > $1.load }
            if $0.seats != $1.seats { return $0.seats > $1.seats }
            return network.agencies[$0.agency].id < network.agencies[$1.agency].id
        }
        var shared: [Int64: [Int]] = [:]
        for a in set.memberAgencies {
            let bs = set.boards(of: a)
            for i in bs.indices {
                for j in bs.indices where j > i { shared[Int64(bs[i]) << 32 | Int64(bs[j]), default: []].append(a) }
            }
        }
        overlaps = shared.map { key, members in
            let a = Int(key >> 32), b = Int(key & 0xFFFF_FFFF)
            let union = set.byBoard[a].count + set.byBoard[b].count - members.count
            return Overlap(a: a, b: b, shared: members.sorted(), jaccard: Double(members.count) / Double(union))
        }.sorted {
            if $0.jaccard != $1.jaccard { return $0.jaccard > $1.jaccard }
            if $0.shared.count != $1.shared.count { return $0.shared.count > $1.shared.count }
            return (set.boards[$0.a].id, set.boards[$0.b].id) < (set.boards[$1.a].id, set.boards[$1.b].id)
        }
    }
}
