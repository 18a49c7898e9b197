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

/// A record as the streaming reader sees it: byte ranges into the file, decoded on demand.
///
/// Valid only inside the callback that receives it. Positions are computed only when asked
/// for (they are needed only for diagnostics), so the common path does no per-field work beyond
/// finding the commas.
public struct CSVFields {
    /// Number of fields in the record.
    public let count: Int
    /// The 1-based line on which the record starts.
    public let line: Int
    let buffer: UnsafeBufferPointer<UInt8>
    let lineStart: Int
    let starts: UnsafeMutablePointer<Int>
    let ends: UnsafeMutablePointer<Int>
    let quoted: UnsafeMutablePointer<Bool>
    let endOffset: Int

    /// The field's bytes with ASCII spaces and tabs trimmed, as a range into the buffer.
    @inline(__always)
    func trimmedRange(_ k: Int) -> Range<Int> {
        var s = starts[k], e = ends[k]
        if !quoted[k] {
            while s < e && (buffer[s] == 0x20 || buffer[s] == 0x09) { s += 1 }
            while e > s && (buffer[e - 1] == 0x20 || buffer[e - 1] == 0x09) { e -= 1 }
        }
        return s..<e
    }

    /// Whether field `k` is empty once spaces are trimmed.
    public func isBlank(_ k: Int) -> Bool {
        if quoted[k] {
            var i = starts[k]
            while i < ends[k] { if buffer[i] != 0x20 && buffer[i] != 0x09 { return false }; i += 1 }
            return true
        }
        return trimmedRange(k).isEmpty
    }

    /// The length of field `k` in Unicode scalars as ``string(_:)`` would decode it (trimmed,
    /// doubled quotes counted once), found without decoding: lengths are checked before a string
    /// is made, so a 50 MB field costs a scan, not a copy.
    /// - Complexity: O(bytes of the field).
    public func length(_ k: Int) -> Int {
        let r = trimmedRange(k)
        var n = 0
        var i = r.lowerBound
        while i < r.upperBound {
            let b = buffer[i]
            if b & 0xC0 != 0x80 { n += 1 }
            i += (quoted[k] && b == 0x22 && i + 1 < r.upperBound && buffer[i + 1] == 0x22) ? 2 : 1
        }
        return n
    }

    /// The number of bytes of field `k` once trimmed: an upper bound of ``length(_:)`` in O(1).
    public func byteCount(_ k: Int) -> Int { trimmedRange(k).count }

    /// Field `k` decoded as strict UTF-8 (quotes undone), or nil when its bytes are not valid UTF-8.
    /// Unquoted fields are trimmed of spaces and tabs; quoted fields are kept as written.
    public func string(_ k: Int) -> String? {
        let r = trimmedRange(k)
        let slice = UnsafeBufferPointer(rebasing: buffer[r])
        if quoted[k] {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(slice.count)
            var i = 0
            while i < slice.count {
                bytes.append(slice[i])
                i += (slice[i] == 0x22 && i + 1 < slice.count && slice[i + 1] == 0x22) ? 2 : 1
            }
            return bytes.withUnsafeBufferPointer(CSVFields.decode)
        }
        return CSVFields.decode(slice)
    }

    /// Strict UTF-8 decoding with a fast path: ASCII bytes (the common case) decode without the
    /// generic validating initialiser, whose metadata look-ups dominated load time.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var ascii = true
        for b in bytes where b >= 0x80 { ascii = false; break }
        if ascii { return String(decoding: bytes, as: UTF8.self) }
        return String(validating: bytes, as: UTF8.self)
    }

    /// The 1-based (line, column) where field `k` starts (at its opening quote when quoted).
    /// - Complexity: O(bytes from the record's first line to the field).
    public func position(_ k: Int) -> (line: Int, column: Int) {
        CSVParser.position(of: quoted[k] ? starts[k] - 1 : starts[k], in: buffer, line: line, lineStart: lineStart)
    }

    /// The position just past the last field.
    public var end: (line: Int, column: Int) {
        CSVParser.position(of: endOffset, in: buffer, line: line, lineStart: lineStart)
    }

    /// A self-contained copy, with every field decoded (invalid UTF-8 replaced).
    public func record() -> CSVRecord {
        CSVRecord(fields: (0..<count).map { string($0) ?? String(decoding: UnsafeBufferPointer(rebasing: buffer[starts[$0]..<ends[$0]]), as: UTF8.self) },
                  line: line, positions: (0..<count).map(position), end: end)
    }
}

/// A byte-level RFC 4180 reader: quoted fields with commas, newlines and doubled quotes; CRLF,
/// LF or lone CR line ends; an optional UTF-8 byte-order mark; a final newline or none.
///
/// It walks the bytes once and hands each record to a callback as byte ranges (``CSVFields``);
/// fields are decoded, with strict UTF-8 validation, only when the caller asks, and line/column
/// positions are computed only for diagnostics. Blank lines are skipped (RFC 4180 allows none;
/// spreadsheets write them).
///
/// - Complexity: O(n) time in the file's bytes; O(fields in the widest record) extra space.
public struct CSVParser {
    public init() {}

