/// What a survey dimension measures: one of PARTNER's three trust items, one of its three value
/// items, or a dimension the survey added (any other numeric column of `survey.csv`).
public enum SurveyDimensionKind: String, Sendable, CaseIterable {
    case trust, value, extra
}

/// One scored question of a relationship survey: a column of `survey.csv`.
public struct SurveyDimension: Hashable, Sendable {
    /// The column name, lower-cased (`trust_reliability`, or an extra column's own name).
    public var name: String
    public var kind: SurveyDimensionKind

    public init(name: String, kind: SurveyDimensionKind) {
        self.name = name
        self.kind = kind
    }

    /// Whether the dimension is one of the six PARTNER items, scored as a whole number from
    /// ``scale`` (1 = not at all, 2 = a small amount, 3 = a fair amount, 4 = a great deal).
    public var isStandard: Bool { kind != .extra }

    /// The PARTNER answer scale of the six standard items (Varda, Chandra, Stern & Lurie 2008).
    public static let scale: ClosedRange<Int> = 1...4

    /// The six PARTNER items in the order they are reported: trust (reliability, in support of
    /// the mission, open to discussion), then value (power and influence, level of involvement,
    /// resource contribution). Varda D, Chandra A, Stern S, Lurie N. Core dimensions of
    /// connectivity in public health collaboratives. J Public Health Manag Pract 2008;14(5). The
    /// item wording follows PARTNER's published survey; the paper's text was not at hand to check
    /// page numbers or DOI, so none is given.
    public static let standard: [SurveyDimension] = [
        .init(name: "trust_reliability", kind: .trust), .init(name: "trust_mission", kind: .trust),
        .init(name: "trust_openness", kind: .trust), .init(name: "value_power", kind: .value),
        .init(name: "value_involvement", kind: .value), .init(name: "value_resources", kind: .value),
    ]
}

/// One row of `survey.csv`: what one agency (the respondent) said about another in one wave.
public struct SurveyRating: Hashable, Sendable {
    /// Index into ``Network/agencies``: who answered.
    public var respondent: Int
    /// Index into ``Network/agencies``: the partner the answer is about.
    public var about: Int
    /// Index into ``Survey/waves``.
    public var wave: Int
    /// One score per ``Survey/dimensions`` entry; nil where the question was not answered.
    public var scores: [Double?]

    public init(respondent: Int, about: Int, wave: Int, scores: [Double?]) {
        self.respondent = respondent
        self.about = about
        self.wave = wave
        self.scores = scores
    }
}

/// A relationship survey (`survey.csv`): partners rating each other on PARTNER's trust and value
/// items, possibly in several waves.
///
/// Invariants (checked by the loader): no agency rates itself; a (respondent, about, wave) triple
/// appears once; standard scores are whole numbers from 1 to 4; every score is finite.
public struct Survey: Sendable {
    /// The scored columns, standard ones first in ``SurveyDimension/standard`` order, then the
    /// extra ones in the file's order. Standard items absent from the file are not listed.
    public var dimensions: [SurveyDimension]
    /// The wave labels, oldest first: chronological when every label is an ISO date, otherwise
    /// in the order the file first names them.
    public var waves: [String]
    public var ratings: [SurveyRating]
    /// The distinct values of the file's `provenance` column, sorted (`illustrative` marks
    /// made-up answers, which every output must then say).
    public var provenance: [String]

    public init(dimensions: [SurveyDimension], waves: [String], ratings: [SurveyRating], provenance: [String] = []) {
        self.dimensions = dimensions
        self.waves = waves
        self.ratings = ratings
        self.provenance = provenance
        assert(ratings.allSatisfy { $0.scores.count == dimensions.count && waves.indices.contains($0.wave) })
        assert(ratings.allSatisfy { $0.respondent != $0.about })
    }

    /// Positions in ``dimensions`` of the dimensions of `kind`.
    public func dimensions(of kind: SurveyDimensionKind) -> [Int] {
        dimensions.indices.filter { dimensions[$0].kind == kind }
    }

    /// The PARTNER trust score of one rating: the mean of the trust items answered (reliability,
    /// mission, openness), from 1 to 4; nil when none was answered.
    ///
    /// PARTNER averages the three items of a rating; where an item was skipped we average the
    /// ones answered rather than dropping the rating (a deviation stated in docs/quality.md).
    ///
    /// - Complexity: O(dimensions).
    public func trust(_ r: SurveyRating) -> Double? { mean(r, trustDimensions) }

    /// The PARTNER value score of one rating: the mean of the value items answered (power and
    /// influence, involvement, resources), from 1 to 4; nil when none was answered.
    ///
    /// - Complexity: O(dimensions).
    public func value(_ r: SurveyRating) -> Double? { mean(r, valueDimensions) }

    var trustDimensions: [Int] { dimensions(of: .trust) }
    var valueDimensions: [Int] { dimensions(of: .value) }

    func mean(_ r: SurveyRating, _ columns: [Int]) -> Double? {
        var sum = 0.0, n = 0
        for k in columns { if let v = r.scores[k] { sum += v; n += 1 } }
        return n == 0 ? nil : sum / Double(n)
    }

    /// The survey with agency indices mapped through `agencyMap` (old index → new index, nil
    /// for an agency not in the new network), as for a network looked at on one day; ratings
    /// naming a dropped agency are dropped and counted.
    ///
    /// - Complexity: O(|ratings|).
    public func remapped(agencyMap: [Int?]) -> (survey: Survey, dropped: Int) {
        var kept: [SurveyRating] = []
        kept.reserveCapacity(ratings.count)
        for var r in ratings {
            guard let a = agencyMap[r.respondent], let b = agencyMap[r.about] else { continue }
            r.respondent = a
            r.about = b
            kept.append(r)
        }
        return (Survey(dimensions: dimensions, waves: waves, ratings: kept, provenance: provenance), ratings.count - kept.count)
    }
}
