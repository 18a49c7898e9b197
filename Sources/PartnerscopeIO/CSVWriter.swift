import Foundation

/// Writes RFC 4180 CSV: fields holding a comma, quote, CR or LF (or leading/trailing space) are
/// quoted and their quotes doubled. A field starting with `=`, `+`, `-` or `@` that is not a
/// number is prefixed with `'` so that spreadsheets do not run it as a formula (CSV injection).
public struct CSVWriter {
    public private(set) var text = ""
    /// Whether fields that look like spreadsheet formulas get the `'` prefix (reports: yes; a
    /// network folder meant to be read back by the loader: no, the values must stay as they are).
    public let guardsFormulas: Bool

    public init(header: [String], guardsFormulas: Bool = true) {
        self.guardsFormulas = guardsFormulas
        appendRow(header)
    }

    public mutating func appendRow(_ fields: [String]) {
        for (k, field) in fields.enumerated() {
            if k > 0 { text += "," }
            text += CSVWriter.escape(field, guardingFormulas: guardsFormulas)
        }
        text += "\n"
    }

    /// The field as CSV. Looks at the UTF-8 bytes once: every character that matters (comma, quote,
    /// CR, LF, space, tab and the formula starters) is ASCII, and an ASCII byte never occurs inside a
    /// multi-byte UTF-8 sequence, so a byte scan finds exactly what a scalar scan finds — including a
    /// CRLF inside a value, which is one Swift `Character` equal to neither "\r" nor "\n" and had
    /// once been written unquoted, splitting the record. A field that needs nothing (most numbers,
    /// ids and names) is returned as it is, without a copy.
    ///
    /// - Complexity: O(bytes of the field).
    public static func escape(_ field: String, guardingFormulas: Bool = true) -> String {
        let utf8 = field.utf8
        guard let first = utf8.first else { return field }
        let last = utf8[utf8.index(before: utf8.endIndex)]
        // = + - @ tab CR start formulas in spreadsheets; a number such as -3 is left alone.
        let formula = guardingFormulas && (first == 0x3D || first == 0x2B || first == 0x2D || first == 0x40
                                           || first == 0x09 || first == 0x0D) && Double(field) == nil
        var special = false
        for byte in utf8 where byte == 0x2C || byte == 0x22 || byte == 0x0A || byte == 0x0D {
            special = true
            break
        }
        // The guard's apostrophe becomes the first character, so only a leading space or tab of the
        // field itself matters when there is no guard.
        let edgeSpace = (!formula && (first == 0x20 || first == 0x09)) || last == 0x20 || last == 0x09
        let value = formula ? "'" + field : field
        guard special || edgeSpace else { return value }
        guard special else { return "\"" + value + "\"" }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
