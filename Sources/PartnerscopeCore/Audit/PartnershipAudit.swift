/// One answer of a partnership audit (`audit.csv`): how far one partner thinks one condition of
/// good partnership working is in place, for a board or the whole network.
public struct AuditResponse: Hashable, Sendable {
    /// Index into ``BoardSet/boards``; nil for the whole network.
    public var board: Int?
    /// Index into ``Network/agencies``.
    public var respondent: Int
    /// Index into ``PartnershipAudit/questions``.
    public var question: Int
    /// 0 not in place, 1 partly, 2 largely, 3 fully.
    public var score: Int
    public var comment: String?

    public init(board: Int?, respondent: Int, question: Int, score: Int, comment: String? = nil) {
        self.board = board
        self.respondent = respondent
        self.question = question
        self.score = score
        self.comment = comment
    }
}

/// A partnership audit: partners scoring conditions of partnership working from 0 (not in place)
/// to 3 (fully), the nine questions A–I of the interagency partnership audit (shared values, agreed
/// priorities, new service options, boundaries, responsibilities, resources, leadership, capacity,
/// trust) and any custom question listed in `audit-questions.csv`.
public struct PartnershipAudit: Sendable {
    /// The standard question ids, in order.
    public static let standardQuestions = ["A", "B", "C", "D", "E", "F", "G", "H", "I"]
    /// The answer scale.
    public static let scale: ClosedRange<Int> = 0...3

    /// Question ids: the standard ones first, then custom ones in the order audit-questions.csv lists them.
    public var questions: [String]
    public var responses: [AuditResponse]

    public init(questions: [String], responses: [AuditResponse]) {
        self.questions = questions
        self.responses = responses
        assert(responses.allSatisfy { questions.indices.contains($0.question) && Self.scale.contains($0.score) })
    }
}

extension PartnershipAudit {
    /// The audit with agency and board indices mapped (old index → new index, nil when dropped),
    /// as for a network looked at on one day; responses naming a dropped agency or board are
    /// dropped and counted.
    ///
    /// - Complexity: O(|responses|).
    public func remapped(agencyMap: [Int?], boardMap: [Int?]) -> (audit: PartnershipAudit, dropped: Int) {
        var kept: [AuditResponse] = []
        for var r in responses {
            guard let a = agencyMap[r.respondent] else { continue }
            if let b = r.board {
                guard let nb = boardMap[b] else { continue }
                r.board = nb
            }
            r.respondent = a
            kept.append(r)
        }
        return (PartnershipAudit(questions: questions, responses: kept), responses.count - kept.count)
    }
}
