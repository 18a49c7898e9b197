import Foundation
import PartnerscopeCore
import PartnerscopeIO
import Testing
import TestSupport

/// The survey analysis on the hand-built fixture (Tests/TestSupport/Fixtures/survey-fixture),
/// against scripts/reference/survey_reference.py: an independent Python implementation of the
/// definitions in docs/quality.md (standard library only; sample sd by statistics.stdev), whose
/// output is Tests/TestSupport/Fixtures/survey_reference.json. Tolerance 1e-9.
@Suite struct SurveyAnalysisTests {
    static let tolerance = 1e-9

    static func reference() throws -> [String: Any] {
        let data = try Data(contentsOf: Fixtures.url("survey_reference.json"))
        return try JSONSerialization.jsonObject(with: data) as! [String: Any]
    }

    static func loaded() throws -> LoadedNetwork {
        try NetworkLoader().load(directory: Fixtures.url("survey-fixture").path)
    }

    static func close(_ a: Double?, _ b: Any?, _ what: String) {
        let expected = b as? Double
        switch (a, expected) {
        case (nil, nil): return
        case let (x?, y?): #expect(abs(x - y) <= tolerance, "\(what): \(x) vs reference \(y)")
        default: Issue.record("\(what): \(String(describing: a)) vs reference \(String(describing: expected))")
        }
    }

    static func checkStats(_ s: ScoreSummary, _ ref: Any?, _ what: String) {
        let r = ref as! [String: Any]
        #expect(s.count == r["count"] as! Int, "\(what) count")
        close(s.mean, r["mean"], "\(what) mean")
        close(s.standardDeviation, r["sd"], "\(what) sd")
        close(s.minimum, r["min"], "\(what) min")
        close(s.maximum, r["max"], "\(what) max")
    }

    @Test func fixture_loadsDimensionsWavesAndProvenance() throws {
        let loaded = try Self.loaded()
        let survey = try #require(loaded.survey)
        let ref = try Self.reference()
        #expect(survey.dimensions.map(\.name) == ref["dimensions"] as! [String])
        #expect(survey.dimensions.last?.kind == .extra)
        #expect(survey.waves == ref["waves"] as! [String])
        #expect(survey.ratings.count == 20)
        #expect(survey.provenance == ["test fixture"])
        #expect(loaded.warnings.isEmpty)
    }

