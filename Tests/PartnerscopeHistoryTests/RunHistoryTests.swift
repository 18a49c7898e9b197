import Foundation
import GRDB
import PartnerscopeCore
import PartnerscopeHistory
import PartnerscopeIO
import TestSupport
import Testing

/// Health and safety themes: every footprint should hold a police force and a fire authority
/// (TwoRegions has no fire authority before, so each group has an absent-partner finding).
private let requirements = Requirements([
    Requirement(theme: "safety", alternatives: ["police"], reason: "community safety partnership"),
    Requirement(theme: "safety", alternatives: ["fire"], reason: "community safety partnership"),
])

/// The run of `batch --by type=icb` on `network` as the command records it (same code path:
/// split, one analysis per group, the comparison table, ``RecordedGroup/init(row:of:analysis:kind:successorOf:)``).
private func icbRun(_ network: Network, label: String, successors: [String: String] = [:]) -> RecordedRun {
    let groups = NetworkSplit.groups(of: network, by: .agencyType("icb")).filter { !$0.roots.isEmpty }
    var analyses: [String: NetworkAnalysis] = [:]
    var rows: [ComparisonRow] = []
    for g in groups {
        let sub = NetworkSplit.subnetwork(g, of: network)
        let analysis = NetworkAnalysis(network: sub, requirements: requirements, options: ComparisonRow.analysisOptions)
        var row = ComparisonRow(key: g.key, label: g.label, analysis: analysis)
        row.footprintPopulation = NetworkSplit.footprintPopulation(g, in: network)
        rows.append(row)
        analyses[g.key] = analysis
    }
    let table = ComparisonTable(rows: rows)
    return RecordedRun(label: label, command: "batch", split: "type=icb", network: network.name, networkHash: "hash-\(network.name)",
                       commandLine: "partnerscope batch \(network.name) --by type=icb", partnerscopeVersion: "test",
                       groups: table.rows.indices.map { i in
                           RecordedGroup(row: i, of: table, analysis: analyses[table.rows[i].key], kind: "icb",
                                         successorOf: successors[table.rows[i].key], sentence: MissingPartnersWording.sentence)
                       })
}

private func temporaryFile(_ name: String) throws -> String {
    try Fixtures.temporaryDirectory("history").appendingPathComponent(name).path
}


private func threeRuns(into path: String) throws -> RunHistory {
    let history = try RunHistory(path: path, create: true)
    try history.record(icbRun(TwoRegions.network, label: "2019"))
    try history.record(icbRun(TwoRegions.network, label: "2021"))
    try history.record(icbRun(TwoRegions.after, label: "2024"))
    return history
}

@Test func history_ofThreeRuns_isTheSameThroughGRDBAndThroughTheSqlite3Shell() throws {
    let path = try temporaryFile("three.sqlite")
    let history = try threeRuns(into: path)
    let runs = try history.runs()
    #expect(runs.map(\.label) == ["2019", "2021", "2024"])
    #expect(runs.map(\.groups) == [2, 2, 2], "h3 has no boundary and is not analysed")

    // The same question through the sqlite3 shell, on the view documented in docs/history.md.
    let shell = try SQLiteShell.run(path, """
        SELECT run, group_key, printf('%.6f', value) FROM metric_row WHERE metric = 'share_coterminous' ORDER BY run, group_key;
        """)
    let pool = try DatabaseQueue(path: path)
    let grdb = try pool.read { db in
        try Row.fetchAll(db, sql: """
            SELECT run.label, g.key, m.value FROM metric m JOIN run ON run.id = m.run_id
            JOIN run_group g ON g.run_id = m.run_id AND g.key = m.group_key
            WHERE m.name = 'share_coterminous' ORDER BY run.label, g.key
            """).map { row -> String in
            let value: Double = row[2]
            return "\(row[0] as String),\(row[1] as String),\(String(format: "%.6f", value))"
        }
    }
    #expect(shell.split(separator: "\n").map(String.init) == grdb)
    #expect(grdb.count == 6)
    // Hand-worked value (TwoRegions, before): in h1's footprint the overlapping pairs of different
    // types are c1–h1, c2–h1, c2–p1 (nested), c1–p1, h1–p1 (partial) and every pair with n1
    // (named on both regions, so everything lies within it: nested); no pair is exactly
    // coterminous, so share_coterminous = 0.
    #expect(grdb[0] == "2019,h1,0.000000")

    // Every table has rows, and the sqlite3 integrity check passes.
    #expect(try SQLiteShell.run(path, "PRAGMA integrity_check;") == "ok\n")
    let counts = try SQLiteShell.run(path, "SELECT (SELECT COUNT(*) FROM run), (SELECT COUNT(*) FROM run_group), (SELECT COUNT(*) FROM gap) > 0;")
    #expect(counts == "3,6,1\n")
    #expect(try SQLiteShell.run(path, "PRAGMA journal_mode;") == "wal\n")
}

