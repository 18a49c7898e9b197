import Foundation
import PartnerscopeCore

/// A network read from disk, with the warnings its files raised.
public struct LoadedNetwork: Sendable {
    public var network: Network
    public var warnings: [Diagnostic]
    /// The folder it came from.
    public var directory: String
}

/// Reads a network folder (`agencies.csv`, `relationships.csv`, and optionally `areas.csv` and
/// `boundaries.csv`) into a validated ``Network``.
///
/// Every problem in every file is collected, sorted by file, line and column, and thrown at once
/// as ``LoadError/invalidData(errors:warnings:)``; a missing folder or required file throws
/// ``LoadError/missingInput(path:message:)``. Warnings (a self-loop, a tie listed twice, a
/// header-only relationships file) do not stop the load.
///
/// - Complexity: O(total bytes) plus O(|relationships| log |relationships|) for duplicate checks.
public struct NetworkLoader {
    public init() {}

    public static let agencyColumns = (required: ["id", "name", "sector", "type"],
                                       optional: ["level", "power", "interest", "budget_m", "statutory"])
    public static let areaColumns = (required: ["code", "name"], optional: ["population", "parent"])
    public static let boundaryColumns = (required: ["agency_id", "area_code"], optional: ["share"])
    public static let relationshipColumns = (required: ["source", "target", "type"],
                                             optional: ["weight", "directed", "since"])

    /// Loads the network in `directory`.
    ///
    /// - Parameter name: the network's name; defaults to the folder's last path component.
    /// - Throws: ``LoadError``.
    public func load(directory: String, name: String? = nil) throws(LoadError) -> LoadedNetwork {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) else {
            throw .missingInput(path: directory, message: "no such network folder")
        }
        guard isDirectory.boolValue else {
            throw .missingInput(path: directory, message: "not a folder; a network is a folder of CSV files (agencies.csv, relationships.csv, areas.csv, boundaries.csv)")
        }
        func file(_ name: String) -> (path: String, display: String) {
            let path = (directory as NSString).appendingPathComponent(name)
            return (path, path)
        }
        for required in ["agencies.csv", "relationships.csv"] {
            let f = file(required)
            if !FileManager.default.fileExists(atPath: f.path) {
                throw .missingInput(path: f.display, message: "required file is missing (a network folder needs agencies.csv and relationships.csv)")
            }
        }
        var state = LoadState()
        let agencies = file("agencies.csv")
        state.readAgencies(path: agencies.path, display: agencies.display)
        let areas = file("areas.csv")
        let hasAreas = FileManager.default.fileExists(atPath: areas.path)
        if hasAreas { state.readAreas(path: areas.path, display: areas.display) }
        let boundaries = file("boundaries.csv")
        let hasBoundaries = FileManager.default.fileExists(atPath: boundaries.path)
        if hasBoundaries {
            if hasAreas {
                state.readBoundaries(path: boundaries.path, display: boundaries.display)
            } else {
                state.errors.append(Diagnostic(file: boundaries.display, line: 1, column: 1,
                    message: "boundaries.csv names areas, but the folder has no areas.csv"))
            }
        }
        let relationships = file("relationships.csv")
        state.readRelationships(path: relationships.path, display: relationships.display)

        state.errors.sort()
        state.warnings.sort()
        if !state.errors.isEmpty {
            throw .invalidData(errors: state.errors, warnings: state.warnings)
        }
        let networkName = name ?? URL(fileURLWithPath: directory).standardizedFileURL.lastPathComponent
        let network = Network(name: networkName, agencies: state.agencies, areas: state.areas,
                              boundaries: state.boundaries, relationships: state.relationships,
                              hasAreasFile: hasAreas, hasBoundariesFile: hasBoundaries)
        return LoadedNetwork(network: network, warnings: state.warnings, directory: directory)
    }
}

