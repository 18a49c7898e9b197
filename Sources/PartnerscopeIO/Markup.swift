/// Escaping of text from the CSV files for XML (GraphML, GEXF) and HTML output.
///
/// XML 1.0 allows only tab, line feed, carriage return and the characters from U+0020 up (less
/// U+FFFE and U+FFFF) — not even as character references — so every other control character is
/// replaced by U+FFFD (the replacement character): the file stays well formed and the reader sees
/// where something unprintable was. HTML gets the same treatment (its parsers also reject those
/// code points as parse errors).
public enum Markup {
    /// Whether XML 1.0 allows `scalar` in a document (the `Char` production).
    public static func isXMLCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    /// `text` for XML element content: `&`, `<`, `>` escaped, a carriage return as `&#13;` (so a
    /// parser does not fold it into a line feed), forbidden characters as U+FFFD.
    public static func xmlText(_ text: String) -> String {
        escape(text, attribute: false)
    }

    /// `text` for a double-quoted XML or HTML attribute value: also `"` and `'` escaped, and tab,
    /// line feed and carriage return as character references (attribute-value normalisation would
    /// otherwise turn them into spaces).
    public static func xmlAttribute(_ text: String) -> String {
        escape(text, attribute: true)
    }

    /// `text` for HTML element content or a double-quoted attribute value.
    public static func html(_ text: String) -> String {
        escape(text, attribute: true)
    }

    private static func escape(_ text: String, attribute: Bool) -> String {
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where attribute: out += "&quot;"
            case "'" where attribute: out += "&#39;"
            case "\t" where attribute: out += "&#9;"
            case "\n" where attribute: out += "&#10;"
            case "\r": out += "&#13;"
            default:
                out.unicodeScalars.append(isXMLCharacter(scalar) ? scalar : "\u{FFFD}")
            }
        }
        return out
    }
}
