/// What partners say about each other: PARTNER trust and value scores per relationship, per agency
/// and for the network, their spread, how many answered and whether both sides did, where the two
/// sides disagree, who is rated low on trust by several partners, where surveyed trust contradicts
/// the measured structure, and the change since the previous wave.
///
/// ## Scores (PARTNER; Varda, Chandra, Stern & Lurie 2008, J Public Health Manag Pract 14(5))
///
/// Every item is answered on PARTNER's scale 1 (not at all) … 4 (a great deal). For one rating
/// r (a respondent about one partner):
///
///     trust(r) = mean of r's answered items among trust_reliability, trust_mission, trust_openness
///     value(r) = mean of r's answered items among value_power, value_involvement, value_resources
///
/// A relationship's score combines its two sides by the chosen ``Symmetrisation`` (mean by
/// default; a side that did not answer is left out, see there). The network's trust score is the
/// mean of its relationships' trust scores, also given as a percentage of the scale's maximum
/// (mean / 4 × 100, as PARTNER reports present it: "trust score of 81%"); value likewise.
/// An agency's trust *as rated by others* is the mean of the trust scores of the ratings it
/// received; *as rater*, the mean of those it gave (directed: symmetrisation does not apply).
/// Spread is the sample standard deviation (``ScoreSummary``).
///
/// ## Participation and reciprocity
///
///     response rate      = agencies that rated at least one partner in the wave / agencies invited
///     rating reciprocity = pairs rated by both sides / pairs rated by at least one side
///     tie coverage       = tied pairs rated by at least one side / tied pairs
///     disagreement(a,b)  = |trust(a→b) − trust(b→a)|, for pairs rated by both sides
///
/// Who was invited depends on the wave (``Invitation``). A wave whose label is an ISO date
/// (`2024-03-15`, `2024-03`, `2024`) invited the agencies of `network` in existence at some time in
/// the period the date names (agencies.csv `start`..`end`, ``Lifetimes/exists(_:from:through:)``),
/// and its tied pairs are those with a tie in force at some time in that period between two such
/// agencies; a wave with any other label (`spring`) invited every agency of `network` and counts
/// all its ties, `network` being looked at on its own day (``Network/asAt``). An agency that
/// answered counts as invited even when its dates say it did not exist then (a dating slip the
/// response rate should not turn into a rate above 1; ``WaveSummary/respondentsOutsideWaveDate``
/// counts them). Only agencies of `network` can count: one closed before the day the network is
/// looked at is not in it.
///
/// ## Findings
///
/// - **Disagreements**: pairs rated by both sides whose trust scores differ by at least
///   ``Options/disagreement`` (default 1 point), largest first.
/// - **Low trust from several partners**: agencies that at least ``Options/lowTrustRaters``
///   (default 2) raters scored below ``Options/lowTrust`` (default 2.5, the midpoint of 1–4).
/// - **Surveyed trust against structure**: a relationship whose *formal* ties (every positive tie
///   but `informal`; a `conflict` or a tie with `sign` −1 is negative) weigh together at least the
///   median formal weight of the network's formally tied pairs, with trust below
///   ``Options/lowTrust`` (a strong formal tie, low trust); a pair with a negative tie and trust of at least ``Options/highTrust`` (default 3, "a fair amount").
/// - **Change**: each relationship's and agency's trust in the previous wave, beside this one.
///
/// Waves are analysed one at a time; the wave summaries cover every wave with the same options.
///
/// - Complexity: O(W · (R log R + |V| + |E|)) time for W waves, R ratings, |V| agencies and |E| ties; O(R + |V| + |E|) space.
/// - Corner cases: a wave with no rating gives empty tables and nil scores; a rating whose trust
///   items are all blank counts as a response but has no trust score; an empty network gives a
///   nil response rate.
///
/// Worked example of invitation (waves `2023-03` and `spring`): agency d founded 2023-03-20 and e
/// closed 2022-06-30 beside a, b, c with no dates; in `2023-03` a, b, c and d were invited (d
/// existed for part of March), e was not: 4; in `spring`, all 5.
///
/// Worked example (agencies a, b, c; one wave; mean): a rates b trust items 4, 4, 4 (trust 4);
/// b rates a 2, 2, 2 (trust 2); a rates c 3, 3, 3 (trust 3); c does not answer. Relationships:
/// {a,b} trust (4 + 2) / 2 = 3, disagreement 2, both sides; {a,c} trust 3, one side. Network trust
/// (3 + 3) / 2 = 3, 75% of the maximum; response rate 2/3; rating reciprocity 1/2.
public struct SurveyAnalysis: Sendable {
    public struct Options: Sendable, Equatable {
        public var symmetrisation: Symmetrisation
        /// The wave analysed (index into ``Survey/waves``); nil for the latest.
        public var wave: Int?
        /// Trust below this is low (default 2.5, the midpoint of PARTNER's 1–4 scale).
        public var lowTrust: Double
        /// Trust at or above this is high (default 3, "a fair amount").
        public var highTrust: Double
        /// How many low raters make an agency a finding (default 2).
        public var lowTrustRaters: Int
        /// The smallest gap between the two sides' trust that is a disagreement (default 1 point).
        public var disagreement: Double

