import Foundation
import PartnerscopeCore
import PartnerscopeIO
import Testing
import TestSupport

/// Issue 13 item 5: an agency type outside the recommended vocabulary and the requirements in
/// use is a located warning with a did-you-mean, so that a typo no longer drops an agency out of
/// the findings without a word.
@Suite struct TypeVocabularyTests {
    static let relationships = "source,target,type\nrugby,wp,partnership\n"

    func load(_ agencies: String, accepting accepted: Set<String> = []) throws -> LoadedNetwork {
        let dir = try Fixtures.makeNetwork(["agencies.csv": agencies, "relationships.csv": Self.relationships])
        defer { try? FileManager.default.removeItem(at: dir) }
        return try NetworkLoader(acceptedTypes: accepted).load(directory: dir.path)
    }

    func located(_ d: Diagnostic) -> String {
        "\(URL(fileURLWithPath: d.file).lastPathComponent):\(d.line):\(d.column): \(d.severity.rawValue): \(d.message)"
    }

    @Test func typoInType_isAWarningAtItsCell_withDidYouMean() throws {
        let loaded = try load("id,name,sector,type\nrugby,Rugby Borough Council,public,distict-council\nwp,Warwickshire Police,public,police\n")
        // "rugby,Rugby Borough Council,public," is 35 characters: the type starts in column 36.
        #expect(loaded.warnings.map(located) == [
            "agencies.csv:2:36: warning: type 'distict-council' is neither in the recommended vocabulary nor in the requirements in use; analyses that match types will not recognise it; did you mean 'district-council'?",
        ])
        // The load stands: a warning, not an error; the type is kept as written (lower-cased).
        #expect(loaded.network.agencies[0].type == "distict-council")
    }

    @Test func vocabularyTypes_raiseNoWarning_inAnyCase() throws {
        let loaded = try load("id,name,sector,type\nrugby,Rugby Borough Council,public,District-Council\nwp,Warwickshire Police,public,police\n")
        #expect(loaded.warnings.isEmpty, "\(loaded.warnings)")
    }

    @Test func unknownTypeOnManyRows_isOneWarningAtTheFirst_withTheCount() throws {
        let loaded = try load("id,name,sector,type\nrugby,Rugby,public,school\nwp,Police,public,police\nx,X,public,school\ny,Y,public,school\n")
        #expect(loaded.warnings.map(located) == [
            "agencies.csv:2:20: warning: type 'school' is neither in the recommended vocabulary nor in the requirements in use (3 agencies have it); analyses that match types will not recognise them",
        ])
    }

    @Test func typesNamedByTheRequirements_areAccepted() throws {
        let requirements = try RequirementsLoader().parse(Array("""
            theme,requires,kind,reason,source
            education,school|academy-trust,type,schools hold the duty,Education Act 1996
            education,police,type,safeguarding,Children Act 2004 s.11
            """.utf8), displayPath: "requirements.csv", origin: .builtIn)
        // A type far from every recommended one extends the vocabulary: no warning in the file itself.
        #expect(requirements.warnings.isEmpty, "\(requirements.warnings)")
        #expect(requirements.requirements.namedTypes == ["school", "academy-trust", "police"])
        let agencies = "id,name,sector,type\nrugby,Rugby High School,public,school\nwp,Police,public,police\n"
        #expect(try load(agencies, accepting: requirements.requirements.namedTypes).warnings.isEmpty)
        #expect(try load(agencies).warnings.count == 1)  // without those requirements, 'school' is unknown
    }

    @Test func strict_turnsEveryWarningIntoALocatedError() throws {
        let loaded = try load("id,name,sector,type\nrugby,Rugby Borough Council,public,distict-council\nwp,Warwickshire Police,public,police\n")
        guard case let .invalidData(errors, warnings)? = LoadError.strict(loaded.warnings) else {
            Issue.record("a warning under --strict must fail the load"); return
        }
        #expect(warnings.isEmpty)
        #expect(errors.map(located) == [
            "agencies.csv:2:36: error: type 'distict-council' is neither in the recommended vocabulary nor in the requirements in use; analyses that match types will not recognise it; did you mean 'district-council'? [--strict]",
        ])
        #expect(LoadError.strict([]) == nil)
    }
}
