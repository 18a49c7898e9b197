import PartnerscopeCore
import Testing

// A hand-made place with boards over time. Agencies: council (undated), police (undated),
// ccg (2013-04-01 – 2022-06-30), icb (from 2022-07-01, successor of ccg), lsc (2001-04-01 – 2010-03-31).
// Boards:
//   csp  community safety partnership, from 1998: council (chair), police, ccg (membership
//        2013-04-01 – 2022-06-30), icb (since 2022-07-01)
//   hwb  health and wellbeing board, from 2013-04-01: council, ccg (until 2022-06-30), icb
//   lsp  local strategic partnership, 2001 – 2010-03-31 (end): council, lsc, police
// By hand:
//   2009-06-30: csp {council, police}; lsp {council, lsc, police}; hwb does not exist yet.
//   2021-06-30: csp {council, police, ccg}; hwb {council, ccg}; lsp gone.
//   2024-06-30: csp {council, police, icb}; hwb {council, icb}.
//   The latest start/since date: 2022-07-01 (icb, its memberships).
private enum BoardEra {
    static let agencies = [
        Agency(id: "council", name: "Council", sector: .public, type: "metropolitan-district"),
        Agency(id: "police", name: "Police", sector: .public, type: "police"),
        Agency(id: "ccg", name: "CCG", sector: .public, type: "ccg", start: ISODate("2013-04-01"), end: ISODate("2022-06-30")),
        Agency(id: "icb", name: "ICB", sector: .public, type: "icb", start: ISODate("2022-07-01"), successorOf: ["ccg"]),
        Agency(id: "lsc", name: "LSC", sector: .public, type: "lsc", start: ISODate("2001-04-01"), end: ISODate("2010-03-31")),
    ]

    static func network() -> Network {
        Network(name: "boards-era", agencies: agencies, areas: [Area(code: "X", name: "X", population: 1000)],
                boundaries: agencies.indices.map { Boundary(agency: $0, area: 0) }, relationships: [])
    }

    static func boards() -> BoardSet {
        let boards = [
            Board(id: "csp", name: "CSP", theme: "community-safety", areas: [0], start: ISODate("1998")),
            Board(id: "hwb", name: "HWB", theme: "health-and-wellbeing", areas: [0], start: ISODate("2013-04-01")),
            Board(id: "lsp", name: "LSP", theme: "local-strategic-partnership", areas: [0], start: ISODate("2001"), end: ISODate("2010-03-31")),
        ]
        let memberships = [
            Membership(board: 0, agency: 0, role: .chair), Membership(board: 0, agency: 1),
            Membership(board: 0, agency: 2, since: ISODate("2013-04-01"), until: ISODate("2022-06-30")),
            Membership(board: 0, agency: 3, since: ISODate("2022-07-01")),
            Membership(board: 1, agency: 0), Membership(board: 1, agency: 2, until: ISODate("2022-06-30")),
            Membership(board: 1, agency: 3),
            Membership(board: 2, agency: 0), Membership(board: 2, agency: 4), Membership(board: 2, agency: 1),
        ]
        return BoardSet(boards: boards, memberships: memberships)
    }

    /// Board id → member ids on `day`.
    static func members(on day: String) -> [String: [String]] {
        let whole = network()
        let view = whole.asAt(.day(ISODate(day).first))
        let set = boards().asAt(.day(ISODate(day).first), whole: whole, view: view)
        var result: [String: [String]] = [:]
        for b in set.boards.indices {
            result[set.boards[b].id.rawValue] = set.members(of: b).map { view.agencies[$0].id.rawValue }.sorted()
        }
        return result
    }
}

@Test func boardsAsAt_summitEra_hasTheLSPAndNoHealthAndWellbeingBoard() {
    #expect(BoardEra.members(on: "2009-06-30") == ["csp": ["council", "police"], "lsp": ["council", "lsc", "police"]])
}

@Test func boardsAsAt_ccgEra_seatsTheCCG_andTheLSPIsGone() {
    #expect(BoardEra.members(on: "2021-06-30") == ["csp": ["ccg", "council", "police"], "hwb": ["ccg", "council"]])
}

@Test func boardsAsAt_icbEra_seatsTheICBInPlaceOfTheCCG() {
    #expect(BoardEra.members(on: "2024-06-30") == ["csp": ["council", "icb", "police"], "hwb": ["council", "icb"]])
}

@Test func boardsAsAt_boundaryDays_areInclusive() {
    // lsp ends 2010-03-31 (its last day) and the ICB's seats begin 2022-07-01.
    #expect(BoardEra.members(on: "2010-03-31")["lsp"] == ["council", "lsc", "police"])
    #expect(BoardEra.members(on: "2010-04-01")["lsp"] == nil)
    #expect(BoardEra.members(on: "2022-06-30")["csp"] == ["ccg", "council", "police"])
    #expect(BoardEra.members(on: "2022-07-01")["csp"] == ["council", "icb", "police"])
}

@Test func boardsAsAt_all_keepsEveryBoardAndMembership() {
    let whole = BoardEra.network()
    let set = BoardEra.boards().asAt(.all, whole: whole, view: whole.asAt(.all))
    #expect(set.boards.count == 3 && set.memberships.count == 10)
}

@Test func defaultAsAt_isTheLatestDate_andUndatedAgenciesStayAll() {
    let whole = BoardEra.network()
    #expect(AsAt.latest(whole, boards: BoardEra.boards()) == .day(ISODate("2022-07-01").first))
    // A board dated after every agency moves the default to its start, so the default never drops it.
    var later = BoardEra.boards().boards
    later.append(Board(id: "new", name: "New", theme: "x", start: ISODate("2024-05-07")))
    #expect(AsAt.latest(whole, boards: BoardSet(boards: later, memberships: BoardEra.boards().memberships)) == .day(ISODate("2024-05-07").first))
    // Undated agencies and ties: board dates alone do not date the snapshot.
    let undated = Network(name: "u", agencies: [Agency(id: "a", name: "A", sector: .public, type: "police")], relationships: [])
    let one = BoardSet(boards: [Board(id: "b", name: "B", theme: "x", start: ISODate("2013-04-01"))], memberships: [Membership(board: 0, agency: 0)])
    #expect(AsAt.latest(undated, boards: one) == .all)
}
