import Foundation
import TestSupport
import Testing

private func json(_ run: Executable.Result) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: run.stdoutData) as? [String: Any])
}

/// One dated folder on two days: the summit era (2009-06-30) against 2024-06-30. The five PCTs are
/// taken over by the ICB through the CCGs (bodies of neither day), the transport and police
/// authorities by the combined authority (Networks/west-yorkshire/agencies.csv, successor_of);
/// every West Yorkshire person (2,351,585, the sum of its LSOA populations in Networks/README.md)
/// moved with each.
@Test func diff_oneFolderTwoDays_reportsTheSuccessionsNotRemovalsAndAdditions() throws {
    let run = try Executable.run(["diff", "Networks/west-yorkshire", "--from", "2009-06-30", "--to", "2024-06-30", "--format", "json", "--quiet"])
    #expect(run.status == 0, "\(run.stderr)")
    let doc = try json(run)
    #expect((doc["as_at"] as? [String: String]) == ["a": "2009-06-30", "b": "2024-06-30"])
    let successions = try #require(doc["successions"] as? [[String: Any]])
    let pairs = successions.map { "\(($0["predecessors"] as! [String]).joined(separator: "|"))>\(($0["successors"] as! [String]).joined(separator: "|"))" }
    #expect(Set(pairs) == ["pct-bradford|pct-calderdale|pct-kirklees|pct-leeds|pct-wakefield>wy-icb",
                           "wy-ita|wy-police-authority>wyca"])
    for s in successions { #expect(s["population_moved"] as? Double == 2_351_585) }
    let agencies = try #require(doc["agencies"] as? [[String: Any]])
    func status(_ id: String) -> String? { agencies.first { $0["id"] as? String == id }?["status"] as? String }
    #expect(status("pct-leeds") == "succeeded" && status("wy-icb") == "successor" && status("wyca") == "successor")
    #expect(status("lsc-wy") == "removed" && status("leeds-cc") == "kept")
    // The ICB's ties with the councils carry over the PCTs'; none of them is an added or removed tie.
    let icb = try #require(successions.first { ($0["successors"] as? [String]) == ["wy-icb"] })
    let carried = try #require(icb["ties_carried"] as? [[String: Any]])
    #expect(carried.contains { (($0["after"] as? [String: Any])?["source"] as? String) == "leeds-cc" && (($0["after"] as? [String: Any])?["target"] as? String) == "wy-icb" })
    let added = try #require(doc["ties_added"] as? [[String: Any]]), removed = try #require(doc["ties_removed"] as? [[String: Any]])
    for t in added + removed {
        #expect(![t["source"] as? String, t["target"] as? String].contains { ["wy-icb", "wyca", "pct-leeds", "wy-ita"].contains($0) })
    }
    let table = try Executable.run(["diff", "Networks/west-yorkshire", "--from", "2009-06-30", "--to", "2024-06-30", "--quiet"])
    #expect(table.stdout.contains("→ NHS West Yorkshire Integrated Care Board (1 icb): 2,351,585 people moved with them"))
    #expect(table.stdout.hasSuffix("Before: 2009-06-30; after: 2024-06-30 (each snapshot's agencies in existence and ties in force that day; --from and --to choose them)\n"))
    let csv = try Executable.run(["diff", "Networks/west-yorkshire", "--from", "2009-06-30", "--to", "2024-06-30", "--format", "csv", "--quiet"])
    #expect(csv.stdout.hasPrefix("id,name,type,status,degree_a,degree_b,betweenness_a,betweenness_b,influence_a,influence_b,population_a,population_b,areas_gained,areas_lost,succession_with,as_at_a,as_at_b\n"))
    #expect(csv.stdout.contains("\nwy-icb,NHS West Yorkshire Integrated Care Board,icb,successor,"))
}

