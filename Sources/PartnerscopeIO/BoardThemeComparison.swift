import Foundation
import PartnerscopeCore

/// `batch --by board-theme=T`: every board of one theme compared side by side — size, seats, the
/// statutory members it lacks, how loaded its members are (the boards of any theme each sits on)
/// and how well their boundaries fit its footprint. Written as `boards.csv`, `boards.json` and a
/// self-contained `index.html` from one ``ReportTable``, so the three cannot disagree.
///
/// Member load of a board: mean and largest number of boards (of any theme, in the whole network)
/// its members sit on. Misaligned: members covering less than 1 − ε of the footprint.
///
/// - Complexity: as ``BoardAnalysis`` on the whole network.
public struct BoardThemeComparison: Sendable {
    public let theme: String
    public let report: BoardsReport
    public let boards: [Int]

    public init(network: Network, boards: BoardSet, theme: String, requirements: Requirements,
                tolerance: Double = BoardAnalysis.defaultTolerance) {
        self.theme = theme.lowercased()
        report = BoardsReport(network: network, boards: boards, requirements: requirements, tolerance: tolerance)
        // The boards needing attention first: most misaligned members, then most absences, then id.
        let a = report.analysis
        self.boards = boards.boards(theme: theme).sorted {
            let (p, q) = (a.boards[$0], a.boards[$1])
            if p.misaligned.count != q.misaligned.count { return p.misaligned.count > q.misaligned.count }
            if p.missing.absences.count != q.missing.absences.count { return p.missing.absences.count > q.missing.absences.count }
            return boards.boards[$0].id < boards.boards[$1].id
        }
    }

    public var table: ReportTable {
        let r = report
        var loadOf: [Int: Int] = [:]
        for l in r.analysis.loads { loadOf[l.agency] = l.load }
        let unit = r.unit
        let rows: [[ReportTable.Cell]] = boards.map { b in
            let p = r.analysis.boards[b]
            let loads = p.members.map { Double(loadOf[$0] ?? 0) }
            let mean = loads.isEmpty ? nil : loads.reduce(0, +) / Double(loads.count)
            let heaviest = p.members.max { (loadOf[$0] ?? 0, r.network.agencies[$1].id) < (loadOf[$1] ?? 0, r.network.agencies[$0].id) }
            let covered = p.coverage.compactMap { $0?.covered }
            return [.text(r.boards.boards[b].name), .int(p.members.count), .int(p.seats), .int(p.missing.absences.count),
                    .text(p.missing.absences.map(BoardsReport.absenceText).joined(separator: "; ")),
                    .number(mean, digits: 2), .int(loads.map { Int($0) }.max() ?? 0),
                    .text(heaviest.map { r.agencyName($0) } ?? ""),
                    .int(p.misaligned.count), .number(covered.min(), digits: 3),
                    .text(p.misaligned.map(r.agencyName).joined(separator: "; ")),
                    .number(p.footprintWeight, digits: 0), .text(r.boards.boards[b].id.rawValue)]
        }
        return ReportTable(
            id: "boards", title: "Every \(theme) board compared",
            explanation: "One row per board of theme \(theme): members and seats; the statutory members its theme's requirements name that no full member provides; member load = boards (of any theme) each member sits on, mean and largest, and the most loaded member; misaligned = members whose boundaries cover less than \(NumberFormat.fixed(100 * (1 - r.analysis.tolerance), 0))% of the footprint, and the smallest share any member covers; the \(unit) in the footprint.",
            emptyNote: "No board of this theme.",
            columns: [.init("board", "Board", long: true), .init("members", "Members", numeric: true), .init("seats", "Seats", numeric: true),
                      .init("absent", "Absent", numeric: true), .init("absent_members", "Absent statutory members", long: true),
                      .init("mean_member_load", "Mean member load", numeric: true), .init("max_member_load", "Largest member load", numeric: true),
                      .init("most_loaded_member", "Most loaded member"),
                      .init("misaligned", "Misaligned", numeric: true), .init("min_member_cover", "Smallest cover", numeric: true),
                      .init("misaligned_members", "Misaligned members", long: true),
                      .init("footprint_\(unit)", "Footprint \(unit)", numeric: true), .init("id", "Id")],
            rows: rows)
    }

    /// The page: title, summary sentences, the table.
    public func html() -> String {
        let t = table
        let absent = boards.filter { !report.analysis.boards[$0].missing.absences.isEmpty }.count
        let fillable = boards.filter { report.analysis.boards[$0].missing.absences.contains(where: \.kindListed) }.count
        let unlisted = Set(boards.flatMap { report.analysis.boards[$0].missing.absences.filter { !$0.kindListed }.map(\.requirement.label) }).sorted()
        let gapNote = unlisted.isEmpty ? "" : " (\(fillable) of them lack a kind the network lists; the network lists no body of kind \(unlisted.joined(separator: ", ")), so those absences may be gaps in the data)"
        let misaligned = boards.filter { !report.analysis.boards[$0].misaligned.isEmpty }.count
        let title = "\(report.network.name): every \(theme) board"
        let body: HTML = """
        <h1>\(title)</h1>
        <p>\(AsAtStamp.footer(asAt))</p>
        <ul><li>\(boards.count) boards; \(absent) lack a statutory member\(gapNote); \(misaligned) have members whose boundaries do not cover the footprint.</li></ul>
        \(t.html())
        """
        return HTMLPage(title: title, body: body).rendered
    }

    /// The day the boards are shown on (`--as-at`).
    var asAt: AsAt { report.network.asAt ?? .all }

    /// The comparison as JSON, `as_at` first.
    public func json() -> JSONValue {
        let t = table
        return AsAtStamp.json(.object([
            ("network", .string(report.network.name)), ("theme", .string(theme)), ("boards", .int(boards.count)),
            ("rows", .array(t.rows.map { row in
                .object(zip(t.columns, row).map { c, cell in (c.name, c.numeric ? (cell.sortValue.map { JSONValue.number($0) } ?? .null) : .string(cell.csv)) })
            })),
        ]), asAt)
    }

    /// Writes index.html, boards.csv and boards.json into `directory`, replaced atomically.
    public func write(to directory: String) throws {
        let files: [(String, String)] = [("index.html", html()), ("boards.csv", AsAtStamp.csv(table.csv(), asAt)), ("boards.json", json().rendered() + "\n")]
        try AtomicWriter.writeDirectory(directory) { temporary in
            for (name, text) in files {
                try Data(text.utf8).write(to: URL(fileURLWithPath: temporary).appendingPathComponent(name))
            }
        }
    }
}
