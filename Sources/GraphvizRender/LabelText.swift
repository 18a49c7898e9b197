/// Escaping of text that comes from users (CSV names, types) before it reaches Graphviz.
///
/// Two kinds of label exist. An *escape string* (`label="..."`) gives `\N`, `\G`, `\n`, `\l`,
/// `\r` special meaning, so a literal backslash must be doubled, and decodes HTML entities, so
/// `&` must be `&amp;`. An *HTML-like* label is parsed
/// as XML, so `&`, `<`, `>`, `"` and `'` must be entities. Both drop control characters, which
/// XML (hence SVG) cannot carry; a newline becomes a line break. Graphviz itself escapes the
/// text again when it writes SVG, so escaped text can neither break the DOT nor inject markup.
public enum LabelText {
    /// `text` as a Graphviz escape string showing exactly `text` (newlines become centred line
    /// breaks).
    public static func escString(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\\": out += "\\\\"
            case "&": out += "&amp;"  // Graphviz decodes entities in plain labels too
            case "\r": out += "\\n"
            case "\n": if !previousWasCR { out += "\\n" }
            default:
                if isControl(scalar) { out += " " } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// `text` escaped for the inside of an HTML-like label (newlines become `<BR/>`).
    public static func html(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\\": out += "&#92;"
            case "\r": out += "<BR/>"
            case "\n": if !previousWasCR { out += "<BR/>" }
            default:
                if isControl(scalar) { out += " " } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// A number with at most 4 decimals and no trailing zeros (`1`, `0.25`, `-3.5`).
    public static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let scaled = (value * 10_000).rounded()
        if scaled == 0 { return "0" }
        let negative = scaled < 0
        let magnitude = Int64(abs(scaled))
        let whole = magnitude / 10_000
        var fraction = String(magnitude % 10_000)
        fraction = String(repeating: "0", count: 4 - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return (negative ? "-" : "") + String(whole) + (fraction.isEmpty ? "" : "." + fraction)
    }

    /// C0 controls, DEL and C1 controls: not allowed (or not wanted) in XML 1.0 text.
    static func isControl(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x20 || (0x7F...0x9F).contains(s.value) || s.value == 0xFFFE || s.value == 0xFFFF
    }
}
