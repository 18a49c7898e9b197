import PartnerscopeCore
import Testing

// A hand-made place over time. One area X (1,000 people) covered by every body below.
//   lsc     Learning and Skills Council   2001-04-01 – 2010-03-31
//   ca      combined authority            from 2014-04-01
//   pct     primary care trust            2002-10-01 – 2013-03-31
//   ccg     clinical commissioning group  2013-04-01 – 2022-06-30, successor of pct
//   icb     integrated care board         from 2022-07-01, successor of ccg
//   council metropolitan district         undated (always)
//   police  police force                  undated
// Ties: council–lsc (2001 – 2010-03-31), council–ca (since 2014-04-01), council–pct (until 2013-03-31),
//       council–ccg, council–icb (since 2022-07-01), council–police (undated).
// By hand: the LSC overlaps council, pct and police only; pct–ccg–icb are one line of succession
// (pct and icb successive through ccg); so no finding may pair lsc–ca, lsc–ccg, lsc–icb, pct–ccg,
// pct–icb, ccg–icb, pct–ca (pct ends 2013-03-31, ca starts 2014-04-01).
private enum Era {
    static let agencies = [
        Agency(id: "lsc", name: "LSC", sector: .public, type: "lsc", start: ISODate("2001-04-01"), end: ISODate("2010-03-31")),
        Agency(id: "ca", name: "Combined authority", sector: .public, type: "combined-authority", start: ISODate("2014-04-01")),
        Agency(id: "pct", name: "PCT", sector: .public, type: "pct", start: ISODate("2002-10-01"), end: ISODate("2013-03-31")),
        Agency(id: "ccg", name: "CCG", sector: .public, type: "ccg", start: ISODate("2013-04-01"), end: ISODate("2022-06-30"),
               successorOf: ["pct"]),
        Agency(id: "icb", name: "ICB", sector: .public, type: "icb", start: ISODate("2022-07-01"), successorOf: ["ccg"]),
        Agency(id: "council", name: "Council", sector: .public, type: "metropolitan-district"),
        Agency(id: "police", name: "Police", sector: .public, type: "police"),
    ]

    static func network() -> Network {
        let i = Dictionary(uniqueKeysWithValues: agencies.enumerated().map { ($1.id.rawValue, $0) })
        func tie(_ a: String, _ b: String, since: String? = nil, until: String? = nil) -> Relationship {
            Relationship(source: i[a]!, target: i[b]!, type: .partnership, since: since.map(ISODate.init), until: until.map(ISODate.init))
        }
        return Network(
            name: "era", agencies: agencies, areas: [Area(code: "X", name: "X", population: 1000)],
            boundaries: agencies.indices.map { Boundary(agency: $0, area: 0) },
            relationships: [tie("council", "lsc", since: "2001", until: "2010-03-31"), tie("council", "ca", since: "2014-04-01"),
                            tie("council", "pct", until: "2013-03-31"), tie("council", "ccg"),
                            tie("council", "icb", since: "2022-07-01"), tie("council", "police")])
    }

    static let forbidden: Set<Set<String>> = [
        ["lsc", "ca"], ["lsc", "ccg"], ["lsc", "icb"], ["pct", "ccg"], ["pct", "icb"], ["ccg", "icb"], ["pct", "ca"],
    ]
}

@Suite struct LifetimesTests {
    let network = Era.network()
    func index(_ id: String) -> Int { network.index(of: AgencyID(id))! }

    @Test func overlapAndSuccession_followTheDates() {
        let l = Lifetimes(network)
        #expect(!l.mayPair(index("lsc"), index("ca")), "2001–2010 and 2014– never overlap")
        #expect(l.mayPair(index("lsc"), index("council")))
        #expect(l.areSuccessive(index("pct"), index("icb")), "succession is transitive through the CCG")
        #expect(!l.areSuccessive(index("lsc"), index("council")))
        #expect(l.overlap(index("ccg"), index("council")) && !l.overlap(index("ccg"), index("icb")))
        #expect(l.exists(index("ccg"), on: CalendarDay(year: 2022, month: 6, day: 30)!))
        #expect(!l.exists(index("ccg"), on: CalendarDay(year: 2022, month: 7, day: 1)!))
    }

