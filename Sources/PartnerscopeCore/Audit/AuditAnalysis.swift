/// The partnership audit analysed: per scope (the whole network, or a board) and question, the
/// median and spread of the partners' scores, whether they disagree, the weakest questions, and
/// each question set beside what the network data measure about it.
///
/// ## Scores
///
/// Scale 0 (not in place), 1 (partly), 2 (largely), 3 (fully). Per scope and question:
///
///     median  = the middle score (the mean of the middle two for an even count, as numpy)
///     spread  = maximum − minimum, and the sample standard deviation
///     disagree = spread ≥ 2 (some partners say "not in place" or "partly" where others say
///                "largely" or "fully")
///
/// The weakest questions, and the action list, are ordered by median, then mean, ascending (ties
/// by scope, then question order).
///
/// ## Evidence (what no audit form does)
///
/// The members of a scope are the board's members, or every agency for the whole network.
///
/// - B (agreed priorities): the required partners absent or unlinked (missing-partner findings of
///   kinds absent and unlinked) for the network; the statutory members absent for a board.
/// - D (boundaries): coterminosity gaps between two members and the people on the wrong side of
///   the line (Σ min(shared, a only, b only)).
/// - F (resources): members with a `budget_m`, and their total.
/// - H (capacity): the members' mean board load (boards sat on) and the most loaded member.
/// - I (trust): negative ties (conflict, or sign −1) between two members, and — with a survey — the mean surveyed trust
///   of the members' relationships and how many of them are tensions (``SurveyAnalysis/Tension``).
///
/// - Complexity: O(R log R + S · (|E| + |V|)) for R responses and S scopes.
/// - Corner cases: a scope with no response to a question gives no row; no boards: board evidence
///   (load, absent members) is nil.
public struct AuditAnalysis: Sendable {
    public struct QuestionResult: Sendable, Equatable {
        /// Index into ``BoardSet/boards``; nil for the whole network.
        public var board: Int?
        /// Index into ``PartnershipAudit/questions``.
        public var question: Int
        public var responses: Int
        public var median: Double
        public var mean: Double
        public var minimum: Int
        public var maximum: Int
        public var standardDeviation: Double?
        /// How many answered 0, 1, 2 and 3.
        public var counts: [Int]
        public var spread: Int { maximum - minimum }
        public var partnersDisagree: Bool { spread >= 2 }
    }

    /// What the data measure about one scope.
    public struct Evidence: Sendable, Equatable {
        public var board: Int?
        public var members: Int
        /// B: absent or unlinked required partners (network) / absent statutory members (board); nil when not measured.
        public var missingPartners: Int?
        /// D: gaps between members and the people misaligned; nil without geography.
        public var gaps: Int?
        public var peopleMisaligned: Double?
        /// F
        public var budgetsKnown: Int
        public var budgetTotal: Double
        /// H: nil without boards.
        public var meanBoardLoad: Double?
        public var mostLoaded: Int?
        public var mostLoadedBoards: Int
        /// I: negative ties (conflict, or sign −1) between members.
        public var conflictTies: Int
        public var surveyedTrust: Double?
        public var surveyedRelationships: Int
        public var surveyTensions: Int
    }

    public let audit: PartnershipAudit
    /// Every (scope, question) answered: the network first, then boards in order; questions in order.
    public let results: [QuestionResult]
    /// Indices into ``results``, weakest first.
    public let actions: [Int]
    /// One per scope with answers, in the order of ``results``.
    public let evidence: [Evidence]

