import Foundation
import PartnerscopeCore
import PartnerscopeIO
import Testing
import TestSupport

/// survey.csv: every bad-input case located by file, line and column.
@Suite struct SurveyLoaderTests {
    static let agencies = "id,name,sector,type\nleeds,Leeds City Council,public,metropolitan-district\nwyp,West Yorkshire Police,public,police\nval,Voluntary Action Leeds,voluntary,voluntary-org\n"
    static let relationships = "source,target,type\nleeds,wyp,partnership\n"

    func load(_ survey: String) throws -> Result<LoadedNetwork, LoadError> {
        let dir = try Fixtures.makeNetwork(["agencies.csv": Self.agencies, "relationships.csv": Self.relationships,
                                            "survey.csv": survey])
        defer { try? FileManager.default.removeItem(at: dir) }
        do { return .success(try NetworkLoader().load(directory: dir.path)) } catch { return .failure(error) }
    }

    func errors(_ survey: String) throws -> [String] {
        guard case let .failure(.invalidData(errors, _)) = try load(survey) else {
            Issue.record("expected invalid data")
            return []
        }
        return errors.map { "\(URL(fileURLWithPath: $0.file).lastPathComponent):\($0.line):\($0.column): \($0.message)" }
    }

    @Test func noSurveyFile_givesNoSurvey() throws {
        let dir = try Fixtures.makeNetwork(["agencies.csv": Self.agencies, "relationships.csv": Self.relationships])
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(try NetworkLoader().load(directory: dir.path).survey == nil)
    }

    @Test func outOfRangeAndNonWholeScores_areLocatedAtTheirCell() throws {
        let e = try errors("respondent,about,wave,trust_reliability,trust_mission\nleeds,wyp,2024,5,3\nwyp,leeds,2024,2.5,0\n")
        #expect(e == [
            "survey.csv:2:16: trust_reliability 5 is out of range; expected a whole number from 1 (not at all) to 4 (a great deal), or blank when not answered",
            "survey.csv:3:16: trust_reliability '2.5' is not a whole number; expected a whole number from 1 (not at all) to 4 (a great deal), or blank when not answered",
            "survey.csv:3:20: trust_mission 0 is out of range; expected a whole number from 1 (not at all) to 4 (a great deal), or blank when not answered",
        ])
    }

    @Test func unknownAgencies_haveADidYouMean() throws {
        let e = try errors("respondent,about,trust_reliability\nleds,wyp,3\nleeds,wyq,3\n")
        #expect(e == ["survey.csv:2:1: unknown agency 'leds'; did you mean 'leeds'?",
                      "survey.csv:3:7: unknown agency 'wyq'; did you mean 'wyp'?"])
    }

    @Test func duplicateRowsAndSelfRatings_areErrors() throws {
        let e = try errors("respondent,about,wave,trust_reliability\nleeds,wyp,2024,3\nleeds,wyp,2024,4\nleeds,wyp,2023,4\nval,val,2024,4\n")
        #expect(e == ["survey.csv:3:1: 'leeds' rates 'wyp' twice in wave '2024' (first on line 2); give one row per partner per wave",
                      "survey.csv:5:5: 'val' rates itself; a survey row is one agency's view of another"])
    }

    @Test func noScoreColumn_andEmptyWave_areErrors() throws {
        #expect(try errors("respondent,about,wave\nleeds,wyp,2024\n")
                == ["survey.csv:1:1: survey.csv has no score column; expected some of trust_reliability, trust_mission, trust_openness, value_power, value_involvement, value_resources, or other numeric columns"])
        #expect(try errors("respondent,about,wave,trust_mission\nleeds,wyp,,3\n") == ["survey.csv:2:11: empty wave"])
    }

    @Test func extraColumns_numericAreDimensions_textIsIgnored_mixedWarns() throws {
        guard case let .success(loaded) = try load(
            "respondent,about,trust_openness,meetings,comment,mood\nleeds,wyp,3,12,fine,2\nwyp,leeds,,4,,good\n") else {
            Issue.record("load failed"); return
        }
        let survey = try #require(loaded.survey)
        #expect(survey.dimensions.map(\.name) == ["trust_openness", "meetings"])
        #expect(survey.waves == ["1"])
        #expect(survey.ratings.map(\.scores) == [[3, 12], [nil, 4]])
        #expect(loaded.warnings.map { "\($0.line):\($0.column): \($0.message)" }
                == ["3:15: column 'mood' mixes numbers and text ('good'); it is kept as text and not scored"])
    }

    @Test func extraScore_beyondTheLimit_isAnError() throws {
        #expect(try errors("respondent,about,trust_openness,meetings\nleeds,wyp,3,1e400\n")
                == ["survey.csv:2:13: meetings 1e400 is not a finite score within ±1e9"])
    }

    @Test func rowWithNoScore_isLeftOutWithAWarning() throws {
        guard case let .success(loaded) = try load("respondent,about,trust_openness\nleeds,wyp,\nwyp,leeds,2\n") else {
            Issue.record("load failed"); return
        }
        #expect(loaded.survey?.ratings.count == 1)
        #expect(loaded.warnings.map(\.message) == ["this row gives no score; it is left out"])
    }

    @Test func dateWaves_areChronological_labelsKeepFileOrder() throws {
        guard case let .success(a) = try load("respondent,about,wave,trust_mission\nleeds,wyp,2024-03,3\nwyp,leeds,2023,3\nval,leeds,2024,2\n"),
              case let .success(b) = try load("respondent,about,wave,trust_mission\nleeds,wyp,spring,3\nwyp,leeds,autumn,3\n") else {
            Issue.record("load failed"); return
        }
        #expect(a.survey?.waves == ["2023", "2024", "2024-03"])
        #expect(b.survey?.waves == ["spring", "autumn"])
    }
}