        public init(symmetrisation: Symmetrisation = .mean, wave: Int? = nil, lowTrust: Double = 2.5, highTrust: Double = 3,
                    lowTrustRaters: Int = 2, disagreement: Double = 1) {
            self.symmetrisation = symmetrisation
            self.wave = wave
            self.lowTrust = lowTrust
            self.highTrust = highTrust
            self.lowTrustRaters = lowTrustRaters
            self.disagreement = disagreement
        }
    }

    /// Where surveyed trust contradicts the measured structure.
    public enum Tension: String, Sendable, CaseIterable {
        /// Formal ties at least the network's median formal weight, trust below ``Options/lowTrust``.
        case strongFormalTieLowTrust = "strong-formal-tie-low-trust"
        /// A negative tie (conflict, or sign −1), trust at least ``Options/highTrust``.
        case conflictTieHighTrust = "conflict-tie-high-trust"
    }

    /// One rated relationship: an unordered pair {a, b} (a < b) when symmetrised, the rating a → b
    /// when one-sided.
    public struct RatedRelationship: Sendable, Equatable {
        public var a: Int
        public var b: Int
        /// Indices into ``Survey/ratings`` of a's rating of b and b's rating of a, when given.
        public var ratingAB: Int?
        public var ratingBA: Int?
        public var trustAB: Double?
        public var trustBA: Double?
        public var valueAB: Double?
        public var valueBA: Double?
        /// The relationship's scores under the symmetrisation (one-sided: a's rating of b).
        public var trust: Double?
        public var value: Double?
        /// |trustAB − trustBA| when both sides gave a trust score.
        public var trustGap: Double?
        /// The same relationship's trust in the previous wave, when it was rated then.
        public var previousTrust: Double?
        /// The distinct types of the ties between a and b in either direction, in vocabulary order.
        public var ties: [RelationshipType]
        /// The summed weight of the formal ties between a and b (every positive tie but informal).
        public var formalWeight: Double
        public var tension: Tension?

        /// Whether both sides rated each other.
        public var isReciprocated: Bool { ratingAB != nil && ratingBA != nil }
        /// Trust now minus trust in the previous wave.
        public var trustChange: Double? { trust.flatMap { t in previousTrust.map { t - $0 } } }
    }

    /// One agency's scores as rated by others (received) and as rater (given).
    public struct AgencyScores: Sendable, Equatable {
        public var agency: Int
        public var trustReceived: ScoreSummary
        public var valueReceived: ScoreSummary
        /// The raters who scored its trust below ``Options/lowTrust``, in agency order.
        public var lowTrustRaters: [Int]
        public var trustGiven: ScoreSummary
        public var valueGiven: ScoreSummary
        /// Whether it answered in the wave (rated at least one partner).
        public var responded: Bool
        /// Mean trust received in the previous wave.
        public var previousTrustReceived: Double?