@Test func diff_oneFolderWithoutBothDays_isAUsageError() throws {
    let run = try Executable.run(["diff", "Networks/west-yorkshire", "--from", "2009-06-30"])
    #expect(run.status == 64 && run.stderr.contains("--from DATE and --to DATE"))
    let bad = try Executable.run(["diff", "Networks/west-yorkshire", "--from", "2009-02-30", "--to", "2024"])
    #expect(bad.status == 64 && bad.stderr.contains("February 2009 has 28 days"))
}

/// england-2021 → england: the ICBs' successor_of names england-2021's CCGs, so the 2022 reform is
/// 39 successions (106 CCGs → 42 ICBs; three CCGs split between two ICBs join their groups), and
/// the people of the CCG footprints are found in the ICB footprints. Reference values computed
/// independently from the shared ONS lookups with python3 (csv module): LSOAs whose code is in
/// both vintages, whose CCG21 and ICB24 are in the same succession group (ICB22 → CCG21 from
/// lsoa11_ccg21_stp21_icb22_lad21_pop2020_en.csv, E54000052/53 recoded 63/64), Census 2021
/// population summed: 53,322,432 over all 39; for the West Yorkshire ICB 2,341,196, of whom
/// 786,459 from NHS Leeds CCG (E38000225).
@Test func diff_england2021ToEngland_movesPeopleFromCCGToICBFootprints() throws {
    let run = try Executable.run(["diff", "Networks/england-2021", "Networks/england", "--format", "json", "--quiet"])
    #expect(run.status == 0, "\(run.stderr)")
    let doc = try json(run)
    let successions = try #require(doc["successions"] as? [[String: Any]])
    #expect(successions.count == 39)
    #expect(Set(successions.flatMap { $0["predecessors"] as! [String] }).count == 106)
    #expect(Set(successions.flatMap { $0["successors"] as! [String] }).count == 42)
    #expect(successions.reduce(0.0) { $0 + ($1["population_moved"] as! Double) } == 53_322_432)
    let wy = try #require(successions.first { ($0["successors"] as? [String]) == ["icb-E54000054"] })
    #expect(wy["population_moved"] as? Double == 2_341_196)
    let leeds = try #require((wy["moves"] as? [[String: Any]])?.first { $0["from"] as? String == "ccg-E38000225" })
    #expect(leeds["population"] as? Double == 786_459)
    let summary = try #require(doc["summary"] as? [String: Any])
    #expect(summary["agencies_succeeded"] as? Int == 106 && summary["agencies_successors"] as? Int == 42)
}

/// GraphML and GEXF name the day they show (item 4 of the time work): a graph attribute `as_at` in
/// GraphML (networkx: G.graph["as_at"]), `as_at=` in the GEXF keywords, `graph.as_at` in node-link
/// JSON; the summit-era view of West Yorkshire holds its 44 agencies.
@Test func export_graphMLAndGEXF_nameTheirDay() throws {
    let graphml = try Executable.run(["export", "Networks/west-yorkshire", "--format", "graphml", "--as-at", "2009-06-30", "--quiet"])
    #expect(graphml.status == 0)
    #expect(graphml.stdout.contains("<key id=\"g0\" for=\"graph\" attr.name=\"as_at\" attr.type=\"string\"/>"))
    #expect(graphml.stdout.contains("<data key=\"g0\">2009-06-30</data>"))
    #expect(graphml.stdout.components(separatedBy: "<node id=").count - 1 == 44)
    let gexf = try Executable.run(["export", "Networks/west-yorkshire", "--format", "gexf", "--quiet"])
    #expect(gexf.stdout.contains("<keywords>as_at=2022-07-01</keywords>"))
    let json = try Executable.run(["export", "Networks/west-yorkshire", "--format", "json", "--as-at", "all", "--quiet"])
    let doc = try #require(try JSONSerialization.jsonObject(with: json.stdoutData) as? [String: Any])
    #expect((doc["graph"] as? [String: Any])?["as_at"] as? String == "all")
}
