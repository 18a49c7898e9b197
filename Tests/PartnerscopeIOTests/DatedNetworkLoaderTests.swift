import Foundation
import PartnerscopeCore
import PartnerscopeIO
import Testing
import TestSupport

/// Dates and successions in the network files (issue 13 item 1, issue 17 row 5): every bad date,
/// reversed period, unknown successor and succession cycle is an error at its file, line and column.
@Suite struct DatedNetworkLoaderTests {
    static let agencies = """
        id,name,sector,type,start,end,successor_of
        ccg,NHS Leeds CCG,public,ccg,2013-04-01,2022-06-30,
        icb,NHS West Yorkshire ICB,public,icb,2022-07-01,,ccg
        leeds,Leeds City Council,public,metropolitan-district,1974,,

        """
    static let relationships = "source,target,type,since,until\nleeds,ccg,partnership,2013-04,2022-06-30\nleeds,icb,partnership,2022-07-01,\n"

    func load(_ files: [String: String]) throws -> Result<LoadedNetwork, LoadError> {
        try Fixtures.load(["agencies.csv": Self.agencies, "relationships.csv": Self.relationships].merging(files) { $1 })
    }

    func errors(_ files: [String: String]) throws -> [String] {
        let errors = try Fixtures.loadErrors(["agencies.csv": Self.agencies, "relationships.csv": Self.relationships].merging(files) { $1 })
        if errors == nil { Issue.record("expected invalid data") }
        return errors ?? []
    }

    @Test func datesAndSuccessors_load() throws {
        guard case let .success(loaded) = try load([:]) else { Issue.record("load failed"); return }
        let n = loaded.network
        let icb = n.agencies[n.index(of: AgencyID("icb"))!]
        #expect(icb.start?.first.description == "2022-07-01" && icb.end == nil)
        #expect(icb.successorOf == [AgencyID("ccg")])
        let leeds = n.agencies[n.index(of: AgencyID("leeds"))!]
        #expect(leeds.start?.first.description == "1974-01-01" && leeds.start?.last.description == "1974-12-31")
        #expect(n.relationships[0].since?.first.description == "2013-04-01")
        #expect(n.relationships[0].until?.last.description == "2022-06-30")
        #expect(n.latestDate?.description == "2022-07-01", "the latest start or since")
        #expect(leeds.attributes.isEmpty, "start, end and successor_of are schema columns, not attributes")
    }

    /// Issue 17 row 5: days a month does not have, in every column that holds a date.
    @Test(arguments: ["2024-02-30", "2023-02-29", "2024-04-31", "2100-02-29", "2024-06-31", "2024-13", "2024-00-10", "2024-1-5", "+202", "20240", "2024-02-2x"])
    func impossibleDate_isALocatedError(_ bad: String) throws {
        let rel = try errors(["relationships.csv": "source,target,type,since\nleeds,icb,partnership,\(bad)\n"])
        #expect(rel.count == 1 && rel[0].hasPrefix("relationships.csv:2:23: since '\(bad)' is not"), "\(rel)")
        let until = try errors(["relationships.csv": "source,target,type,until\nleeds,icb,partnership,\(bad)\n"])
        #expect(until.count == 1 && until[0].hasPrefix("relationships.csv:2:23: until '\(bad)'"), "\(until)")
        let start = try errors(["agencies.csv": "id,name,sector,type,start\nleeds,Leeds,public,council,\(bad)\nicb,ICB,public,icb,\n"])
        #expect(start.first?.hasPrefix("agencies.csv:2:28: start '\(bad)' is not") == true, "\(start)")
        let end = try errors(["agencies.csv": "id,name,sector,type,end\nleeds,Leeds,public,council,\(bad)\nicb,ICB,public,icb,\n"])
        #expect(end.first?.hasPrefix("agencies.csv:2:28: end '\(bad)' is not") == true, "\(end)")
    }

