import Foundation
import TestSupport
import Testing

private let knoke = Fixtures.url("knoke-network").path

/// The "knoke-both-weighted" case of silos_reference.json (python-igraph 1.0.0 / networkx 3.6.1 /
/// brute force, scripts/reference/silos_reference.py): both Knoke relations as one directed weighted graph.
private func knokeReference() throws -> [String: Any] {
    let data = try Data(contentsOf: Fixtures.url("silos_reference.json"))
    let doc = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let cases = try #require(doc["cases"] as? [[String: Any]])
    return try #require(cases.first { $0["name"] as? String == "knoke-both-weighted" })
}

private func json(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
}

@Test func silos_knokeJSON_matchesReferences() throws {
    let reference = try knokeReference()
    let run = try Executable.run(["silos", knoke, "--directed", "--weighted", "--format", "json", "--quiet"])
    #expect(run.status == 0, "\(run.stderr)")
    let doc = try json(run.stdout)
    for key in ["modularity", "communities", "ei_index", "brokerage", "articulation_points", "bridges"] {
        #expect(doc[key] != nil, "missing key \(key)")
    }
    // Modularity: at least 0.99 × the median of 20 igraph Leiden runs on the same undirected weighted view.
    let leiden = try #require((reference["leiden"] as? [[String: Any]])?.first)
    let median = try #require(leiden["median"] as? Double)
    let modularity = try #require(doc["modularity"] as? Double)
    #expect(modularity >= 0.99 * median)
    // E–I of the whole network with sector groups, on the directed weighted view (brute force).
    let ei = try #require((reference["ei"] as? [String: Any])?["whole"] as? [Double])
    let whole = try #require((doc["ei_index"] as? [String: Any])?["whole"] as? Double)
    #expect(abs(whole - (ei[0] - ei[1]) / (ei[0] + ei[1])) < 1e-12)
    // Brokerage per agency (brute-force enumeration of two-paths), agencies in Knoke's order.
    let ids = ["coun", "comm", "educ", "indu", "mayr", "wro", "news", "uway", "welf", "west"]
    let expected = try #require(reference["brokerage"] as? [[Int]])
    let brokers = try #require(doc["brokerage"] as? [[String: Any]])
    #expect(brokers.map { $0["id"] as? String } == ids.sorted())
    for b in brokers {
        let k = try #require(ids.firstIndex(of: b["id"] as! String))
        let roles = ["coordinator", "consultant", "representative", "gatekeeper", "liaison"].map { b[$0] as? Int }
        #expect(roles == expected[k].map { $0 }, "\(ids[k])")
        #expect(b["total"] as? Int == expected[k].reduce(0, +))
        #expect(b["constraint"] is Double)
    }
    #expect((doc["articulation_points"] as? [String]) == [])
    let members = try #require(doc["communities"] as? [[String: Any]]).flatMap { $0["members"] as! [String] }
    #expect(members.sorted() == ids.sorted())
}

@Test func silos_sameSeed_givesIdenticalOutput() throws {
    let a = try Executable.run(["silos", knoke, "--format", "json", "--quiet", "--seed", "9"])
    let b = try Executable.run(["silos", knoke, "--format", "json", "--quiet", "--seed", "9"])
    #expect(a.status == 0 && a.stdout == b.stdout)
}

@Test func silos_csvSections_printOneTableEach() throws {
    let headers = [
        "communities": "community,agency_id,agency_name,sector,type,as_at",
        "ei": "grouping,group,agencies,external,internal,ei_index,as_at",
        "sector-ties": "from_sector,to_sector,ties,weight,as_at",
        "brokerage": "agency_id,agency_name,group,coordinator,consultant,representative,gatekeeper,liaison,total,constraint,as_at",
        "fragility": "kind,agency_id,other_agency_id,agencies_cut_off,as_at",
    ]
    for (section, header) in headers {
        let run = try Executable.run(["silos", knoke, "--format", "csv", "--section", section, "--quiet"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.split(separator: "\n").first.map(String.init) == header)
    }
    let communities = try Executable.run(["silos", knoke, "--format", "csv", "--section", "communities", "--quiet"])
    #expect(communities.stdout.split(separator: "\n").count == 11)
}

@Test func silos_badArguments_exitWithUsageError() throws {
    #expect(try Executable.run(["silos", knoke, "--format", "csv"]).status == 64)
    #expect(try Executable.run(["silos", knoke, "--section", "ei"]).status == 64)
    #expect(try Executable.run(["silos", knoke, "--resolution", "-1"]).status == 64)
    #expect(try Executable.run(["silos", knoke, "--restarts", "0"]).status == 64)
    #expect(try Executable.run(["silos", knoke, "--restarts", "1000000000000"]).status == 64)  // would run for ever
    #expect(try Executable.run(["silos", knoke, "--resolution", "1e308"]).status == 64)
    #expect(try Executable.run(["silos", knoke, "--group-by", "colour"]).status == 64)
    #expect(try Executable.run(["silos", "no/such/folder"]).status == 66)
}

@Test func silos_isolatedAgencyAndHostileText_areEscapedWithoutNaN() throws {
    let dir = try Fixtures.makeNetwork([
        "agencies.csv": """
        id,name,sector,type
        a,"=HYPERLINK(""x""),Ltd",public,police
        b,B <script>,public,fire
        c,C,voluntary,voluntary-org
        d,Lonely,private,business

        """,
        "relationships.csv": """
        source,target,type
        a,b,partnership
        b,c,partnership

        """,
    ], label: "silos")
    let run = try Executable.run(["silos", dir.path, "--format", "json", "--quiet"])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.range(of: "\\bnan\\b", options: [.regularExpression, .caseInsensitive]) == nil)
    #expect(!run.stdout.contains("<script>"))
    let doc = try json(run.stdout)
    let bySector = try #require((doc["ei_index"] as? [String: Any])?["by_sector"] as? [String: Any])
    #expect((bySector["private"] as? [String: Any])?["ei"] is NSNull)  // no ties: undefined, not NaN
    #expect((doc["articulation_points"] as? [String]) == ["b"])
    #expect((doc["bridges"] as? [[String]]) == [["a", "b"], ["b", "c"]])
    #expect((doc["sectors_without_outside_ties"] as? [String]) == ["private"])
    let csv = try Executable.run(["silos", dir.path, "--format", "csv", "--section", "communities", "--quiet"])
    #expect(csv.stdout.contains("\"'=HYPERLINK(\"\"x\"\"),Ltd\""))
    let table = try Executable.run(["silos", dir.path, "--quiet"])
    #expect(table.status == 0 && table.stdout.contains("No tie at all: Lonely"))
}

