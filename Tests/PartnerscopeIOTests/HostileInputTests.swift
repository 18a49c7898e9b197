import Foundation
import PartnerscopeCore
@testable import PartnerscopeIO
import Testing
import TestSupport

/// Issue 17: inputs from adversarial testing that the loaders used to accept, hang on or echo
/// raw. One test per class of input; each asserts the located diagnostic.
@Suite struct HostileInputTests {
    static let agencies = "id,name,sector,type\na,A,public,police\nb,B,public,fire\n"
    static let relationships = "source,target,type\na,b,partnership\n"

    /// The loader tests' helpers, with this suite's two agencies as the default files.
    func load(_ files: [String: String]) throws -> Result<LoadedNetwork, LoadError> {
        try NetworkLoaderTests().load(withDefaults(files))
    }

    func errors(_ files: [String: String]) throws -> [String] { try NetworkLoaderTests().errors(withDefaults(files)) }

    func withDefaults(_ files: [String: String]) -> [String: String] {
        ["agencies.csv": Self.agencies, "relationships.csv": Self.relationships].merging(files) { $1 }
    }

    func warnings(_ files: [String: String]) throws -> [String] {
        guard case let .success(loaded) = try load(files) else {
            Issue.record("expected the network to load")
            return []
        }
        return loaded.warnings.map { "\(URL(fileURLWithPath: $0.file).lastPathComponent):\($0.line):\($0.column): \($0.message)" }
    }

    // MARK: Row 1: did-you-mean on very long ids

    @Test func didYouMean_onHundredThousandCharacterIds_isBoundedAndStillSuggests() {
        let long = String(repeating: "a", count: 100_000)
        let known = (0..<8).map { "\(long)\($0)" }
        // The adversarial case: an unrelated id of the same length (it had taken > 100 s).
        #expect(Suggestion.nearest(to: String(repeating: "b", count: 100_000), in: known) == nil)
        // A one-character typo in a long id is still found, the smallest id winning a tie.
        #expect(Suggestion.nearest(to: "\(long)9", in: known) == "\(long)0")
        #expect(Suggestion.nearest(to: "KFRS", in: ["KFRA", "KCC"]) == "KFRA")
        #expect(Suggestion.distance(Array("kitten".unicodeScalars), Array("sitting".unicodeScalars), limit: 5) == 3)
        #expect(Suggestion.distance(Array("kitten".unicodeScalars), Array("sitting".unicodeScalars), limit: 2) > 2)
    }

    @Test func hundredThousandCharacterIds_areLocatedErrors() throws {
        let long = String(repeating: "a", count: 100_000)
        let agencies = "id,name,sector,type\n" + (0..<8).map { "\(long)\($0),A\($0),public,police\n" }.joined()
        let relationships = "source,target,type\n\(String(repeating: "b", count: 100_000)),\(long)0,partnership\n"
        let e = try errors(["agencies.csv": agencies, "relationships.csv": relationships])
        #expect(e.count == 10)
        #expect(e.first == "agencies.csv:2:1: id is 100001 characters long; the longest allowed is 256")
        #expect(e.contains("relationships.csv:2:1: source is 100000 characters long; the longest allowed is 256"))
        #expect(e.contains("relationships.csv:2:100002: target is 100001 characters long; the longest allowed is 256"))
    }

    // MARK: Row 11: field lengths