    @Test func calendarDays_areRealOnesOnly() {
        #expect(throws: Never.self) { try ISODate.parse("2024-02-29").get() }
        #expect(throws: Never.self) { try ISODate.parse("2000-02-29").get() }
        #expect((try? ISODate.parse("1900-02-29").get()) == nil, "1900 is not a leap year")
        #expect(ISODate.parse("2024-02-30") == .failure(.noSuchDay("2024-02-30", daysInMonth: 29)))
        #expect(ISODate.parse("2024-04-31").map(\.text) == .failure(.noSuchDay("2024-04-31", daysInMonth: 30)))
        #expect(ISODate.ParseError.noSuchDay("2023-02-29", daysInMonth: 28).description == "'2023-02-29' is not a calendar date: February 2023 has 28 days")
        #expect(ISODate.parse("2023-02").map(\.last.description) == .success("2023-02-28"))
        #expect(ISODate.parse("2024-02").map(\.last.description) == .success("2024-02-29"))
        for month in 1...12 {
            let days = CalendarDay.daysIn(month: month, year: 2023)
            let mm = month < 10 ? "0\(month)" : "\(month)"
            #expect((try? ISODate.parse("2023-\(mm)-\(days)").get()) != nil)
            #expect((try? ISODate.parse("2023-\(mm)-\(days + 1)").get()) == nil)
        }
    }

    @Test func untilBeforeSince_andEndBeforeStart_areErrors() throws {
        let rel = try errors(["relationships.csv": "source,target,type,since,until\nleeds,icb,partnership,2022-07-01,2022-06\n"])
        #expect(rel == ["relationships.csv:2:34: until 2022-06 is before since 2022-07-01"])
        let ag = try errors(["agencies.csv": "id,name,sector,type,start,end\nleeds,Leeds,public,council,2014,2013-12-31\nicb,ICB,public,icb,,\n"])
        #expect(ag.filter { $0.hasPrefix("agencies.csv") } == ["agencies.csv:2:33: end 2013-12-31 is before start 2014"])
        // The same day, and a partial date ending in the period that the other starts, are fine.
        #expect(throws: Never.self) { try load(["relationships.csv": "source,target,type,since,until\nleeds,icb,partnership,2022-07-01,2022-07\n"]).get() }
    }

    @Test func unknownSuccessor_isALocatedWarningWithADidYouMean_andIsKept() throws {
        guard case let .success(loaded) = try load(["agencies.csv": "id,name,sector,type,successor_of\nccg-leeds,CCG,public,ccg,\nicb,ICB,public,icb,ccg-leeds|ccg-leds;E38000225\nleeds,L,public,metropolitan-district,\n",
                                                     "relationships.csv": "source,target,type\nleeds,icb,partnership\n"]) else { Issue.record("load failed"); return }
        #expect(loaded.network.agencies[1].successorOf == ["ccg-leeds", "ccg-leds", "E38000225"])
        let w = loaded.warnings.map { "\($0.line):\($0.column): \($0.message)" }
        #expect(w == ["3:20: successor_of names 'E38000225', which is not in this folder; kept as a body of another snapshot",
                      "3:20: successor_of names 'ccg-leds', which is not in this folder; kept as a body of another snapshot (did you mean 'ccg-leeds'?)"], "\(w)")
    }

    @Test func successionCycle_andSelfSuccession_areErrors() throws {
        let cycle = try errors(["agencies.csv": "id,name,sector,type,successor_of\na,A,public,x,c\nb,B,public,x,a\nc,C,public,x,b\nd,D,public,x,\n",
                                "relationships.csv": "source,target,type\na,d,partnership\n"])
        #expect(cycle.count == 1 && cycle[0].contains("successor_of makes a cycle: a succeeds c succeeds b succeeds a"), "\(cycle)")
        let own = try errors(["agencies.csv": "id,name,sector,type,successor_of\na,A,public,x,a\nb,B,public,x,\n",
                              "relationships.csv": "source,target,type\na,b,partnership\n"])
        #expect(own == ["agencies.csv:2:14: agency 'a' cannot be its own successor"])
        let empty = try errors(["agencies.csv": "id,name,sector,type,successor_of\na,A,public,x,b||\nb,B,public,x,\n",
                                "relationships.csv": "source,target,type\na,b,partnership\n"])
        #expect(empty.count == 1 && empty[0].contains("has an empty id"), "\(empty)")
    }

    @Test func writerRoundTrip_keepsDatesAndSuccessors() throws {
        guard case let .success(loaded) = try load([:]) else { Issue.record("load failed"); return }
        let files = NetworkWriter.files(loaded.network)
        let dir = try Fixtures.makeNetwork(files)
        defer { try? FileManager.default.removeItem(at: dir) }
        let again = try NetworkLoader().load(directory: dir.path).network
        #expect(again.agencies == loaded.network.agencies)
        #expect(again.relationships == loaded.network.relationships)
    }
}
