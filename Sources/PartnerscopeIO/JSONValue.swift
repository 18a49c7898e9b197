/// A JSON document built in code and printed deterministically: object keys keep the order they
/// were given, numbers use a fixed format, strings are escaped per RFC 8259 (plus `<`, `>` and `&`
/// as \u escapes so that JSON embedded in HTML cannot close a script element).
public indirect enum JSONValue: Sendable, Equatable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral, ExpressibleByFloatLiteral {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .int(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(floatLiteral value: Double) { self = .double(value) }
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }

    /// A number, or null when it is NaN or infinite (JSON has no such numbers).
    public static func number(_ value: Double?) -> JSONValue {
        guard let value, value.isFinite else { return .null }
        return .double(value)
    }

    public static func == (a: JSONValue, b: JSONValue) -> Bool { a.rendered() == b.rendered() }

    /// The document as text; `indent` spaces per level, or compact when nil.
    public func rendered(indent: Int? = 2) -> String {
        var out = ""
        write(into: &out, indent: indent, depth: 0)
        if indent != nil { out += "\n" }
        return out
    }

    private func write(into out: inout String, indent: Int?, depth: Int) {
        let newline = indent == nil ? "" : "\n"
        func pad(_ d: Int) -> String { indent.map { String(repeating: " ", count: $0 * d) } ?? "" }
        switch self {
        case .null: out += "null"
        case let .bool(b): out += b ? "true" : "false"
        case let .int(i): out += String(i)
        case let .double(d): out += NumberFormat.json(d)
        case let .string(s): out += JSONValue.quote(s)
        case let .array(items):
            if items.isEmpty { out += "[]"; return }
            out += "[" + newline
            for (k, item) in items.enumerated() {
                out += pad(depth + 1)
                item.write(into: &out, indent: indent, depth: depth + 1)
                out += (k + 1 < items.count ? "," : "") + newline
            }
            out += pad(depth) + "]"
        case let .object(pairs):
            if pairs.isEmpty { out += "{}"; return }
            out += "{" + newline
            for (k, pair) in pairs.enumerated() {
                out += pad(depth + 1) + JSONValue.quote(pair.0) + (indent == nil ? ":" : ": ")
                pair.1.write(into: &out, indent: indent, depth: depth + 1)
                out += (k + 1 < pairs.count ? "," : "") + newline
            }
            out += pad(depth) + "}"
        }
    }

    /// A JSON string literal for `s`.
    public static func quote(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<", ">", "&", "\u{2028}", "\u{2029}":
                out += "\\u" + hex4(scalar.value)
            default:
                if scalar.value < 0x20 { out += "\\u" + hex4(scalar.value) } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out + "\""
    }

    private static func hex4(_ v: UInt32) -> String {
        let h = String(v, radix: 16, uppercase: false)
        return String(repeating: "0", count: max(0, 4 - h.count)) + h
    }
}

/// Fixed number formats for every output, so that the same input gives the same bytes.
public enum NumberFormat {
    /// The shortest representation that round-trips (Swift's `description`), with `-0` as `0`;
    /// integral values print without a fraction.
    public static func json(_ d: Double) -> String {
        if d == 0 { return "0" }
        if d == d.rounded(), abs(d) < 1e15 { return String(Int64(d)) }
        return "\(d)"
    }

    /// For CSV: like ``json(_:)``, empty for nil, NaN or infinity.
    public static func csv(_ d: Double?) -> String {
        guard let d, d.isFinite else { return "" }
        return json(d)
    }

    /// `digits` decimals, for tables meant for people; "-" for NaN or infinity, and Swift's shortest
    /// form (e.g. `1e+20`) for magnitudes whose digits no longer fit exactly in a 64-bit integer.
    public static func fixed(_ d: Double, _ digits: Int) -> String {
        guard d.isFinite else { return "-" }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        guard abs(d) * scale < 1e15 else { return "\(d)" }
        let rounded = (d * scale).rounded() / scale
        if digits == 0 { return String(Int64(rounded)) }
        let negative = rounded < 0
        let magnitude = abs(rounded)
        let whole = Int64(magnitude)
        let frac = Int64(((magnitude - Double(whole)) * scale).rounded())
        var fracText = String(frac)
        fracText = String(repeating: "0", count: max(0, digits - fracText.count)) + fracText
        let sign = negative && (whole != 0 || frac != 0) ? "-" : ""
        return "\(sign)\(whole).\(fracText)"
    }

    /// A whole number with thousands separators, e.g. 1,234,567.
    public static func grouped(_ n: Int) -> String {
        let digits = String(n.magnitude)  // abs(Int.min) would trap
        var out = ""
        for (k, ch) in digits.enumerated() {
            if k > 0 && (digits.count - k) % 3 == 0 { out += "," }
            out.append(ch)
        }
        return (n < 0 ? "-" : "") + out
    }
}