    /// - Parameters:
    ///   - gaps: the network's coterminosity gaps (``CoterminosityAnalysis/gaps``); nil without geography.
    ///   - missingPartners: absent or unlinked findings for the whole network; nil when not computed.
    ///   - boardAnalysis: the boards' analysis (loads, absent statutory members); nil without boards.
    ///   - survey: the relationship survey's analysis, when there is one.
    public init(network: Network, audit: PartnershipAudit, boards: BoardSet = BoardSet(), gaps: [CoterminosityPair]?,
                missingPartners: Int?, boardAnalysis: BoardAnalysis?, survey: SurveyAnalysis?) {
        self.audit = audit
        var groups: [ScopeQuestion: [Int]] = [:]
        for r in audit.responses { groups[ScopeQuestion(board: r.board ?? -1, question: r.question), default: []].append(r.score) }
        let keys = groups.keys.sorted { ($0.board, $0.question) < ($1.board, $1.question) }
        let results = keys.map { key -> QuestionResult in
            let scores = groups[key]!.sorted()
            let n = scores.count
            let median = n % 2 == 1 ? Double(scores[n / 2]) : Double(scores[n / 2 - 1] + scores[n / 2]) / 2
            let summary = ScoreSummary(scores.map(Double.init))
            var counts = [0, 0, 0, 0]
            for s in scores { counts[s] += 1 }
            return QuestionResult(board: key.board < 0 ? nil : key.board, question: key.question, responses: n, median: median,
                                  mean: summary.mean!, minimum: scores.first!, maximum: scores.last!,
                                  standardDeviation: summary.standardDeviation, counts: counts)
        }
        self.results = results
        actions = results.indices.sorted { x, y in
            let (p, q) = (results[x], results[y])
            if p.median != q.median { return p.median < q.median }
            if p.mean != q.mean { return p.mean < q.mean }
            return x < y
        }

        var load = [Int](repeating: 0, count: network.agencyCount)
        for l in boardAnalysis?.loads ?? [] { load[l.agency] = l.load }
        var scopes: [Int?] = []
        for r in results where scopes.last.map({ $0 != r.board }) ?? true { scopes.append(r.board) }
        evidence = scopes.map { board in
            let members: [Int] = board.map { b in boardAnalysis?.boards.first { $0.board == b }?.members ?? boards.members(of: b) }
                ?? Array(network.agencies.indices)
            var inScope = [Bool](repeating: false, count: network.agencyCount)
            for m in members { inScope[m] = true }
            let scopeGaps = gaps?.filter { inScope[$0.a] && inScope[$0.b] }
            let conflicts = network.relationships.filter { $0.isNegative && $0.source != $0.target && inScope[$0.source] && inScope[$0.target] }
            let rated = survey?.relationships.filter { inScope[$0.a] && inScope[$0.b] } ?? []
            let budgets = members.compactMap { network.agencies[$0].budgetMillions }
            let mostLoaded = boardAnalysis == nil ? nil : members.max { load[$0] != load[$1] ? load[$0] < load[$1] : network.agencies[$0].id > network.agencies[$1].id }
            let missing: Int? = board.map { b in boardAnalysis?.boards.first { $0.board == b }.map { $0.missing.absences.count } } ?? missingPartners
            return Evidence(
                board: board, members: members.count, missingPartners: missing,
                gaps: scopeGaps?.count, peopleMisaligned: scopeGaps?.reduce(0) { $0 + $1.populationMisaligned },
                budgetsKnown: budgets.count, budgetTotal: budgets.reduce(0, +),
                meanBoardLoad: boardAnalysis == nil || members.isEmpty ? nil : Double(members.reduce(0) { $0 + load[$1] }) / Double(members.count),
                mostLoaded: mostLoaded, mostLoadedBoards: mostLoaded.map { load[$0] } ?? 0,
                conflictTies: conflicts.count, surveyedTrust: ScoreSummary(rated.compactMap(\.trust)).mean,
                surveyedRelationships: rated.count, surveyTensions: rated.filter { $0.tension != nil }.count)
        }
    }

    /// The evidence of a result's scope.
    public func evidence(for result: QuestionResult) -> Evidence? { evidence.first { $0.board == result.board } }

    struct ScopeQuestion: Hashable {
        let board: Int
        let question: Int
    }
}
