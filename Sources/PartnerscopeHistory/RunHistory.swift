import Foundation
import GRDB
import PartnerscopeCore

/// A run history file: SQLite in WAL mode (a reader can query while a batch writes), schema by
/// ``HistorySchema``, each run recorded in one transaction.
///
/// Opening migrates the file to the current schema (an empty or new file is created at the
/// current version; a file at an older version is upgraded in place). A file written by a newer
/// Partnerscope, a SQLite file that is not a run history, or a file that is not SQLite is refused
/// with ``HistoryError``.
public final class RunHistory: Sendable {
    public enum HistoryError: Error, CustomStringConvertible, Equatable {
        case notFound(String)
        case notAHistory(String, String)
        case newerSchema(String)
        case database(String, String)

        public var description: String {
            switch self {
            case let .notFound(path): "\(path): error: no such history file"
            case let .notAHistory(path, why): "\(path): error: not a Partnerscope run history (\(why))"
            case let .newerSchema(path): "\(path): error: the history was written by a newer Partnerscope (schema beyond \(HistorySchema.versions.last!)); upgrade Partnerscope to read it"
            case let .database(path, why): "\(path): error: \(why)"
            }
        }

        /// sysexits: 66 no input, 65 bad data, 74 I/O error.
        public var exitCode: Int32 {
            switch self {
            case .notFound: 66
            case .notAHistory, .newerSchema: 65
            case .database: 74
            }
        }
    }

    public let path: String
    let pool: DatabasePool

    /// Opens (and with `create`, creates) the history at `path` and migrates it to the current
    /// schema, or to `version` (tests use this to build a file at an older version).
    public init(path: String, create: Bool, upTo version: String? = nil) throws(HistoryError) {
        self.path = path
        if !create && !FileManager.default.fileExists(atPath: path) { throw .notFound(path) }
        do {
            var config = Configuration()
            config.busyMode = .timeout(30)
            pool = try DatabasePool(path: path, configuration: config)
            let migrator = HistorySchema.migrator
            try pool.read { db in
                let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
                if !tables.isEmpty && !tables.contains("grdb_migrations") {
                    throw HistoryError.notAHistory(path, "it has tables \(tables.sorted().prefix(5).joined(separator: ", ")) but no Partnerscope schema")
                }
            }
            if try pool.read({ try migrator.hasBeenSuperseded($0) }) { throw HistoryError.newerSchema(path) }
            if let version { try migrator.migrate(pool, upTo: version) } else { try migrator.migrate(pool) }
        } catch let error as HistoryError {
            throw error
        } catch let error as DatabaseError {
            if error.resultCode == .SQLITE_NOTADB { throw .notAHistory(path, "not an SQLite database") }
            throw .database(path, error.message ?? "\(error)")
        } catch {
            throw .database(path, "\(error)")
        }
    }

    /// The migrations applied, oldest first.
    public func appliedMigrations() throws -> [String] {
        try pool.read { try HistorySchema.migrator.appliedIdentifiers($0) }.sorted()
    }

    /// Whether the run was new or replaced an earlier record with the same identity.
    public enum RecordOutcome: Equatable, Sendable {
        case added(runID: Int64)
        case replaced(runID: Int64)
    }

