import Foundation
import PartnerscopeCore

/// A network read from disk, with the warnings its files raised.
public struct LoadedNetwork: Sendable {
    public var network: Network
    public var warnings: [Diagnostic]
    /// The folder it came from.
    public var directory: String
    /// The boards of `boards.csv` and `memberships.csv` (empty when the folder has none).
    public var boards = BoardSet()
    /// The relationship survey of `survey.csv`, when the folder has one.
    public var survey: Survey?
    /// Survey ratings left out because they name an agency not in ``network`` (as at a day).
    public var surveyRatingsDropped = 0
    /// The partnership audit of `audit.csv` (and `audit-questions.csv`), when the folder has one.
    public var audit: LoadedAudit?

    /// The default day of this folder (``AsAt/latest(_:boards:)``).
    public var defaultAsAt: AsAt { AsAt.latest(network, boards: boards) }

    /// The folder as it stood `when` (nil: ``defaultAsAt``): the agencies in existence and ties in
    /// force (``Network/asAt(_:)``), the boards in existence and the memberships in force
    /// (``BoardSet/asAt(_:whole:view:)``).
    ///
    /// - Complexity: O(|V| + |E| + |areas| + |boundaries| + |B| + |M| log |M|).
    public func asAt(_ when: AsAt?) -> LoadedNetwork {
        let day = when ?? defaultAsAt
        var copy = self
        copy.network = network.asAt(day)
        if !boards.isEmpty { copy.boards = boards.asAt(day, whole: network, view: copy.network) }
        if let survey, copy.network.agencyCount != network.agencyCount {
            // Ratings refer to agencies by index; those naming a body absent that day are left out.
            let remapped = survey.remapped(agencyMap: network.agencies.map { copy.network.index(of: $0.id) })
            copy.survey = remapped.survey
            copy.surveyRatingsDropped = surveyRatingsDropped + remapped.dropped
        }
        if let audit, copy.network.agencyCount != network.agencyCount || copy.boards.boards.count != boards.boards.count {
            let viewBoards = Dictionary(copy.boards.boards.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
            let remapped = audit.audit.remapped(agencyMap: network.agencies.map { copy.network.index(of: $0.id) },
                                                boardMap: boards.boards.map { viewBoards[$0.id] })
            copy.audit = LoadedAudit(audit: remapped.audit, texts: audit.texts, dropped: audit.dropped + remapped.dropped,
                                     provenance: audit.provenance)
        }
        return copy
    }
}

/// Reads a network folder (`agencies.csv`, `relationships.csv`, and optionally `areas.csv` and
/// `boundaries.csv`) into a validated ``Network``.
///
/// Every problem in every file is collected, sorted by file, line and column, and thrown at once
/// as ``LoadError/invalidData(errors:warnings:)``; a missing folder or required file throws
/// ``LoadError/missingInput(path:message:)``. Warnings (a self-loop, a tie listed twice, a
/// header-only relationships file, an agency type that is neither recommended nor accepted) do
/// not stop the load.
///
/// - Complexity: O(total bytes) plus O(|relationships| log |relationships|) for duplicate checks.
public struct NetworkLoader {
    /// Agency types accepted besides ``AgencyTypeVocabulary/recommended`` without a warning: the
    /// types named by the requirements in use (``Requirements/namedTypes``), lower-case.
    public var acceptedTypes: Set<String>

    /// A loader that warns about any agency `type` outside the recommended vocabulary and
    /// `acceptedTypes` (a likely typo: `distict-council`), with a did-you-mean.
    public init(acceptedTypes: Set<String> = []) {
        self.acceptedTypes = Set(acceptedTypes.map { $0.lowercased() })
    }

    public static let agencyColumns = (required: ["id", "name", "sector", "type"],
                                       optional: ["level", "power", "interest", "budget_m", "statutory",
                                                  "start", "end", "successor_of"])
    public static let areaColumns = (required: ["code", "name"], optional: ["population", "parent"])
    public static let boundaryColumns = (required: ["agency_id", "area_code"], optional: ["share"])
    public static let relationshipColumns = (required: ["source", "target", "type"],
                                             optional: ["weight", "directed", "since", "until", "sign"])

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
        state.warnAboutUnknownTypes(accepted: acceptedTypes, display: agencies.display)
        if state.agencies.isEmpty { state.agenciesUnreadable = true }  // nothing to check references against
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
        state.resolveSuccessors(display: agencies.display)
        let relationships = file("relationships.csv")
        state.readRelationships(path: relationships.path, display: relationships.display)
        let boards = state.readBoardFiles(directory: directory)
        let survey = state.readSurvey(directory: directory)
        let audit = state.readAudit(directory: directory, boards: boards)

