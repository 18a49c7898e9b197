import PartnerscopeCore

/// The partnership audit (`audit.csv`) as tables, JSON and sentences: each question's median and
/// spread per scope, where partners disagree, the weakest questions first as an action list, and
/// each question beside what the network data measure about it.
public struct AuditReport: Sendable {
    public let analysis: AuditAnalysis
    public let network: Network
    public let boards: BoardSet
    public let texts: [String]
    public let dropped: Int
    /// Whether a survey fed question I's evidence.
    public let hasSurvey: Bool
    let auditProvenance: [String]

    public init(network: Network, audit: LoadedAudit, boards: BoardSet, gaps: [CoterminosityPair]?, missingPartners: Int?,
                boardAnalysis: BoardAnalysis?, survey: SurveyAnalysis?) {
        self.network = network
        self.boards = boards
        texts = audit.texts
        dropped = audit.dropped
        hasSurvey = survey != nil
        auditProvenance = audit.provenance
        analysis = AuditAnalysis(network: network, audit: audit.audit, boards: boards, gaps: gaps, missingPartners: missingPartners,
                                 boardAnalysis: boardAnalysis, survey: survey)
    }

    static let answers = ["not in place", "partly", "largely", "fully"]

    /// Said first in every table's explanation when the answers are illustrative.
    var provenanceNote: String {
        isIllustrative ? "ILLUSTRATIVE DATA (audit.csv provenance=illustrative; generated, not collected). " : ""
    }

    func scopeName(_ board: Int?) -> String { board.map { boards.boards[$0].name } ?? "Whole network (\(network.name))" }
    func questionID(_ q: Int) -> String { analysis.audit.questions[q] }

    /// "1.5 (partly–largely)".
    static func medianText(_ m: Double) -> String {
        let low = Int(m.rounded(.down)), high = Int(m.rounded(.up))
        let words = low == high ? answers[low] : "\(answers[low])–\(answers[high])"
        return "\(NumberFormat.fixed(m, m == m.rounded() ? 0 : 1)) (\(words))"
    }

    /// What the data say about a question in a scope, in words; empty when nothing is measured.
    public func evidenceText(_ r: AuditAnalysis.QuestionResult) -> String {
        guard let e = analysis.evidence(for: r) else { return "" }
        let unit = network.hasPopulation ? "people" : "areas"
        switch questionID(r.question) {
        case "B":
            guard let m = e.missingPartners else { return "missing partners not measured (no requirements)" }
            return r.board == nil ? "\(m) required partner finding\(m == 1 ? "" : "s") (absent or unlinked; missing partners)"
                : "\(m) statutory member\(m == 1 ? "" : "s") absent"
        case "D":
            guard let g = e.gaps else { return "no boundaries, so coterminosity not measured" }
            return "\(g) coterminosity gap\(g == 1 ? "" : "s") between members; \(NumberFormat.grouped(Int((e.peopleMisaligned ?? 0).rounded()))) \(unit) on the wrong side of the line"
        case "F":
            let marked = BudgetProvenance.label(BudgetProvenance.counts(network.agencies))
            return "budgets known for \(e.budgetsKnown) of \(e.members) members (£\(NumberFormat.grouped(Int(e.budgetTotal.rounded())))m in all)"
                + (marked.isEmpty ? "" : "; the network's budgets are \(marked) (agencies.csv budget_provenance)")
        case "H":
            guard let mean = e.meanBoardLoad else { return "no boards.csv, so board load not measured" }
            let most = e.mostLoaded.map { "; most: \(network.agencies[$0].name) (\(e.mostLoadedBoards))" } ?? ""
            return "members sit on \(NumberFormat.fixed(mean, 1)) boards on average\(most)"
        case "I":
            var s = "\(e.conflictTies) negative tie\(e.conflictTies == 1 ? "" : "s") (conflict or sign −1) between members"
            if hasSurvey {
                s += e.surveyedRelationships == 0 ? "; no surveyed relationship between members"
                    : "; surveyed trust \(NumberFormat.fixed(e.surveyedTrust ?? 0, 2)) of 4 over \(e.surveyedRelationships) relationships, \(e.surveyTensions) contradicting the ties"
            }
            return s
        default:
            return ""
        }
    }

