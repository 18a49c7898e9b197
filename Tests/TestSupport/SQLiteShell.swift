import Foundation

/// The `sqlite3` command-line shell, for tests that check the run history the way an analyst
/// would query it.
public enum SQLiteShell {
    /// Runs `sqlite3 -batch -csv file sql` and returns its standard output; throws when the shell
    /// exits non-zero (e.g. on a missing table).
    public static func run(_ file: String, _ sql: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sqlite3", "-batch", "-csv", file, sql]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw Failure(status: process.terminationStatus, sql: sql) }
        return String(decoding: data, as: UTF8.self)
    }

    public struct Failure: Error {
        public var status: Int32
        public var sql: String
    }
}
