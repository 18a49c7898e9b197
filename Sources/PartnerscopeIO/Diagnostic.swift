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

    public var description: String { "\(file):\(line):\(column): \(severity.rawValue): \(message)" }

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

    /// How many diagnostics ``description`` prints before saying how many more there are.
    public static let printedLimit = 100

    public var description: String {
        switch self {
        case let .missingInput(path, message):
            return "\(path): error: \(message)"
        case let .invalidData(errors, _):
            var lines = errors.prefix(Self.printedLimit).map(\.description)
            if errors.count > Self.printedLimit {
                lines.append("... and \(errors.count - Self.printedLimit) more errors")
            }
            lines.append("\(errors.count) error\(errors.count == 1 ? "" : "s") found")
            return lines.joined(separator: "\n")
        }
    }

    /// The conventional exit status (sysexits.h): 66 for missing input, 65 for invalid data.
    public var exitCode: Int32 {
        switch self {
        case .missingInput: return 66
        case .invalidData: return 65
        }
    }
}