    // MARK: Tables

    /// Every (scope, question), in scope and question order.
    public var questionsTable: ReportTable {
        let rows: [[ReportTable.Cell]] = analysis.results.map { r in
            [.text(scopeName(r.board)), .text(questionID(r.question)), .text(texts[r.question]), .int(r.responses),
             .number(r.median, digits: 1), .number(r.mean, digits: 2), .int(r.minimum), .int(r.maximum),
             .number(r.standardDeviation, digits: 2), .bool(r.partnersDisagree),
             .text(r.counts.map(String.init).joined(separator: " / ")), .text(evidenceText(r)),
             .text(r.board.map { boards.boards[$0].id.rawValue } ?? "")]
        }
        return ReportTable(
            id: "audit-questions", title: "Partnership audit: each question",
            explanation: provenanceNote + "Partners scored each condition of partnership working from 0 (not in place) through 1 (partly) and 2 (largely) to 3 (fully). Per board (or the whole network) and question: the median, mean, lowest, highest and sample sd of the scores; 'disagree' when the highest and lowest are 2 or more apart; answers counts 0 / 1 / 2 / 3. Evidence sets the question beside what the network's data measure: B beside the missing partners, D beside the coterminosity gaps between members, F beside the budgets, H beside the members' board load, I beside conflict ties and surveyed trust.",
            emptyNote: "audit.csv has no answer.",
            columns: [.init("scope", "Board"), .init("question", "Q"), .init("text", "Question"),
                      .init("responses", "Answers", numeric: true), .init("median", "Median", numeric: true),
                      .init("mean", "Mean", numeric: true), .init("min", "Lowest", numeric: true), .init("max", "Highest", numeric: true),
                      .init("sd", "sd", numeric: true), .init("disagree", "Disagree", numeric: true),
                      .init("answers", "0 / 1 / 2 / 3"), .init("evidence", "What the data say", long: true),
                      .init("board_id", "Board id")],
            rows: rows)
    }

    /// The questions weakest first: what to work on.
    public var actionsTable: ReportTable {
        let rows: [[ReportTable.Cell]] = analysis.actions.enumerated().map { rank, k in
            let r = analysis.results[k]
            return [.int(rank + 1), .text(scopeName(r.board)), .text("\(questionID(r.question)). \(texts[r.question])"),
                    .text(Self.medianText(r.median)), .bool(r.partnersDisagree), .text(evidenceText(r)),
                    .text(r.board.map { boards.boards[$0].id.rawValue } ?? "")]
        }
        return ReportTable(
            id: "audit-actions", title: "Partnership audit: action list, weakest first",
            explanation: provenanceNote + "Every question of every board (and of the whole network) ordered by its median score, then its mean, lowest first: the conditions least in place head the list. Where partners disagree, the first step is to find out why they see it differently.",
            emptyNote: "audit.csv has no answer.",
            columns: [.init("rank", "Rank", numeric: true), .init("scope", "Board"), .init("question", "Question"),
                      .init("median", "Median"), .init("disagree", "Disagree", numeric: true),
                      .init("evidence", "What the data say", long: true), .init("board_id", "Board id")],
            rows: rows)
    }

    /// Every answer with a comment.
    public var commentsTable: ReportTable {
        let rows: [[ReportTable.Cell]] = analysis.audit.responses.filter { $0.comment != nil }.map { r in
            [.text(scopeName(r.board)), .text(questionID(r.question)), .text(network.agencies[r.respondent].name),
             .int(r.score), .text(r.comment ?? "")]
        }
        return ReportTable(
            id: "audit-comments", title: "Partnership audit: comments",
            explanation: provenanceNote + "The answers that came with a comment, in the order of audit.csv.",
            emptyNote: "No answer has a comment.",
            columns: [.init("scope", "Board", long: true), .init("question", "Q"), .init("respondent", "Partner", long: true),
                      .init("score", "Score", numeric: true), .init("comment", "Comment", long: true)],
            rows: rows)
    }