    @Test func overlongFields_areLocatedErrors_andTheLimitsThemselvesLoad() throws {
        let name1000 = String(repeating: "n", count: 1_000)
        let id256 = String(repeating: "i", count: 256)
        guard case .success = try load(["agencies.csv": "id,name,sector,type\n\(id256),\(name1000),public,police\nb,B,public,fire\n",
                                        "relationships.csv": "source,target,type\n\(id256),b,partnership\n"]) else {
            Issue.record("fields at the limits must load"); return
        }
        let notes = String(repeating: "x", count: 70_000)
        let e = try errors([
            "agencies.csv": "id,name,sector,type,notes\na,\(name1000)n,public,police,\nb,B,public,\"\(String(repeating: "t", count: 300))\",\(notes)\n",
        ])
        #expect(e == [
            "agencies.csv:2:3: name is 1001 characters long; the longest allowed is 1000",
            "agencies.csv:3:12: type is 300 characters long; the longest allowed is 256",
            "agencies.csv:3:315: notes is 70000 characters long; the longest allowed is 65536",
        ])
        let header = try errors(["agencies.csv": "id,name,sector,type,\(String(repeating: "c", count: 1_001))\na,A,public,police,\n"])
        #expect(header == ["agencies.csv:1:21: a column name of 1001 characters; the longest allowed is 1000"])
    }

    @Test func fiftyMegabyteName_isRejectedWhileReading() throws {
        let huge = String(repeating: "N", count: 50_000_000)
        let e = try errors(["agencies.csv": "id,name,sector,type\na,\(huge),public,police\nb,B,public,fire\n"])
        #expect(e == ["agencies.csv:2:3: name is 50000000 characters long; the longest allowed is 1000"])
    }

    // MARK: Row 4: cycles in areas.parent

    @Test func parentCycle_isALocatedErrorNamingTheCycle() throws {
        let e = try errors([
            "areas.csv": "code,name,population,parent\nA,a,100,B\nB,b,200,A\nC,c,5,C\nD,d,1,\n",
            "boundaries.csv": "agency_id,area_code\na,A\nb,B\n",
        ])
        #expect(e == [
            "areas.csv:2:9: areas.parent has a cycle of 2 areas: 'A' → 'B' → 'A'; an area cannot lie inside itself",
            "areas.csv:4:7: area 'C' is its own parent; an area cannot lie inside itself",
        ])
        let three = try errors(["areas.csv": "code,name,parent\nX,x,\nP,p,R\nQ,q,P\nR,r,Q\n"])
        #expect(three == ["areas.csv:3:5: areas.parent has a cycle of 3 areas: 'P' → 'R' → 'Q' → 'P'; an area cannot lie inside itself"])
    }

    // MARK: Row 15: shares too small to square

    @Test func subnormalShares_areOutOfRange() throws {
        let e = try errors([
            "areas.csv": "code,name\nx,X\ny,Y\n",
            "boundaries.csv": "agency_id,area_code,share\na,x,5e-324\nb,x,1e-320\na,y,1e-9\n",
        ])
        #expect(e == [
            "boundaries.csv:2:5: share 5e-324 is out of range; expected a fraction from 1e-9 to 1",
            "boundaries.csv:3:5: share 1e-320 is out of range; expected a fraction from 1e-9 to 1",
        ])
    }

    // MARK: Lesser findings: numbers, headers, warnings, invisible characters

    @Test func hexadecimalAndNamedNumbers_areNotNumbers() throws {
        let e = try errors([
            "agencies.csv": "id,name,sector,type,power\na,A,public,police,0x3\nb,B,public,fire,\n",
            "relationships.csv": "source,target,type,weight\na,b,partnership,0x10\na,b,funding,inf\na,b,agreement,1e3\n",
        ])
        #expect(e == [
            "agencies.csv:2:19: power '0x3' is not a whole number; expected a whole number from 1 to 5",
            "relationships.csv:2:17: weight '0x10' is not a finite number; expected a tie strength from 1e-9 to 1e12",
            "relationships.csv:3:13: weight 'inf' is not a finite number; expected a tie strength from 1e-9 to 1e12",
        ])
    }

    @Test func missingColumn_namesTheFilesOwnHeader() throws {
        let e = try errors(["agencies.csv": "ID,Name,kind\na,A,police\n"])
        #expect(e == [
            "agencies.csv:1:1: missing required column 'sector' (the columns of this file are: 'ID', 'Name', 'kind'; required: id, name, sector, type)",
            "agencies.csv:1:1: missing required column 'type' (the columns of this file are: 'ID', 'Name', 'kind'; required: id, name, sector, type)",
        ])
    }

    @Test func sharesAboveOneForOneTerritorialType_andBoundariesOnParentAndChild_areWarnings() throws {
        let agencies = "id,name,sector,type\np1,P1,public,police\np2,P2,public,police\nv1,V1,voluntary,voluntary-org\nv2,V2,voluntary,voluntary-org\n"
        let w = try warnings([
            "agencies.csv": agencies,
            "relationships.csv": "source,target,type\np1,p2,partnership\n",
            "areas.csv": "code,name,parent\nR,r,\nx,X,R\ny,Y,R\n",
            "boundaries.csv": "agency_id,area_code,share\np1,x,0.6\np2,x,0.6\nv1,x,1\nv2,x,1\np1,R,1\np2,y,0.4\n",
        ])
        #expect(w == [
            "boundaries.csv:2:1: agency 'p1' covers area 'x' here and, on line 6, area 'R' that contains it; below 'x' this boundary wins",
            "boundaries.csv:3:1: the police bodies covering area 'x' have shares summing to 1.200 by this line, more than all of its people; a share is the fraction of the area's population a body covers",
        ])
    }

    @Test func hiddenCharactersInIds_areShownEscapedInDiagnostics() throws {
        guard case let .failure(error) = try load([
            "relationships.csv": "source,target,type\n\u{1B}[2Jghost,b,partnership\na\u{FEFF},b,funding\na\u{A0},b,protocol\n\"a\nb\",b,scrutiny\n\u{202E}b,a,informal\n",
        ]) else { Issue.record("expected errors"); return }
        let text = error.description
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0xFEFF || $0.value == 0xA0 || $0.value == 0x202E })
        #expect(text.contains("unknown agency '\\u{1B}[2Jghost'"))
        #expect(text.contains("unknown agency 'a\\u{FEFF}'; did you mean 'a'?"))
        #expect(text.contains("unknown agency 'a\\u{A0}'; did you mean 'a'?"))
        #expect(text.contains("unknown agency 'a\\u{A}b'"))
        #expect(text.contains("unknown agency '\\u{202E}b'"))
        // One line per diagnostic plus the count: the quoted newline forged no line.
        #expect(text.split(separator: "\n").count == 6)
        #expect(TerminalText.escaped("plain 'text', café") == "plain 'text', café")
    }

    @Test func diagnostics_errorsAndWarningsInterleavedByFileLineAndColumn() {
        let error = LoadError.invalidData(
            errors: [Diagnostic(file: "r.csv", line: 3, column: 1, message: "bad")],
            warnings: [Diagnostic(file: "r.csv", line: 2, column: 1, severity: .warning, message: "self-loop"),
                       Diagnostic(file: "a.csv", line: 9, column: 1, severity: .warning, message: "odd")])
        #expect(error.lines(includingWarnings: true) == [
            "a.csv:9:1: warning: odd", "r.csv:2:1: warning: self-loop", "r.csv:3:1: error: bad",
            "1 error found (and 2 warnings)",
        ])
        #expect(error.lines(includingWarnings: false) == ["r.csv:3:1: error: bad", "1 error found"])
    }

    // MARK: Row 14: requirements files are UTF-8 like network files

    @Test func requirementsWithInvalidUTF8_isALocatedError() throws {
        var bytes = Array("theme,requires,kind,reason,source\ncommunity-safety,pol".utf8)
        bytes += [0xFF]
        bytes += Array("ice,type,Crime and Disorder Act 1998,s.5\n".utf8)
        do {
            _ = try RequirementsLoader().parse(bytes, displayPath: "bad.csv", origin: .file("bad.csv"))
            Issue.record("expected an error")
        } catch {
            #expect(error.description.hasPrefix("bad.csv:2:18: error: invalid UTF-8; save the file as UTF-8"))
        }
        do {
            _ = try RequirementsLoader().parse(Array("theme,needs\nx,y\n".utf8), displayPath: "r.csv", origin: .file("r.csv"))
            Issue.record("expected an error")
        } catch {
            #expect(error.description.contains("r.csv:1:1: error: missing required column 'requires' (the columns of this file are: 'theme', 'needs'; required: theme, requires, kind, reason, source)"))
        }
    }
}
