import PartnerscopeCore

/// The boards analysis as tables (one model for the CSV files, the page and the terminal), JSON
/// and the sentences a partnership manager reads first.
public struct BoardsReport: Sendable {
    public let network: Network
    public let boards: BoardSet
    public let analysis: BoardAnalysis
    public let centrality: TwoModeCentrality
    /// The network candidates were drawn from (a catalogue), when not the network itself.
    public let candidateNetwork: Network?

    public init(network: Network, boards: BoardSet, requirements: Requirements,
                tolerance: Double = BoardAnalysis.defaultTolerance, catalogue: Network? = nil) {
        self.network = network
        self.boards = boards
        self.candidateNetwork = catalogue
        analysis = BoardAnalysis(network: network, boards: boards, requirements: requirements,
                                 tolerance: tolerance, catalogue: catalogue)
        centrality = TwoModeCentrality(boards)
    }

    var unit: String { analysis.byPopulation ? "people" : "areas" }

    func agencyName(_ a: Int) -> String { network.agencies[a].name }

    /// "no probation member (Crime and Disorder Act 1998 s.5(1)(aa)…)".
    static func absenceText(_ absence: BoardMissingMembers.Absence) -> String {
        let r = absence.requirement
        let observers = absence.observers.isEmpty ? "" : " (only as observer)"
        let unlisted = absence.kindListed ? "" : "; the network lists no such body"
        return "no \(r.alternatives.joined(separator: " or ")) member\(observers) (\(r.source.isEmpty ? r.reason : r.source))\(unlisted)"
    }

    /// The finding as the planner reads it: "Calderdale Community Safety Partnership: no probation
    /// member (Crime and Disorder Act 1998 s.5(1)(aa)…)".
    public func sentence(board b: Int, absence: BoardMissingMembers.Absence) -> String {
        "\(boards.boards[b].name): \(Self.absenceText(absence))"
    }

    func candidateText(_ absence: BoardMissingMembers.Absence, limit: Int = 3) -> String {
        let pool = candidateNetwork ?? network
        let list = absence.candidates.prefix(limit).map {
            "\(pool.agencies[$0.agency].name) (\(NumberFormat.fixed(100 * $0.covered, 0))%)"
        }
        let more = absence.candidates.count > limit ? " and \(absence.candidates.count - limit) more" : ""
        return list.joined(separator: "; ") + more
    }

    // MARK: Tables

    /// One row per board.
    public var boardsTable: ReportTable {
        let rows: [[ReportTable.Cell]] = analysis.boards.map { p in
            let board = boards.boards[p.board]
            let absent = p.missing.absences.map(Self.absenceText).joined(separator: "; ")
            let candidates = p.missing.absences.filter { !$0.candidates.isEmpty }
                .map { "\($0.requirement.label): " + candidateText($0) }.joined(separator: "; ")
            return [.text(board.name), .text(board.theme), .int(p.members.count), .int(p.seats),
                    .text(p.missing.isChecked ? (absent.isEmpty ? "none" : absent) : "not checked (theme has no requirements)"),
                    .text(candidates), .number(p.footprintWeight, digits: 0),
                    .text(p.misaligned.map(agencyName).joined(separator: "; ")),
                    .text(board.id.rawValue), .text(board.basis ?? "")]
        }
        return ReportTable(
            id: "boards", title: "Boards",
            explanation: "Each board with its members, the statutory members its theme's requirements name and no full member (observers do not count) provides, the bodies of that kind serving its footprint, the \(unit) in its footprint, and the members whose boundaries cover less than \(NumberFormat.fixed(100 * (1 - analysis.tolerance), 0))% of it.",
            emptyNote: "The network has no boards.csv.",
            columns: [.init("name", "Board", long: true), .init("theme", "Theme"), .init("members", "Members", numeric: true),
                      .init("seats", "Seats", numeric: true),
                      .init("absent", "Absent statutory members", help: "requirements of the theme no full member meets", long: true),
                      .init("candidates", "Candidates", help: "bodies of the absent kind serving the footprint, with the share of it they serve", long: true),
                      .init("footprint_\(unit)", "Footprint \(unit)", numeric: true),
                      .init("misaligned_members", "Members not covering the footprint", long: true),
                      .init("id", "Id"), .init("basis", "Basis", long: true)],
            rows: rows)
    }

