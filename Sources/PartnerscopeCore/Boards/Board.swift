/// The identifier of a board as written in `boards.csv` (`id` column).
public struct BoardID: Hashable, Comparable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public var description: String { rawValue }
    public static func < (lhs: BoardID, rhs: BoardID) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A partnership board: one row of `boards.csv` (a community safety partnership, a health and
/// wellbeing board, a local resilience forum…).
public struct Board: Hashable, Sendable {
    public var id: BoardID
    public var name: String
    /// A requirements theme (`community-safety`, `health-and-wellbeing`, `resilience`…) or free
    /// text; lower-cased. Boards of a theme the requirements name are checked against them.
    public var theme: String
    /// The areas the board serves (its footprint), as indices into ``Network/areas``; empty when
    /// `area` was blank. Several codes (`area` holding `E08000032|E08000033`) make a joint board's
    /// footprint their union.
    public var areas: [Int]
    /// The statute or agreement that establishes the board.
    public var basis: String?
    /// The first period the board existed in (`start`); nil: since before the data begins.
    public var start: ISODate?
    /// The last period it existed in (`end`, inclusive); nil: still exists.
    public var end: ISODate?
    /// Columns beyond the schema, kept verbatim.
    public var attributes: Attributes

    public init(id: BoardID, name: String, theme: String, areas: [Int] = [], basis: String? = nil,
                start: ISODate? = nil, end: ISODate? = nil, attributes: Attributes = Attributes()) {
        self.id = id
        self.name = name
        self.theme = theme
        self.areas = areas
        self.basis = basis
        self.start = start
        self.end = end
        self.attributes = attributes
    }
}

/// How an agency sits on a board (`role` in `memberships.csv`).
public enum MembershipRole: String, CaseIterable, Sendable, Comparable {
    case chair
    case statutoryMember = "statutory-member"
    case member
    case coOpted = "co-opted"
    case observer

    /// Whether the seat carries a vote in the usual terms of reference (observers do not).
    public var isFull: Bool { self != .observer }

    public static func < (a: MembershipRole, b: MembershipRole) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// One agency's seat(s) on one board: a row of `memberships.csv`.
public struct Membership: Hashable, Sendable {
    /// Index into ``BoardSet/boards``.
    public var board: Int
    /// Index into ``Network/agencies``.
    public var agency: Int
    public var role: MembershipRole
    /// Whole number of seats, at least 1.
    public var seats: Int
    /// The first period the agency sat on the board (`since`); nil: since the board began.
    public var since: ISODate?
    /// The last period it sat there (`until`, inclusive); nil: still sits.
    public var until: ISODate?

    public init(board: Int, agency: Int, role: MembershipRole = .member, seats: Int = 1,
                since: ISODate? = nil, until: ISODate? = nil) {
        self.board = board
        self.agency = agency
        self.role = role
        self.seats = seats
        self.since = since
        self.until = until
    }
}

/// The boards of a network and who sits on them: a two-mode (affiliation) network of agencies
/// and boards. Indices refer to the agencies of the ``Network`` it was loaded with.
///
/// Memberships are kept sorted by (board, agency) and unique per pair (the loader rejects a pair
/// listed twice), so `members(of:)` and `boards(of:)` are ascending.
public struct BoardSet: Sendable {
    public private(set) var boards: [Board]
    public private(set) var memberships: [Membership]
    /// Membership indices per board and per agency (CSR-like, ascending).
    public private(set) var byBoard: [[Int]]
    public private(set) var byAgency: [Int: [Int]]
    public private(set) var boardIndex: [BoardID: Int]

    /// - Complexity: O(|B| + |M| log |M|).
    public init(boards: [Board] = [], memberships: [Membership] = []) {
        self.boards = boards
        let sorted = memberships.sorted { ($0.board, $0.agency) < ($1.board, $1.agency) }
        self.memberships = sorted
        var byBoard = [[Int]](repeating: [], count: boards.count)
        var byAgency: [Int: [Int]] = [:]
        for (k, m) in sorted.enumerated() {
            byBoard[m.board].append(k)
            byAgency[m.agency, default: []].append(k)
        }
        self.byBoard = byBoard
        self.byAgency = byAgency
        var index: [BoardID: Int] = [:]
        for (i, b) in boards.enumerated() { index[b.id] = i }
        self.boardIndex = index
        assert(sorted.allSatisfy { boards.indices.contains($0.board) }, "membership names an unknown board")
    }

    public var isEmpty: Bool { boards.isEmpty }

    /// The agencies sitting on board `b`, ascending.
    public func members(of b: Int) -> [Int] { byBoard[b].map { memberships[$0].agency } }

    /// The boards agency `a` sits on, ascending.
    public func boards(of a: Int) -> [Int] { (byAgency[a] ?? []).map { memberships[$0].board } }

    /// The agencies that sit on at least one board, ascending.
    public var memberAgencies: [Int] { byAgency.keys.sorted() }

    /// The boards of one theme (lower-cased), ascending.
    public func boards(theme: String) -> [Int] {
        let t = theme.lowercased()
        return boards.indices.filter { boards[$0].theme == t }
    }

    /// The same boards and memberships re-indexed for a sub-network: `agencyMap[old]` is the
    /// agency's new index or nil when it was left out; memberships of left-out agencies go, and
    /// so do boards `keepBoard` rejects. `areaMap` re-indexes footprints likewise.
    ///
    /// - Complexity: O(|B| + |M|).
    public func remapped(agencyMap: [Int?], areaMap: [Int?], keepBoard: (Int) -> Bool = { _ in true }) -> BoardSet {
        var newIndex = [Int?](repeating: nil, count: boards.count)
        var newBoards: [Board] = []
        for (i, b) in boards.enumerated() where keepBoard(i) {
            newIndex[i] = newBoards.count
            var copy = b
            copy.areas = b.areas.compactMap { areaMap.indices.contains($0) ? areaMap[$0] : nil }
            newBoards.append(copy)
        }
        let newMemberships = memberships.compactMap { m -> Membership? in
            guard let nb = newIndex[m.board], agencyMap.indices.contains(m.agency), let na = agencyMap[m.agency] else { return nil }
            var copy = m
            copy.board = nb
            copy.agency = na
            return copy
        }
        return BoardSet(boards: newBoards, memberships: newMemberships)
    }
}
