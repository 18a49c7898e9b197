import Foundation
import PartnerscopeCore

/// Where a set of requirements came from, for the report.
public enum RequirementsOrigin: Sendable, Equatable, CustomStringConvertible {
    case file(String)
    /// The defaults compiled into the program (`Networks/requirements.csv`, embedded at build time).
    case builtIn

    public var description: String {
        switch self {
        case let .file(path): return path
        case .builtIn: return "built-in defaults (Networks/requirements.csv)"
        }
    }
}

/// Requirements read from disk, with their warnings.
public struct LoadedRequirements: Sendable {
    public var requirements: Requirements
    public var warnings: [Diagnostic]
    public var origin: RequirementsOrigin
}

/// Reads `requirements.csv` (`theme,requires,kind,reason,source`, optionally
/// `role,partners,basis,met_by`): for each partnership theme, the agency types or sectors it
/// needs, why, and who must tie to whom.
///
/// `requires` holds one value or alternatives separated by `|`; `kind` is `type` or `sector`.
/// `role` names the row within its theme (default: `requires` as written); `partners` lists the
/// roles of the same theme it must be tied to, joined by `|` (a theme naming no partners expects
/// every role to tie to every other, as files without the column did); `basis` is `statutory`,
/// `guidance` (the default) or `practice`; `met_by` is `each` (every agency in the role must hold
/// the ties; the default for types) or `any` (one suffices; the default for sectors). A duplicate
/// role, a partner naming no role of the theme or the role itself, and an unknown basis or met_by
/// are errors with a did-you-mean.
/// Every problem is reported as `FILE:LINE:COLUMN: error: message`, as the network loader does:
/// an unknown kind or sector, an empty field, an empty alternative, a requirement listed twice
/// for one theme. A type a typo away from one of ``AgencyTypeVocabulary/recommended`` (`polise`)
/// and an empty source are warnings; a type far from every recommended one adds to the vocabulary
/// (networks may use it without a warning, see ``NetworkLoader/acceptedTypes``).
///
/// - Complexity: O(bytes) plus O(R · A) for the vocabulary checks.
public struct RequirementsLoader {
    public init() {}

    public static let columns = (required: ["theme", "requires", "kind", "reason", "source"],
                                 optional: ["role", "partners", "basis", "met_by"])
    public static let fileName = "requirements.csv"