    /// One row per membership, with the member's coverage of the board's footprint.
    public var membersTable: ReportTable {
        var rows: [[ReportTable.Cell]] = []
        for p in analysis.boards {
            let board = boards.boards[p.board]
            for (k, a) in p.members.enumerated() {
                let m = boards.memberships[boards.byBoard[p.board][k]]
                let c = p.coverage[k]
                rows.append([.text(board.name), .text(agencyName(a)), .text(network.agencies[a].type), .text(m.role.rawValue),
                             .int(m.seats), .number(c?.covered, digits: 3), .number(c?.inside, digits: 3),
                             .bool(p.misaligned.contains(a)), .text(board.id.rawValue), .text(network.agencies[a].id.rawValue)])
            }
        }
        return ReportTable(
            id: "board-members", title: "Board members and their boundaries",
            explanation: "Every seat: covers = the share of the board's \(unit) the member serves; inside = the share of the member's own \(unit) inside the board's footprint. A member covering less than the whole footprint leaves some of the board's \(unit) to a body without a seat.",
            emptyNote: "The network has no memberships.",
            columns: [.init("board", "Board", long: true), .init("agency", "Agency", long: true), .init("type", "Type"),
                      .init("role", "Role"), .init("seats", "Seats", numeric: true),
                      .init("covers", "Covers", numeric: true, help: "share of the board's footprint the member serves"),
                      .init("inside", "Inside", numeric: true, help: "share of the member's area inside the footprint"),
                      .init("misaligned", "Misaligned"), .init("board_id", "Board id"), .init("agency_id", "Agency id")],
            rows: rows)
    }

    /// One row per agency on a board, heaviest load first.
    public var loadTable: ReportTable {
        let rows: [[ReportTable.Cell]] = analysis.loads.map { l in
            [.text(agencyName(l.agency)), .int(l.load), .int(l.seats), .int(l.chairs),
             .text(l.boards.map { boards.boards[$0].name }.joined(separator: "; ")), .text(network.agencies[l.agency].id.rawValue)]
        }
        return ReportTable(
            id: "board-load", title: "Who sits round the most tables",
            explanation: "Boards per agency (load), seats and chairs, the heaviest loaded first: the same people round every table.",
            emptyNote: "No agency sits on a board.",
            columns: [.init("agency", "Agency", long: true), .init("boards", "Boards", numeric: true), .init("seats", "Seats", numeric: true),
                      .init("chairs", "Chairs", numeric: true), .init("board_names", "Sits on", long: true), .init("id", "Id")],
            rows: rows)
    }

    /// Pairs of boards sharing members, most duplicated first.
    public func overlapsTable(limit: Int? = nil) -> ReportTable {
        let listed = limit.map { Array(analysis.overlaps.prefix($0)) } ?? analysis.overlaps
        let rows: [[ReportTable.Cell]] = listed.map { o in
            [.text(boards.boards[o.a].name), .text(boards.boards[o.b].name), .int(o.shared.count), .number(o.jaccard, digits: 3),
             .bool(o.isIdentical), .text(o.shared.map(agencyName).joined(separator: "; ")),
             .text(boards.boards[o.a].id.rawValue), .text(boards.boards[o.b].id.rawValue)]
        }
        return ReportTable(
            id: "board-overlaps", title: "Boards that duplicate each other",
            explanation: "Pairs of boards with members in common: Jaccard = shared members / members of either. 1 means the same agencies sit on both.",
            emptyNote: "No two boards share a member.",
            columns: [.init("board_a", "Board", long: true), .init("board_b", "Board", long: true), .init("shared", "Shared", numeric: true),
                      .init("jaccard", "Jaccard", numeric: true), .init("identical", "Identical"),
                      .init("shared_members", "Shared members", long: true), .init("board_a_id", "Id A"), .init("board_b_id", "Id B")],
            rows: rows)
    }

    /// Two-mode centrality of every member agency and every board.
    public var centralityTable: ReportTable {
        let members = boards.memberAgencies
        var rows: [[ReportTable.Cell]] = []
        for (k, a) in members.enumerated() {
            rows.append([.text("agency"), .text(agencyName(a)), .number(centrality.degree[k], digits: 3),
                         .number(centrality.closeness[k], digits: 3), .number(centrality.betweenness[k], digits: 3),
                         .text(network.agencies[a].id.rawValue)])
        }
        for (b, board) in boards.boards.enumerated() {
            let v = members.count + b
            rows.append([.text("board"), .text(board.name), .number(centrality.degree[v], digits: 3),
                         .number(centrality.closeness[v], digits: 3), .number(centrality.betweenness[v], digits: 3),
                         .text(board.id.rawValue)])
        }
        return ReportTable(
            id: "board-centrality", title: "Two-mode centrality",
            explanation: "Agencies and boards as one affiliation network (Borgatti & Everett 1997, as networkx's bipartite module): degree = share of the other mode joined; closeness and betweenness normalised by their largest possible two-mode values.",
            emptyNote: "No memberships.",
            columns: [.init("mode", "Mode"), .init("name", "Name", long: true), .init("degree", "Degree", numeric: true),
                      .init("closeness", "Closeness", numeric: true), .init("betweenness", "Betweenness", numeric: true),
                      .init("id", "Id")],
            rows: rows)
    }

