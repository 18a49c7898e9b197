import Foundation
import TestSupport
import Testing

private func files(in folder: URL) throws -> [String: Data] {
    var out: [String: Data] = [:]
    let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])!
    for case let url as URL in enumerator where (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true {
        out[String(url.path.dropFirst(folder.path.count + 1))] = try Data(contentsOf: url)
    }
    return out
}

private func csvFields(_ line: String) -> [String] { CSVLine.fields(line) }

private func csvRows(_ url: URL) throws -> [[String: String]] {
    let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init)
    let header = csvFields(lines[0])
    return lines.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, csvFields($0))) }
}

@Test func compare_oneInvalidFolderAmongValid_reportsItSkipsItAndExits65() throws {
    let good = try Fixtures.makeNetwork(TwoRegions.files(), label: "good")
    var badFiles = TwoRegions.files()
    badFiles["relationships.csv"]! += "c1,nobody,partnership\n"
    let bad = try Fixtures.makeNetwork(badFiles, label: "bad")
    let out = try Fixtures.temporaryDirectory("cmp").appendingPathComponent("out")
    let run = try Executable.run(["compare", good.path, bad.path, "Networks/west-yorkshire", "--out-dir", out.path, "--no-maps"])
    #expect(run.status == 65)
    #expect(run.stderr.contains("1 of 3 networks failed"), "\(run.stderr)")
    #expect(run.stderr.contains("nobody"), "the loader's diagnostic is passed on")
    let rows = try csvRows(out.appendingPathComponent("comparison.csv"))
    #expect(rows.map { $0["key"]! } == [good.lastPathComponent, "west-yorkshire"])
    let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("comparison.json"))) as? [String: Any])
    let failures = try #require(json["failures"] as? [[String: Any]])
    #expect(failures.map { $0["key"] as? String } == [bad.lastPathComponent])
    let index = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
    #expect(index.contains("Failed (1)"))
}

@Test func batch_sameInput_givesByteIdenticalOutputs_whateverTheNumberOfWorkers() throws {
    let dir = try Fixtures.makeNetwork(TwoRegions.files(), label: "det")
    let base = try Fixtures.temporaryDirectory("det-out")
    var outputs: [[String: Data]] = []
    for (k, jobs) in ["1", "4", "4"].enumerated() {
        let out = base.appendingPathComponent("run\(k)")
        let run = try Executable.run(["batch", dir.path, "--by", "parent=1", "--out-dir", out.path, "--jobs", jobs, "--quiet"])
        #expect(run.status == 0, "\(run.stderr)")
        outputs.append(try files(in: out))
    }
    #expect(outputs[0].keys.sorted().contains("comparison.csv"))
    #expect(outputs[0].keys.sorted().filter { $0.hasPrefix("areas/") } == ["areas/d1.html", "areas/d2.html", "areas/d3.html"])
    #expect(outputs[0] == outputs[1] && outputs[1] == outputs[2])
}

@Test func batch_agencyWithoutFootprint_isReportedAndTheOthersWritten() throws {
    let dir = try Fixtures.makeNetwork(TwoRegions.files(), label: "icb")
    let out = try Fixtures.temporaryDirectory("icb-out").appendingPathComponent("o")
    let run = try Executable.run(["batch", dir.path, "--by", "type=icb", "--out-dir", out.path, "--no-maps"])
    #expect(run.status == 65)
    #expect(run.stderr.contains("h3 has no boundary"), "\(run.stderr)")
    let rows = try csvRows(out.appendingPathComponent("comparison.csv"))
    #expect(rows.map { $0["key"]! } == ["h1", "h2"])
    #expect(rows.map { $0["agencies"]! } == ["5", "4"])
}

@Test func batch_textFromCsv_isEscapedInEveryOutput() throws {
    var files = TwoRegions.files()
    files["agencies.csv"] = files["agencies.csv"]!
        .replacingOccurrences(of: "h1,ICB One,", with: "h1,\"=HYPERLINK(\"\"x\"\") <script>alert('1')</script> & co\",")
    let dir = try Fixtures.makeNetwork(files, label: "esc")
    let out = try Fixtures.temporaryDirectory("esc-out").appendingPathComponent("o")
    let run = try Executable.run(["batch", dir.path, "--by", "type=icb", "--out-dir", out.path, "--no-maps", "--quiet"])
    #expect(run.status == 65)  // h3 has no footprint
    let html = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
    #expect(!html.contains("<script>alert"))
    #expect(html.contains("&lt;script&gt;alert(&#39;1&#39;)&lt;/script&gt; &amp; co"))
    let page = try String(contentsOf: out.appendingPathComponent("areas/h1.html"), encoding: .utf8)
    #expect(!page.contains("<script>alert"))
    let csv = try String(contentsOf: out.appendingPathComponent("comparison.csv"), encoding: .utf8)
    #expect(csv.contains("\"'=HYPERLINK(\"\"x\"\")"), "formula neutralised and quoted")
    let json = try String(contentsOf: out.appendingPathComponent("comparison.json"), encoding: .utf8)
    #expect(json.contains("\\u003cscript\\u003e"))
    _ = try JSONSerialization.jsonObject(with: Data(json.utf8))
}

