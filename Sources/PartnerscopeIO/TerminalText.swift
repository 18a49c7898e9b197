/// Text from input files and the command line made safe to print on a terminal.
///
/// A diagnostic echoes ids, paths and values exactly as the files hold them; a control character
/// there could clear the screen (`ESC[2J`), a newline could forge a second diagnostic line, a
/// right-to-left override could reverse what is shown, and an invisible character (a byte-order
/// mark or no-break space in mid-file, a zero-width space) would make "unknown agency 'b'" look
/// like a known 'b'. Each such character is shown as a visible Swift-style escape, `\u{1B}`.
public enum TerminalText {
    /// `text` with every hidden character written as `\u{HEX}`.
    ///
    /// Hidden: controls (Unicode category Cc: C0, DEL, C1, including tab and newline), format
    /// characters (Cf: bidirectional overrides and isolates, zero-width spaces and joiners, the
    /// byte-order mark, soft hyphen), line and paragraph separators (Zl, Zp), and every space
    /// separator but the ASCII space (Zs: no-break space, en/em spaces, ideographic space).
    ///
    /// - Complexity: O(n); text without hidden characters is returned as is.
    public static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isHidden) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        for s in text.unicodeScalars {
            if isHidden(s) {
                out += "\\u{" + String(s.value, radix: 16, uppercase: true) + "}"
            } else {
                out.unicodeScalars.append(s)
            }
        }
        return out
    }

    /// Whether `scalar` would be invisible, move the cursor or reorder text on a terminal.
    public static func isHidden(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar.value < 0x20 || scalar.value == 0x7F }
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator, .spaceSeparator: return true
        default: return false
        }
    }
}
