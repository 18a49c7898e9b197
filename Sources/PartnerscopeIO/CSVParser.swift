/// One record of a CSV file, with where each field starts, for diagnostics.
public struct CSVRecord: Sendable {
    /// The fields, decoded as UTF-8, surrounding quotes removed and doubled quotes undone.
    public var fields: [String]
    /// The 1-based line on which the record starts.
    public var line: Int
    /// The 1-based (line, column) at which each field starts; columns count Unicode scalars.
    public var positions: [(line: Int, column: Int)]
    /// The position just past the last field, for "missing field" diagnostics.
    public var end: (line: Int, column: Int)
}

/// A problem found while splitting a file into records.
public struct CSVSyntaxError: Error, Sendable, Equatable {
    public var line: Int
    public var column: Int
    public var message: String
}

/// A byte-level RFC 4180 reader: quoted fields with commas, newlines and doubled quotes; CRLF,
/// LF or lone CR line ends; an optional UTF-8 byte-order mark; a final newline or none.
///
/// It walks the bytes once, tracking line and column, and decodes each field with strict UTF-8
/// validation, so invalid bytes are reported at the field that holds them rather than replaced.
/// Blank lines are skipped (RFC 4180 allows none; spreadsheets write them).
///
/// - Complexity: O(n) time in the file's bytes; O(longest record) extra space besides the
///   records delivered.
public struct CSVParser {
    public init() {}

    /// Splits `bytes` into records, calling `body` for each, and returns the syntax errors met.
    ///
    /// After an error the reader resynchronises at the next line and goes on, so that one load
    /// reports every problem. A record with a syntax error is not delivered.
    public func parse(_ bytes: [UInt8], _ body: (CSVRecord) -> Void) -> [CSVSyntaxError] {
        var errors: [CSVSyntaxError] = []
        bytes.withUnsafeBufferPointer { buffer in
            parse(buffer, errors: &errors, body)
        }
        return errors
    }

    private func parse(_ p: UnsafeBufferPointer<UInt8>, errors: inout [CSVSyntaxError], _ body: (CSVRecord) -> Void) {
        let quote: UInt8 = 0x22, comma: UInt8 = 0x2C, lf: UInt8 = 0x0A, cr: UInt8 = 0x0D
        let n = p.count
        var i = 0
        if n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF { i = 3 }
        var line = 1
        var lineStart = i  // byte index where the current line starts
        var fieldBytes: [UInt8] = []
        fieldBytes.reserveCapacity(256)

        @inline(__always) func column(_ at: Int, _ lineStart: Int) -> Int {
            // Count scalar starts (bytes that are not UTF-8 continuation bytes).
            var c = 1
            var k = lineStart
            while k < at {
                if p[k] & 0xC0 != 0x80 { c += 1 }
                k += 1
            }
            return c
        }

        recordLoop: while i < n {
            // Skip blank lines.
            if p[i] == lf { line += 1; i += 1; lineStart = i; continue }
            if p[i] == cr {
                i += (i + 1 < n && p[i + 1] == lf) ? 2 : 1
                line += 1; lineStart = i; continue
            }
            let recordLine = line
            var fields: [String] = []
            var positions: [(line: Int, column: Int)] = []
            var failed = false
            fieldLoop: while true {
                let fieldLine = line
                let fieldColumn = column(i, lineStart)
                fieldBytes.removeAll(keepingCapacity: true)
                if i < n && p[i] == quote {
                    // Quoted field.
                    let openLine = line, openColumn = fieldColumn
                    i += 1
                    var closed = false
                    while i < n {
                        let b = p[i]
                        if b == quote {
                            if i + 1 < n && p[i + 1] == quote {
                                fieldBytes.append(quote); i += 2; continue
                            }
                            i += 1; closed = true; break
                        }
                        if b == lf { line += 1; lineStart = i + 1 }
                        else if b == cr && !(i + 1 < n && p[i + 1] == lf) { line += 1; lineStart = i + 1 }
                        else if b == cr { /* CRLF: the LF that follows bumps the line */ }
                        fieldBytes.append(b)
                        i += 1
                    }
                    if !closed {
                        errors.append(CSVSyntaxError(line: openLine, column: openColumn,
                            message: "unterminated quoted field: the quote opened here is never closed"))
                        return
                    }
                    if i < n && p[i] != comma && p[i] != lf && p[i] != cr {
                        errors.append(CSVSyntaxError(line: line, column: column(i, lineStart),
                            message: "unexpected character after a closing quote; a quote inside a quoted field must be doubled (\"\")"))
                        failed = true
                    }
                } else {
                    while i < n {
                        let b = p[i]
                        if b == comma || b == lf || b == cr { break }
                        if b == quote {
                            errors.append(CSVSyntaxError(line: line, column: column(i, lineStart),
                                message: "quote inside an unquoted field; quote the whole field and double the quote (\"\")"))
                            failed = true
                        }
                        fieldBytes.append(b)
                        i += 1
                    }
                }
                if failed {
                    // Resynchronise at the next line end outside quotes.
                    while i < n && p[i] != lf && p[i] != cr { i += 1 }
                    break fieldLoop
                }
                if let text = String(validating: fieldBytes, as: UTF8.self) {
                    fields.append(text)
                } else {
                    errors.append(CSVSyntaxError(line: fieldLine, column: fieldColumn,
                        message: "invalid UTF-8 in this field; save the file as UTF-8"))
                    failed = true
                    fields.append(String(decoding: fieldBytes, as: UTF8.self))
                }
                positions.append((fieldLine, fieldColumn))
                if i < n && p[i] == comma { i += 1; continue fieldLoop }
                break fieldLoop
            }
            let end = (line: line, column: column(i, lineStart))
            // Consume the line end.
            if i < n && p[i] == cr { i += (i + 1 < n && p[i + 1] == lf) ? 2 : 1; line += 1; lineStart = i }
            else if i < n && p[i] == lf { i += 1; line += 1; lineStart = i }
            if !failed {
                body(CSVRecord(fields: fields, line: recordLine, positions: positions, end: end))
            }
            continue recordLoop
        }
    }
}