/// Agencies, ties, density and components of every ICB footprint of Networks/england against an
/// independent pandas 3.1.1 + networkx 3.6.1 computation (scripts/reference/comparison_reference.py).
@Test func batch_englandByIcb_matchesIndependentFootprints() throws {
    let data = try Data(contentsOf: Fixtures.url("comparison_reference.json"))
    let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let expected = try #require(root["england_icb_footprints"] as? [[String: Any]])
    #expect(expected.count == 42)
    let out = try Fixtures.temporaryDirectory("england").appendingPathComponent("o")
    let run = try Executable.run(["batch", "Networks/england", "--by", "type=icb", "--out-dir", out.path, "--no-maps", "--quiet"])
    #expect(run.status == 0, "\(run.stderr)")
    let rows = try csvRows(out.appendingPathComponent("comparison.csv"))
    #expect(rows.map { $0["key"]! } == expected.map { $0["icb"] as! String })
    for (row, ref) in zip(rows, expected) {
        #expect(Int(row["agencies"]!) == (ref["agencies"] as! [String]).count, "\(ref["icb"]!)")
        #expect(Int(row["ties"]!) == ref["ties"] as? Int, "\(ref["icb"]!)")
        #expect(abs(Double(row["density"]!)! - (ref["density"] as! Double)) < 1e-12, "\(ref["icb"]!)")
        #expect(Int(row["components"]!) == ref["components"] as? Int, "\(ref["icb"]!)")
    }
    // ICB footprints partition England's LSOAs: their people add up to the total population of
    // Networks/england (56,490,108, Networks/README.md).
    #expect(rows.map { Double($0["population_footprint"]!)! }.reduce(0, +) == 56_490_108)
}

/// The 2022 NHS reform seen by `compare`: councils (all five council types) whose people are split
/// across CCGs (2021) against those split across ICBs (2024), against an independent pandas 3.1.1
/// count on the LSOA rows (scripts/reference/comparison_reference.py → Fixtures/comparison_reference.json).
@Test func compare_reform_councilsSplitAcrossNhsBodiesFall() throws {
    let data = try Data(contentsOf: Fixtures.url("comparison_reference.json"))
    let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let split = try #require(root["councils_split"] as? [String: [String]])
    let icb = try #require(split["england_icb"]).count, ccg = try #require(split["england-2021_ccg"]).count
    #expect(icb == 19 && ccg == 46)
    let out = try Fixtures.temporaryDirectory("reform").appendingPathComponent("o")
    let run = try Executable.run(["compare", "Networks/england-2021", "Networks/england", "--out-dir", out.path, "--no-maps"])
    #expect(run.status == 0, "\(run.stderr)")
    let rows = try csvRows(out.appendingPathComponent("comparison.csv"))
    #expect(rows.map { $0["key"]! } == ["england-2021", "england"], "the order of the folders given")
    #expect(rows[1]["councils_split_icb"] == String(icb))
    #expect(rows[0]["councils_split_ccg"] == String(ccg))
    #expect(rows[1]["councils_split_ccg"] == "" && rows[0]["councils_split_icb"] == "")
    let neffIcb = try #require(Double(rows[1]["neff_icb"]!)), neffCcg = try #require(Double(rows[0]["neff_ccg"]!))
    #expect(neffIcb < neffCcg && neffIcb >= 1)
    #expect(run.stdout.contains("councils_split_icb"))
}