        public var trustReceivedChange: Double? {
            trustReceived.mean.flatMap { t in previousTrustReceived.map { t - $0 } }
        }
    }

    /// Whom a wave's response rate counts as invited, and whose ties its tie coverage counts.
    public enum Invitation: Sendable, Equatable {
        /// The wave's label is this ISO date: the agencies in existence at some time in the period
        /// it names, and the ties in force then.
        case inExistence(ISODate)
        /// The wave's label is not a date: every agency and tie of the network as given.
        case wholeNetwork
    }

    /// The network's figures in one wave.
    public struct WaveSummary: Sendable, Equatable {
        public var wave: Int
        /// The agencies invited to answer (see ``invitation``): the response rate's denominator.
        public var agencies: Int
        public var invitation: Invitation
        /// Respondents whose dates say they did not exist in the wave's period; counted as invited.
        public var respondentsOutsideWaveDate: Int
        public var respondents: Int
        public var ratings: Int
        /// Unordered pairs rated by at least one side, and by both.
        public var pairsRated: Int
        public var pairsRatedBothWays: Int
        /// Pairs of agencies with a tie in relationships.csv (in force in the wave's period when it is
        /// a date), and how many of them were rated.
        public var tiedPairs: Int
        public var tiedPairsRated: Int
        /// Relationships scored (pairs, or ratings when one-sided) and how many rest on one side only
        /// (one-sided: ratings the partner did not return).
        public var relationships: Int
        public var oneSidedRelationships: Int
        public var trust: ScoreSummary
        public var value: ScoreSummary
        /// |trust(a→b) − trust(b→a)| over the pairs rated by both sides.
        public var trustGap: ScoreSummary
        /// Per ``Survey/dimensions`` entry, over the relationships, symmetrised as the scores.
        public var dimensions: [ScoreSummary]

        public var responseRate: Double? { agencies == 0 ? nil : Double(respondents) / Double(agencies) }
        public var ratingReciprocity: Double? { pairsRated == 0 ? nil : Double(pairsRatedBothWays) / Double(pairsRated) }
        public var tieCoverage: Double? { tiedPairs == 0 ? nil : Double(tiedPairsRated) / Double(tiedPairs) }
    }

    public let network: Network
    public let survey: Survey
    public let options: Options
    /// The wave analysed and the one before it, indices into ``Survey/waves`` (nil: no survey wave / first wave).
    public let wave: Int?
    public let previousWave: Int?
    /// Every wave, oldest first.
    public let waves: [WaveSummary]
    /// The analysed wave's relationships, lowest trust first (unscored last), then by agency id.
    public let relationships: [RatedRelationship]
    /// Every agency, lowest trust received first (unrated last), then by id.
    public let agencies: [AgencyScores]
    /// Indices into ``relationships``: pairs whose sides disagree by at least ``Options/disagreement``, largest gap first, each pair once.
    public let disagreements: [Int]
    /// Indices into ``agencies``: rated low on trust by at least ``Options/lowTrustRaters`` partners, most low raters first.
    public let lowTrustAgencies: [Int]
    /// Indices into ``relationships`` with a ``Tension``, in relationship order.
    public let tensions: [Int]
    /// The median formal weight of the network's tied pairs: a formal tie at least this heavy is strong. Nil without formal ties.
    public let strongTieWeight: Double?

    /// The analysed wave's summary.
    public var summary: WaveSummary? { wave.map { waves[$0] } }

