import Foundation

/// A CSV file read against a schema: header matched case-insensitively after trimming spaces,
/// required columns checked, extra columns kept, every problem collected as a ``Diagnostic``.
struct CSVTable {
    let path: String
    /// Lower-cased header name → column position.
    let columns: [String: Int]
    /// The header as written, for extra-column attribute names.
    let header: [String]
    let headerPositions: [(line: Int, column: Int)]
    var records: [CSVRecord]
    let headerLine: Int

    /// Reads and splits a file. Returns nil (and reports why) when the file cannot be used at all:
    /// unreadable, empty, bad syntax in the header, or a required column missing.
    static func read(path: String, displayPath: String, required: [String], optional: [String],
                     diagnostics: inout [Diagnostic]) -> CSVTable? {
        guard let data = FileManager.default.contents(atPath: path) else {
            diagnostics.append(Diagnostic(file: displayPath, line: 1, column: 1, message: "cannot read the file"))
            return nil
        }
        return read(bytes: [UInt8](data), path: path, displayPath: displayPath, required: required,
                    optional: optional, diagnostics: &diagnostics)
    }

    /// Splits bytes already in memory (e.g. a built-in default file), as ``read(path:displayPath:required:optional:diagnostics:)``.
    static func read(bytes: [UInt8], path: String, displayPath: String, required: [String], optional: [String],
                     diagnostics: inout [Diagnostic]) -> CSVTable? {
        var records: [CSVRecord] = []
        let syntax = CSVParser().parse(bytes) { records.append($0) }
        for e in syntax {
            diagnostics.append(Diagnostic(file: displayPath, line: e.line, column: e.column, message: e.message))
        }
        guard let head = records.first else {
            if syntax.isEmpty {
                diagnostics.append(Diagnostic(file: displayPath, line: 1, column: 1,
                    message: "the file is empty; expected a header row with the columns \(required.joined(separator: ", "))"))
            }
            return nil
        }
        if let firstError = syntax.first, firstError.line < head.line {
            return nil  // the header itself was unreadable
        }
        var columns: [String: Int] = [:]
        var header: [String] = []
        for (k, raw) in head.fields.enumerated() {
            let name = raw.trimmingCharacters(in: .whitespaces)
            header.append(name)
            let key = name.lowercased()
            if key.isEmpty {
                diagnostics.append(Diagnostic(file: displayPath, line: head.positions[k].line,
                    column: head.positions[k].column, message: "empty column name in the header"))
            } else if columns[key] != nil {
                diagnostics.append(Diagnostic(file: displayPath, line: head.positions[k].line,
                    column: head.positions[k].column, message: "column '\(name)' appears twice in the header"))
            } else {
                columns[key] = k
            }
        }
        let missing = required.filter { columns[$0] == nil }
        if !missing.isEmpty {
            let known = (required + optional).joined(separator: ", ")
            for name in missing {
                diagnostics.append(Diagnostic(file: displayPath, line: head.line, column: 1,
                    message: "missing required column '\(name)' (the columns of this file are: \(known))"))
            }
            return nil
        }
        records.removeFirst()
        return CSVTable(path: path, columns: columns, header: header, headerPositions: head.positions,
                        records: records, headerLine: head.line)
    }

    /// Drops records whose field count differs from the header's, reporting each.
    mutating func checkFieldCounts(displayPath: String, diagnostics: inout [Diagnostic]) {
        let expected = header.count
        records.removeAll { r in
            guard r.fields.count != expected else { return false }
            if r.fields.count > expected {
                let pos = r.positions[expected]
                diagnostics.append(Diagnostic(file: displayPath, line: pos.line, column: pos.column,
                    message: "this row has \(r.fields.count) fields, but the header has \(expected)"))
            } else {
                diagnostics.append(Diagnostic(file: displayPath, line: r.end.line, column: r.end.column,
                    message: "this row has \(r.fields.count) field\(r.fields.count == 1 ? "" : "s"), but the header has \(expected)"))
            }
            return true
        }
    }

    /// The position of `column` in the header, if present.
    func index(_ column: String) -> Int? { columns[column] }

    /// Column positions of the header names not in `known`, in header order.
    func extraColumns(known: Set<String>) -> [Int] {
        header.indices.filter { !known.contains(header[$0].lowercased()) && !header[$0].isEmpty }
    }
}
