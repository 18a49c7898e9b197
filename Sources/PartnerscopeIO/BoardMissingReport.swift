import PartnerscopeCore

/// Missing partners per board, for `partnerscope missing`: each board checked against its theme's
/// requirements, one finding per absent statutory member, read as a planner would say it —
/// "Calderdale Community Safety Partnership: no probation member (Crime and Disorder Act 1998
/// s.5(1)(aa)…)" — with the bodies of the absent kind serving the board's footprint as candidates.
///
/// CSV columns: `board_id,board,theme,requires,finding,candidates,candidate_ids,candidate_covers,source`.
public struct BoardMissingReport: Sendable {
    public let report: BoardsReport

    public init(network: Network, boards: BoardSet, requirements: Requirements, catalogue: Network? = nil) {
        report = BoardsReport(network: network, boards: boards, requirements: requirements, catalogue: catalogue)
    }

    /// (board, absence) in board order (boards.csv's order), absences in requirement order.
    var findings: [(board: Int, absence: BoardMissingMembers.Absence)] {
        report.analysis.boards.flatMap { p in p.missing.absences.map { (p.board, $0) } }
    }

    var checked: Int { report.analysis.boards.filter(\.missing.isChecked).count }

    var pool: Network { report.candidateNetwork ?? report.network }

    public func csv() -> String {
        var writer = CSVWriter(header: ["board_id", "board", "theme", "requires", "finding", "candidates", "candidate_ids",
                                        "candidate_covers", "source"])
        for f in findings {
            let b = report.boards.boards[f.board]
            writer.appendRow([b.id.rawValue, b.name, b.theme, f.absence.requirement.label,
                              report.sentence(board: f.board, absence: f.absence),
                              f.absence.candidates.map { pool.agencies[$0.agency].name }.joined(separator: ";"),
                              f.absence.candidates.map { pool.agencies[$0.agency].id.rawValue }.joined(separator: ";"),
                              f.absence.candidates.map { NumberFormat.json($0.covered) }.joined(separator: ";"),
                              f.absence.requirement.source])
        }
        return writer.text
    }

    public func json() -> JSONValue {
        .object([
            ("boards_checked", .int(checked)),
            ("boards", .int(report.boards.boards.count)),
            ("findings", .array(findings.map { f in
                let b = report.boards.boards[f.board]
                return .object([
                    ("board_id", .string(b.id.rawValue)), ("board", .string(b.name)), ("theme", .string(b.theme)),
                    ("requires", .array(f.absence.requirement.alternatives.map { .string($0) })),
                    ("finding", .string(report.sentence(board: f.board, absence: f.absence))),
                    ("kind_listed", .bool(f.absence.kindListed)),
                    ("observers", .array(f.absence.observers.map { .string(report.network.agencies[$0].id.rawValue) })),
                    ("candidates", .array(f.absence.candidates.map { c in
                        .object([("id", .string(pool.agencies[c.agency].id.rawValue)), ("name", .string(pool.agencies[c.agency].name)),
                                 ("covers", .number(c.covered))])
                    })),
                    ("source", .string(f.absence.requirement.source)),
                ])
            })),
        ])
    }

    /// The terminal section: one sentence per finding, candidates indented below.
    public func text(limit: Int) -> String {
        let all = findings
        var out = "\nBoards missing statutory members (\(all.count) finding\(all.count == 1 ? "" : "s") on \(Set(all.map(\.board)).count) of \(checked) boards checked against their theme)\n"
        for f in (limit > 0 ? Array(all.prefix(limit)) : all) {
            out += "- " + TextTable.clean(report.sentence(board: f.board, absence: f.absence)) + "\n"
            if !f.absence.candidates.isEmpty {
                out += "    candidates: " + TextTable.clean(report.candidateText(f.absence)) + "\n"
            }
        }
        if limit > 0 && all.count > limit { out += "… and \(all.count - limit) more (--top 0 lists all)\n" }
        return out
    }
}

extension BoardMissingReport {
    /// `document` (the agency findings' JSON object) with a `board_findings` member added when
    /// there are boards; unchanged otherwise.
    public static func appending(_ report: BoardMissingReport?, to document: JSONValue) -> JSONValue {
        guard let report, case var .object(fields) = document else { return document }
        fields.append(("board_findings", report.json()))
        return .object(fields)
    }
}