    /// Analyses `survey` (whose agency indices refer to `network`).
    ///
    /// - Precondition: every rating's agencies are valid indices of `network`; `options.wave`, when given, is a valid wave.
    public init(network: Network, survey: Survey, options: Options = Options()) {
        precondition(options.wave.map { survey.waves.indices.contains($0) } ?? true, "no such wave")
        self.network = network
        self.survey = survey
        self.options = options
        let wave = options.wave ?? (survey.waves.isEmpty ? nil : survey.waves.count - 1)
        self.wave = wave
        let previousWave = wave.flatMap { $0 > 0 ? $0 - 1 : nil }
        self.previousWave = previousWave

        let structure = Self.structure(network)
        let weights = structure.values.map(\.formalWeight).filter { $0 > 0 }.sorted()
        let strongTieWeight = Self.median(weights)
        self.strongTieWeight = strongTieWeight

        var byWave = [[Int]](repeating: [], count: survey.waves.count)
        for (k, r) in survey.ratings.enumerated() { byWave[r.wave].append(k) }
        let units = byWave.map { Self.units($0, survey: survey, symmetrisation: options.symmetrisation) }
        let lifetimes = Lifetimes(network)
        waves = survey.waves.indices.map { w in
            Self.summary(wave: w, ratings: byWave[w], units: units[w], survey: survey, network: network, structure: structure,
                         lifetimes: lifetimes, symmetrisation: options.symmetrisation)
        }

        guard let wave else {
            relationships = []
            agencies = network.agencies.indices.map {
                AgencyScores(agency: $0, trustReceived: ScoreSummary([]), valueReceived: ScoreSummary([]), lowTrustRaters: [],
                             trustGiven: ScoreSummary([]), valueGiven: ScoreSummary([]), responded: false, previousTrustReceived: nil)
            }
            disagreements = []
            lowTrustAgencies = []
            tensions = []
            return
        }
        let previous: [PairKey: Double] = previousWave.map { p in
            Dictionary(units[p].compactMap { u in u.trust.map { (PairKey(u.a, u.b), $0) } }, uniquingKeysWith: { a, _ in a })
        } ?? [:]
        let ids = network.agencies.map(\.id)
        var rated = units[wave].map { u -> RatedRelationship in
            var r = u
            r.previousTrust = previous[PairKey(u.a, u.b)]
            let s = structure[PairKey(min(u.a, u.b), max(u.a, u.b))]
            r.ties = s?.types.sorted() ?? []
            r.formalWeight = s?.formalWeight ?? 0
            if let t = r.trust {
                if let strong = strongTieWeight, r.formalWeight >= strong, t < options.lowTrust {
                    r.tension = .strongFormalTieLowTrust
                } else if s?.negative == true, t >= options.highTrust {
                    r.tension = .conflictTieHighTrust
                }
            }
            return r
        }
        rated.sort { x, y in
            if Self.ascendingNilLast(x.trust, y.trust) { return true }
            if Self.ascendingNilLast(y.trust, x.trust) { return false }
            return (ids[x.a], ids[x.b]) < (ids[y.a], ids[y.b])
        }
        relationships = rated

        var seenPairs = Set<PairKey>()
        disagreements = rated.indices.filter { k in
            guard let gap = rated[k].trustGap, gap >= options.disagreement else { return false }
            return seenPairs.insert(PairKey(min(rated[k].a, rated[k].b), max(rated[k].a, rated[k].b))).inserted
        }.sorted { x, y in
            rated[x].trustGap! != rated[y].trustGap! ? rated[x].trustGap! > rated[y].trustGap! : x < y
        }
        tensions = rated.indices.filter { rated[$0].tension != nil }

        // Directed scores per agency.
        var received = [[Int]](repeating: [], count: network.agencyCount)
        var given = [[Int]](repeating: [], count: network.agencyCount)
        for k in byWave[wave] {
            received[survey.ratings[k].about].append(k)
            given[survey.ratings[k].respondent].append(k)
        }
        var previousReceived = [Double?](repeating: nil, count: network.agencyCount)
        if let p = previousWave {
            var lists = [[Double]](repeating: [], count: network.agencyCount)
            for k in byWave[p] { if let t = survey.trust(survey.ratings[k]) { lists[survey.ratings[k].about].append(t) } }
            previousReceived = lists.map { ScoreSummary($0).mean }
        }
        var scores = network.agencies.indices.map { v -> AgencyScores in
            let inTrust = received[v].compactMap { k in survey.trust(survey.ratings[k]).map { (survey.ratings[k].respondent, $0) } }
            return AgencyScores(
                agency: v, trustReceived: ScoreSummary(inTrust.map(\.1)),
                valueReceived: ScoreSummary(received[v].compactMap { survey.value(survey.ratings[$0]) }),
                lowTrustRaters: inTrust.filter { $0.1 < options.lowTrust }.map(\.0).sorted(),
                trustGiven: ScoreSummary(given[v].compactMap { survey.trust(survey.ratings[$0]) }),
                valueGiven: ScoreSummary(given[v].compactMap { survey.value(survey.ratings[$0]) }),
                responded: !given[v].isEmpty, previousTrustReceived: previousReceived[v])
        }
        scores.sort { x, y in
            if Self.ascendingNilLast(x.trustReceived.mean, y.trustReceived.mean) { return true }
            if Self.ascendingNilLast(y.trustReceived.mean, x.trustReceived.mean) { return false }
            return ids[x.agency] < ids[y.agency]
        }
        agencies = scores
        lowTrustAgencies = scores.indices.filter { scores[$0].lowTrustRaters.count >= max(1, options.lowTrustRaters) }.sorted { x, y in
            let (p, q) = (scores[x], scores[y])
            if p.lowTrustRaters.count != q.lowTrustRaters.count { return p.lowTrustRaters.count > q.lowTrustRaters.count }
            return x < y
        }
    }

