import PartnerscopeCore

/// Names the day an output describes (`--as-at`), in the way each format allows without breaking
/// its readers: a last line under a table, an `as_at` field first in a JSON object, and an
/// `as_at` column (the same value on every row) at the end of a CSV table, so that a CSV reader
/// needs no comment syntax and a spreadsheet keeps the date beside the figures.
public enum AsAtStamp {
    /// The footer line of a table: "As at 2024-05-07 (…)" or "All dates (…)".
    public static func footer(_ asAt: AsAt) -> String {
        switch asAt {
        case .all:
            return "All dates: every agency and tie, whatever its dates (--as-at DATE to look at one day)"
        case let .day(day):
            return "As at \(day): the agencies in existence and ties in force that day (default: the latest start or since date in the data; --as-at DATE or all)"
        }
    }

    /// `text` with the footer appended on its own line.
    public static func table(_ text: String, _ asAt: AsAt) -> String {
        (text.hasSuffix("\n") || text.isEmpty ? text : text + "\n") + footer(asAt) + "\n"
    }

    /// `value` with `as_at` as its first field when it is an object (any other value unchanged).
    public static func json(_ value: JSONValue, _ asAt: AsAt) -> JSONValue {
        guard case let .object(fields) = value else { return value }
        return .object([("as_at", .string(asAt.description))] + fields.filter { $0.0 != "as_at" })
    }

    /// CSV `text` (one header row) with an `as_at` column added to every record.
    ///
    /// - Complexity: O(length of the text).
    public static func csv(_ text: String, _ asAt: AsAt) -> String {
        csv(text, columns: [("as_at", asAt.description)])
    }

    /// CSV `text` (one header row) with the given (column, value) pairs added to every record: two
    /// days for an output that compares two (`diff`: `as_at_a`, `as_at_b`).
    ///
    /// - Complexity: O(length of the text).
    public static func csv(_ text: String, columns: [(String, String)]) -> String {
        var writer: CSVWriter?
        _ = CSVParser().parse(Array(text.utf8)) { record in
            if writer == nil {
                writer = CSVWriter(header: record.fields + columns.map(\.0))
            } else {
                writer!.appendRow(record.fields + columns.map(\.1))
            }
        }
        return writer?.text ?? text
    }
}