    /// Reads the requirements file at `path`.
    ///
    /// - Throws: ``LoadError/missingInput(path:message:)`` when the file does not exist,
    ///   ``LoadError/invalidData(errors:warnings:)`` with every problem otherwise.
    public func load(path: String) throws(LoadError) -> LoadedRequirements {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            throw .missingInput(path: path, message: "no such requirements file")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .missingInput(path: path, message: "cannot read the requirements file")
        }
        return try parse([UInt8](data), displayPath: path, origin: .file(path))
    }

    /// The built-in defaults.
    public func builtIn() -> LoadedRequirements {
        // The defaults are tested to parse without errors; fall back to none rather than crash.
        (try? parse(Self.defaultBytes, displayPath: "<built-in requirements.csv>", origin: .builtIn))
            ?? LoadedRequirements(requirements: Requirements([]), warnings: [], origin: .builtIn)
    }

    /// Finds the requirements for a network folder: `explicit` when given; else the folder's own
    /// `requirements.csv`; else the `requirements.csv` beside the folder (e.g. `Networks/`);
    /// else the built-in defaults.
    public func resolve(networkDirectory: String, explicit: String? = nil) throws(LoadError) -> LoadedRequirements {
        if let explicit { return try load(path: explicit) }
        let own = (networkDirectory as NSString).appendingPathComponent(Self.fileName)
        if FileManager.default.fileExists(atPath: own) { return try load(path: own) }
        let parent = URL(fileURLWithPath: networkDirectory).standardizedFileURL.deletingLastPathComponent()
        let beside = parent.appendingPathComponent(Self.fileName).path
        if FileManager.default.fileExists(atPath: beside) {
            // Show the path the way the user wrote the network's.
            let shown = ((networkDirectory as NSString).deletingLastPathComponent as NSString).appendingPathComponent(Self.fileName)
            return try load(path: FileManager.default.fileExists(atPath: shown) ? shown : beside)
        }
        return builtIn()
    }

    /// Parses requirements from bytes.
    public func parse(_ bytes: [UInt8], displayPath: String, origin: RequirementsOrigin) throws(LoadError) -> LoadedRequirements {
        var errors: [Diagnostic] = []
        var warnings: [Diagnostic] = []
        guard let table = Self.table(bytes, displayPath: displayPath, errors: &errors) else {
            throw .invalidData(errors: errors.sorted(), warnings: [])
        }
        if table.records.isEmpty && errors.isEmpty {
            errors.append(Diagnostic(file: displayPath, line: table.headerLine, column: 1,
                message: "the file has a header but no requirements"))
        }
        let vocabulary = AgencyTypeVocabulary.recommended.map(\.type)
        let sectors = Sector.allCases.map(\.rawValue)
        var items: [Requirement] = []
        var firstLine: [String: Int] = [:]
        var roleLine: [String: Int] = [:]
        var partnerCells: [(theme: String, roles: [String], line: Int, column: Int)] = []
        var invalidRoles: Set<String> = []
        for record in table.records {
            func field(_ column: String) -> (value: String, line: Int, column: Int) {
                guard let k = table.columns[column] else { return ("", record.line, 1) }
                return (record.fields[k].trimmingCharacters(in: .whitespacesAndNewlines),
                        record.positions[k].line, record.positions[k].column)
            }
            func error(_ f: (value: String, line: Int, column: Int), _ message: String) {
                errors.append(Diagnostic(file: displayPath, line: f.line, column: f.column, message: message))
            }
            func warning(_ f: (value: String, line: Int, column: Int), _ message: String) {
                warnings.append(Diagnostic(file: displayPath, line: f.line, column: f.column, severity: .warning, message: message))
            }
            let theme = field("theme"), requires = field("requires"), kind = field("kind")
            let reason = field("reason"), source = field("source")
            var ok = true
            if theme.value.isEmpty { error(theme, "empty theme"); ok = false }
            let parsedKind = Requirement.Kind(rawValue: kind.value.lowercased())
            if kind.value.isEmpty {
                error(kind, "empty kind; allowed: type, sector"); ok = false
            } else if parsedKind == nil {
                var message = "unknown kind '\(kind.value)'; allowed: type, sector"
                if let near = Suggestion.nearest(to: kind.value, in: ["type", "sector"]) { message += "; did you mean '\(near)'?" }
                error(kind, message); ok = false
            }
            let alternatives = requires.value.split(separator: "|", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            if requires.value.isEmpty {
                error(requires, "empty requires; name an agency type (or sector), or alternatives separated by '|'"); ok = false
            } else if alternatives.contains(where: \.isEmpty) {
                error(requires, "empty alternative in '\(requires.value)'; separate alternatives with a single '|'"); ok = false
            } else if let parsedKind {
                for value in alternatives {
                    switch parsedKind {
                    case .sector where !sectors.contains(value):
                        var message = "unknown sector '\(value)'; allowed: \(sectors.joined(separator: ", "))"
                        if let near = Suggestion.nearest(to: value, in: sectors) { message += "; did you mean '\(near)'?" }
                        error(requires, message); ok = false
                    case .type where !vocabulary.contains(value):
                        // A type far from every recommended one extends the vocabulary (networks
                        // may then use it without a warning); one a typo away is likely a typo.
                        if let near = Suggestion.nearest(to: value, in: vocabulary) {
                            warning(requires, "type '\(value)' is not in the recommended vocabulary; only agencies typed exactly '\(value)' will meet it; did you mean '\(near)'?")
                        }
                    default: break
                    }
                }
            }
            if reason.value.isEmpty { error(reason, "empty reason; say why the theme needs this partner"); ok = false }
            if source.value.isEmpty { warning(source, "no source given for this requirement") }
            let role = field("role"), partners = field("partners"), basis = field("basis"), metBy = field("met_by")
            func choice<E: RawRepresentable & CaseIterable>(_ f: (value: String, line: Int, column: Int), _ name: String,
                                                             _: E.Type) -> E? where E.RawValue == String {
                guard !f.value.isEmpty else { return nil }
                if let value = E(rawValue: f.value.lowercased()) { return value }
                let allowed = E.allCases.map(\.rawValue)
                var message = "unknown \(name) '\(f.value)'; allowed: \(allowed.joined(separator: ", "))"
                if let near = Suggestion.nearest(to: f.value, in: allowed) { message += "; did you mean '\(near)'?" }
                error(f, message); ok = false
                return nil
            }
            let parsedBasis = choice(basis, "basis", Requirement.Basis.self)
            let parsedCoverage = choice(metBy, "met_by", Requirement.Coverage.self)
            let partnerRoles = partners.value.isEmpty ? [] : partners.value.split(separator: "|", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            if partnerRoles.contains(where: \.isEmpty) {
                error(partners, "empty role in partners '\(partners.value)'; separate roles with a single '|'"); ok = false
            }
            guard ok, let parsedKind else {
                // A partner naming this row's role is not reported again (one mistake, one error).
                invalidRoles.insert(theme.value.lowercased() + "\u{1}" + (role.value.isEmpty ? alternatives.joined(separator: "|") : role.value.lowercased()))
                continue
            }
            let key = theme.value.lowercased() + "\u{1}" + parsedKind.rawValue + "\u{1}" + alternatives.sorted().joined(separator: "|")
            if let first = firstLine[key] {
                error(requires, "requirement '\(requires.value)' is listed twice for theme '\(theme.value)' (first on line \(first))")
                continue
            }
            firstLine[key] = record.line
            let roleName = role.value.isEmpty ? alternatives.joined(separator: "|") : role.value.lowercased()
            let themeKey = theme.value.lowercased()
            if let first = roleLine[themeKey + "\u{1}" + roleName] {
                error(role.value.isEmpty ? requires : role, "role '\(roleName)' is listed twice for theme '\(theme.value)' (first on line \(first)); give each row its own role")
                continue
            }
            roleLine[themeKey + "\u{1}" + roleName] = record.line
            if partnerRoles.contains(roleName) {
                error(partners, "role '\(roleName)' names itself as a partner; name the other roles it must be tied to")
                continue
            }
            partnerCells.append((themeKey, partnerRoles, partners.line, partners.column))
            items.append(Requirement(theme: themeKey, alternatives: alternatives, kind: parsedKind,
                                     reason: reason.value, source: source.value, role: roleName,
                                     partners: partnerRoles, basis: parsedBasis ?? .guidance, coverage: parsedCoverage))
        }
        // Partners name roles of their own theme; checked once every role is known.
        for (theme, roles, line, column) in partnerCells {
            let known = items.filter { $0.theme == theme }.map(\.role)
            for role in roles where !known.contains(role) && !invalidRoles.contains(theme + "\u{1}" + role) {
                var message = "partners names '\(role)', which is no role of theme '\(theme)'; roles: \(known.joined(separator: ", "))"
                if let near = Suggestion.nearest(to: role, in: known) { message += "; did you mean '\(near)'?" }
                errors.append(Diagnostic(file: displayPath, line: line, column: column, message: message))
            }
        }
        if !errors.isEmpty { throw .invalidData(errors: errors.sorted(), warnings: warnings.sorted()) }
        return LoadedRequirements(requirements: Requirements(items), warnings: warnings.sorted(), origin: origin)
    }

    /// A small in-memory table: the requirements file is tiny and may come from the built-in text,
    /// so it is split with ``CSVParser`` into records rather than streamed from a path.
    private struct Table {
        var columns: [String: Int]
        var headerLine: Int
        var records: [CSVRecord]
    }

    /// Splits `bytes`, checks the header (names trimmed and matched case-insensitively, duplicates
    /// and missing required columns reported) and drops rows whose field count differs.
    private static func table(_ bytes: [UInt8], displayPath: String, errors: inout [Diagnostic]) -> Table? {
        var records: [CSVRecord] = []
        var unreadable = false
        let syntax = bytes.withUnsafeBufferPointer { buffer in
            CSVParser().parse(buffer) { fields in
                // Invalid UTF-8 and overlong fields are errors at the field, as in network files.
                var ok = true
                for k in 0..<fields.count {
                    if fields.byteCount(k) > NetworkLimits.fieldLength, fields.length(k) > NetworkLimits.fieldLength {
                        let p = fields.position(k)
                        errors.append(Diagnostic(file: displayPath, line: p.line, column: p.column,
                            message: "a field of \(fields.length(k)) characters; the longest allowed is \(NetworkLimits.fieldLength)"))
                        ok = false
                    } else if fields.string(k) == nil {
                        let p = fields.position(k)
                        errors.append(Diagnostic(file: displayPath, line: p.line, column: p.column,
                                                 message: "invalid UTF-8; save the file as UTF-8"))
                        ok = false
                    }
                }
                if ok { records.append(fields.record()) } else if records.isEmpty { unreadable = true }
            }
        }
        for e in syntax { errors.append(Diagnostic(file: displayPath, line: e.line, column: e.column, message: e.message)) }
        if unreadable { return nil }
        guard let head = records.first else {
            if syntax.isEmpty {
                errors.append(Diagnostic(file: displayPath, line: 1, column: 1,
                    message: "the file is empty; expected a header row with the columns \(columns.required.joined(separator: ", "))"))
            }
            return nil
        }
        if let first = syntax.first, first.line <= head.line { return nil }
        var names: [String: Int] = [:]
        for (k, raw) in head.fields.enumerated() {
            let name = raw.trimmingCharacters(in: .whitespaces)
            let p = head.positions[k]
            if name.isEmpty {
                errors.append(Diagnostic(file: displayPath, line: p.line, column: p.column, message: "empty column name in the header"))
            } else if names[name.lowercased()] != nil {
                errors.append(Diagnostic(file: displayPath, line: p.line, column: p.column, message: "column '\(name)' appears twice in the header"))
            } else {
                names[name.lowercased()] = k
            }
        }
        let missing = columns.required.filter { names[$0] == nil }
        for name in missing {
            errors.append(Diagnostic(file: displayPath, line: head.line, column: 1,
                message: "missing required column '\(name)' (\(CSVTable.describeHeader(head.fields.map { $0.trimmingCharacters(in: .whitespaces) }, required: columns.required)))"))
        }
        guard missing.isEmpty else { return nil }
        let width = head.fields.count
        let rows = records.dropFirst().filter { r in
            guard r.fields.count != width else { return true }
            let p = r.fields.count > width ? r.positions[width] : r.end
            errors.append(Diagnostic(file: displayPath, line: p.line, column: p.column,
                message: "this row has \(r.fields.count) field\(r.fields.count == 1 ? "" : "s"), but the header has \(width)"))
            return false
        }
        return Table(columns: names, headerLine: head.line, records: Array(rows))
    }
}