/// The loader's working state: what has been read so far and the problems found.
private struct LoadState {
    var agencies: [Agency] = []
    var agencyIndex: [AgencyID: Int] = [:]
    var agencyLine: [Int] = []
    var areas: [Area] = []
    var areaIndex: [AreaCode: Int] = [:]
    var boundaries: [Boundary] = []
    var relationships: [Relationship] = []
    var errors: [Diagnostic] = []
    var warnings: [Diagnostic] = []
    /// Unknown-reference errors awaiting a "did you mean" suggestion, computed for the first few.
    var suggestionBudget = 20

    // MARK: Field helpers

    struct Row {
        let record: CSVRecord
        let table: CSVTable
        let display: String

        func value(_ column: String) -> String? {
            guard let k = table.index(column) else { return nil }
            let v = record.fields[k].trimmingCharacters(in: .whitespacesAndNewlines)
            return v.isEmpty ? nil : v
        }

        func position(_ column: String) -> (line: Int, column: Int) {
            guard let k = table.index(column) else { return (record.line, 1) }
            return record.positions[k]
        }

        func error(_ column: String, _ message: String) -> Diagnostic {
            let p = position(column)
            return Diagnostic(file: display, line: p.line, column: p.column, message: message)
        }

        func warning(_ column: String, _ message: String) -> Diagnostic {
            let p = position(column)
            return Diagnostic(file: display, line: p.line, column: p.column, severity: .warning, message: message)
        }

        func attributes(known: Set<String>) -> Attributes {
            Attributes(table.extraColumns(known: known).map { (table.header[$0], record.fields[$0]) })
        }
    }

    mutating func rows(path: String, display: String, columns: (required: [String], optional: [String]),
                       headerOnlyIsError: Bool) -> [Row] {
        guard var table = CSVTable.read(path: path, displayPath: display, required: columns.required,
                                        optional: columns.optional, diagnostics: &errors) else { return [] }
        table.checkFieldCounts(displayPath: display, diagnostics: &errors)
        if table.records.isEmpty && errors.allSatisfy({ $0.file != display }) {
            let d = Diagnostic(file: display, line: table.headerLine, column: 1,
                severity: headerOnlyIsError ? .error : .warning,
                message: headerOnlyIsError ? "the file has a header but no rows" : "the file has a header but no rows")
            if headerOnlyIsError { errors.append(d) } else { warnings.append(d) }
        }
        return table.records.map { Row(record: $0, table: table, display: display) }
    }

    mutating func required(_ row: Row, _ column: String) -> String? {
        if let v = row.value(column) { return v }
        errors.append(row.error(column, "empty \(column)"))
        return nil
    }

    mutating func enumValue<E: RawRepresentable & CaseIterable>(_ row: Row, _ column: String, as: E.Type,
                                                                 required: Bool) -> E? where E.RawValue == String {
        guard let raw = required ? self.required(row, column) : row.value(column) else { return nil }
        if let v = E(rawValue: raw.lowercased()) { return v }
        let allowed = E.allCases.map(\.rawValue).joined(separator: ", ")
        errors.append(row.error(column, "unknown \(column) '\(raw)'; allowed: \(allowed)"))
        return nil
    }

    mutating func integer(_ row: Row, _ column: String, range: ClosedRange<Int>, meaning: String) -> Int? {
        guard let raw = row.value(column) else { return nil }
        guard let v = Int(raw) else {
            errors.append(row.error(column, "\(column) '\(raw)' is not a whole number; expected \(meaning)"))
            return nil
        }
        guard range.contains(v) else {
            errors.append(row.error(column, "\(column) \(v) is out of range; expected \(meaning)"))
            return nil
        }
        return v
    }

    mutating func number(_ row: Row, _ column: String, valid: (Double) -> Bool, meaning: String) -> Double? {
        guard let raw = row.value(column) else { return nil }
        guard let v = Double(raw), v.isFinite else {
            errors.append(row.error(column, "\(column) '\(raw)' is not a finite number; expected \(meaning)"))
            return nil
        }
        guard valid(v) else {
            errors.append(row.error(column, "\(column) \(raw) is out of range; expected \(meaning)"))
            return nil
        }
        return v
    }

    mutating func boolean(_ row: Row, _ column: String) -> Bool? {
        guard let raw = row.value(column) else { return nil }
        switch raw.lowercased() {
        case "true", "yes", "1", "y", "t": return true
        case "false", "no", "0", "n", "f": return false
        default:
            errors.append(row.error(column, "\(column) '\(raw)' is not true or false"))
            return nil
        }
    }