    public var tables: [ReportTable] { [actionsTable, questionsTable, commentsTable] }

    /// Whether the answers are marked as made up (`provenance` = illustrative on some row).
    public var isIllustrative: Bool { provenance.contains { $0.lowercased() == "illustrative" } }
    public var provenance: [String] { auditProvenance }

    // MARK: Sentences

    public func keyFindings() -> [String] {
        var out: [String] = []
        let results = analysis.results
        if isIllustrative {
            out.append("The partnership audit in this folder is illustrative: generated to show the method, not answers any partner gave.")
        }
        guard !results.isEmpty else { return out + ["audit.csv has no answer."] }
        let responses = analysis.audit.responses
        let respondents = Set(responses.map(\.respondent)).count
        let scopes = analysis.evidence.count
        out.append("Partnership audit: \(responses.count) answers from \(respondents) partner\(respondents == 1 ? "" : "s") on \(scopes) scope\(scopes == 1 ? "" : "s") (boards or the whole network).")
        let weakest = analysis.actions.prefix(3).map { k -> String in
            let r = results[k]
            return "\(questionID(r.question)). \(texts[r.question]), \(scopeName(r.board)): median \(Self.medianText(r.median))"
        }
        out.append("Weakest: " + weakest.joined(separator: "; ") + ".")
        let disagree = results.filter(\.partnersDisagree)
        if !disagree.isEmpty {
            out.append("Partners disagree (scores 2 or more apart) on \(disagree.count) question\(disagree.count == 1 ? "" : "s"), e.g. \(questionID(disagree[0].question)). \(texts[disagree[0].question]), \(scopeName(disagree[0].board)).")
        }
        if dropped > 0 { out.append("\(dropped) answer\(dropped == 1 ? "" : "s") left out: \(dropped == 1 ? "it names" : "they name") an agency or board not in the network on the day looked at.") }
        return out
    }

    /// The report's section heading: what the audit is and its findings. Every text is escaped.
    public func sectionIntroHTML() -> HTML {
        let explanation = "Partners scored the nine conditions of the interagency partnership audit (A shared values and aspirations, B agreed priorities, C willingness to explore new service options, D agreement on the boundaries of the partnership, E clarity about who is responsible for what, F confidence that each party's resources reflect its commitment, G committed leadership, H people with time and capacity, I trust, openness and good will) and any question of audit-questions.csv, from 0 (not in place) to 3 (fully). partnerscope audit gives the same tables."
        var out: HTML = "<section id=\"audit\">\n<h2>Partnership audit: are the conditions of partnership working in place?</h2>\n"
        if isIllustrative {
            out += "<p class=\"illustrative\"><strong>Illustrative data.</strong> audit.csv marks these answers provenance=illustrative: they were generated by a seeded script to show the method, and no partner gave them.</p>\n"
        }
        out += "<p class=\"explain\">\(explanation)</p>\n<ul class=\"findings\">\n"
        for f in keyFindings() { out += "<li>\(f)</li>\n" }
        return out + "</ul>\n</section>\n"
    }

    /// The terminal view.
    public func text(top: Int) -> String {
        var out = "Partnership audit of \(network.name)\n\n"
        for f in keyFindings() { out += "- \(f)\n" }
        out += actionsTable.terminalText(columns: ["rank", "scope", "question", "median", "disagree", "evidence"], top: top)
        return out
    }

    public func json() -> JSONValue {
        .object([
            ("network", .string(network.name)),
            ("questions", .array(analysis.audit.questions.enumerated().map { k, id in .object([("id", .string(id)), ("text", .string(texts[k]))]) })),
            ("dropped_answers", .int(dropped)),
            ("provenance", .array(provenance.map { .string($0) })), ("illustrative", .bool(isIllustrative)),
            ("findings", .array(keyFindings().map { .string($0) })),
            ("actions", actionsTable.jsonRows()), ("results", questionsTable.jsonRows()), ("comments", commentsTable.jsonRows()),
        ])
    }
}
