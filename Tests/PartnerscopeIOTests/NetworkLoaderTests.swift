import Foundation
import PartnerscopeCore
import PartnerscopeIO
import Testing
import TestSupport

/// Each bad-input case of issue 2 has its own test asserting the exact file, line and column.
@Suite struct NetworkLoaderTests {
    static let agencies = "id,name,sector,type\nleeds,Leeds City Council,public,metropolitan-district\nwyp,West Yorkshire Police,public,police\nval,Voluntary Action Leeds,voluntary,voluntary-org\n"
    static let relationships = "source,target,type\nleeds,wyp,partnership\nleeds,val,funding\n"

    /// Loads a network made of the given files (defaults for the two required ones) and returns
    /// the thrown error's diagnostics, or the loaded network.
    func load(_ files: [String: String]) throws -> Result<LoadedNetwork, LoadError> {
        var all = ["agencies.csv": Self.agencies, "relationships.csv": Self.relationships]
        for (k, v) in files { all[k] = v }
        let dir = try Fixtures.makeNetwork(all)
        defer { try? FileManager.default.removeItem(at: dir) }
        do { return .success(try NetworkLoader().load(directory: dir.path)) } catch { return .failure(error) }
    }

    /// The errors of a failed load as `file:line:column` strings with the path's folder removed.
    func errors(_ files: [String: String]) throws -> [String] {
        guard case let .failure(.invalidData(errors, _)) = try load(files) else {
            Issue.record("expected invalid data")
            return []
        }
        return errors.map { "\(URL(fileURLWithPath: $0.file).lastPathComponent):\($0.line):\($0.column): \($0.message)" }
    }

    func bytes(_ parts: [UInt8]) -> String { String(decoding: parts, as: UTF8.self) }

    @Test func validNetwork_loads_withInternedIndices() throws {
        guard case let .success(loaded) = try load([:]) else { Issue.record("load failed"); return }
        #expect(loaded.network.agencyCount == 3)
        #expect(loaded.network.relationships.count == 2)
        #expect(loaded.network.index(of: AgencyID("wyp")) == 1)
        #expect(loaded.warnings.isEmpty)
        #expect(!loaded.network.hasAreasFile)
    }

    @Test func missingRequiredColumn_isReportedOnTheHeaderLine() throws {
        let e = try errors(["agencies.csv": "id,name,type\nleeds,Leeds,council\n"])
        #expect(e.count == 1)  // and no cascade of "unknown agency" errors from relationships.csv
        #expect(e[0].hasPrefix("agencies.csv:1:1: missing required column 'sector'"))
    }

    @Test func unterminatedQuote_pointsAtTheOpeningQuote() throws {
        let e = try errors(["agencies.csv": "id,name,sector,type\nleeds,\"Leeds City Council,public,council\nwyp,Police,public,police\n"])
        #expect(e.first?.hasPrefix("agencies.csv:2:7: unterminated quoted field") == true)
    }

    @Test func wrongFieldCount_pointsAtTheFirstExtraField() throws {
        let e = try errors(["agencies.csv": "id,name,sector,type\nleeds,Leeds,public,council,extra\nwyp,Police,public,police\nval,VAL,voluntary\n"])
        #expect(e.contains("agencies.csv:2:28: this row has 5 fields, but the header has 4"))
        #expect(e.contains("agencies.csv:4:18: this row has 3 fields, but the header has 4"))
    }

    @Test func emptyID_isAnError() throws {
        let e = try errors(["agencies.csv": "id,name,sector,type\n,Leeds,public,council\nwyp,Police,public,police\nval,VAL,voluntary,voluntary-org\nleeds,L,public,council\n"])
        #expect(e == ["agencies.csv:2:1: empty id"])
    }

    @Test func duplicateAgencyID_namesTheFirstLine() throws {
        let e = try errors(["agencies.csv": Self.agencies + "wyp,Another Police,public,police\n"])
        #expect(e == ["agencies.csv:5:1: duplicate agency id 'wyp' (first defined on line 3)"])
    }

    @Test func duplicateAreaCode_namesTheFirstLine() throws {
        let e = try errors(["areas.csv": "code,name,population\nE08000035,Leeds,812000\nE08000032,Bradford,546000\nE08000035,Leeds again,1\n"])
        #expect(e == ["areas.csv:4:1: duplicate area code 'E08000035' (first defined on line 2)"])
    }

    @Test func unknownAgencyInRelationship_suggestsTheNearestID() throws {
        let e = try errors(["relationships.csv": "source,target,type\nleeds,wyp,partnership\nleds,val,funding\n"])
        #expect(e == ["relationships.csv:3:1: unknown agency 'leds'; did you mean 'leeds'?"])
    }

    @Test func unknownAreaInBoundary_suggestsTheNearestCode() throws {
        let e = try errors([
            "areas.csv": "code,name\nE08000035,Leeds\n",
            "boundaries.csv": "agency_id,area_code\nleeds,E08000035\nwyp,E08000053\n",
        ])
        #expect(e == ["boundaries.csv:3:5: unknown area 'E08000053'; did you mean 'E08000035'?"])
    }