    // MARK: Building blocks

    /// An ordered pair of agency indices.
    struct PairKey: Hashable {
        let a: Int32, b: Int32
        init(_ a: Int, _ b: Int) { self.a = Int32(a); self.b = Int32(b) }
    }

    struct PairStructure {
        var types: Set<RelationshipType> = []
        var formalWeight = 0.0
        /// A negative tie between them: a conflict, or a tie with sign −1.
        var negative = false
    }

    /// Whether `x` sorts before `y` with nil last.
    static func ascendingNilLast(_ x: Double?, _ y: Double?) -> Bool {
        switch (x, y) {
        case let (x?, y?): return x < y
        case (.some, nil): return true
        default: return false
        }
    }

    /// The median of sorted values (the mean of the middle two for an even count, as numpy); nil when empty.
    static func median(_ sorted: [Double]) -> Double? {
        guard !sorted.isEmpty else { return nil }
        let n = sorted.count
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2
    }

    /// The ties of every unordered pair (key a < b): their types and summed formal weight. Self-loops are ignored.
    ///
    /// - Complexity: O(|E|).
    static func structure(_ network: Network) -> [PairKey: PairStructure] {
        var out: [PairKey: PairStructure] = [:]
        for r in network.relationships where r.source != r.target {
            let key = PairKey(min(r.source, r.target), max(r.source, r.target))
            out[key, default: PairStructure()].types.insert(r.type)
            if r.isNegative { out[key, default: PairStructure()].negative = true }
            else if r.type != .informal { out[key, default: PairStructure()].formalWeight += r.weight }
        }
        return out
    }

    /// The relationships of one wave's ratings (indices into ``Survey/ratings``), scored.
    static func units(_ ratings: [Int], survey: Survey, symmetrisation: Symmetrisation) -> [RatedRelationship] {
        var byPair: [PairKey: Int] = [:]
        for k in ratings { byPair[PairKey(survey.ratings[k].respondent, survey.ratings[k].about)] = k }
        var keys: [(Int, Int)] = []
        if symmetrisation == .oneSided {
            keys = ratings.map { (survey.ratings[$0].respondent, survey.ratings[$0].about) }
        } else {
            var seen = Set<PairKey>()
            for k in ratings {
                let r = survey.ratings[k]
                let (a, b) = (min(r.respondent, r.about), max(r.respondent, r.about))
                if seen.insert(PairKey(a, b)).inserted { keys.append((a, b)) }
            }
        }
        return keys.map { a, b in
            let ab = byPair[PairKey(a, b)], ba = byPair[PairKey(b, a)]
            let tAB = ab.flatMap { survey.trust(survey.ratings[$0]) }, tBA = ba.flatMap { survey.trust(survey.ratings[$0]) }
            let vAB = ab.flatMap { survey.value(survey.ratings[$0]) }, vBA = ba.flatMap { survey.value(survey.ratings[$0]) }
            return RatedRelationship(a: a, b: b, ratingAB: ab, ratingBA: ba, trustAB: tAB, trustBA: tBA, valueAB: vAB, valueBA: vBA,
                                     trust: symmetrisation.combine(tAB, tBA), value: symmetrisation.combine(vAB, vBA),
                                     trustGap: tAB.flatMap { x in tBA.map { abs(x - $0) } }, previousTrust: nil,
                                     ties: [], formalWeight: 0, tension: nil)
        }
    }