@Test func rerun_withTheSameInputsAndLabel_addsNoRows_andLeavesTheSameContent() throws {
    let path = try temporaryFile("idem.sqlite")
    let history = try threeRuns(into: path)
    let dump = "SELECT * FROM run ORDER BY id; SELECT * FROM run_group ORDER BY 1, 2; SELECT * FROM metric ORDER BY 1, 2, 3; SELECT * FROM gap ORDER BY 1, 2, 3; SELECT * FROM missing_partner ORDER BY 1, 2, 3;"
    let before = try SQLiteShell.run(path, dump)
    let outcome = try history.record(icbRun(TwoRegions.network, label: "2021"))
    #expect(outcome == .replaced(runID: 2))
    #expect(try SQLiteShell.run(path, dump) == before)
    #expect(try history.runs().count == 3)
}

@Test func migration_fromAnEmptyFile_createsTheCurrentSchema() throws {
    let path = try temporaryFile("empty.sqlite")
    #expect(FileManager.default.createFile(atPath: path, contents: Data()))
    let history = try RunHistory(path: path, create: false)
    #expect(try history.appliedMigrations() == HistorySchema.versions)
    #expect(try history.runs().isEmpty)
}

@Test func migration_fromSchemaV1_keepsTheRunsAndAddsTheV2Tables() throws {
    let path = try temporaryFile("v1.sqlite")
    // A file at schema v1, written the way v1 wrote it (no successor, gap or finding tables).
    let v1 = try RunHistory(path: path, create: true, upTo: "v1")
    #expect(try v1.appliedMigrations() == ["v1"])
    let queue = try DatabaseQueue(path: path)
    try queue.write { db in
        try db.execute(sql: """
            INSERT INTO run (id, label, command, split, network, network_hash, command_line, partnerscope_version)
            VALUES (1, '2021', 'batch', 'type=ccg', 'england-2021', 'abc', 'partnerscope batch ...', '0.0.1');
            INSERT INTO run_group (run_id, key, name, kind) VALUES (1, 'ccg-1', 'CCG One', 'ccg');
            INSERT INTO metric (run_id, group_key, name, value) VALUES (1, 'ccg-1', 'share_coterminous', 0.25);
            """)
    }
    try queue.close()
    #expect(throws: (any Error).self) { try SQLiteShell.run(path, "SELECT * FROM gap;") }
    let upgraded = try RunHistory(path: path, create: false)
    #expect(try upgraded.appliedMigrations() == ["v1", "v2"])
    #expect(try SQLiteShell.run(path, "SELECT run, group_key, metric, value FROM metric_row;") == "2021,ccg-1,share_coterminous,0.25\n")
    #expect(try SQLiteShell.run(path, "SELECT successor_of = '' FROM run_group;") == "1\n")
    // The upgraded file takes new runs with every v2 table.
    try upgraded.record(icbRun(TwoRegions.network, label: "2024", successors: ["h1": "ccg-1"]))
    #expect(try SQLiteShell.run(path, "SELECT successor_of FROM run_group WHERE key = 'h1';") == "ccg-1\n")
    let trend = RunTrend(metric: "share_coterminous", by: "icb", runs: try upgraded.trendInput(metrics: ["share_coterminous"]))
    #expect(trend.series.first { $0.key == "h1" }?.points.first??.via == ["ccg-1"])
}


@Test func opening_aFileThatIsNotAHistory_isRefusedWithoutTouchingIt() throws {
    let text = try temporaryFile("notes.sqlite")
    try Data("just some text, not a database\n".utf8).write(to: URL(fileURLWithPath: text))
    #expect(throws: RunHistory.HistoryError.notAHistory(text, "not an SQLite database")) { try RunHistory(path: text, create: false) }
    #expect(try String(contentsOfFile: text, encoding: .utf8) == "just some text, not a database\n")

    let other = try temporaryFile("other.sqlite")
    try DatabaseQueue(path: other).write { try $0.execute(sql: "CREATE TABLE people (name TEXT)") }
    #expect(throws: RunHistory.HistoryError.self) { try RunHistory(path: other, create: false) }
    #expect(throws: RunHistory.HistoryError.notFound("/nonexistent/h.sqlite")) { try RunHistory(path: "/nonexistent/h.sqlite", create: false) }
}
