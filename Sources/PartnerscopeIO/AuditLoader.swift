import Foundation
import PartnerscopeCore

/// The columns of the optional `audit.csv` and `audit-questions.csv`.
public enum AuditSchema {
    public static let responseColumns = (required: ["respondent", "question", "score"], optional: ["board", "comment", "provenance"])
    public static let questionColumns = (required: ["id", "text"], optional: [String]())

    /// The nine questions of the interagency partnership audit, as issue 15 words them.
    public static let standardText: [String: String] = [
        "A": "Shared values and aspirations",
        "B": "Agreed priorities",
        "C": "Willingness to explore new service options",
        "D": "Agreement on the boundaries of the partnership",
        "E": "Clarity about who is responsible for what",
        "F": "Confidence that each party's resources reflect its commitment",
        "G": "Committed leadership",
        "H": "People with time and capacity",
        "I": "Trust, openness and good will between key players",
    ]
}

/// An audit read from a folder: the responses and every question's text.
public struct LoadedAudit: Sendable {
    public var audit: PartnershipAudit
    /// One per ``PartnershipAudit/questions`` entry.
    public var texts: [String]
    /// Responses left out because they name an agency or board not in the network on the day looked at.
    public var dropped = 0
    /// The distinct values of audit.csv's `provenance` column, sorted (`illustrative` marks made-up answers).
    public var provenance: [String] = []
}

/// Reads `audit.csv` (and `audit-questions.csv`) with the rules of the other files: every problem
/// located and collected. Errors: an unknown respondent, board or question (with a did-you-mean),
/// a score that is not a whole number from 0 to 3, the same respondent answering the same question
/// for the same board twice, a board named without boards.csv, a question id listed twice or with
/// no text in audit-questions.csv, audit-questions.csv without audit.csv.
///
/// - Complexity: O(bytes + R) for R rows.
extension LoadState {
    mutating func readAudit(directory: String, boards: BoardSet) -> LoadedAudit? {
        let path = (directory as NSString).appendingPathComponent("audit.csv")
        let questionsPath = (directory as NSString).appendingPathComponent("audit-questions.csv")
        let hasQuestions = FileManager.default.fileExists(atPath: questionsPath)
        guard FileManager.default.fileExists(atPath: path) else {
            if hasQuestions {
                errors.append(Diagnostic(file: questionsPath, line: 1, column: 1,
                    message: "audit-questions.csv lists questions, but the folder has no audit.csv"))
            }
            return nil
        }
        var ids = PartnershipAudit.standardQuestions
        var texts = ids.map { AuditSchema.standardText[$0]! }
        if hasQuestions {
            var firstLine: [String: Int] = [:]
            read(path: questionsPath, display: questionsPath, columns: AuditSchema.questionColumns, headerOnlyIsError: false) { state, row in
                let c = ["id", "text"].map(row.table.column)
                guard let id = state.required(row, c[0]), let text = state.required(row, c[1]) else { return }
                if let first = firstLine[id] {
                    state.errors.append(row.error(c[0], "question '\(id)' is listed twice (first on line \(first))"))
                    return
                }
                firstLine[id] = row.fields.line
                if let k = ids.firstIndex(of: id) { texts[k] = text } else { ids.append(id); texts.append(text) }
            }
        }
        let questionIndex = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
        let boardIndex = Dictionary(boards.boards.enumerated().map { ($1.id.rawValue, $0) }, uniquingKeysWith: { a, _ in a })
        var responses: [AuditResponse] = []
        var firstLine: [String: Int] = [:]
        var provenance = Set<String>()
        read(path: path, display: path, columns: AuditSchema.responseColumns, headerOnlyIsError: false) { state, row in
            let c = ["respondent", "question", "score", "board", "comment", "provenance"].map(row.table.column)
            if let p = state.value(row, c[5]) { provenance.insert(p) }
            let before = state.errors.count
            let respondentID = state.required(row, c[0])
            let questionID = state.required(row, c[1])
            let score = state.integer(row, c[2], range: PartnershipAudit.scale,
                                      meaning: "a whole number from 0 (not in place) to 3 (fully in place)")
            if score == nil, let k = c[2].index, row.fields.isBlank(k) { state.errors.append(row.error(c[2], "empty score")) }
            let boardID = state.value(row, c[3])
            let comment = state.value(row, c[4])
            var board: Int?
            if let boardID {
                if boards.boards.isEmpty {
                    state.errors.append(row.error(c[3], "board '\(boardID)' names a board, but the folder has no boards.csv; leave board empty for the whole network"))
                } else if let b = boardIndex[boardID] {
                    board = b
                } else {
                    state.unknownReference(row, c[3], kind: "board", value: boardID) { boards.boards.map(\.id.rawValue) }
                }
            }
            var respondent: Int?
            if let respondentID {
                respondent = state.agencyIndex[AgencyID(respondentID)]
                if respondent == nil && !state.agenciesUnreadable && !state.invalidAgencyIDs.contains(respondentID) {
                    let agencies = state.agencies
                    state.unknownReference(row, c[0], kind: "agency", value: respondentID) { agencies.map(\.id.rawValue) }
                }
            }
            var question: Int?
            if let questionID {
                question = questionIndex[questionID] ?? questionIndex[questionID.uppercased()]
                if question == nil {
                    var message = "unknown question '\(questionID)'; expected A–I or an id listed in audit-questions.csv"
                    let custom = Array(ids.dropFirst(PartnershipAudit.standardQuestions.count))
                    if let near = Suggestion.nearest(to: questionID, in: custom) { message += "; did you mean '\(near)'?" }
                    state.errors.append(row.error(c[1], message))
                }
            }
            guard state.errors.count == before, let respondent, let question, let score else { return }
            let key = "\(boardID ?? "")\u{0}\(respondent)\u{0}\(question)"
            if let first = firstLine[key] {
                state.errors.append(row.error(c[0], "'\(respondentID!)' answers question '\(ids[question])'\(boardID.map { " for board '\($0)'" } ?? "") twice (first on line \(first))"))
                return
            }
            firstLine[key] = row.fields.line
            responses.append(AuditResponse(board: board, respondent: respondent, question: question, score: score, comment: comment))
        }
        return LoadedAudit(audit: PartnershipAudit(questions: ids, responses: responses), texts: texts, provenance: provenance.sorted())
    }
}
