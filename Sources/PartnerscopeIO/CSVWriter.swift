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
        text += fields.map { CSVWriter.escape($0, guardingFormulas: guardsFormulas) }.joined(separator: ",")
        text += "\n"
    }

    /// The field as CSV. Line breaks are looked for scalar by scalar: a CRLF inside a value is one
    /// Swift `Character`, equal to neither "\r" nor "\n", and had been written unquoted, splitting
    /// the record.
    public static func escape(_ field: String, guardingFormulas: Bool = true) -> String {
        var value = field
        if guardingFormulas, let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first), Double(value) == nil {
            value = "'" + value
        }
        let needsQuotes = value.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
            || value.unicodeScalars.first.map { $0 == " " || $0 == "\t" } == true
            || value.unicodeScalars.last.map { $0 == " " || $0 == "\t" } == true
        guard needsQuotes else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