    mutating func unknownReference(_ row: Row, _ column: String, kind: String, value: String, known: [String]) {
        var message = "unknown \(kind) '\(value)'"
        if suggestionBudget > 0 {
            suggestionBudget -= 1
            if let near = Suggestion.nearest(to: value, in: known) { message += "; did you mean '\(near)'?" }
        }
        errors.append(row.error(column, message))
    }

    // MARK: Files

    mutating func readAgencies(path: String, display: String) {
        let columns = NetworkLoader.agencyColumns
        let known = Set(columns.required + columns.optional)
        var firstLine: [AgencyID: Int] = [:]
        for row in rows(path: path, display: display, columns: columns, headerOnlyIsError: true) {
            let id = required(row, "id")
            let name = required(row, "name")
            let sector = enumValue(row, "sector", as: Sector.self, required: true)
            let type = required(row, "type")
            let level = enumValue(row, "level", as: Level.self, required: false)
            let power = integer(row, "power", range: 1...5, meaning: "a whole number from 1 to 5")
            let interest = integer(row, "interest", range: 1...5, meaning: "a whole number from 1 to 5")
            let budget = number(row, "budget_m", valid: { $0 >= 0 }, meaning: "£ millions, 0 or more")
            let statutory = boolean(row, "statutory")
            guard let id, let name, let sector, let type else { continue }
            let agencyID = AgencyID(id)
            if let first = firstLine[agencyID] {
                errors.append(row.error("id", "duplicate agency id '\(id)' (first defined on line \(first))"))
                continue
            }
            firstLine[agencyID] = row.record.line
            agencyIndex[agencyID] = agencies.count
            agencies.append(Agency(id: agencyID, name: name, sector: sector, type: type.lowercased(),
                                   level: level, power: power, interest: interest, budgetMillions: budget,
                                   statutory: statutory, attributes: row.attributes(known: known)))
        }
    }

    mutating func readAreas(path: String, display: String) {
        let columns = NetworkLoader.areaColumns
        let known = Set(columns.required + columns.optional)
        var firstLine: [AreaCode: Int] = [:]
        var parents: [(area: Int, parent: String, row: Row)] = []
        for row in rows(path: path, display: display, columns: columns, headerOnlyIsError: false) {
            let code = required(row, "code")
            let name = required(row, "name")
            let population = integer(row, "population", range: 0...Int.max, meaning: "a whole number, 0 or more")
            guard let code, let name else { continue }
            let areaCode = AreaCode(code)
            if let first = firstLine[areaCode] {
                errors.append(row.error("code", "duplicate area code '\(code)' (first defined on line \(first))"))
                continue
            }
            firstLine[areaCode] = row.record.line
            areaIndex[areaCode] = areas.count
            if let parent = row.value("parent") { parents.append((areas.count, parent, row)) }
            areas.append(Area(code: areaCode, name: name, population: population, parent: nil,
                              attributes: row.attributes(known: known)))
        }
        var knownCodes: [String]?
        for (area, parent, row) in parents {
            if areaIndex[AreaCode(parent)] != nil {
                areas[area].parent = AreaCode(parent)
            } else {
                if knownCodes == nil { knownCodes = areas.map(\.code.rawValue) }
                unknownReference(row, "parent", kind: "parent area", value: parent, known: knownCodes!)
            }
        }
    }