    /// Records `run` in one transaction: an earlier run with the same (label, command, split,
    /// network) is replaced, keeping its id, so the same inputs and label give the same rows.
    /// A failure (or the process dying) before the commit leaves the file as it was.
    ///
    /// - Parameter afterGroup: called inside the transaction after each group is written (for
    ///   progress, and for the crash-consistency test).
    /// - Complexity: O(rows written), one prepared statement per table.
    @discardableResult
    public func record(_ run: RecordedRun, afterGroup: ((Int) -> Void)? = nil) throws(HistoryError) -> RecordOutcome {
        do {
            return try pool.write { db -> RecordOutcome in
                let existing = try Int64.fetchOne(db, sql: "SELECT id FROM run WHERE label = ? AND command = ? AND split = ? AND network = ?",
                                                  arguments: [run.label, run.command, run.split, run.network])
                let runID: Int64
                if let existing {
                    try db.execute(sql: "DELETE FROM run_group WHERE run_id = ?", arguments: [existing])
                    try db.execute(sql: "UPDATE run SET network_hash = ?, command_line = ?, partnerscope_version = ? WHERE id = ?",
                                   arguments: [run.networkHash, run.commandLine, run.partnerscopeVersion, existing])
                    runID = existing
                } else {
                    try db.execute(sql: """
                        INSERT INTO run (label, command, split, network, network_hash, command_line, partnerscope_version)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        """, arguments: [run.label, run.command, run.split, run.network, run.networkHash, run.commandLine, run.partnerscopeVersion])
                    runID = db.lastInsertedRowID
                }
                let group = try db.makeStatement(sql: "INSERT INTO run_group (run_id, key, name, kind, successor_of) VALUES (?, ?, ?, ?, ?)")
                let metric = try db.makeStatement(sql: "INSERT INTO metric (run_id, group_key, name, value) VALUES (?, ?, ?, ?)")
                let gap = try db.makeStatement(sql: """
                    INSERT INTO gap (run_id, group_key, seq, agency_a, agency_b, type_a, type_b, jaccard, population_affected)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
                let finding = try db.makeStatement(sql: """
                    INSERT INTO missing_partner (run_id, group_key, seq, kind, themes, agency, candidate, type, score, reason)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
                for (n, g) in run.groups.enumerated() {
                    try group.execute(arguments: [runID, g.key, g.name, g.kind, g.successorOf.joined(separator: ";")])
                    for m in g.metrics { try metric.execute(arguments: [runID, g.key, m.name, m.value]) }
                    for (k, x) in g.gaps.enumerated() {
                        try gap.execute(arguments: [runID, g.key, k + 1, x.agencyA, x.agencyB, x.typeA, x.typeB, x.jaccard, x.populationAffected])
                    }
                    for (k, f) in g.findings.enumerated() {
                        try finding.execute(arguments: [runID, g.key, k + 1, f.kind, f.themes, f.agency, f.candidate, f.type, f.score, f.reason])
                    }
                    afterGroup?(n + 1)
                }
                return existing == nil ? .added(runID: runID) : .replaced(runID: runID)
            }
        } catch let error as HistoryError {
            throw error
        } catch let error as DatabaseError {
            throw .database(path, "cannot record the run: \(error.message ?? "\(error)")")
        } catch {
            throw .database(path, "cannot record the run: \(error)")
        }
    }

    /// One recorded run with its size, for `partnerscope history`.
    public struct RunSummary: Sendable, Equatable {
        public var id: Int64
        public var label: String
        public var command: String
        public var split: String
        public var network: String
        public var networkHash: String
        public var commandLine: String
        public var partnerscopeVersion: String
        public var groups: Int
        public var metrics: Int
        public var gaps: Int
        public var findings: Int
    }

    /// Every run, ordered by label, then command, split and network.
    public func runs() throws(HistoryError) -> [RunSummary] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT r.id, r.label, r.command, r.split, r.network, r.network_hash, r.command_line, r.partnerscope_version,
                       (SELECT COUNT(*) FROM run_group g WHERE g.run_id = r.id) AS groups,
                       (SELECT COUNT(*) FROM metric m WHERE m.run_id = r.id) AS metrics,
                       (SELECT COUNT(*) FROM gap x WHERE x.run_id = r.id) AS gaps,
                       (SELECT COUNT(*) FROM missing_partner f WHERE f.run_id = r.id) AS findings
                FROM run r ORDER BY r.label, r.command, r.split, r.network
                """).map { row in
                RunSummary(id: row["id"], label: row["label"], command: row["command"], split: row["split"],
                           network: row["network"], networkHash: row["network_hash"], commandLine: row["command_line"],
                           partnerscopeVersion: row["partnerscope_version"], groups: row["groups"], metrics: row["metrics"],
                           gaps: row["gaps"], findings: row["findings"])
            }
        }
    }

    /// The names of the metrics recorded in any run, sorted.
    public func metricNames() throws(HistoryError) -> [String] {
        try read { db in try String.fetchAll(db, sql: "SELECT DISTINCT name FROM metric ORDER BY name") }
    }

    /// The input of ``RunTrend``: every run (ordered by label) with each group's value of the
    /// first of `metrics` the group has (alternatives for a metric whose name changed between
    /// vintages, e.g. `councils_split_icb,councils_split_ccg`) and its footprint population (the
    /// weight when predecessors are combined).
    public func trendInput(metrics: [String]) throws(HistoryError) -> [RunTrend.Run] {
        try read { db in
            let runs = try Row.fetchAll(db, sql: "SELECT id, label, network, split FROM run ORDER BY label, command, split, network")
            var values: [[String]: [String: Double?]] = [:]
            let wanted = metrics + ["population_footprint"]
            let marks = wanted.map { _ in "?" }.joined(separator: ", ")
            for row in try Row.fetchAll(db, sql: "SELECT run_id, group_key, name, value FROM metric WHERE name IN (\(marks))",
                                        arguments: StatementArguments(wanted)) {
                let run: Int64 = row["run_id"]
                values[[String(run), row["group_key"]], default: [:]][row["name"]] = .some(row["value"])
            }
            var groupsByRun: [Int64: [RunTrend.Observation]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT run_id, key, name, kind, successor_of FROM run_group ORDER BY run_id, key") {
                let run: Int64 = row["run_id"]
                let key: String = row["key"]
                let recorded = values[[String(run), key]] ?? [:]
                let value = metrics.lazy.compactMap { recorded[$0] }.first ?? nil
                let successors: String = row["successor_of"]
                groupsByRun[run, default: []].append(RunTrend.Observation(
                    key: key, name: row["name"], kind: row["kind"],
                    successorOf: successors.isEmpty ? [] : successors.split(separator: ";").map(String.init),
                    value: value, weight: recorded["population_footprint"] ?? nil))
            }
            return runs.map { r in
                let id: Int64 = r["id"]
                return RunTrend.Run(label: r["label"], network: r["network"], split: r["split"], groups: groupsByRun[id] ?? [])
            }
        }
    }

    private func read<T>(_ body: (Database) throws -> T) throws(HistoryError) -> T {
        do {
            return try pool.read(body)
        } catch let error as DatabaseError {
            throw .database(path, error.message ?? "\(error)")
        } catch {
            throw .database(path, "\(error)")
        }
    }
}