/// A small-multiple map that fails is reported by area and fails the run (it used to vanish).
@Test func compare_mapPastItsTimeout_isReportedByNameNotDropped() throws {
    let good = try Fixtures.makeNetwork(TwoRegions.files(), label: "mapfail")
    let out = try Fixtures.temporaryDirectory("cmp-map").appendingPathComponent("out")
    let run = try Executable.run(["compare", good.path, "Networks/west-yorkshire", "--out-dir", out.path, "--timeout", "0.001", "--quiet"])
    #expect(run.status == 75, "\(run.stderr)")
    #expect(run.stderr.contains("error: west-yorkshire: the map was not drawn: the neato layout did not finish"), "\(run.stderr)")
    // At 0.001 s the shared legend of maps.html times out too, and is named as well.
    #expect(run.stderr.contains("error: the legend of maps.html was not drawn"), "\(run.stderr)")
    #expect(run.stderr.contains("error: 2 of 2 maps and their legend could not be drawn"))
    #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("comparison.csv").path))
}

/// The visible text of an HTML page: tags, scripts and styles removed, entities of `&`, `<`, `>` decoded.
private func visibleText(_ html: String) -> String {
    var s = html
    for block in ["script", "style", "svg", "title"] {
        while let open = s.range(of: "<\(block)"), let close = s.range(of: "</\(block)>", range: open.upperBound..<s.endIndex) {
            s.removeSubrange(open.lowerBound..<close.upperBound)
        }
    }
    s = s.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
    return s.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
}

/// The pages a national analyst reads name agencies and footprints (ids stay in links and
/// tooltips), say a measure with one value everywhere once instead of in every row, and name each
/// footprint's split councils with the bodies splitting them and the bodies crossing its border.
@Test func batch_pages_nameNotIds_sameEverywhereOnce_splitCouncilsNamed() throws {
    let dir = try Fixtures.makeNetwork(TwoRegions.files(), label: "pages")
    let out = try Fixtures.temporaryDirectory("pages-out").appendingPathComponent("o")
    let run = try Executable.run(["batch", dir.path, "--by", "type=icb", "--out-dir", out.path, "--no-maps", "--quiet"])
    #expect(run.status == 65, "\(run.stderr)")  // h3 has no footprint
    let index = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
    let h1 = try String(contentsOf: out.appendingPathComponent("areas/h1.html"), encoding: .utf8)
    let h2 = try String(contentsOf: out.appendingPathComponent("areas/h2.html"), encoding: .utf8)
    for page in [index, h1, h2] {
        let words = Set(visibleText(page).split { !$0.isLetter && !$0.isNumber }.map(String.init))
        // Every id of the fixture but h3, whose failure message quotes its id.
        #expect(words.isDisjoint(with: ["c1", "c2", "c3", "h1", "h2", "n1", "p1"]), "\(words.intersection(["c1", "c2", "c3", "h1", "h2", "n1", "p1"]))")
    }
    #expect(index.contains(">ICB One</a>") && index.contains("href=\"areas/h1.html\""))
    // Both footprints hold one ICB and the national body: said once, not a column.
    let table = try #require(index.components(separatedBy: "<table class=\"sortable\">").last?.components(separatedBy: "</table>").first)
    #expect(!table.contains("agencies: environment") && !table.contains("agencies: icb"))
    let same = try #require(index.components(separatedBy: "id=\"same\"").last?.components(separatedBy: "</section>").first)
    #expect(same.contains("<b>agencies: environment</b>: 1 in all 2"))
    #expect(same.contains("<b>agencies: icb</b>: 1 in all 2"))
    // ICB One: Council One (L1 100, L2 200) has 200 of its 300 people with Police One.
    #expect(h1.contains("<td>Council One</td><td class=\"num\" data-v=\"300\">300</td><td class=\"num\" data-v=\"300\">300</td><td>police</td><td>Police One 66.7%; none 33.3%</td>"))
    // ICB Two: Council Three (L4 400, L5 500) has 400 of 900 with Police One.
    #expect(h2.contains("<td>Council Three</td><td class=\"num\" data-v=\"900\">900</td><td class=\"num\" data-v=\"900\">900</td><td>police</td><td>Police One 44.4%; none 55.6%</td>"))
    // Crossing ICB One's border: Police One straddles it (500 here, 400 elsewhere); the national
    // body contains it (600 here, 900 elsewhere).
    #expect(h1.contains("<td>Police One</td><td>police</td><td class=\"num\" data-v=\"500\">500</td><td class=\"num\" data-v=\"400\">400</td><td>straddles the border</td>"))
    #expect(h1.contains("<td>National Body</td><td>environment</td><td class=\"num\" data-v=\"600\">600</td><td class=\"num\" data-v=\"900\">900</td><td>contains it</td>"))
    // No plot or rank for a measure that is the same everywhere; one for each that varies.
    #expect(!h1.contains("dp-p-type-environment-t") && h1.contains("dp-p-agencies-t"))
}