    @Test func asAt_keepsTheAgenciesInExistence_andTheTiesInForce() {
        let y2009 = network.asAt(.day(CalendarDay(year: 2009, month: 6, day: 30)!))
        #expect(y2009.agencies.map(\.id.rawValue) == ["lsc", "pct", "council", "police"])
        #expect(y2009.relationships.count == 3, "council–lsc, council–pct, council–police")
        #expect(y2009.asAt == .day(CalendarDay(year: 2009, month: 6, day: 30)!))
        let latest = network.asAt(network.defaultAsAt)
        #expect(network.latestDate == CalendarDay(year: 2022, month: 7, day: 1), "the latest start or since")
        #expect(latest.agencies.map(\.id.rawValue) == ["ca", "icb", "council", "police"])
        #expect(latest.relationships.count == 3, "council–ca, council–icb, council–police")
        #expect(latest.boundaries.count == 4)
        let all = network.asAt(.all)
        #expect(all.agencyCount == 7 && all.relationships.count == 6 && all.asAt == .all)
        // A tie whose own dates have passed is not in force even though both ends exist.
        let y2012 = network.asAt(.day(CalendarDay(year: 2013, month: 4, day: 1)!))
        #expect(y2012.relationships.map { y2012.agencies[$0.target].id.rawValue }.sorted() == ["ccg", "police"])
    }

    @Test func undatedNetwork_defaultsToAll() {
        let plain = Network(name: "plain", agencies: [Agency(id: "a", name: "A", sector: .public, type: "x")], ties: [])
        #expect(plain.latestDate == nil && plain.defaultAsAt == .all)
        #expect(Lifetimes(plain).isTrivial)
    }

    /// The rule of issue 13: even with every date ignored (`--as-at all`), no coterminosity pair
    /// and no missing-partner finding pairs bodies that never coexisted or that succeeded each other.
    @Test func noFinding_pairsAgenciesThatNeverCoexisted() {
        let all = network.asAt(.all)
        let ids = { (a: Int, b: Int) -> Set<String> in [all.agencies[a].id.rawValue, all.agencies[b].id.rawValue] }
        let coterminosity = CoterminosityAnalysis(network: all)
        #expect(!coterminosity.pairs.isEmpty)
        for p in coterminosity.pairs { #expect(!Era.forbidden.contains(ids(p.a, p.b)), "\(ids(p.a, p.b))") }
        #expect(coterminosity.pairs.contains { ids($0.a, $0.b) == ["lsc", "police"] }, "pairs that did coexist stay")
        let requirements = Requirements([
            Requirement(theme: "t", alternatives: ["lsc", "combined-authority", "ccg", "icb", "pct", "police", "metropolitan-district"]),
            Requirement(theme: "t", alternatives: ["combined-authority", "lsc", "icb", "ccg", "pct", "police"]),
            // Every NHS or skills body must tie to the combined authority; the ICB to the bodies it succeeds.
            Requirement(theme: "v", alternatives: ["lsc", "pct", "ccg", "icb"], role: "body", partners: ["ca"]),
            Requirement(theme: "v", alternatives: ["combined-authority"], role: "ca"),
            Requirement(theme: "u", alternatives: ["icb"], partners: ["old"]),
            Requirement(theme: "u", alternatives: ["ccg", "pct"], role: "old"),
        ])
        let missing = MissingPartnersAnalysis(network: all, requirements: requirements, limit: 0)
        // Every pair a finding proposes: a structural pair, or an unlinked agency with each of its possible partners.
        var paired: [(String, Set<String>)] = []
        for f in missing.findings {
            if f.kind == .structural { paired.append(("structural", [f.agency?.id.rawValue ?? "", f.candidate?.id.rawValue ?? ""])) }
            if case let .noTieToRole(_, _, expected, _, _, _) = f.reason, let a = f.agency {
                for e in expected { paired.append(("unlinked", [a.id.rawValue, e.agency.id.rawValue])) }
            }
        }
        #expect(paired.contains { $0.0 == "unlinked" && $0.1 == ["ccg", "ca"] }, "ccg and ca coexisted 2014–2022, untied")
        for (kind, pair) in paired { #expect(!Era.forbidden.contains(pair), "\(kind) \(pair)") }
        // Without the dates the same network pairs them: the filter is what keeps them apart.
        var undated = Era.agencies
        for k in undated.indices { undated[k].start = nil; undated[k].end = nil; undated[k].successorOf = [] }
        let plain = Network(name: "plain", agencies: undated, areas: all.areas, boundaries: all.boundaries, relationships: all.relationships)
        #expect(CoterminosityAnalysis(network: plain).pairs.contains { ids($0.a, $0.b) == ["lsc", "ca"] })
    }
}