    @Test func unknownSector_listsTheAllowedOnes() throws {
        let e = try errors(["agencies.csv": "id,name,sector,type\nleeds,Leeds,government,council\nwyp,P,public,police\nval,V,voluntary,v\n"])
        #expect(e == ["agencies.csv:2:13: unknown sector 'government'; allowed: public, private, voluntary, community"])
    }

    @Test func unknownRelationshipType_listsTheAllowedOnes() throws {
        let e = try errors(["relationships.csv": "source,target,type\nleeds,wyp,friendship\n"])
        #expect(e.count == 1)
        #expect(e[0].hasPrefix("relationships.csv:2:11: unknown type 'friendship'; allowed: partnership, protocol, agreement"))
    }

    @Test func powerOutOfRange_isAnError() throws {
        let e = try errors(["agencies.csv": "id,name,sector,type,power\nleeds,Leeds,public,council,7\nwyp,P,public,police,\nval,V,voluntary,v,3\n"])
        #expect(e == ["agencies.csv:2:28: power 7 is out of range; expected a whole number from 1 to 5"])
    }

    @Test func negativeWeight_isAnError() throws {
        let e = try errors(["relationships.csv": "source,target,type,weight\nleeds,wyp,partnership,-2\n"])
        #expect(e == ["relationships.csv:2:23: weight -2 is out of range; expected a tie strength from 1e-9 to 1e12"])
    }

