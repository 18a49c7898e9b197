import Foundation
import PartnerscopeCore
import PartnerscopeIO
import Testing
import TestSupport

/// boards.csv and memberships.csv: every bad-input case located by file, line and column.
@Suite struct BoardsLoaderTests {
    static let agencies = "id,name,sector,type\nleeds,Leeds City Council,public,metropolitan-district\nwyp,West Yorkshire Police,public,police\nval,Voluntary Action Leeds,voluntary,voluntary-org\n"
    static let relationships = "source,target,type\nleeds,wyp,partnership\n"
    static let areas = "code,name,population\nE08000035,Leeds,800000\n"
    static let boards = "id,name,theme,area\nleeds-csp,Safer Leeds,community-safety,E08000035\n"

    func load(_ files: [String: String]) throws -> Result<LoadedNetwork, LoadError> {
        var all = ["agencies.csv": Self.agencies, "relationships.csv": Self.relationships, "areas.csv": Self.areas]
        for (k, v) in files { all[k] = v }
        let dir = try Fixtures.makeNetwork(all)
        defer { try? FileManager.default.removeItem(at: dir) }
        do { return .success(try NetworkLoader().load(directory: dir.path)) } catch { return .failure(error) }
    }

    func errors(_ files: [String: String]) throws -> [String] {
        guard case let .failure(.invalidData(errors, _)) = try load(files) else {
            Issue.record("expected invalid data")
            return []
        }
        return errors.map { "\(URL(fileURLWithPath: $0.file).lastPathComponent):\($0.line):\($0.column): \($0.message)" }
    }

    @Test func validBoards_load_withRolesSeatsAndFootprint() throws {
        guard case let .success(loaded) = try load([
            "boards.csv": Self.boards,
            "memberships.csv": "board_id,agency_id,role,seats,since\nleeds-csp,leeds,chair,2,2010\nleeds-csp,wyp,,,\n",
        ]) else { Issue.record("load failed"); return }
        let set = loaded.boards
        #expect(set.boards.map(\.id) == ["leeds-csp"])
        #expect(set.boards[0].areas == [0])
        #expect(set.memberships.map(\.role) == [.chair, .member])
        #expect(set.memberships.map(\.seats) == [2, 1])
        #expect(set.memberships[0].since?.text == "2010")
        #expect(loaded.warnings.isEmpty)
    }

    @Test func noBoardFiles_giveAnEmptyBoardSet() throws {
        guard case let .success(loaded) = try load([:]) else { Issue.record("load failed"); return }
        #expect(loaded.boards.isEmpty)
    }

    @Test func unknownBoardAndAgency_areLocatedWithDidYouMean() throws {
        let e = try errors([
            "boards.csv": Self.boards,
            "memberships.csv": "board_id,agency_id\nleeds-cps,leeds\nleeds-csp,wyq\n",
        ])
        #expect(e == ["memberships.csv:2:1: unknown board 'leeds-cps'; did you mean 'leeds-csp'?",
                      "memberships.csv:3:11: unknown agency 'wyq'; did you mean 'wyp'?"])
    }

    @Test func membershipListedTwice_isAnErrorNamingTheFirstLine() throws {
        let e = try errors([
            "boards.csv": Self.boards,
            "memberships.csv": "board_id,agency_id\nleeds-csp,leeds\nleeds-csp,wyp\nleeds-csp,leeds\n",
        ])
        #expect(e == ["memberships.csv:4:11: agency 'leeds' is listed twice on board 'leeds-csp' (first on line 2); give one row with seats for several seats"])
    }

    @Test func boardWithoutMembers_isAWarningOnItsLine() throws {
        guard case let .success(loaded) = try load([
            "boards.csv": Self.boards + "leeds-hwb,Leeds Health and Wellbeing Board,health-and-wellbeing,E08000035\n",
            "memberships.csv": "board_id,agency_id\nleeds-csp,leeds\n",
        ]) else { Issue.record("load failed"); return }
        let w = loaded.warnings.map { "\(URL(fileURLWithPath: $0.file).lastPathComponent):\($0.line):\($0.column): \($0.message)" }
        #expect(w == ["boards.csv:3:1: board 'leeds-hwb' has no member in memberships.csv"])
    }

    @Test func roleSeatsAndDates_areValidated() throws {
        let e = try errors([
            "boards.csv": "id,name,theme,area,start,end\nleeds-csp,Safer Leeds,community-safety,E08000035,2010-13,2009\n",
            "memberships.csv": "board_id,agency_id,role,seats,since,until\nleeds-csp,leeds,boss,0,2012,2011\nleeds-csp,wyp,member,1.5,,\n",
        ])
        #expect(e == [
            "boards.csv:2:50: start '2010-13' is not a calendar date: there is no month 13",
            "memberships.csv:2:17: unknown role 'boss'; allowed: chair, statutory-member, member, co-opted, observer",
            "memberships.csv:2:22: seats 0 is out of range; expected a whole number of seats from 1 to 10000",
            "memberships.csv:2:29: until 2011 is before since 2012",
            "memberships.csv:3:22: seats '1.5' is not a whole number; expected a whole number of seats from 1 to 10000",
        ])
    }

    @Test func unknownFootprintArea_andDuplicateBoard_areErrors() throws {
        let e = try errors([
            "boards.csv": "id,name,theme,area\nleeds-csp,Safer Leeds,community-safety,E08000035|E08000036\nleeds-csp,Again,community-safety,\n",
            "memberships.csv": "board_id,agency_id\nleeds-csp,leeds\n",
        ])
        #expect(e == ["boards.csv:2:40: unknown area 'E08000036'; did you mean 'E08000035'?",
                      "boards.csv:3:1: duplicate board id 'leeds-csp' (first defined on line 2)"])
    }

    @Test func membershipsWithoutBoards_isAnError() throws {
        let e = try errors(["memberships.csv": "board_id,agency_id\nleeds-csp,leeds\n"])
        #expect(e == ["memberships.csv:1:1: memberships.csv names boards, but the folder has no boards.csv"])
    }
}
