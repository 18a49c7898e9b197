/// A problem found in an input file, printed like a compiler's:
/// `Networks/kent/relationships.csv:14:3: error: unknown agency 'KFRS'`.
public struct Diagnostic: Sendable, Equatable, Comparable, CustomStringConvertible {
    public enum Severity: String, Sendable { case error, warning }

    public var file: String
    public var line: Int
    public var column: Int
    public var severity: Severity
    public var message: String

    public init(file: String, line: Int, column: Int, severity: Severity = .error, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.severity = severity
        self.message = message
    }

    /// One line, with the file name and message escaped by ``TerminalText/escaped(_:)``: text from
    /// the files (an id holding `ESC[2J` or a newline) can neither drive the terminal nor forge a
    /// second diagnostic.
    public var description: String {
        "\(TerminalText.escaped(file)):\(line):\(column): \(severity.rawValue): \(TerminalText.escaped(message))"
    }

    /// This diagnostic as an error at the same place, its message marked `[--strict]` so that the
    /// reader knows why a warning stopped the run.
    public var promoted: Diagnostic {
        guard severity == .warning else { return self }
        return Diagnostic(file: file, line: line, column: column, severity: .error, message: message + " [--strict]")
    }

    /// Sorted by file, then line, then column, then message.
    public static func < (a: Diagnostic, b: Diagnostic) -> Bool {
        (a.file, a.line, a.column, a.message) < (b.file, b.line, b.column, b.message)
    }
}

/// Why a network could not be loaded. Carries every error found (sorted) and the warnings.
public enum LoadError: Error, Sendable, CustomStringConvertible {
    /// The folder or a required file does not exist (exit status 66).
    case missingInput(path: String, message: String)
    /// The data are invalid (exit status 65).
    case invalidData(errors: [Diagnostic], warnings: [Diagnostic])

    /// How many diagnostics ``lines(includingWarnings:)`` prints before saying how many more there are.
    public static let printedLimit = 100

    /// The errors only, one per line, as ``lines(includingWarnings:)``.
    public var description: String { lines(includingWarnings: false).joined(separator: "\n") }

    /// What to print: the diagnostics sorted by file, line and column, errors and (when asked)
    /// warnings interleaved, at most ``printedLimit`` of them, then how many more there are and a
    /// count of the errors. Every line is escaped for a terminal.
    public func lines(includingWarnings: Bool) -> [String] {
        switch self {
        case let .missingInput(path, message):
            return ["\(TerminalText.escaped(path)): error: \(TerminalText.escaped(message))"]
        case let .invalidData(errors, warnings):
            let all = includingWarnings ? (errors + warnings).sorted() : errors
            var lines = all.prefix(Self.printedLimit).map(\.description)
            if all.count > Self.printedLimit {
                let noun = includingWarnings && !warnings.isEmpty ? "diagnostics" : "errors"
                lines.append("... and \(all.count - Self.printedLimit) more \(noun)")
            }
            var summary = "\(errors.count) error\(errors.count == 1 ? "" : "s") found"
            if includingWarnings && !warnings.isEmpty {
                summary += " (and \(warnings.count) warning\(warnings.count == 1 ? "" : "s"))"
            }
            lines.append(summary)
            return lines
        }
    }

    /// Under `--strict`: the warnings as errors (see ``Diagnostic/promoted``), sorted; nil when
    /// there are none, so that the load stands.
    public static func strict(_ warnings: [Diagnostic]) -> LoadError? {
        warnings.isEmpty ? nil : .invalidData(errors: warnings.map(\.promoted).sorted(), warnings: [])
    }

    /// The conventional exit status (sysexits.h): 66 for missing input, 65 for invalid data.
    public var exitCode: Int32 {
        switch self {
        case .missingInput: return 66
        case .invalidData: return 65
        }
    }
}