    @Test func nanWeight_isAnError() throws {
        let e = try errors(["relationships.csv": "source,target,type,weight\nleeds,wyp,partnership,NaN\nleeds,val,funding,abc\n"])
        #expect(e == [
            "relationships.csv:2:23: weight 'NaN' is not a finite number; expected a tie strength from 1e-9 to 1e12",
            "relationships.csv:3:19: weight 'abc' is not a finite number; expected a tie strength from 1e-9 to 1e12",
        ])
    }

    @Test func extremeNumbers_thatWouldOverflowTheAnalyses_areErrors() throws {
        // Each of these crashed or poisoned an analysis before the bounds (found by a fuzzing run of
        // the executable): infinite strengths and NaN modularity, an infinite distance 1/weight, an
        // integer overflow summing populations, a budget beyond Int64 in the influence table.
        let e = try errors([
            "agencies.csv": "id,name,sector,type,budget_m\nleeds,Leeds,public,council,1e300\nwyp,P,public,police,1000000000\nval,V,voluntary,v,\n",
            "relationships.csv": "source,target,type,weight\nleeds,wyp,partnership,1e308\nleeds,val,funding,5e-324\nwyp,val,partnership,1e12\n",
            "areas.csv": "code,name,population\nx,X,9000000000000000000\ny,Y,10000000000\n",
            "boundaries.csv": "agency_id,area_code\nleeds,x\n",
        ])
        #expect(e == [
            "agencies.csv:2:28: budget_m 1e300 is out of range; expected £ millions, from 0 to 1e9",
            "areas.csv:2:5: population 9000000000000000000 is out of range; expected a whole number from 0 to 10,000,000,000",
            "relationships.csv:2:23: weight 1e308 is out of range; expected a tie strength from 1e-9 to 1e12",
            "relationships.csv:3:19: weight 5e-324 is out of range; expected a tie strength from 1e-9 to 1e12",
        ])
    }

    @Test func zeroShare_isAnError() throws {
        let e = try errors([
            "areas.csv": "code,name\nE08000035,Leeds\n",
            "boundaries.csv": "agency_id,area_code,share\nleeds,E08000035,0\n",
        ])
        #expect(e == ["boundaries.csv:2:17: share 0 is out of range; expected a fraction from 1e-9 to 1"])
    }

    @Test func invalidUTF8_isReportedAtTheField() throws {
        let bad = bytes(Array("id,name,sector,type\nleeds,Le".utf8) + [0xFF, 0xFE] + Array("ds,public,council\n".utf8))
        let dir = try Fixtures.makeNetwork(["relationships.csv": "source,target,type\n"])
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(Array("id,name,sector,type\nleeds,Le".utf8) + [0xFF, 0xFE] + Array("ds,public,council\n".utf8))
            .write(to: dir.appendingPathComponent("agencies.csv"))
        _ = bad
        do {
            _ = try NetworkLoader().load(directory: dir.path)
            Issue.record("expected an error")
        } catch {
            guard case let .invalidData(errors, _) = error else { Issue.record("wrong error"); return }
            #expect(errors.map { "\($0.line):\($0.column): \($0.message)" } == ["2:7: invalid UTF-8 in name; save the file as UTF-8"])
        }
    }

    @Test func emptyFile_isAnError() throws {
        let e = try errors(["agencies.csv": ""])
        #expect(e == ["agencies.csv:1:1: the file is empty; expected a header row with the columns id, name, sector, type"])
    }

    @Test func headerOnlyAgencies_isAnError() throws {
        let e = try errors(["agencies.csv": "id,name,sector,type\n"])
        #expect(e == ["agencies.csv:1:1: the file has a header but no rows; a network needs at least one agency"])
    }

    @Test func headerOnlyRelationships_isAWarning() throws {
        guard case let .success(loaded) = try load(["relationships.csv": "source,target,type\n"]) else {
            Issue.record("load failed"); return
        }
        #expect(loaded.network.relationships.isEmpty)
        #expect(loaded.warnings.map(\.message) == ["the file has a header but no rows"])
    }

    @Test func selfLoop_isAWarningNotAnError() throws {
        guard case let .success(loaded) = try load(["relationships.csv": "source,target,type\nleeds,leeds,partnership\nleeds,wyp,partnership\n"]) else {
            Issue.record("load failed"); return
        }
        #expect(loaded.warnings.map { "\($0.line):\($0.column): \($0.severity.rawValue): \($0.message)" }
            == ["2:1: warning: self-loop: 'leeds' is tied to itself; network measures ignore it"])
    }

    @Test func duplicateTie_isAWarningNamingBothLines() throws {
        guard case let .success(loaded) = try load(["relationships.csv": "source,target,type\nleeds,wyp,partnership\nleeds,val,funding\nwyp,leeds,partnership\n"]) else {
            Issue.record("load failed"); return
        }
        #expect(loaded.warnings.count == 1)
        #expect(loaded.warnings[0].line == 4)
        #expect(loaded.warnings[0].message.contains("listed twice, on lines 2 and 4"))
    }

    @Test func errorsFromSeveralFiles_areAllCollectedAndSorted() throws {
        let e = try errors([
            "agencies.csv": "id,name,sector,type,power\nleeds,Leeds,public,council,9\nwyp,P,publik,police,\nval,V,voluntary,v,\n",
            "relationships.csv": "source,target,type,weight\nleeds,nobody,partnership,1\nleeds,val,partnership,0\n",
        ])
        #expect(e.count == 4)
        #expect(e.map { $0.split(separator: ":").prefix(3).joined(separator: ":") }
            == ["agencies.csv:2:28", "agencies.csv:3:7", "relationships.csv:2:7", "relationships.csv:3:23"])
    }

    @Test func rfc4180Features_quotedCommasNewlinesBOMAndCRLF_areRead() throws {
        let agencies = "\u{FEFF}ID , Name,Sector,TYPE,Notes\r\nleeds,\"Leeds City Council, \"\"LCC\"\"\",public,metropolitan-district,\"two\r\nlines\"\r\nwyp,Police,public,police,\r\nval,V,voluntary,voluntary-org,x"
        guard case let .success(loaded) = try load(["agencies.csv": agencies]) else { Issue.record("load failed"); return }
        let leeds = loaded.network.agencies[0]
        #expect(leeds.name == "Leeds City Council, \"LCC\"")
        #expect(leeds.attributes["notes"] == "two\r\nlines")
        #expect(loaded.network.agencies[2].attributes["Notes"] == "x")
    }

    @Test func errorAfterAMultilineField_countsLinesInsideQuotes() throws {
        let e = try errors(["agencies.csv": "id,name,sector,type\nleeds,\"Leeds\nCity\",public,council\nwyp,P,publik,police\nval,V,voluntary,v\n"])
        #expect(e == ["agencies.csv:4:7: unknown sector 'publik'; allowed: public, private, voluntary, community"])
    }

    @Test func missingFolder_isAMissingInputError() throws {
        do {
            _ = try NetworkLoader().load(directory: "/nonexistent/partnerscope")
            Issue.record("expected an error")
        } catch {
            #expect(error.exitCode == 66)
        }
    }

    @Test func missingRelationshipsFile_isAMissingInputError() throws {
        let dir = try Fixtures.makeNetwork(["agencies.csv": Self.agencies])
        defer { try? FileManager.default.removeItem(at: dir) }
        do {
            _ = try NetworkLoader().load(directory: dir.path)
            Issue.record("expected an error")
        } catch {
            #expect(error.exitCode == 66)
            #expect(error.description.contains("relationships.csv"))
        }
    }

    @Test func manyErrors_areCappedInTheMessageWithACount() throws {
        var rel = "source,target,type\n"
        for _ in 0..<150 { rel += "leeds,ghost,partnership\n" }
        guard case let .failure(error) = try load(["relationships.csv": rel]) else { Issue.record("expected failure"); return }
        #expect(error.description.contains("... and 50 more errors"))
        #expect(error.description.contains("150 errors found"))
    }

    @Test func writerOutput_roundTripsThroughTheLoader() throws {
        guard case let .success(loaded) = try load(["agencies.csv": "id,name,sector,type,gss\nleeds,\"Leeds, \"\"the city\"\"\",public,council,E08000035\nwyp,=cmd,public,police,\nval,V,voluntary,v,\n"]) else {
            Issue.record("load failed"); return
        }
        let dir = try Fixtures.temporaryDirectory("roundtrip")
        defer { try? FileManager.default.removeItem(at: dir) }
        try NetworkWriter.write(loaded.network, to: dir.path)
        let again = try NetworkLoader().load(directory: dir.path).network
        #expect(again.agencies[0].name == "Leeds, \"the city\"")
        #expect(again.agencies[0].attributes["gss"] == "E08000035")
        #expect(again.relationships.count == loaded.network.relationships.count)
    }
}