    /// The pairs (key a < b) with a tie in force at some time from `from` to `through` between two
    /// agencies in existence then. Self-loops are ignored.
    ///
    /// - Complexity: O(|E|).
    static func tiedPairs(_ network: Network, _ lifetimes: Lifetimes, from: CalendarDay, through: CalendarDay) -> Set<PairKey> {
        var out = Set<PairKey>()
        for r in network.relationships where r.source != r.target {
            guard lifetimes.exists(r.source, from: from, through: through), lifetimes.exists(r.target, from: from, through: through),
                  r.since.map({ $0.first <= through }) ?? true, r.until.map({ from <= $0.last }) ?? true else { continue }
            out.insert(PairKey(min(r.source, r.target), max(r.source, r.target)))
        }
        return out
    }

    static func summary(wave: Int, ratings: [Int], units: [RatedRelationship], survey: Survey, network: Network,
                        structure: [PairKey: PairStructure], lifetimes: Lifetimes, symmetrisation: Symmetrisation) -> WaveSummary {
        var pairs: [PairKey: Int] = [:]   // bit 1: a→b rated, bit 2: b→a rated (a < b)
        var respondents = Set<Int>()
        for k in ratings {
            let r = survey.ratings[k]
            respondents.insert(r.respondent)
            let key = PairKey(min(r.respondent, r.about), max(r.respondent, r.about))
            pairs[key, default: 0] |= r.respondent < r.about ? 1 : 2
        }
        // One-sided, a pair rated both ways is two relationships with the same gap: count it once.
        let gaps = units.filter { symmetrisation != .oneSided || $0.a < $0.b }.compactMap(\.trustGap)
        let dimensions = survey.dimensions.indices.map { d in
            ScoreSummary(units.compactMap { u in
                symmetrisation.combine(u.ratingAB.flatMap { survey.ratings[$0].scores[d] }, u.ratingBA.flatMap { survey.ratings[$0].scores[d] })
            })
        }
        let invitation: Invitation
        var invited = network.agencyCount, outside = 0
        var tied = Set(structure.keys)
        if case let .success(date) = ISODate.parse(survey.waves[wave]) {
            invitation = .inExistence(date)
            invited = network.agencies.indices.filter { lifetimes.exists($0, from: date.first, through: date.last) }.count
            outside = respondents.filter { !lifetimes.exists($0, from: date.first, through: date.last) }.count
            invited += outside
            tied = tiedPairs(network, lifetimes, from: date.first, through: date.last)
        } else {
            invitation = .wholeNetwork
        }
        return WaveSummary(
            wave: wave, agencies: invited, invitation: invitation, respondentsOutsideWaveDate: outside,
            respondents: respondents.count, ratings: ratings.count,
            pairsRated: pairs.count, pairsRatedBothWays: pairs.values.filter { $0 == 3 }.count,
            tiedPairs: tied.count, tiedPairsRated: tied.filter { pairs[$0] != nil }.count,
            relationships: units.count,
            oneSidedRelationships: units.filter { !$0.isReciprocated }.count,
            trust: ScoreSummary(units.compactMap(\.trust)), value: ScoreSummary(units.compactMap(\.value)),
            trustGap: ScoreSummary(gaps), dimensions: dimensions)
    }
}
