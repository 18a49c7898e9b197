import GRDB

/// The run history's schema, created and upgraded by GRDB's `DatabaseMigrator`.
///
/// - `v1`: `run` (one row per recorded run, unique on label, command, split and network),
///   `run_group` (the groups of a run) and `metric` (one row per group and comparison column).
/// - `v2`: `run_group.successor_of` (the groups a group succeeds, for trends across
///   reorganisations), `gap` (coterminosity gaps per group), `missing_partner` (absent and unlinked
///   partners per group) and the view `metric_row` (run, group key, group name, metric, value).
///
/// Keys are natural (run id, group key, metric name, sequence number), so a rerun that replaces a
/// run writes exactly the rows it replaced. Foreign keys cascade: deleting a run deletes its rows.
/// See docs/history.md for the entity diagram.
public enum HistorySchema {
    /// The migration identifiers, oldest first; the last one is the current schema version.
    public static let versions = ["v1", "v2"]

    public static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE run (
                    id INTEGER PRIMARY KEY,
                    label TEXT NOT NULL,
                    command TEXT NOT NULL,
                    split TEXT NOT NULL,
                    network TEXT NOT NULL,
                    network_hash TEXT NOT NULL,
                    command_line TEXT NOT NULL,
                    partnerscope_version TEXT NOT NULL,
                    UNIQUE (label, command, split, network)
                );
                CREATE TABLE run_group (
                    run_id INTEGER NOT NULL REFERENCES run(id) ON DELETE CASCADE,
                    key TEXT NOT NULL,
                    name TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    PRIMARY KEY (run_id, key)
                ) WITHOUT ROWID;
                CREATE TABLE metric (
                    run_id INTEGER NOT NULL,
                    group_key TEXT NOT NULL,
                    name TEXT NOT NULL,
                    value REAL,
                    PRIMARY KEY (run_id, group_key, name),
                    FOREIGN KEY (run_id, group_key) REFERENCES run_group(run_id, key) ON DELETE CASCADE
                ) WITHOUT ROWID;
                CREATE INDEX metric_by_name ON metric(name);
                """)
        }
        migrator.registerMigration("v2") { db in
            try db.execute(sql: """
                ALTER TABLE run_group ADD COLUMN successor_of TEXT NOT NULL DEFAULT '';
                CREATE TABLE gap (
                    run_id INTEGER NOT NULL,
                    group_key TEXT NOT NULL,
                    seq INTEGER NOT NULL,
                    agency_a TEXT NOT NULL,
                    agency_b TEXT NOT NULL,
                    type_a TEXT NOT NULL,
                    type_b TEXT NOT NULL,
                    jaccard REAL NOT NULL,
                    population_affected REAL NOT NULL,
                    PRIMARY KEY (run_id, group_key, seq),
                    FOREIGN KEY (run_id, group_key) REFERENCES run_group(run_id, key) ON DELETE CASCADE
                ) WITHOUT ROWID;
                CREATE TABLE missing_partner (
                    run_id INTEGER NOT NULL,
                    group_key TEXT NOT NULL,
                    seq INTEGER NOT NULL,
                    kind TEXT NOT NULL,
                    themes TEXT NOT NULL,
                    agency TEXT NOT NULL,
                    candidate TEXT NOT NULL,
                    type TEXT NOT NULL,
                    score REAL NOT NULL,
                    reason TEXT NOT NULL,
                    PRIMARY KEY (run_id, group_key, seq),
                    FOREIGN KEY (run_id, group_key) REFERENCES run_group(run_id, key) ON DELETE CASCADE
                ) WITHOUT ROWID;
                CREATE VIEW metric_row AS
                    SELECT run.label AS run, run.network AS network, run.split AS split,
                           run_group.key AS group_key, run_group.name AS group_name,
                           metric.name AS metric, metric.value AS value
                    FROM metric
                    JOIN run ON run.id = metric.run_id
                    JOIN run_group ON run_group.run_id = metric.run_id AND run_group.key = metric.group_key;
                """)
        }
        return migrator
    }
}
