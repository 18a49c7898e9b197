import Foundation
import PartnerscopeCore

/// The columns of the optional `survey.csv`.
public enum SurveySchema {
    /// `respondent` and `about` are agency ids; `wave` a date or label (default `1` when the
    /// column is absent); the six PARTNER items are whole numbers from 1 to 4 (blank: not
    /// answered); `provenance` says where the answers come from (`illustrative` for made-up data).
    public static let columns = (required: ["respondent", "about"],
                                 optional: ["wave", "provenance"] + SurveyDimension.standard.map(\.name))
    /// The largest magnitude an extra dimension's score may have, so that every sum stays finite.
    public static let extraScoreLimit = 1e9
    /// The wave of every row when the file has no `wave` column.
    public static let defaultWave = "1"
}

/// Reads `survey.csv`, a relationship survey, with the rules of the other files: every problem
/// located (FILE:LINE:COLUMN) and collected. Errors: an unknown respondent or partner (with a
/// did-you-mean), an agency rating itself, the same (respondent, about, wave) twice, a PARTNER
/// item that is not a whole number from 1 to 4, an extra score that is not finite or beyond
/// ±10⁹, an empty wave, a file with no score column. Warnings: a row with no score (left out), a
/// column mixing numbers and text (kept as text, not scored), a header-only file.
///
/// Any column beyond the schema whose every value is a number is an extra dimension; a column
/// holding text (a comment) is read and otherwise ignored.
///
/// - Complexity: O(bytes + R log R) for R rows.
extension LoadState {
    /// Reads `survey.csv` in `directory`; nil when there is none.
    mutating func readSurvey(directory: String) -> Survey? {
        let path = (directory as NSString).appendingPathComponent("survey.csv")
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        let schema = SurveySchema.columns
        let known = Set(schema.required + schema.optional)
        var cache: [Column]?
        var standard: [(dimension: SurveyDimension, column: Column)] = []
        var extras: [Int] = []
        var extraNames: [String] = []
        var headerLine = 1
        var pending: [PendingRating] = []
        var extraCells: [[(text: String, line: Int, column: Int)?]] = []
        var firstLine: [String: Int] = [:]
        var waveOrder: [String] = []
        var waveSeen = Set<String>()
        var provenance = Set<String>()
        var noScoreColumn = false
        read(path: path, display: path, columns: schema, headerOnlyIsError: false) { state, row in
            if cache == nil {
                let t = row.table
                headerLine = t.headerLine
                cache = ["respondent", "about", "wave", "provenance"].map(t.column)
                standard = SurveyDimension.standard.compactMap { d in t.columns[d.name].map { (d, Column(name: d.name, index: $0)) } }
                extras = t.extraColumns(known: known)
                extraNames = extras.map { t.header[$0].lowercased() }
                if standard.isEmpty && extras.isEmpty {
                    noScoreColumn = true
                }
            }
            if noScoreColumn { return }
            let c = cache!
            let before = state.errors.count
            let respondentID = state.required(row, c[0])
            let aboutID = state.required(row, c[1])
            var wave: String?
            if c[2].index == nil { wave = SurveySchema.defaultWave } else { wave = state.required(row, c[2]) }
            if let p = state.value(row, c[3]) { provenance.insert(p) }
            var scores: [Double?] = []
            for (_, column) in standard {
                let errorsBefore = state.errors.count
                let v = state.integer(row, column, range: SurveyDimension.scale,
                                      meaning: "a whole number from 1 (not at all) to 4 (a great deal), or blank when not answered")
                scores.append(state.errors.count == errorsBefore ? v.map(Double.init) : nil)
            }
            var cells: [(text: String, line: Int, column: Int)?] = []
            for k in extras {
                let column = Column(name: row.table.header[k].lowercased(), index: k)
                guard let text = state.value(row, column) else { cells.append(nil); continue }
                let p = row.position(column)
                if LoadState.isDecimal(text), let v = Double(text), !(v.isFinite && abs(v) <= SurveySchema.extraScoreLimit) {
                    state.errors.append(row.error(column, "\(column.name) \(text) is not a finite score within ±1e9"))
                    continue
                }
                cells.append((text, p.line, p.column))
            }
            guard let respondentID, let aboutID else { return }
            let respondent = state.agencyIndex[AgencyID(respondentID)]
            let about = state.agencyIndex[AgencyID(aboutID)]
            for (value, column, index) in [(respondentID, c[0], respondent), (aboutID, c[1], about)]
                where index == nil && !state.agenciesUnreadable && !state.invalidAgencyIDs.contains(value) {
                let agencies = state.agencies
                state.unknownReference(row, column, kind: "agency", value: value) { agencies.map(\.id.rawValue) }
            }
            guard let respondent, let about, let wave else { return }
            if respondent == about {
                state.errors.append(row.error(c[1], "'\(respondentID)' rates itself; a survey row is one agency's view of another"))
                return
            }
            let key = "\(respondent)\u{0}\(about)\u{0}\(wave)"
            if let first = firstLine[key] {
                state.errors.append(row.error(c[0], "'\(respondentID)' rates '\(aboutID)' twice in wave '\(wave)' (first on line \(first)); give one row per partner per wave"))
                return
            }
            firstLine[key] = row.fields.line
            guard state.errors.count == before else { return }
            if waveSeen.insert(wave).inserted { waveOrder.append(wave) }
            pending.append(PendingRating(respondent: respondent, about: about, wave: wave, line: row.fields.line, scores: scores))
            extraCells.append(cells)
        }
        if noScoreColumn {
            let names = SurveyDimension.standard.map(\.name).joined(separator: ", ")
            errors.append(Diagnostic(file: path, line: headerLine, column: 1,
                                     message: "survey.csv has no score column; expected some of \(names), or other numeric columns"))
            return nil
        }
        // An extra column is a dimension when every value it holds is a number.
        var dimensions = standard.map(\.dimension)
        var numericExtras: [Int] = []
        for position in extras.indices {
            let cells = extraCells.compactMap { $0[position] }
            func isNumber(_ t: String) -> Bool { LoadState.isDecimal(t) && Double(t) != nil }
            if let text = cells.first(where: { !isNumber($0.text) }) {
                if cells.contains(where: { isNumber($0.text) }) {
                    warnings.append(Diagnostic(file: path, line: text.line, column: text.column, severity: .warning,
                        message: "column '\(extraNames[position])' mixes numbers and text ('\(text.text)'); it is kept as text and not scored"))
                }
                continue
            }
            numericExtras.append(position)
            dimensions.append(SurveyDimension(name: extraNames[position], kind: .extra))
        }
        // Chronological waves when every label is a date; otherwise the file's order.
        let dates = waveOrder.map { try? ISODate.parse($0).get() }
        var waves = waveOrder
        if dates.allSatisfy({ $0 != nil }) {
            waves = zip(waveOrder, dates).sorted { ($0.1!.first, $0.0) < ($1.1!.first, $1.0) }.map(\.0)
        }
        let waveIndex = Dictionary(uniqueKeysWithValues: waves.enumerated().map { ($1, $0) })
        var ratings: [SurveyRating] = []
        for (k, p) in pending.enumerated() {
            var scores = p.scores
            for position in numericExtras { scores.append(extraCells[k][position].flatMap { Double($0.text) }) }
            if scores.allSatisfy({ $0 == nil }) {
                warnings.append(Diagnostic(file: path, line: p.line, column: 1, severity: .warning,
                                           message: "this row gives no score; it is left out"))
                continue
            }
            ratings.append(SurveyRating(respondent: p.respondent, about: p.about, wave: waveIndex[p.wave]!, scores: scores))
        }
        return Survey(dimensions: dimensions, waves: waves, ratings: ratings, provenance: provenance.sorted())
    }
}

/// A survey row read and checked, waiting for the extra columns to be typed.
struct PendingRating {
    let respondent: Int
    let about: Int
    let wave: String
    let line: Int
    let scores: [Double?]
}