    @Test(arguments: Symmetrisation.allCases)
    func everyFigure_matchesTheReferenceScript(_ mode: Symmetrisation) throws {
        let loaded = try Self.loaded()
        let survey = try #require(loaded.survey)
        let ref = try Self.reference()
        let expected = (ref["by_symmetrisation"] as! [String: Any])[mode.rawValue] as! [String: Any]
        let a = SurveyAnalysis(network: loaded.network, survey: survey, options: .init(symmetrisation: mode))
        let ids = loaded.network.agencies.map(\.id.rawValue)
        Self.close(a.strongTieWeight, ref["strong_formal_weight"], "median formal weight")

        let waves = expected["waves"] as! [[String: Any]]
        #expect(a.waves.count == waves.count)
        for (w, r) in zip(a.waves, waves) {
            let tag = "\(mode) wave \(r["wave"]!)"
            #expect(w.agencies == r["agencies"] as! Int)
            #expect(w.respondents == r["respondents"] as! Int, "\(tag) respondents")
            Self.close(w.responseRate, r["response_rate"], "\(tag) response rate")
            #expect(w.ratings == r["ratings"] as! Int)
            #expect(w.pairsRated == r["pairs_rated"] as! Int, "\(tag) pairs")
            #expect(w.pairsRatedBothWays == r["pairs_rated_both_ways"] as! Int, "\(tag) both ways")
            #expect(w.tiedPairs == r["tied_pairs"] as! Int)
            #expect(w.tiedPairsRated == r["tied_pairs_rated"] as! Int, "\(tag) tied pairs rated")
            #expect(w.relationships == r["relationships"] as! Int, "\(tag) relationships")
            #expect(w.oneSidedRelationships == r["one_sided"] as! Int, "\(tag) one-sided")
            Self.checkStats(w.trust, r["trust"], "\(tag) trust")
            Self.checkStats(w.value, r["value"], "\(tag) value")
            Self.close(w.trust.percentOfMaximum, r["trust_percent"], "\(tag) trust %")
            Self.close(w.value.percentOfMaximum, r["value_percent"], "\(tag) value %")
            Self.checkStats(w.trustGap, r["gap"], "\(tag) gap")
            let dims = r["dimensions"] as! [String: Any]
            for (k, d) in survey.dimensions.enumerated() { Self.checkStats(w.dimensions[k], dims[d.name], "\(tag) \(d.name)") }
        }

        let rels = expected["relationships"] as! [[String: Any]]
        #expect(a.relationships.map { "\(ids[$0.a])|\(ids[$0.b])" } == rels.map { "\($0["a"]!)|\($0["b"]!)" }, "\(mode) order")
        for (r, e) in zip(a.relationships, rels) {
            let tag = "\(mode) \(ids[r.a])–\(ids[r.b])"
            Self.close(r.trust, e["trust"], "\(tag) trust")
            Self.close(r.value, e["value"], "\(tag) value")
            Self.close(r.trustAB, e["trust_a_b"], "\(tag) a→b")
            Self.close(r.trustBA, e["trust_b_a"], "\(tag) b→a")
            Self.close(r.trustGap, e["gap"], "\(tag) gap")
            Self.close(r.previousTrust, e["previous_trust"], "\(tag) previous")
            Self.close(r.formalWeight, e["formal_weight"], "\(tag) formal weight")
            #expect(r.isReciprocated == e["both_sides"] as! Bool, "\(tag) both sides")
            #expect(r.tension?.rawValue == e["tension"] as? String, "\(tag) tension")
        }

        let ags = expected["agencies"] as! [[String: Any]]
        #expect(a.agencies.map { ids[$0.agency] } == ags.map { $0["id"] as! String }, "\(mode) agency order")
        for (s, e) in zip(a.agencies, ags) {
            let tag = "\(mode) \(ids[s.agency])"
            Self.checkStats(s.trustReceived, e["trust_received"], "\(tag) received")
            Self.checkStats(s.valueReceived, e["value_received"], "\(tag) value received")
            Self.checkStats(s.trustGiven, e["trust_given"], "\(tag) given")
            Self.checkStats(s.valueGiven, e["value_given"], "\(tag) value given")
            #expect(s.lowTrustRaters.map { ids[$0] } == e["low_trust_raters"] as! [String], "\(tag) low raters")
            #expect(s.responded == e["responded"] as! Bool)
            Self.close(s.previousTrustReceived, e["previous_trust_received"], "\(tag) previous received")
        }
        #expect(a.disagreements.map { [ids[a.relationships[$0].a], ids[a.relationships[$0].b]] } == expected["disagreements"] as! [[String]])
        #expect(a.lowTrustAgencies.map { ids[a.agencies[$0].agency] } == expected["low_trust_agencies"] as! [String])
        #expect(a.tensions.map { [ids[a.relationships[$0].a], ids[a.relationships[$0].b], a.relationships[$0].tension!.rawValue] }
                == expected["tensions"] as! [[String]])
    }

    @Test func symmetrisation_changesTheFindings_minimumFindsTheStrongTieWithLowTrust() throws {
        // icb→trust 2024 is (1+2+2)/3 = 1.667 and trust→icb (4+4+3)/3 = 3.667: the mean 2.667 is not
        // low, the minimum 1.667 is; icb–trust's commissioning weight 5 is above the median 2.5.
        let loaded = try Self.loaded()
        let survey = try #require(loaded.survey)
        let ids = loaded.network.agencies.map(\.id.rawValue)
        func strong(_ m: Symmetrisation) -> [String] {
            let a = SurveyAnalysis(network: loaded.network, survey: survey, options: .init(symmetrisation: m))
            return a.tensions.filter { a.relationships[$0].tension == .strongFormalTieLowTrust }
                .map { "\(ids[a.relationships[$0].a])|\(ids[a.relationships[$0].b])" }
        }
        #expect(strong(.mean) == [])
        #expect(strong(.minimum).contains("icb|trust"))
    }

    @Test func report_statesTheSymmetrisationOnEveryTable() throws {
        let loaded = try Self.loaded()
        let survey = try #require(loaded.survey)
        for mode in Symmetrisation.allCases {
            let report = QualityReport(network: loaded.network, survey: survey, options: .init(symmetrisation: mode))
            for t in report.tables {
                let k = try #require(t.columns.firstIndex { $0.name == "symmetrisation" }, "\(t.id) has no symmetrisation column")
                #expect(t.rows.allSatisfy { $0[k].csv == mode.rawValue }, "\(t.id)")
                #expect(t.explanation.contains("--symmetrise \(mode.rawValue)"), "\(t.id)")
            }
            #expect(report.text(top: 5).contains(report.symmetrisationPhrase))
            #expect(report.json().rendered().contains("\"symmetrisation\": \"\(mode.rawValue)\""))
        }
    }

    @Test func report_isByteIdenticalOnRerun() throws {
        let loaded = try Self.loaded()
        let survey = try #require(loaded.survey)
        let a = QualityReport(network: loaded.network, survey: survey)
        let b = QualityReport(network: try Self.loaded().network, survey: try #require(try Self.loaded().survey))
        #expect(a.json().rendered() == b.json().rendered())
        #expect(a.tables.map { $0.csv() } == b.tables.map { $0.csv() })
    }

    @Test func illustrativeProvenance_isSaidInFindingsTablesAndPage() throws {
        let loaded = try Self.loaded()
        var survey = try #require(loaded.survey)
        survey.provenance = ["illustrative"]
        let report = QualityReport(network: loaded.network, survey: survey)
        #expect(report.isIllustrative)
        #expect(report.keyFindings().first?.contains("illustrative") == true)
        #expect(report.tables.allSatisfy { $0.explanation.contains("ILLUSTRATIVE DATA") })
        #expect(report.sectionIntroHTML().description.contains("Illustrative data."))
    }
}