    /// The report's tables in page order.
    public var tables: [ReportTable] { [boardsTable, loadTable, overlapsTable(), membersTable, centralityTable] }

    // MARK: Sentences

    /// The board findings a partnership manager reads first.
    public func keyFindings() -> [String] {
        guard !boards.isEmpty else { return [] }
        var out: [String] = []
        let absent = analysis.boards.flatMap { p in p.missing.absences.map { (p.board, $0) } }
        let fillable = absent.filter { $0.1.kindListed }
        if !fillable.isEmpty {
            let boardsWith = Set(fillable.map(\.0)).count
            let first = fillable.prefix(2).map { sentence(board: $0.0, absence: $0.1) }.joined(separator: "; ")
            out.append("\(boardsWith) of \(boards.boards.count) boards lack a statutory member the network does list; for example \(first).")
        }
        let unlisted = Set(absent.filter { !$0.1.kindListed }.map { $0.1.requirement.alternatives.joined(separator: " or ") }).sorted()
        if !unlisted.isEmpty {
            let boardsWith = Set(absent.filter { !$0.1.kindListed }.map(\.0)).count
            out.append("\(boardsWith) board\(boardsWith == 1 ? " lacks" : "s lack") a member of a kind the network lists no body of (\(unlisted.joined(separator: "; "))): add those bodies to agencies.csv, or these are gaps in the boards themselves.")
        }
        if let top = analysis.loads.first {
            out.append("Heaviest board load: \(agencyName(top.agency)) sits on \(top.load) board\(top.load == 1 ? "" : "s") (\(top.seats) seat\(top.seats == 1 ? "" : "s")).")
        }
        let identical = analysis.overlaps.filter(\.isIdentical)
        if !identical.isEmpty {
            let o = identical[0]
            out.append("\(identical.count) pair\(identical.count == 1 ? "" : "s") of boards with identical membership, e.g. \(boards.boards[o.a].name) and \(boards.boards[o.b].name).")
        }
        let misaligned = analysis.boards.filter { !$0.misaligned.isEmpty }.count
        if misaligned > 0 {
            out.append("\(misaligned) board\(misaligned == 1 ? " has" : "s have") members whose boundaries do not cover the board's footprint.")
        }
        return out
    }

    // MARK: Text and JSON

    /// The terminal view: findings, then the boards, load, overlaps and centrality (top rows).
    public func text(top: Int) -> String {
        guard !boards.isEmpty else { return "\(network.name) has no boards (boards.csv and memberships.csv).\n" }
        var out = "Boards of \(network.name): \(boards.boards.count) boards, \(boards.memberships.count) memberships, \(boards.memberAgencies.count) agencies on a board\n\n"
        for f in keyFindings() { out += "- \(f)\n" }
        func render(_ t: ReportTable, _ keep: [String]) { out += t.terminalText(columns: keep, top: top) }
        render(boardsTable, ["id", "theme", "members", "seats", "footprint_\(unit)", "absent"])
        render(loadTable, ["id", "boards", "seats", "chairs"])
        render(overlapsTable(), ["board_a_id", "board_b_id", "shared", "jaccard"])
        return out
    }

    /// Every table as JSON arrays of objects keyed by the CSV columns, with the findings.
    public func json() -> JSONValue {
        func rows(_ t: ReportTable) -> JSONValue { t.jsonRows() }
        return .object([
            ("network", .string(network.name)),
            ("boards", .int(boards.boards.count)), ("memberships", .int(boards.memberships.count)),
            ("weighted_by", .string(unit)), ("tolerance", .number(analysis.tolerance)),
            ("findings", .array(keyFindings().map { .string($0) })),
            ("board_table", rows(boardsTable)), ("load", rows(loadTable)), ("overlaps", rows(overlapsTable())),
            ("members", rows(membersTable)), ("two_mode_centrality", rows(centralityTable)),
        ])
    }
}
