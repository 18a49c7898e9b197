import Foundation
import Testing
import TestSupport

@Suite(.enabled(if: Executable.available, "build the partnerscope executable first (swift build)"))
struct MapCommandTests {
    static let westYorkshire = "Networks/west-yorkshire"

    func ids() throws -> [String] {
        let text = try String(contentsOf: Fixtures.repositoryRoot.appendingPathComponent("\(Self.westYorkshire)/agencies.csv"),
                              encoding: .utf8)
        return text.split(separator: "\n").dropFirst().map { String($0.split(separator: ",")[0]) }
    }

    @Test(arguments: ["network", "grid", "gaps", "silos"])
    func map_westYorkshire_writesWellFormedSVGWithEveryAgency(kind: String) throws {
        let dir = try Fixtures.temporaryDirectory("map")
        let out = dir.appendingPathComponent("\(kind).svg").path
        let r = try Executable.run(["map", Self.westYorkshire, "--kind", kind, "--out", out, "--quiet", "--as-at", "all"])
        #expect(r.status == 0, "\(r.stderr)")
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: out)))
        let doc = try #require(SVGDocument.parse(bytes))
        let agencyNodes = doc.titles.filter { $0.hasPrefix("a") && Int($0.dropFirst()) != nil }
        #expect(agencyNodes.count == (try ids()).count)
        #expect(doc.texts.contains { $0.contains("west-yorkshire") })  // the legend's title
    }

    /// The smallest text of an SVG map when printed on A4 landscape (10 mm margins, scaled to fit,
    /// never enlarged), in points: as scripts/check_map_legibility.py measures it.
    static func smallestPrintedText(_ svg: String) -> (points: Double, drawing: (Double, Double))? {
        guard let w = svg.firstMatch(of: /<svg width="([\d.]+)pt" height="([\d.]+)pt"/),
              let width = Double(w.1), let height = Double(w.2) else { return nil }
        let inner = svg.firstMatch(of: /transform="scale\(([\d.]+)/).flatMap { Double($0.1) } ?? 1
        let page = min(1, (297 - 20) / 25.4 * 72 / width, (210 - 20) / 25.4 * 72 / height)
        let sizes = svg.matches(of: /<text[^>]* font-size="([\d.]+)"[^>]*>[^<]*[^<\s][^<]*</).compactMap { Double($0.1) }
        guard let smallest = sizes.min() else { return nil }
        return (smallest * inner * page, (width / 72, height / 72))
    }

    /// The size budget (issue 16): at 45 agencies every label of every map kind is at least 8 pt
    /// when the map is printed on A4 landscape. Before (45 agencies, dot): 2.0 (network), 2.6
    /// (grid), 1.8 (gaps), 2.6 (silos), on drawings up to 50 × 36 inches. Checked on the default
    /// day (37 agencies) and in 2009 (44).
    @Test(arguments: [("network", "2009-06-30"), ("grid", "2009-06-30"), ("gaps", "2009-06-30"), ("silos", "2009-06-30"),
                      ("network", "2022-07-01"), ("grid", "2022-07-01"), ("silos", "2022-07-01")])
    func map_westYorkshire_everyLabelAtLeast8ptOnA4(kind: String, day: String) throws {
        let r = try Executable.run(["map", Self.westYorkshire, "--kind", kind, "--as-at", day, "--quiet"])
        #expect(r.status == 0, "\(r.stderr)")
        let measured = try #require(Self.smallestPrintedText(r.stdout))
        #expect(measured.points >= 8, "\(kind): smallest label \(measured.points) pt on a \(measured.drawing) in drawing")
    }

    /// England (452 agencies) is drawn as its communities, and --community draws one in full.
    @Test func map_england_aggregatedByCommunity_andOneCommunityInFull() throws {
        let whole = try Executable.run(["map", "Networks/england", "--format", "dot", "--quiet"])
        #expect(whole.status == 0, "\(whole.stderr)")
        #expect(whole.stdout.contains("Aggregated view of england") && whole.stdout.contains("452 agencies as 26 communities"))
        #expect(whole.stdout.split(separator: "\n").filter { $0.hasPrefix("  \"g") && !$0.contains("--") }.count == 26)
        let one = try Executable.run(["map", "Networks/england", "--community", "0", "--format", "dot", "--quiet"])
        #expect(one.status == 0 && one.stdout.contains("/community=0") && !one.stdout.contains("Aggregated"))
        let none = try Executable.run(["map", "Networks/england", "--community", "999", "--quiet"])
        #expect(none.status == 64 && none.stderr.contains("no community 999"))
    }

    /// Separate processes (each with its own heap layout and hash seeds) give the same bytes.
    @Test(arguments: ["dot", "neato", "sfdp", "circo", "twopi"])
    func map_sameSeedInThreeProcesses_byteIdenticalSVG(engine: String) throws {
        let runs = try (0..<3).map { _ in try Executable.run(["map", Self.westYorkshire, "--kind", "silos", "--engine", engine, "--seed", "9", "--quiet"]) }
        #expect(runs[0].status == 0 && !runs[0].stdoutData.isEmpty)
        #expect(runs[1].stdoutData == runs[0].stdoutData && runs[2].stdoutData == runs[0].stdoutData)
    }

    @Test func map_formatDot_printsTheStyledDescription() throws {
        let r = try Executable.run(["map", Self.westYorkshire, "--kind", "grid", "--format", "dot", "--quiet"])
        let text = r.stdout
        #expect(r.status == 0 && text.hasPrefix("graph \"west-yorkshire power-interest grid\" {"))
        #expect(text.contains("Manage closely (key players)"))
    }

    @Test func map_focus_drawsOnlyTheEgoNetwork() throws {
        let r = try Executable.run(["map", Self.westYorkshire, "--focus", "leeds-cc", "--depth", "1", "--format", "dot", "--quiet"])
        #expect(r.status == 0, "\(r.stderr)")
        let text = r.stdout
        #expect(text.contains("Leeds City\\nCouncil") && text.contains("/ego=leeds-cc/depth=1"))
        let unknown = try Executable.run(["map", Self.westYorkshire, "--focus", "nobody", "--quiet"])
        #expect(unknown.status == 64 && unknown.stderr.contains("no agency with id 'nobody'"))
    }

    /// 600 agencies and 3,000 random ties: dot needs minutes to lay them out.
    static func denseNetwork() throws -> URL {
        var agencies = "id,name,sector,type\n", ties = "source,target,type\n"
        var state: UInt64 = 7
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % 600)
        }
        for i in 0..<600 { agencies += "g\(i),Agency \(i),public,council\n" }
        for _ in 0..<3000 {
            let (u, v) = (next(), next())
            if u != v { ties += "g\(u),g\(v),partnership\n" }
        }
        return try Fixtures.makeNetwork(["agencies.csv": agencies, "relationships.csv": ties], label: "dense")
    }

    @Test func map_layoutPastTimeout_stopsWithAClearMessage() throws {
        let dir = try Self.denseNetwork()
        let start = Date()
        let r = try Executable.run(["map", dir.path, "--full", "--engine", "dot", "--timeout", "1", "--quiet"])  // --full: 600 agencies would otherwise be drawn as communities
        #expect(r.status == 75)
        #expect(r.stderr.contains("did not finish within 1 s") && r.stderr.contains("sfdp"))
        #expect(Date().timeIntervalSince(start) < 30)
    }

    /// The layout runs in a helper process: killing the program (either signal) must not leave
    /// it running on, orphaned.
    @Test(arguments: ["KILL", "TERM"])
    func map_programKilledDuringLayout_layoutHelperDiesWithIt(signal: String) throws {
        let dir = try Self.denseNetwork()
        let r = try Executable.runShell("""
            "$PARTNERSCOPE" map '\(dir.path)' --full --engine dot --timeout 600 --quiet --out /dev/null &
            parent=$!
            for i in $(seq 300); do helper=$(pgrep -P $parent); [ -n "$helper" ] && break; sleep 0.1; done
            [ -n "$helper" ] || { echo "no layout helper started"; kill -9 $parent; exit 2; }
            sleep 0.5
            kill -\(signal) $parent
            wait $parent
            for i in $(seq 50); do
              state=$(ps -o stat= -p $helper | cut -c1)
              [ -z "$state" ] || [ "$state" = Z ] && { echo gone; exit 0; }
              sleep 0.1
            done
            kill -9 $helper; echo "orphaned helper $helper"; exit 1
            """)
        #expect(r.status == 0 && r.stdout == "gone\n", "\(r.stdout) \(r.stderr)")
    }

    /// The name table grows on demand: no up-front reservation that an address-space limit
    /// (as on shared hosts and in CI containers) would refuse.
    @Test(arguments: ["map", "report"])
    func mapAndReport_underAnAddressSpaceLimit_drawEveryMap(command: String) throws {
        let dir = try Fixtures.temporaryDirectory("ulimit")
        let out = dir.appendingPathComponent(command == "map" ? "map.svg" : "report").path
        let r = try Executable.runShell(
            "ulimit -v 4000000; exec \"$PARTNERSCOPE\" \(command) \(Self.westYorkshire) \(command == "map" ? "--out" : "--out-dir") '\(out)' --quiet")
        #expect(r.status == 0 && r.stderr.isEmpty, "\(r.stderr)")
        let svg = command == "map" ? out : out + "/maps/network.svg"
        #expect(SVGDocument.parse(try [UInt8](Data(contentsOf: URL(fileURLWithPath: svg)))) != nil)
    }

    @Test(arguments: ["png", "pdf"])
    func map_binaryFormats_writeTheirMagicBytes(format: String) throws {
        let dir = try Fixtures.temporaryDirectory("map-bin")
        let out = dir.appendingPathComponent("map.\(format)").path
        let r = try Executable.run(["map", Self.westYorkshire, "--kind", "grid", "--format", format, "--out", out, "--quiet"])
        #expect(r.status == 0, "\(r.stderr)")
        let head = try [UInt8](Data(contentsOf: URL(fileURLWithPath: out)).prefix(4))
        #expect(head == (format == "png" ? [0x89, 0x50, 0x4E, 0x47] : Array("%PDF".utf8)))
    }

    /// Names with quotes, backslashes, markup, entities, a newline and non-ASCII text, as a CSV
    /// would carry them, reach the SVG as text: well-formed XML, no injected element.
    @Test(arguments: ["network", "grid", "gaps", "silos"])
    func map_hostileNames_svgIsWellFormedAndShowsThem(kind: String) throws {
        let agencies = """
        id,name,sector,type,power,interest
        q,"Quote "" and 'apos'",public,police,5,5
        s,<script>alert(1)</script>,voluntary,voluntary-org,2,4
        b,Back\\slash \\N \\G,private,business,1,1
        e,A & B &amp; C,community,community-org,3,2
        n,"Line one
        line two",public,icb,4,1
        u,Zürich – Łódź ☃ 東京 ]]> <!-- x -->,public,fire,2,2

        """
        let ties = "source,target,type\nq,s,funding\ns,b,conflict\nb,e,informal\ne,n,partnership\nn,u,accountability\n"
        let dir = try Fixtures.makeNetwork(["agencies.csv": agencies, "relationships.csv": ties], label: "hostile")
        let r = try Executable.run(["map", dir.path, "--kind", kind, "--quiet"])
        #expect(r.status == 0, "\(r.stderr)")
        let doc = try #require(SVGDocument.parse([UInt8](r.stdoutData)), "not well-formed XML")
        #expect(!doc.elements.contains("script"))
        // Labels wrap at 16 characters and the grid cuts names at 24 (the tooltip keeps them whole):
        // compare with line breaks read as spaces, and the cut names by their first 20 characters.
        let flat = doc.texts.joined(separator: " ")
        for text in ["Quote \" and 'apos'", "<script>alert(1)</scr", "Back\\slash \\N \\G", "A & B &amp; C",
                     "Line one", "line two"] {
            #expect(flat.contains(text), "\(kind): \(text)")
        }
        #expect(flat.contains("Zürich – Łódź ☃"))
    }

    @Test func map_unknownEngine_isAUsageError() throws {
        let r = try Executable.run(["map", Self.westYorkshire, "--engine", "bogus"])
        #expect(r.status == 64 && r.stderr.contains("'bogus'") && r.stderr.contains("sfdp"))
        #expect(try Executable.run(["map", Self.westYorkshire, "--kind", "gaps", "--tolerance", "nan"]).status == 64)
    }

    @Test func influence_csv_hasEveryAgencyAndTheSalienceColumns() throws {
        let r = try Executable.run(["influence", Self.westYorkshire, "--format", "csv", "--quiet", "--as-at", "all"])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.first == "id,name,sector,power,budget_m,statutory,interest,influence,quadrant,has_power,power_from,has_legitimacy,legitimacy_from,has_urgency,salience,as_at")
        #expect(lines.count - 1 == (try ids()).count)
        let json = try Executable.run(["influence", Self.westYorkshire, "--format", "json", "--quiet"])
        #expect(json.stdout.contains("\"high_rating\": 4"))
    }
}
