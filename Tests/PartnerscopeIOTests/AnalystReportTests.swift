import Foundation
import PartnerscopeCore
import PartnerscopeIO
import TestSupport
import Testing

@Suite struct AnalystReportTests {
    static func hostile() throws -> NetworkAnalysis {
        let network = try NetworkLoader().load(directory: Fixtures.url("hostile-names").path).network
        return NetworkAnalysis(network: network, requirements: RequirementsLoader().builtIn().requirements)
    }

    @Test func html_hostileNames_appearOnlyEscaped() throws {
        let analysis = try Self.hostile()
        let html = AnalystReport(analysis: analysis).html()
        // Our script elements are the only ones (the explorer's data block and the page's script);
        // no name opened a tag of its own, nor closed the data block early.
        #expect(html.components(separatedBy: "<script").count == 3)
        #expect(html.components(separatedBy: "</script>").count == 3)
        #expect(html.components(separatedBy: "<script type=\"application/json\" id=\"explorer-data\">").count == 2)
        #expect(!html.contains("<img"))
        #expect(!html.contains("</td></tr></table> Agency"))
        #expect(html.contains("&lt;script&gt;console.error(&#39;xss-name&#39;)&lt;/script&gt; Council"))
        #expect(html.contains("Lonely &lt;/td&gt;&lt;/tr&gt;&lt;/table&gt; Agency"))
        // Control characters from the CSV never reach the page.
        #expect(html.unicodeScalars.allSatisfy { Markup.isXMLCharacter($0) })
    }

    @Test func html_selfContained_loadsNothingFromOutside() throws {
        let html = AnalystReport(analysis: try Self.hostile()).html()
        for pattern in ["<link", "src=\"http", "src='http", "@import", "url(http", "<iframe", "<object"] {
            #expect(!html.contains(pattern), "\(pattern)")
        }
        #expect(html.contains("Content-Security-Policy"))
    }

    @Test func tables_csvAndHTML_haveTheSameRows() throws {
        let report = AnalystReport(analysis: try Self.hostile())
        let html = report.html()
        #expect(report.tables.map(\.id) == ["centrality", "communities", "silos", "brokers", "tensions", "gaps", "missing", "missing-by-agency"])
        for table in report.tables {
            var records = 0
            let errors = CSVParser().parse(Array(table.csv().utf8)) { _ in records += 1 }
            #expect(errors.isEmpty && records == table.rows.count + 1, "\(table.id)")
            // Rows of this table on the page: between its <tbody> and </tbody>.
            let start = try #require(html.range(of: "id=\"\(table.id)\">"))
            let body = html[start.upperBound...]
            let end = try #require(body.range(of: "</tbody>"))
            #expect(body[..<end.lowerBound].components(separatedBy: "<tr").count - 2 == table.rows.count, "\(table.id)")
        }
        #expect(report.tables[0].rows.count == 5)  // every agency
    }

    @Test func centralityTable_sortedByBetweennessThenId() throws {
        let analysis = try Self.hostile()
        let table = AnalystReport(analysis: analysis).tables[0]
        let betweenness = try #require(analysis.centrality[.betweenness])
        let order = table.rows.map { row in analysis.network.index(of: AgencyID(row[0].csv))! }
        for (x, y) in zip(order, order.dropFirst()) {
            #expect(betweenness[x] > betweenness[y]
                    || (betweenness[x] == betweenness[y] && analysis.network.agencies[x].id < analysis.network.agencies[y].id))
        }
        // Undirected, unweighted view: in/out degree and strength would only repeat the degree.
        #expect(!table.columns.contains { ["in_degree", "out_degree", "strength"].contains($0.name) })
    }

    @Test func report_emptyNetwork_writesEveryFileWithoutNaN() throws {
        let analysis = NetworkAnalysis(network: Network(name: "empty", agencies: [], relationships: []),
                                       requirements: RequirementsLoader().builtIn().requirements)
        let report = AnalystReport(analysis: analysis, mapsNote: "no agencies")
        let files = report.files()
        #expect(files.map(\.path) == ["brokers.csv", "centrality.csv", "communities.csv", "gaps.csv", "index.html",
                                      "metrics.json", "missing-by-agency.csv", "missing.csv", "network-node-link.json", "network.gexf",
                                      "network.graphml", "silos.csv", "tensions.csv"])
        for f in files {
            let text = String(decoding: f.bytes, as: UTF8.self)
            #expect(!text.contains("NaN") && !text.contains("nan,") && !text.contains("inf"), "\(f.path)")
        }
        #expect(try JSONSerialization.jsonObject(with: Data(files.first { $0.path == "metrics.json" }!.bytes)) is [String: Any])
    }

    @Test func write_replacesTheFolder_atomically() throws {
        let dir = try Fixtures.temporaryDirectory("report").appendingPathComponent("out")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try Data("stale".utf8).write(to: dir.appendingPathComponent("stale.csv"))  // an earlier report's
        try Data().write(to: dir.appendingPathComponent(AtomicWriter.outputMarker))
        let report = AnalystReport(analysis: try Self.hostile(), maps: [
            .init(id: "m", title: "T", caption: "C", svg: "<?xml version=\"1.0\"?>\n<!DOCTYPE svg>\n<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>\n", png: [1, 2, 3]),
        ])
        try report.write(to: dir.path)
        let listed = try FileManager.default.subpathsOfDirectory(atPath: dir.path).sorted()
        #expect(!listed.contains("stale.csv"))
        #expect(Set(listed) == Set(report.files().map(\.path) + ["maps", AtomicWriter.outputMarker]))
        #expect(try Data(contentsOf: dir.appendingPathComponent("maps/m.png")) == Data([1, 2, 3]))
        // Inline: the SVG element only, without the XML declaration or DOCTYPE.
        let html = report.html()
        #expect(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>"))
        #expect(!html.contains("<?xml") && !html.contains("<!DOCTYPE svg"))
        // Two maps never share an element id on the page.
        let svg = "<svg><g id=\"graph0\"><a xlink:href=\"#node1\"><path fill=\"url(#l_1)\"/></a></g></svg>"
        #expect(AnalystReport.inlineSVG(svg, prefix: "map-a-")
                == "<svg><g id=\"map-a-graph0\"><a xlink:href=\"#map-a-node1\"><path fill=\"url(#map-a-l_1)\"/></a></g></svg>")
        // No temporary folder is left beside it.
        let siblings = try FileManager.default.contentsOfDirectory(atPath: dir.deletingLastPathComponent().path)
        #expect(siblings == ["out"])
    }
}