@Test func silos_westYorkshire_readsForPlanners() throws {
    let run = try Executable.run(["silos", "Networks/west-yorkshire", "--quiet"])
    #expect(run.status == 0, "\(run.stderr)")
    for heading in ["== Communities ==", "== Sector silos ==", "== Brokers ==", "== Single points of failure ==",
                    "Modularity", "Whole network, by sector", "Top brokers"] {
        #expect(run.stdout.contains(heading), "missing \(heading)")
    }
    #expect(run.stdout.range(of: "\\bnan\\b", options: [.regularExpression, .caseInsensitive]) == nil)
}

@Test func silos_groupByCommunity_labelsBrokersWithTheirCommunity() throws {
    let json = try Executable.run(["silos", knoke, "--group-by", "community", "--format", "json", "--quiet"])
    let doc = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    var communityOf: [String: String] = [:]
    for c in try #require(doc["communities"] as? [[String: Any]]) {
        for m in c["members"] as! [String] { communityOf[m] = String(c["id"] as! Int) }
    }
    let brokers = try #require(doc["brokerage"] as? [[String: Any]])
    #expect(brokers.count == 10)
    for b in brokers { #expect(b["group"] as? String == communityOf[b["id"] as! String]) }
}

/// One answer per question (issue 13 item 7): the silos map draws the communities that
/// `partnerscope silos` lists (same weighting, same seed), and its legend says how they were found.
@Test func silosMap_westYorkshire_drawsTheCommunitiesTheSilosTableLists() throws {
    // Every agency of every era (--as-at all), so that the map's node numbers are agencies.csv's rows.
    let table = try Executable.run(["silos", "Networks/west-yorkshire", "--format", "csv", "--section", "communities", "--as-at", "all"])
    #expect(table.status == 0)
    var listed = [String: Set<String>]()
    for line in table.stdout.split(separator: "\n").dropFirst() {
        let f = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        listed[f[0], default: []].insert(f[1])
    }
    let agencies = try String(contentsOfFile: "Networks/west-yorkshire/agencies.csv", encoding: .utf8)
    let ids = agencies.split(separator: "\n").dropFirst().map { String($0.split(separator: ",")[0]) }
    // Boxes with dot; neato (the default) shows the same communities by fill colour only.
    let map = try Executable.run(["map", "Networks/west-yorkshire", "--kind", "silos", "--engine", "dot", "--format", "dot", "--as-at", "all"])
    #expect(map.status == 0)
    var drawn: [Set<String>] = []
    for line in map.stdout.split(separator: "\n").map({ $0.trimmingCharacters(in: .whitespaces) }) {
        if line.hasPrefix("subgraph \"cluster_") { drawn.append([]) }
        else if !drawn.isEmpty, line.hasPrefix("\"a"), line.hasSuffix("\";"), let k = Int(line.dropFirst(2).dropLast(2)) {
            drawn[drawn.count - 1].insert(ids[k])
        }
    }
    // Communities of two or more agencies are boxes on the map.
    let groups = Set(listed.values.filter { $0.count > 1 })
    #expect(groups.count == 5)
    #expect(Set(drawn.filter { !$0.isEmpty }) == groups)
    // The legend wraps its lines (<BR/>); read it as one sentence.
    #expect(map.stdout.replacingOccurrences(of: "<BR/>", with: " ").contains("Leiden on unweighted ties, resolution 1, seed 1, as in partnerscope silos"))
}
