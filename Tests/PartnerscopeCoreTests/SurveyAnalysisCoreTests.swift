import PartnerscopeCore
import Testing

/// The survey analysis's definitions on cases small enough to work by hand (each expected value is
/// derived in the comment beside it), and its corner cases.
@Suite struct SurveyAnalysisCoreTests {
    static let network = Network(name: "abc", agencies: ["a", "b", "c"].map {
        Agency(id: AgencyID($0), name: $0.uppercased(), sector: .public, type: "x")
    }, ties: [("a", "b", .partnership), ("a", "c", .conflict)])

    static func rating(_ r: Int, _ a: Int, _ t: [Double?], wave: Int = 0) -> SurveyRating {
        SurveyRating(respondent: r, about: a, wave: wave, scores: t)
    }

    static let trustOnly = Array(SurveyDimension.standard.prefix(3))

    /// The worked example of SurveyAnalysis's documentation.
    static let example = Survey(dimensions: trustOnly, waves: ["w"], ratings: [
        rating(0, 1, [4, 4, 4]), rating(1, 0, [2, 2, 2]), rating(0, 2, [3, 3, 3]),
    ])

    @Test func workedExample_meanSymmetrisation() {
        let a = SurveyAnalysis(network: Self.network, survey: Self.example)
        let w = a.summary!
        #expect(w.trust.mean == 3)                 // {a,b} (4+2)/2 = 3, {a,c} 3: mean 3
        #expect(w.trust.percentOfMaximum == 75)    // 3/4
        #expect(w.responseRate == 2.0 / 3)         // a and b answered, c did not
        #expect(w.ratingReciprocity == 0.5)        // {a,b} both ways of 2 rated pairs
        #expect(w.oneSidedRelationships == 1)      // {a,c}
        #expect(w.trustGap.mean == 2)              // |4 - 2|
        #expect(w.tieCoverage == 1)                // both tied pairs rated
        #expect(a.disagreements.count == 1)
        // {a,c} has a conflict tie and trust 3 >= 3: a tension.
        #expect(a.tensions.map { a.relationships[$0].tension } == [.conflictTieHighTrust])
    }

    @Test func symmetrisations_combineTheSidesThatAnswered() {
        #expect(Symmetrisation.mean.combine(4, 2) == 3)
        #expect(Symmetrisation.minimum.combine(4, 2) == 2)
        #expect(Symmetrisation.maximum.combine(4, 2) == 4)
        #expect(Symmetrisation.oneSided.combine(4, 2) == 4)
        // A side that did not answer is left out (UCINET would read it as 0).
        #expect(Symmetrisation.mean.combine(nil, 2) == 2)
        #expect(Symmetrisation.minimum.combine(3, nil) == 3)
        #expect(Symmetrisation.oneSided.combine(nil, 2) == nil)
        #expect(Symmetrisation.mean.combine(nil, nil) == nil)
    }

    @Test func oneSided_keepsEachRating_andCountsAGapOnce() {
        let a = SurveyAnalysis(network: Self.network, survey: Self.example, options: .init(symmetrisation: .oneSided))
        let w = a.summary!
        #expect(w.relationships == 3)
        #expect(w.trust.mean == 3)        // (4 + 2 + 3) / 3
        #expect(w.trustGap.count == 1)    // a→b and b→a are one pair
        #expect(a.disagreements.count == 1)
    }

    @Test func skippedItems_averageTheAnsweredOnes() {
        let s = Survey(dimensions: Self.trustOnly, waves: ["w"], ratings: [Self.rating(0, 1, [4, nil, 2])])
        #expect(s.trust(s.ratings[0]) == 3)   // (4 + 2) / 2
        #expect(s.value(s.ratings[0]) == nil) // no value item in the survey
    }

    @Test func emptySurvey_andEmptyNetwork_giveNoScores() {
        let empty = SurveyAnalysis(network: Self.network, survey: Survey(dimensions: Self.trustOnly, waves: [], ratings: []))
        #expect(empty.wave == nil && empty.relationships.isEmpty && empty.summary == nil)
        #expect(empty.agencies.count == 3 && empty.agencies.allSatisfy { $0.trustReceived.mean == nil })
        let none = Network(name: "none", agencies: [], ties: [])
        let a = SurveyAnalysis(network: none, survey: Survey(dimensions: Self.trustOnly, waves: ["w"], ratings: []))
        #expect(a.summary?.responseRate == nil)
        #expect(a.summary?.trust.mean == nil)
    }

    @Test func sampleStandardDeviation_asPandas() {
        // 2, 4, 4, 4, 5, 5, 7, 9: mean 5, Σ(x−x̄)² = 32, s = √(32/7).
        let s = ScoreSummary([2, 4, 4, 4, 5, 5, 7, 9])
        #expect(s.mean == 5)
        #expect(abs(s.standardDeviation! - (32.0 / 7).squareRoot()) < 1e-12)
        #expect(ScoreSummary([3]).standardDeviation == nil)
    }

    @Test func remapping_dropsRatingsOfAbsentAgencies() {
        let (s, dropped) = Self.example.remapped(agencyMap: [0, 1, nil])
        #expect(dropped == 1)
        #expect(s.ratings.count == 2)
    }
}