    mutating func readBoundaries(path: String, display: String) {
        let columns = NetworkLoader.boundaryColumns
        var seen: [Int64: Int] = [:]
        var knownAgencies: [String]?
        var knownAreas: [String]?
        for row in rows(path: path, display: display, columns: columns, headerOnlyIsError: false) {
            let agencyID = required(row, "agency_id")
            let areaCode = required(row, "area_code")
            let share = number(row, "share", valid: { $0 > 0 && $0 <= 1 }, meaning: "a fraction greater than 0 and at most 1")
            if row.value("share") != nil && share == nil { continue }
            guard let agencyID, let areaCode else { continue }
            let agency = agencyIndex[AgencyID(agencyID)]
            let area = areaIndex[AreaCode(areaCode)]
            if agency == nil {
                if knownAgencies == nil { knownAgencies = agencies.map(\.id.rawValue) }
                unknownReference(row, "agency_id", kind: "agency", value: agencyID, known: knownAgencies!)
            }
            if area == nil {
                if knownAreas == nil { knownAreas = areas.map(\.code.rawValue) }
                unknownReference(row, "area_code", kind: "area", value: areaCode, known: knownAreas!)
            }
            guard let agency, let area else { continue }
            let key = Int64(agency) << 32 | Int64(area)
            if let first = seen[key] {
                errors.append(row.error("agency_id", "agency '\(agencyID)' already covers area '\(areaCode)' (line \(first))"))
                continue
            }
            seen[key] = row.record.line
            boundaries.append(Boundary(agency: agency, area: area, share: share ?? 1))
        }
    }

    mutating func readRelationships(path: String, display: String) {
        let columns = NetworkLoader.relationshipColumns
        let known = Set(columns.required + columns.optional)
        var knownAgencies: [String]?
        var lines: [Int] = []
        for row in rows(path: path, display: display, columns: columns, headerOnlyIsError: false) {
            let sourceID = required(row, "source")
            let targetID = required(row, "target")
            let type = enumValue(row, "type", as: RelationshipType.self, required: true)
            let weight = number(row, "weight", valid: { $0 > 0 }, meaning: "a tie strength greater than 0")
            let directed = boolean(row, "directed")
            let since = row.value("since")
            if let since, !Self.isISODate(since) {
                errors.append(row.error("since", "since '\(since)' is not an ISO date (YYYY-MM-DD, YYYY-MM or YYYY)"))
            }
            if row.value("weight") != nil && weight == nil { continue }
            guard let sourceID, let targetID, let type else { continue }
            let source = agencyIndex[AgencyID(sourceID)]
            let target = agencyIndex[AgencyID(targetID)]
            for (value, column, index) in [(sourceID, "source", source), (targetID, "target", target)] where index == nil {
                if knownAgencies == nil { knownAgencies = agencies.map(\.id.rawValue) }
                unknownReference(row, column, kind: "agency", value: value, known: knownAgencies!)
            }
            guard let source, let target else { continue }
            if source == target {
                warnings.append(row.warning("source", "self-loop: '\(sourceID)' is tied to itself; network measures ignore it"))
            }
            lines.append(row.record.line)
            relationships.append(Relationship(source: source, target: target, type: type, weight: weight ?? 1,
                                              directed: directed ?? false, since: since,
                                              attributes: row.attributes(known: known)))
        }
        // The same tie listed twice: same endpoints (either order when undirected), same type.
        var firstLine: [TieKey: Int] = [:]
        for (k, r) in relationships.enumerated() where r.source != r.target {
            let key = TieKey(r)
            if let first = firstLine[key] {
                warnings.append(Diagnostic(file: display, line: lines[k], column: 1, severity: .warning,
                    message: "the tie \(agencies[r.source].id) – \(agencies[r.target].id) (\(r.type.rawValue)) is listed twice, on lines \(first) and \(lines[k]); measures merge them, summing weights"))
            } else {
                firstLine[key] = lines[k]
            }
        }
    }

    struct TieKey: Hashable {
        let a: Int, b: Int, type: RelationshipType, directed: Bool
        init(_ r: Relationship) {
            directed = r.directed
            type = r.type
            if r.directed || r.source < r.target { a = r.source; b = r.target } else { a = r.target; b = r.source }
        }
    }

    static func isISODate(_ s: String) -> Bool {
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, Int(parts[0]) != nil else { return false }
        if parts.count >= 2 { guard parts[1].count == 2, let m = Int(parts[1]), (1...12).contains(m) else { return false } }
        if parts.count == 3 { guard parts[2].count == 2, let d = Int(parts[2]), (1...31).contains(d) else { return false } }
        return parts.allSatisfy { $0.allSatisfy(\.isASCII) }
    }
}