        state.errors.sort()
        state.warnings.sort()
        if !state.errors.isEmpty {
            throw .invalidData(errors: state.errors, warnings: state.warnings)
        }
        let networkName = name ?? URL(fileURLWithPath: directory).standardizedFileURL.lastPathComponent
        let network = Network(name: networkName, agencies: state.agencies, areas: state.areas,
                              boundaries: state.boundaries, relationships: state.relationships,
                              hasAreasFile: hasAreas, hasBoundariesFile: hasBoundaries)
        return LoadedNetwork(network: network, warnings: state.warnings, directory: directory, boards: boards, survey: survey, audit: audit)
    }
}

/// The loader's working state: what has been read so far and the problems found. Internal so that
/// the loaders of the optional files (`BoardsLoader.swift`) extend it in their own files.
struct LoadState {
    var agencies: [Agency] = []
    var agencyIndex: [AgencyID: Int] = [:]
    var areas: [Area] = []
    var areaIndex: [AreaCode: Int] = [:]
    var boundaries: [Boundary] = []
    var relationships: [Relationship] = []
    var errors: [Diagnostic] = []
    var warnings: [Diagnostic] = []
    /// Ids on agency rows that had errors, and whether agencies.csv could not be read at all:
    /// references to them are not reported again as unknown (one mistake, one error).
    var invalidAgencyIDs: Set<String> = []
    var agenciesUnreadable = false
    var invalidAreaCodes: Set<String> = []
    var areasUnreadable = false
    /// Unknown-reference errors get a "did you mean" suggestion, computed for the first few only.
    var suggestionBudget = 20
    /// Each distinct agency type (lower-case) with the cell of its first row and how many rows have it.
    var typeCells: [String: (line: Int, column: Int, count: Int)] = [:]

    // MARK: Field helpers

    /// One data row during streaming; valid only inside the row callback.
    struct Row {
        let fields: CSVFields
        let table: CSVTable

        func position(_ c: Column) -> (line: Int, column: Int) {
            guard let k = c.index else { return (fields.line, 1) }
            return fields.position(k)
        }

        func error(_ c: Column, _ message: String) -> Diagnostic {
            let p = position(c)
            return Diagnostic(file: table.displayPath, line: p.line, column: p.column, message: message)
        }

        func warning(_ c: Column, _ message: String) -> Diagnostic {
            let p = position(c)
            return Diagnostic(file: table.displayPath, line: p.line, column: p.column, severity: .warning, message: message)
        }
    }

    /// Streams the rows of one file to `body`. Returns false when the file could not be read at all.
    @discardableResult
    mutating func read(path: String, display: String, columns: (required: [String], optional: [String]),
                       headerOnlyIsError: Bool, _ body: (inout LoadState, Row) -> Void) -> Bool {
        var diagnostics: [Diagnostic] = []
        var headerOnlyTable: CSVTable?
        let readable = CSVTable.stream(path: path, displayPath: display, required: columns.required, optional: columns.optional,
                        diagnostics: &diagnostics, headerOnly: { headerOnlyTable = $0 }) { table, fields in
            body(&self, Row(fields: fields, table: table))
        }
        errors.append(contentsOf: diagnostics)
        if let t = headerOnlyTable {
            let d = Diagnostic(file: display, line: t.headerLine, column: 1,
                               severity: headerOnlyIsError ? .error : .warning,
                               message: headerOnlyIsError ? "the file has a header but no rows; a network needs at least one agency"
                                                          : "the file has a header but no rows")
            if headerOnlyIsError { errors.append(d) } else { warnings.append(d) }
        }
        return readable
    }

    /// The trimmed text of a field; nil when the column is absent or the field blank. Invalid
    /// UTF-8 is reported and gives nil.
    mutating func value(_ row: Row, _ c: Column) -> String? {
        guard let k = c.index, !row.fields.isBlank(k) else { return nil }
        let limit = Self.lengthLimit(c.name)
        if row.fields.byteCount(k) > limit, case let length = row.fields.length(k), length > limit {
            errors.append(row.error(c, "\(c.name) is \(length) characters long; the longest allowed is \(limit)"))
            return nil
        }
        guard let text = row.fields.string(k) else {
            errors.append(row.error(c, "invalid UTF-8 in \(c.name); save the file as UTF-8"))
            return nil
        }
        return row.fields.quoted[k] ? text.trimmingCharacters(in: Self.spaceAndTab) : text
    }