    /// Splits `bytes` into records, calling `body` for each, and returns the syntax errors met.
    ///
    /// After a syntax error the reader skips to the end of that line and goes on, so that one load
    /// reports every problem; a record with a syntax error is not delivered. An unterminated quote
    /// ends the file.
    public func parse(_ buffer: UnsafeBufferPointer<UInt8>, _ body: (CSVFields) -> Void) -> [CSVSyntaxError] {
        var errors: [CSVSyntaxError] = []
        var capacity = 16
        var starts = UnsafeMutablePointer<Int>.allocate(capacity: capacity)
        var ends = UnsafeMutablePointer<Int>.allocate(capacity: capacity)
        var quoted = UnsafeMutablePointer<Bool>.allocate(capacity: capacity)
        defer {
            starts.deallocate()
            ends.deallocate()
            quoted.deallocate()
        }
        let quote: UInt8 = 0x22, comma: UInt8 = 0x2C, lf: UInt8 = 0x0A, cr: UInt8 = 0x0D
        let n = buffer.count
        var i = 0
        if n >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF { i = 3 }
        var line = 1
        var lineStart = i

        recordLoop: while i < n {
            let first = buffer[i]
            if first == lf { line += 1; i += 1; lineStart = i; continue }
            if first == cr {
                i += (i + 1 < n && buffer[i + 1] == lf) ? 2 : 1
                line += 1; lineStart = i; continue
            }
            let recordLine = line, recordLineStart = lineStart
            var count = 0
            var failed = false
            fieldLoop: while true {
                if count == capacity {
                    let newCapacity = capacity * 2
                    do {
                        let s = UnsafeMutablePointer<Int>.allocate(capacity: newCapacity)
                        s.update(from: starts, count: capacity); starts.deallocate(); starts = s
                        let e = UnsafeMutablePointer<Int>.allocate(capacity: newCapacity)
                        e.update(from: ends, count: capacity); ends.deallocate(); ends = e
                        let q = UnsafeMutablePointer<Bool>.allocate(capacity: newCapacity)
                        q.update(from: quoted, count: capacity); quoted.deallocate(); quoted = q
                    }
                    capacity = newCapacity
                }
                if i < n && buffer[i] == quote {
                    let open = i
                    let openLine = line, openLineStart = lineStart
                    i += 1
                    starts[count] = i
                    var closed = false
                    while i < n {
                        let b = buffer[i]
                        if b == quote {
                            if i + 1 < n && buffer[i + 1] == quote { i += 2; continue }
                            closed = true
                            break
                        }
                        if b == lf { line += 1; lineStart = i + 1 }
                        else if b == cr && !(i + 1 < n && buffer[i + 1] == lf) { line += 1; lineStart = i + 1 }
                        i += 1
                    }
                    if !closed {
                        let p = Self.position(of: open, in: buffer, line: openLine, lineStart: openLineStart)
                        errors.append(CSVSyntaxError(line: p.line, column: p.column,
                            message: "unterminated quoted field: the quote opened here is never closed"))
                        return errors
                    }
                    ends[count] = i
                    quoted[count] = true
                    i += 1  // past the closing quote
                    if i < n && buffer[i] != comma && buffer[i] != lf && buffer[i] != cr {
                        let p = Self.position(of: i, in: buffer, line: line, lineStart: lineStart)
                        errors.append(CSVSyntaxError(line: p.line, column: p.column,
                            message: "unexpected character after a closing quote; a quote inside a quoted field must be doubled (\"\")"))
                        failed = true
                    }
                } else {
                    starts[count] = i
                    while i < n {
                        let b = buffer[i]
                        if b == comma || b == lf || b == cr { break }
                        if b == quote && !failed {
                            let p = Self.position(of: i, in: buffer, line: line, lineStart: lineStart)
                            errors.append(CSVSyntaxError(line: p.line, column: p.column,
                                message: "quote inside an unquoted field; quote the whole field and double the quote (\"\")"))
                            failed = true
                        }
                        i += 1
                    }
                    ends[count] = i
                    quoted[count] = false
                }
                count += 1
                if failed {
                    while i < n && buffer[i] != lf && buffer[i] != cr { i += 1 }
                    break fieldLoop
                }
                if i < n && buffer[i] == comma { i += 1; continue fieldLoop }
                break fieldLoop
            }
            let endOffset = i
            if !failed {
                body(CSVFields(count: count, line: recordLine, buffer: buffer, lineStart: recordLineStart,
                               starts: starts, ends: ends, quoted: quoted, endOffset: endOffset))
            }
            if i < n && buffer[i] == cr { i += (i + 1 < n && buffer[i + 1] == lf) ? 2 : 1; line += 1; lineStart = i }
            else if i < n && buffer[i] == lf { i += 1; line += 1; lineStart = i }
        }
        return errors
    }

    /// Splits `bytes` into self-contained records (each field decoded); convenient for small files.
    public func parse(_ bytes: [UInt8], _ body: (CSVRecord) -> Void) -> [CSVSyntaxError] {
        bytes.withUnsafeBufferPointer { buffer in
            parse(buffer) { fields in body(fields.record()) }
        }
    }

    /// The 1-based (line, column) of byte `offset`, counting from a known line start; columns count
    /// Unicode scalars (UTF-8 continuation bytes are skipped).
    static func position(of offset: Int, in buffer: UnsafeBufferPointer<UInt8>, line: Int, lineStart: Int) -> (line: Int, column: Int) {
        var line = line, column = 1
        var k = lineStart
        while k < offset && k < buffer.count {
            let b = buffer[k]
            if b == 0x0A || (b == 0x0D && !(k + 1 < buffer.count && buffer[k + 1] == 0x0A)) {
                line += 1
                column = 1
            } else if b != 0x0D && b & 0xC0 != 0x80 {
                column += 1
            }
            k += 1
        }
        return (line, column)
    }
}
