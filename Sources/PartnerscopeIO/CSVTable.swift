import Foundation

/// A column of a table, resolved once against the header so rows are read by position.
struct Column {
    let name: String
    /// Position in the header, nil when the (optional) column is absent.
    let index: Int?
}

/// A CSV file read against a schema: header matched case-insensitively after trimming spaces,
/// required columns checked, extra columns kept, every problem collected as a ``Diagnostic``.
/// Rows are streamed to a callback straight from the file's bytes.
struct CSVTable {
    let displayPath: String
    /// Lower-cased header name → position.
    let columns: [String: Int]
    /// The header as written, for extra-column attribute names.
    let header: [String]
    let headerLine: Int

    func column(_ name: String) -> Column { Column(name: name, index: columns[name]) }

    /// Positions of the header names not in `known`, in header order.
    func extraColumns(known: Set<String>) -> [Int] {
        header.indices.filter { !known.contains(header[$0].lowercased()) && !header[$0].isEmpty }
    }

    /// Reads `path`, checks its header, then calls `row` for every record whose field count
    /// matches the header. Returns false when the file cannot be used at all (unreadable, empty,
    /// a bad header, a required column missing); every problem goes to `diagnostics`.
    ///
    /// - Returns: the number of data rows seen (including rows rejected for their field count).
    @discardableResult
    static func stream(path: String, displayPath: String, required: [String], optional: [String],
                       diagnostics: inout [Diagnostic], headerOnly: (CSVTable) -> Void,
                       row: (CSVTable, CSVFields) -> Void) -> Bool {
        guard let data = FileManager.default.contents(atPath: path) else {
            diagnostics.append(Diagnostic(file: displayPath, line: 1, column: 1, message: "cannot read the file"))
            return false
        }
        var table: CSVTable?
        var headerFailed = false
        var rows = 0
        var local: [Diagnostic] = []
        let syntax: [CSVSyntaxError] = data.withUnsafeBytes { raw in
            let buffer = raw.bindMemory(to: UInt8.self)
            return CSVParser().parse(buffer) { fields in
                if headerFailed { return }
                guard let t = table else {
                    table = header(fields, displayPath: displayPath, required: required, optional: optional, diagnostics: &local)
                    if table == nil { headerFailed = true }
                    return
                }
                rows += 1
                if fields.count != t.header.count {
                    let expected = t.header.count
                    let p = fields.count > expected ? fields.position(expected) : fields.end
                    local.append(Diagnostic(file: displayPath, line: p.line, column: p.column,
                        message: "this row has \(fields.count) field\(fields.count == 1 ? "" : "s"), but the header has \(expected)"))
                    return
                }
                row(t, fields)
            }
        }
        for e in syntax {
            local.append(Diagnostic(file: displayPath, line: e.line, column: e.column, message: e.message))
        }
        if table == nil && syntax.isEmpty && !headerFailed {
            local.append(Diagnostic(file: displayPath, line: 1, column: 1,
                message: "the file is empty; expected a header row with the columns \(required.joined(separator: ", "))"))
        }
        diagnostics.append(contentsOf: local)
        guard let t = table else { return false }
        if rows == 0 && syntax.isEmpty { headerOnly(t) }
        return true
    }

    private static func header(_ fields: CSVFields, displayPath: String, required: [String], optional: [String],
                               diagnostics: inout [Diagnostic]) -> CSVTable? {
        var columns: [String: Int] = [:]
        var header: [String] = []
        for k in 0..<fields.count {
            if fields.byteCount(k) > NetworkLimits.nameLength, fields.length(k) > NetworkLimits.nameLength {
                let p = fields.position(k)
                diagnostics.append(Diagnostic(file: displayPath, line: p.line, column: p.column,
                    message: "a column name of \(fields.length(k)) characters; the longest allowed is \(NetworkLimits.nameLength)"))
                return nil
            }
            guard let raw = fields.string(k) else {
                let p = fields.position(k)
                diagnostics.append(Diagnostic(file: displayPath, line: p.line, column: p.column,
                    message: "invalid UTF-8 in the header; save the file as UTF-8"))
                return nil
            }
            let name = raw.trimmingCharacters(in: .whitespaces)
            header.append(name)
            let key = name.lowercased()
            if key.isEmpty {
                let p = fields.position(k)
                diagnostics.append(Diagnostic(file: displayPath, line: p.line, column: p.column,
                                              message: "empty column name in the header"))
            } else if columns[key] != nil {
                let p = fields.position(k)
                diagnostics.append(Diagnostic(file: displayPath, line: p.line, column: p.column,
                                              message: "column '\(name)' appears twice in the header"))
            } else {
                columns[key] = k
            }
        }
        let missing = required.filter { columns[$0] == nil }
        if !missing.isEmpty {
            for name in missing {
                diagnostics.append(Diagnostic(file: displayPath, line: fields.line, column: 1,
                    message: "missing required column '\(name)' (\(describeHeader(header, required: required)))"))
            }
            return nil
        }
        return CSVTable(displayPath: displayPath, columns: columns, header: header, headerLine: fields.line)
    }

    /// "the columns of this file are: …; required: …", naming at most 20 of the file's columns.
    static func describeHeader(_ header: [String], required: [String]) -> String {
        let shown = header.prefix(20).map { $0.isEmpty ? "''" : "'\($0)'" }.joined(separator: ", ")
        let more = header.count > 20 ? " and \(header.count - 20) more" : ""
        let columns = header.isEmpty ? "the file's header is empty" : "the columns of this file are: \(shown)\(more)"
        return "\(columns); required: \(required.joined(separator: ", "))"
    }
}