    /// The longest value column `name` may hold (see ``NetworkLimits``): names 1,000 characters,
    /// the schema's coded columns (ids, codes, types, numbers) 256, any other column 64 Ki.
    static func lengthLimit(_ name: String) -> Int {
        if name == "name" { return NetworkLimits.nameLength }
        return schemaColumns.contains(name) ? NetworkLimits.codeLength : NetworkLimits.fieldLength
    }

    static let schemaColumns: Set<String> = {
        let schemas = [NetworkLoader.agencyColumns, NetworkLoader.areaColumns, NetworkLoader.boundaryColumns,
                       NetworkLoader.relationshipColumns]
        return Set(schemas.flatMap { $0.required + $0.optional })
    }()

    /// Whether `raw` is written in decimal: digits, sign, point and exponent only. Swift's own
    /// parsers also read `0x10`, `0x1p3`, `inf` and `nan`, which no register means as a number.
    static func isDecimal(_ raw: String) -> Bool {
        !raw.isEmpty && raw.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2B || $0 == 0x2D || $0 == 0x2E || $0 == 0x45 || $0 == 0x65 }
    }

    /// What is trimmed from a quoted field: the same ASCII spaces and tabs as from an unquoted one
    /// (a no-break space is kept either way, so writing and reading a value back agree).
    static let spaceAndTab = CharacterSet(charactersIn: " \t")

    mutating func required(_ row: Row, _ c: Column) -> String? {
        if let v = value(row, c) { return v }
        if let k = c.index, row.fields.isBlank(k) { errors.append(row.error(c, "empty \(c.name)")) }
        return nil
    }

    mutating func enumValue<E: RawRepresentable & CaseIterable>(_ row: Row, _ c: Column, as: E.Type,
                                                                 required isRequired: Bool) -> E? where E.RawValue == String {
        guard let raw = isRequired ? required(row, c) : value(row, c) else { return nil }
        if let v = E(rawValue: raw) ?? E(rawValue: raw.lowercased()) { return v }
        let allowed = E.allCases.map(\.rawValue).joined(separator: ", ")
        errors.append(row.error(c, "unknown \(c.name) '\(raw)'; allowed: \(allowed)"))
        return nil
    }

    mutating func integer(_ row: Row, _ c: Column, range: ClosedRange<Int>, meaning: String) -> Int? {
        guard let raw = value(row, c) else { return nil }
        guard Self.isDecimal(raw), let v = Int(raw) else {
            errors.append(row.error(c, "\(c.name) '\(raw)' is not a whole number; expected \(meaning)"))
            return nil
        }
        guard range.contains(v) else {
            errors.append(row.error(c, "\(c.name) \(v) is out of range; expected \(meaning)"))
            return nil
        }
        return v
    }

    /// A finite number satisfying `valid`; `.some(nil)` when blank, `nil` after reporting an error.
    mutating func number(_ row: Row, _ c: Column, valid: (Double) -> Bool, meaning: String) -> Double?? {
        guard let raw = value(row, c) else { return .some(nil) }
        guard Self.isDecimal(raw), let v = Double(raw), v.isFinite else {
            errors.append(row.error(c, "\(c.name) '\(raw)' is not a finite number; expected \(meaning)"))
            return nil
        }
        guard valid(v) else {
            errors.append(row.error(c, "\(c.name) \(raw) is out of range; expected \(meaning)"))
            return nil
        }
        return .some(v)
    }

    mutating func boolean(_ row: Row, _ c: Column) -> Bool?? {
        guard let raw = value(row, c) else { return .some(nil) }
        switch raw.lowercased() {
        case "true", "yes", "1", "y", "t": return .some(true)
        case "false", "no", "0", "n", "f": return .some(false)
        default:
            errors.append(row.error(c, "\(c.name) '\(raw)' is not true or false"))
            return nil
        }
    }

    /// The optional `sign` of a tie: `1` (positive) or `-1` (negative; `+1` is read as 1);
    /// `.some(nil)` when blank or absent (the type decides: `conflict` is negative, any other type
    /// positive), `nil` after reporting an error. A `conflict` marked 1 contradicts itself and is
    /// an error at the sign.
    mutating func sign(_ row: Row, _ c: Column, type: RelationshipType?) -> Int?? {
        guard let raw = value(row, c) else { return .some(nil) }
        let sign: Int
        switch raw {
        case "1", "+1": sign = 1
        case "-1", "\u{2212}1": sign = -1
        default:
            errors.append(row.error(c, "sign '\(raw)' is not 1 or -1; 1 is a positive tie, -1 a negative one (a dispute), blank follows the type"))
            return nil
        }
        if sign == 1 && type == .conflict {
            errors.append(row.error(c, "sign 1 on a conflict tie: a conflict is always negative; leave the sign blank or -1, or give the tie another type"))
            return nil
        }
        return .some(sign)
    }

    mutating func attributes(_ row: Row, _ extras: [Int]) -> Attributes {
        guard !extras.isEmpty else { return Attributes() }
        var pairs: [(key: String, value: String)] = []
        for k in extras {
            let c = Column(name: row.table.header[k], index: k)
            pairs.append((row.table.header[k], value(row, c) ?? ""))
        }
        return Attributes(pairs)
    }

    mutating func unknownReference(_ row: Row, _ c: Column, kind: String, value: String, known: () -> [String]) {
        var message = "unknown \(kind) '\(value)'"
        if suggestionBudget > 0 {
            suggestionBudget -= 1
            if let near = Suggestion.nearest(to: value, in: known()) { message += "; did you mean '\(near)'?" }
        }
        errors.append(row.error(c, message))
    }

    // MARK: Files

    mutating func readAgencies(path: String, display: String) {
        let schema = NetworkLoader.agencyColumns
        let known = Set(schema.required + schema.optional)
        var firstLine: [AgencyID: Int] = [:]
        var cache: [Column]?
        var extras: [Int] = []
        agenciesUnreadable = !read(path: path, display: display, columns: schema, headerOnlyIsError: true) { state, row in
            if cache == nil {
                let t = row.table
                cache = ["id", "name", "sector", "type", "level", "power", "interest", "budget_m", "statutory",
                         "start", "end", "successor_of"].map(t.column)
                extras = t.extraColumns(known: known)
            }
            let c = cache!
            let errorsBeforeRow = state.errors.count
            let (cID, cName, cSector, cType) = (c[0], c[1], c[2], c[3])
            let id = state.required(row, cID)
            let name = state.required(row, cName)
            let sector = state.enumValue(row, cSector, as: Sector.self, required: true)
            let type = state.required(row, cType)
            let level = state.enumValue(row, c[4], as: Level.self, required: false)
            let power = state.integer(row, c[5], range: 1...5, meaning: "a whole number from 1 to 5")
            let interest = state.integer(row, c[6], range: 1...5, meaning: "a whole number from 1 to 5")
            let budget = state.number(row, c[7], valid: { $0 >= 0 && $0 <= NetworkLimits.budgetMillions },
                                      meaning: "£ millions, from 0 to 1e9")
            let statutory = state.boolean(row, c[8])
            let (start, end) = state.period(row, from: c[9], to: c[10])
            let successorOf = state.value(row, c[11])
            let attributes = state.attributes(row, extras)
            guard let id, let name, let sector, let type, state.errors.count == errorsBeforeRow else {
                if let id { state.invalidAgencyIDs.insert(id) }
                return
            }
            let agencyID = AgencyID(id)
            if let first = firstLine[agencyID] {
                state.errors.append(row.error(cID, "duplicate agency id '\(id)' (first defined on line \(first))"))
                return
            }
            firstLine[agencyID] = row.fields.line
            if let successorOf {
                let p = row.position(c[11])
                state.successorCells.append((state.agencies.count, successorOf, p.line, p.column))
            }
            state.agencyIndex[agencyID] = state.agencies.count
            let p = row.position(cType)
            state.typeCells[type.lowercased(), default: (p.line, p.column, 0)].count += 1
            state.agencies.append(Agency(id: agencyID, name: name, sector: sector, type: type.lowercased(),
                                         level: level, power: power, interest: interest,
                                         budgetMillions: budget ?? nil, statutory: statutory ?? nil,
                                         start: start, end: end, attributes: attributes))
        }
    }

    /// One warning per distinct agency type that is neither in ``AgencyTypeVocabulary`` nor
    /// `accepted`, at the first row having it, with how many rows do and the nearest known type:
    /// analyses that match types (missing partners, coterminosity by type) would pass such an
    /// agency over without a word.
    ///
    /// - Complexity: O(T · (K + |type|·k)) for T unknown types against K known ones (see ``Suggestion``).
    mutating func warnAboutUnknownTypes(accepted: Set<String>, display: String) {
        let known = AgencyTypeVocabulary.types.union(accepted)
        let candidates = known.sorted()
        for (type, cell) in typeCells.sorted(by: { $0.value.line < $1.value.line }) where !known.contains(type) {
            var message = "type '\(type)' is neither in the recommended vocabulary nor in the requirements in use"
            if cell.count > 1 { message += " (\(cell.count) agencies have it)" }
            message += "; analyses that match types will not recognise \(cell.count > 1 ? "them" : "it")"
            if let near = Suggestion.nearest(to: type, in: candidates) { message += "; did you mean '\(near)'?" }
            warnings.append(Diagnostic(file: display, line: cell.line, column: cell.column, severity: .warning, message: message))
        }
    }

    mutating func readAreas(path: String, display: String) {
        let schema = NetworkLoader.areaColumns
        let known = Set(schema.required + schema.optional)
        var firstLine: [AreaCode: Int] = [:]
        var parents: [(area: Int, parent: String, line: Int, column: Int)] = []
        var cache: [Column]?
        var extras: [Int] = []
        areasUnreadable = !read(path: path, display: display, columns: schema, headerOnlyIsError: false) { state, row in
            if cache == nil {
                cache = ["code", "name", "population", "parent"].map(row.table.column)
                extras = row.table.extraColumns(known: known)
            }
            let c = cache!
            let errorsBeforeRow = state.errors.count
            let cCode = c[0], cParent = c[3]
            let code = state.required(row, cCode)
            let name = state.required(row, c[1])
            let population = state.integer(row, c[2], range: 0...NetworkLimits.population,
                                           meaning: "a whole number from 0 to 10,000,000,000")
            let parent = state.value(row, cParent)
            let attributes = state.attributes(row, extras)
            guard let code, let name, state.errors.count == errorsBeforeRow else {
                if let code { state.invalidAreaCodes.insert(code) }
                return
            }
            let areaCode = AreaCode(code)
            if let first = firstLine[areaCode] {
                state.errors.append(row.error(cCode, "duplicate area code '\(code)' (first defined on line \(first))"))
                return
            }
            firstLine[areaCode] = row.fields.line
            state.areaIndex[areaCode] = state.areas.count
            if let parent {
                let p = row.position(cParent)
                parents.append((state.areas.count, parent, p.line, p.column))
            }
            state.areas.append(Area(code: areaCode, name: name, population: population, parent: nil, attributes: attributes))
        }
        var knownCodes: [String]?
        for (area, parent, line, column) in parents {
            if areaIndex[AreaCode(parent)] != nil {
                areas[area].parent = AreaCode(parent)
                continue
            }
            if invalidAreaCodes.contains(parent) { continue }
            var message = "unknown parent area '\(parent)'"
            if suggestionBudget > 0 {
                suggestionBudget -= 1
                if knownCodes == nil { knownCodes = areas.map(\.code.rawValue) }
                if let near = Suggestion.nearest(to: parent, in: knownCodes!) { message += "; did you mean '\(near)'?" }
            }
            errors.append(Diagnostic(file: display, line: line, column: column, message: message))
        }
        reportParentCycles(parents.map { ($0.area, $0.line, $0.column) }, display: display)
    }

    /// A cycle in `areas.parent` (A inside B inside A) is an error at the `parent` field of the
    /// cycle's first area in the file, naming the whole cycle: its areas would have no leaf below
    /// them, so their people would silently count as none.
    ///
    /// - Complexity: O(|areas|): each area is walked once (white/grey/black colouring).
    mutating func reportParentCycles(_ links: [(area: Int, line: Int, column: Int)], display: String) {
        guard !links.isEmpty else { return }
        var position: [Int: (line: Int, column: Int)] = [:]
        for l in links { position[l.area] = (l.line, l.column) }
        let parent = areas.map { $0.parent.flatMap { areaIndex[$0] } ?? -1 }
        var colour = [UInt8](repeating: 0, count: areas.count)
        var path: [Int] = []
        for start in areas.indices where colour[start] == 0 {
            path.removeAll(keepingCapacity: true)
            var cur = start
            while cur >= 0 && colour[cur] == 0 {
                colour[cur] = 1
                path.append(cur)
                cur = parent[cur]
            }
            if cur >= 0 && colour[cur] == 1, let k = path.firstIndex(of: cur) {
                let members = path[k...]
                let first = members.min { position[$0]!.line < position[$1]!.line }!
                var cycle = [first]
                var next = parent[first]
                while next != first { cycle.append(next); next = parent[next] }
                let codes = cycle.prefix(20).map { "'\(areas[$0].code)'" } + (cycle.count > 20 ? ["…"] : [])
                let p = position[first]!
                let message = cycle.count == 1
                    ? "area '\(areas[first].code)' is its own parent; an area cannot lie inside itself"
                    : "areas.parent has a cycle of \(cycle.count) areas: \((codes + ["'\(areas[first].code)'"]).joined(separator: " → ")); an area cannot lie inside itself"
                errors.append(Diagnostic(file: display, line: p.line, column: p.column, message: message))
            }
            for v in path { colour[v] = 2 }
        }
    }

    mutating func readBoundaries(path: String, display: String) {
        let schema = NetworkLoader.boundaryColumns
        var seen: [Int64: Int] = [:]
        var lines: [Int] = []
        var cache: [Column]?
        read(path: path, display: display, columns: schema, headerOnlyIsError: false) { state, row in
            if cache == nil { cache = ["agency_id", "area_code", "share"].map(row.table.column) }
            let c = cache!
            let cAgency = c[0], cArea = c[1]
            let agencyID = state.required(row, cAgency)
            let areaCode = state.required(row, cArea)
            guard let share = state.number(row, c[2], valid: { NetworkLimits.share.contains($0) },
                                           meaning: "a fraction from 1e-9 to 1") else { return }
            guard let agencyID, let areaCode else { return }
            let agency = state.agencyIndex[AgencyID(agencyID)]
            let area = state.areaIndex[AreaCode(areaCode)]
            if agency == nil && !state.agenciesUnreadable && !state.invalidAgencyIDs.contains(agencyID) {
                let agencies = state.agencies
                state.unknownReference(row, cAgency, kind: "agency", value: agencyID) { agencies.map(\.id.rawValue) }
            }
            if area == nil && !state.areasUnreadable && !state.invalidAreaCodes.contains(areaCode) {
                let areas = state.areas
                state.unknownReference(row, cArea, kind: "area", value: areaCode) { areas.map(\.code.rawValue) }
            }
            guard let agency, let area else { return }
            let key = Int64(agency) << 32 | Int64(area)
            if let first = seen.updateValue(row.fields.line, forKey: key) {
                seen[key] = first
                state.errors.append(row.error(cAgency, "agency '\(agencyID)' already covers area '\(areaCode)' (line \(first))"))
                return
            }
            lines.append(row.fields.line)
            state.boundaries.append(Boundary(agency: agency, area: area, share: share ?? 1))
        }
        warnAboutOverlappingBoundaries(lines: lines, seen: seen, display: display)
    }

    /// Types of which one body serves each place (councils, combined authorities, police, fire,
    /// NHS commissioners): their shares of an area should not add up to more than the whole.
    /// Voluntary bodies, trusts, colleges and the like legitimately serve the same people.
    static let territorialTypes: Set<String> = ["county-council", "district-council", "unitary-council",
        "metropolitan-district", "london-borough", "combined-authority", "police", "fire", "icb", "ccg"]

    /// Warnings for boundaries that the analyses accept but that are most likely mistakes: the
    /// shares of bodies of one territorial type summing above 1 in an area (more than all of its
    /// people), and one agency naming both an area and an area that contains it (the deeper
    /// boundary wins below it, so the other is partly ignored).
    ///
    /// - Complexity: O(|boundaries| · depth of the area tree) expected time.
    mutating func warnAboutOverlappingBoundaries(lines: [Int], seen: [Int64: Int], display: String) {
        var typeIndex: [String: Int] = [:]
        let agencyType = agencies.map { a -> Int in
            guard Self.territorialTypes.contains(a.type) else { return -1 }
            if let t = typeIndex[a.type] { return t }
            typeIndex[a.type] = typeIndex.count
            return typeIndex.count - 1
        }
        var total: [Int64: Double] = [:]
        var warned = Set<Int64>()
        for (k, b) in boundaries.enumerated() where agencyType[b.agency] >= 0 {
            let key = Int64(b.area) << 32 | Int64(agencyType[b.agency])
            let sum = total[key, default: 0] + b.share
            total[key] = sum
            if sum > 1 + 1e-9, warned.insert(key).inserted {
                warnings.append(Diagnostic(file: display, line: lines[k], column: 1, severity: .warning,
                    message: "the \(agencies[b.agency].type) bodies covering area '\(areas[b.area].code)' have shares summing to \(NumberFormat.fixed(sum, 3)) by this line, more than all of its people; a share is the fraction of the area's population a body covers"))
            }
        }
        guard areas.contains(where: { $0.parent != nil }) else { return }
        let parent = areas.map { $0.parent.flatMap { areaIndex[$0] } ?? -1 }
        for (k, b) in boundaries.enumerated() {
            var cur = parent[b.area]
            var steps = 0
            while cur >= 0 && steps < areas.count {
                if let line = seen[Int64(b.agency) << 32 | Int64(cur)] {
                    warnings.append(Diagnostic(file: display, line: lines[k], column: 1, severity: .warning,
                        message: "agency '\(agencies[b.agency].id)' covers area '\(areas[b.area].code)' here and, on line \(line), area '\(areas[cur].code)' that contains it; below '\(areas[b.area].code)' this boundary wins"))
                    break
                }
                cur = parent[cur]
                steps += 1
            }
        }
    }

    mutating func readRelationships(path: String, display: String) {
        let schema = NetworkLoader.relationshipColumns
        let known = Set(schema.required + schema.optional)
        var lines: [Int] = []
        var cache: [Column]?
        var extras: [Int] = []
        read(path: path, display: display, columns: schema, headerOnlyIsError: false) { state, row in
            if cache == nil {
                cache = ["source", "target", "type", "weight", "directed", "since", "until", "sign"].map(row.table.column)
                extras = row.table.extraColumns(known: known)
            }
            let c = cache!
            let cSource = c[0], cTarget = c[1]
            let sourceID = state.required(row, cSource)
            let targetID = state.required(row, cTarget)
            let type = state.enumValue(row, c[2], as: RelationshipType.self, required: true)
            let weight = state.number(row, c[3], valid: { NetworkLimits.weight.contains($0) },
                                      meaning: "a tie strength from 1e-9 to 1e12")
            let directed = state.boolean(row, c[4])
            let sign = state.sign(row, c[7], type: type)
            let errorsBeforeDates = state.errors.count
            let (since, until) = state.period(row, from: c[5], to: c[6])
            guard state.errors.count == errorsBeforeDates else { return }
            let attributes = state.attributes(row, extras)
            guard let sourceID, let targetID, let type, let weight, let directed, let sign else { return }
            let source = state.agencyIndex[AgencyID(sourceID)]
            let target = state.agencyIndex[AgencyID(targetID)]
            for (value, column, index) in [(sourceID, cSource, source), (targetID, cTarget, target)]
                where index == nil && !state.agenciesUnreadable && !state.invalidAgencyIDs.contains(value) {
                let agencies = state.agencies
                state.unknownReference(row, column, kind: "agency", value: value) { agencies.map(\.id.rawValue) }
            }
            guard let source, let target else { return }
            if source == target {
                state.warnings.append(row.warning(cSource, "self-loop: '\(sourceID)' is tied to itself; network measures ignore it"))
            }
            lines.append(row.fields.line)
            state.relationships.append(Relationship(source: source, target: target, type: type, weight: weight ?? 1,
                                                    directed: directed ?? false, sign: sign, since: since, until: until,
                                                    attributes: attributes))
        }
        // The same tie listed twice: same endpoints (either order when undirected), same type.
        var firstLine: [TieKey: Int] = [:]
        firstLine.reserveCapacity(relationships.count)
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
        let a: Int32, b: Int32, type: RelationshipType, directed: Bool
        init(_ r: Relationship) {
            directed = r.directed
            type = r.type
            if r.directed || r.source < r.target { a = Int32(r.source); b = Int32(r.target) }
            else { a = Int32(r.target); b = Int32(r.source) }
        }
    }

    /// The dates of a row's `from` and `to` columns (start/end, since/until), each a real calendar
    /// date, `to` not before `from`; every problem is reported at its cell.
    mutating func period(_ row: Row, from cFrom: Column, to cTo: Column) -> (ISODate?, ISODate?) {
        func date(_ c: Column) -> ISODate? {
            guard let raw = value(row, c) else { return nil }
            switch ISODate.parse(raw) {
            case let .success(d): return d
            case let .failure(e):
                errors.append(row.error(c, "\(c.name) \(e.description)"))
                return nil
            }
        }
        let from = date(cFrom), to = date(cTo)
        if let from, let to, to.last < from.first {
            errors.append(row.error(cTo, "\(cTo.name) \(to) is before \(cFrom.name) \(from)"))
        }
        return (from, to)
    }

    /// Ids of other snapshots in `successor_of` warned about one by one up to this count, in one
    /// warning beyond it.
    static let successorsListedOneByOne = 3

    /// `successor_of` cells: (agency index, text, line, column), resolved once every agency is read.
    var successorCells: [(agency: Int, text: String, line: Int, column: Int)] = []

    /// Resolves `successor_of` ids (joined by `|`) to agencies: an unknown id is an error with a
    /// did-you-mean, as is an agency naming itself or a chain of successions that comes back to
    /// where it started (a cycle: nothing can be its own predecessor).
    ///
    /// - Complexity: O(|V| + S) with S the ids named, plus the suggestions.
    mutating func resolveSuccessors(display: String) {
        var predecessors: [Int: [Int]] = [:]
        // Ids of another snapshot: listed one by one (with a did-you-mean) when few, else in one
        // warning, so that a folder naming a whole earlier vintage (england's ICBs name
        // england-2021's 106 CCGs) does not print a hundred lines on every run.
        var elsewhere: [(id: String, line: Int, column: Int, near: String?)] = []
        for (agency, text, line, column) in successorCells {
            var ids: [AgencyID] = []
            let parts = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "|" || $0 == ";" }).map { $0.trimmingCharacters(in: .whitespaces) }
            if parts.contains(where: \.isEmpty) {
                errors.append(Diagnostic(file: display, line: line, column: column,
                                         message: "successor_of '\(text)' has an empty id; ids are joined by '|'"))
            }
            for id in parts where !id.isEmpty {
                guard let index = agencyIndex[AgencyID(id)] else {
                    if invalidAgencyIDs.contains(id) { continue }
                    // An id not in this folder may name an earlier snapshot's body (england's ICBs
                    // name england-2021's CCGs; history trends match across folders by it), so it is
                    // kept with a located warning, and a did-you-mean in case it is a typo.
                    var near: String?
                    if suggestionBudget > 0 {
                        suggestionBudget -= 1
                        near = Suggestion.nearest(to: id, in: agencies.map(\.id.rawValue))
                    }
                    elsewhere.append((id, line, column, near))
                    if !ids.contains(AgencyID(id)) { ids.append(AgencyID(id)) }
                    continue
                }
                if index == agency {
                    errors.append(Diagnostic(file: display, line: line, column: column,
                                             message: "agency '\(id)' cannot be its own successor"))
                    continue
                }
                if !ids.contains(AgencyID(id)) { ids.append(AgencyID(id)) }
                predecessors[agency, default: []].append(index)
            }
            agencies[agency].successorOf = ids
        }
        if elsewhere.count <= Self.successorsListedOneByOne {
            for (id, line, column, near) in elsewhere {
                warnings.append(Diagnostic(file: display, line: line, column: column, severity: .warning,
                    message: "successor_of names '\(id)', which is not in this folder; kept as a body of another snapshot"
                        + (near.map { " (did you mean '\($0)'?)" } ?? "")))
            }
        } else {
            // Many: a whole earlier vintage named on purpose, where a did-you-mean would mislead.
            let distinct = Set(elsewhere.map(\.id)).count
            let first = elsewhere[0]
            warnings.append(Diagnostic(file: display, line: first.line, column: first.column, severity: .warning,
                message: "successor_of names \(distinct) ids that are not in this folder (the first '\(first.id)'); kept as bodies of another snapshot"))
        }
        // A cycle in predecessor → successor arcs: depth-first search with colours (0 new, 1 on the path, 2 done).
        var colour = [UInt8](repeating: 0, count: agencies.count)
        let cellOf = Dictionary(successorCells.map { ($0.agency, ($0.line, $0.column)) }, uniquingKeysWith: { a, _ in a })
        for root in predecessors.keys.sorted() where colour[root] == 0 {
            var stack: [(node: Int, next: Int)] = [(root, 0)]
            var path: [Int] = [root]
            colour[root] = 1
            while let top = stack.last {
                let edges = predecessors[top.node] ?? []
                if top.next == edges.count {
                    colour[top.node] = 2
                    stack.removeLast()
                    path.removeLast()
                    continue
                }
                stack[stack.count - 1].next += 1
                let p = edges[top.next]
                if colour[p] == 1 {
                    let cycle = path[path.firstIndex(of: p)!...].map { agencies[$0].id.rawValue }
                    let (line, column) = cellOf[top.node]!
                    errors.append(Diagnostic(file: display, line: line, column: column,
                        message: "successor_of makes a cycle: \((cycle + [cycle[0]]).joined(separator: " succeeds ")); an agency cannot succeed itself"))
                } else if colour[p] == 0 {
                    colour[p] = 1
                    stack.append((p, 0))
                    path.append(p)
                }
            }
        }
    }
}
