import Foundation
import PartnerscopeCore

/// The columns of the two optional board files.
public enum BoardsSchema {
    public static let boardColumns = (required: ["id", "name", "theme"], optional: ["area", "basis", "start", "end"])
    public static let membershipColumns = (required: ["board_id", "agency_id"],
                                           optional: ["role", "since", "until", "seats"])
    /// The largest `seats` value accepted: far above any real board, low enough that sums stay exact.
    public static let maximumSeats = 10_000
}

/// Reads `boards.csv` and `memberships.csv`, the two-mode part of a network folder, with the same
/// rules as the other files: every problem located (FILE:LINE:COLUMN) and collected; unknown
/// board, agency or area ids with the nearest known id suggested; a membership listed twice, an
/// unknown role, `seats` that is not a whole number from 1 to 10,000, a date that is not a real
/// calendar day or an end before its start are errors (the agencies' rule,
/// ``LoadState/period(_:from:to:)``); a board with no member and a header-only file are warnings.
/// `memberships.csv` without `boards.csv`, or a board `area` without `areas.csv`, is an error.
///
/// - Complexity: O(bytes + |memberships| log |memberships|).
extension LoadState {
    /// Reads the board files of `directory` when present; returns the boards (empty otherwise).
    mutating func readBoardFiles(directory: String) -> BoardSet {
        let boardsPath = (directory as NSString).appendingPathComponent("boards.csv")
        let membershipsPath = (directory as NSString).appendingPathComponent("memberships.csv")
        let hasBoards = FileManager.default.fileExists(atPath: boardsPath)
        let hasMemberships = FileManager.default.fileExists(atPath: membershipsPath)
        if hasMemberships && !hasBoards {
            errors.append(Diagnostic(file: membershipsPath, line: 1, column: 1,
                message: "memberships.csv names boards, but the folder has no boards.csv"))
            return BoardSet()
        }
        guard hasBoards else { return BoardSet() }
        var boards = BoardTables()
        readBoards(path: boardsPath, into: &boards)
        if hasMemberships { readMemberships(path: membershipsPath, into: &boards) }
        var hasMember = [Bool](repeating: false, count: boards.boards.count)
        for m in boards.memberships { hasMember[m.board] = true }
        for (b, line) in boards.lines.enumerated() where !hasMember[b] {
            warnings.append(Diagnostic(file: boardsPath, line: line, column: 1, severity: .warning,
                message: "board '\(boards.boards[b].id)' has no member in memberships.csv"))
        }
        return BoardSet(boards: boards.boards, memberships: boards.memberships)
    }

    private mutating func readBoards(path: String, into tables: inout BoardTables) {
        let schema = BoardsSchema.boardColumns
        let known = Set(schema.required + schema.optional)
        var cache: [Column]?
        var extras: [Int] = []
        read(path: path, display: path, columns: schema, headerOnlyIsError: false) { state, row in
            if cache == nil {
                cache = ["id", "name", "theme", "area", "basis", "start", "end"].map(row.table.column)
                extras = row.table.extraColumns(known: known)
            }
            let c = cache!
            let before = state.errors.count
            let id = state.required(row, c[0])
            let name = state.required(row, c[1])
            let theme = state.required(row, c[2])
            var areas: [Int] = []
            if let raw = state.value(row, c[3]) {
                if state.areaIndex.isEmpty && !state.areasUnreadable {
                    state.errors.append(row.error(c[3], "area '\(raw)' names an area, but the folder has no areas (areas.csv is missing or has no rows)"))
                } else {
                    for code in raw.split(separator: "|", omittingEmptySubsequences: false).map({ $0.trimmingCharacters(in: .whitespaces) }) {
                        if code.isEmpty {
                            state.errors.append(row.error(c[3], "empty area code in '\(raw)'; separate codes with a single '|'"))
                        } else if let k = state.areaIndex[AreaCode(code)] {
                            if !areas.contains(k) { areas.append(k) }
                        } else if !state.areasUnreadable && !state.invalidAreaCodes.contains(code) {
                            let all = state.areas
                            state.unknownReference(row, c[3], kind: "area", value: code) { all.map(\.code.rawValue) }
                        }
                    }
                }
            }
            let basis = state.value(row, c[4])
            let (start, end) = state.period(row, from: c[5], to: c[6])
            let attributes = state.attributes(row, extras)
            if let id {
                if let first = tables.firstLine[id] {
                    state.errors.append(row.error(c[0], "duplicate board id '\(id)' (first defined on line \(first))"))
                    return
                }
                tables.firstLine[id] = row.fields.line
            }
            guard let id, let name, let theme, state.errors.count == before else {
                if let id { tables.invalidIDs.insert(id) }
                return
            }
            let boardID = BoardID(id)
            tables.index[boardID] = tables.boards.count
            tables.lines.append(row.fields.line)
            tables.boards.append(Board(id: boardID, name: name, theme: theme.lowercased(), areas: areas, basis: basis,
                                       start: start, end: end, attributes: attributes))
        }
    }

    private mutating func readMemberships(path: String, into tables: inout BoardTables) {
        let schema = BoardsSchema.membershipColumns
        var cache: [Column]?
        var firstLine: [Int64: Int] = [:]
        read(path: path, display: path, columns: schema, headerOnlyIsError: false) { state, row in
            if cache == nil { cache = ["board_id", "agency_id", "role", "since", "until", "seats"].map(row.table.column) }
            let c = cache!
            let before = state.errors.count
            let boardID = state.required(row, c[0])
            let agencyID = state.required(row, c[1])
            let role = state.enumValue(row, c[2], as: MembershipRole.self, required: false)
            let (since, until) = state.period(row, from: c[3], to: c[4])
            let seats = state.integer(row, c[5], range: 1...BoardsSchema.maximumSeats,
                                      meaning: "a whole number of seats from 1 to \(BoardsSchema.maximumSeats)")
            guard let boardID, let agencyID else { return }
            let board = tables.index[BoardID(boardID)]
            let agency = state.agencyIndex[AgencyID(agencyID)]
            if board == nil && !tables.invalidIDs.contains(boardID) {
                let ids = tables.boards.map(\.id.rawValue)
                state.unknownReference(row, c[0], kind: "board", value: boardID) { ids }
            }
            if agency == nil && !state.agenciesUnreadable && !state.invalidAgencyIDs.contains(agencyID) {
                let agencies = state.agencies
                state.unknownReference(row, c[1], kind: "agency", value: agencyID) { agencies.map(\.id.rawValue) }
            }
            guard let board, let agency, state.errors.count == before else { return }
            let key = Int64(board) << 32 | Int64(agency)
            if let first = firstLine[key] {
                state.errors.append(row.error(c[1], "agency '\(agencyID)' is listed twice on board '\(boardID)' (first on line \(first)); give one row with seats for several seats"))
                return
            }
            firstLine[key] = row.fields.line
            tables.memberships.append(Membership(board: board, agency: agency, role: role ?? .member,
                                                 seats: seats ?? 1, since: since, until: until))
        }
    }
}

/// Boards read so far, with the line each came from.
struct BoardTables {
    var boards: [Board] = []
    var lines: [Int] = []
    var index: [BoardID: Int] = [:]
    /// The line of every id seen, valid or not, for duplicate checks.
    var firstLine: [String: Int] = [:]
    var invalidIDs: Set<String> = []
    var memberships: [Membership] = []
}
