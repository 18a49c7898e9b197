import Foundation
import PartnerscopeCore
import PartnerscopeIO
import TestSupport
import Testing

/// The report page's explorer data and the hooks that join it to the tables. The interactions
/// themselves are driven in headless Chromium by scripts/check_report_browser.py (scripts/test.sh).
@Suite struct ReportExplorerTests {
    static func hostile() throws -> NetworkAnalysis {
        let network = try NetworkLoader().load(directory: Fixtures.url("hostile-names").path).network
        return NetworkAnalysis(network: network, requirements: RequirementsLoader().builtIn().requirements)
    }

    /// The text of the page's data block, between its tags.
    static func dataBlock(_ html: String) throws -> String {
        let open = "<script type=\"application/json\" id=\"explorer-data\">"
        let start = try #require(html.range(of: open))
        let end = try #require(html[start.upperBound...].range(of: "</script>"))
        return String(html[start.upperBound..<end.lowerBound])
    }

    @Test func dataBlock_hostileNames_cannotEndTheBlock_andParsesBackToTheNetwork() throws {
        let analysis = try Self.hostile()
        let text = try Self.dataBlock(AnalystReport(analysis: analysis).html())
        // `</script>` and `<!--` in names are written with \u003c, so the block ends only at its own tag.
        #expect(!text.contains("<") && !text.contains(">"))
        // Read back by Foundation's own JSON parser: the same ids, names, sectors and types, in index order.
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let agencies = try #require(object["agencies"] as? [[String: Any]])
        #expect(agencies.count == analysis.network.agencyCount)
        for (i, a) in analysis.network.agencies.enumerated() {
            #expect(agencies[i]["id"] as? String == a.id.rawValue)
            #expect(agencies[i]["name"] as? String == a.name)
            #expect(agencies[i]["sector"] as? String == a.sector.rawValue)
            #expect(agencies[i]["type"] as? String == a.type)
        }
        #expect(agencies[0]["name"] as? String == "<script>console.error('xss-name')</script> Council")
    }

    @Test func dataBlock_agencyWithoutTies_saysSo_andHasNoTieTypes() throws {
        let analysis = try Self.hostile()
        let data = ReportExplorer.data(analysis)
        guard case let .object(fields) = data, case let .array(agencies)? = fields.first(where: { $0.0 == "agencies" })?.1 else {
            Issue.record("no agencies array"); return
        }
        let lonely = try #require(analysis.network.index(of: AgencyID("lonely")))
        let text = agencies[lonely].rendered(indent: nil)
        #expect(text.contains("\"ties\":[]"))
        #expect(text.contains("No tie to any other agency."))
        // The funder of the one funding tie lists it among its tie types, as the tie filter reads them.
        let council = try #require(analysis.network.index(of: AgencyID("council&co")))
        #expect(agencies[council].rendered(indent: nil).contains("\"ties\":[\"funding\",\"partnership\",\"scrutiny\"]"))
    }

    /// Each row's `data-agencies` names the agencies whose ids the row's own id columns hold.
    @Test func tables_rowAgencies_areTheAgenciesInTheRowsIdColumns() throws {
        let analysis = try Self.hostile()
        let report = AnalystReport(analysis: analysis)
        let idColumns = ["centrality": ["id"], "brokers": ["id"], "gaps": ["agency_a", "agency_b"],
                         "missing-by-agency": ["agency"], "missing": ["agency", "candidate"]]
        var checked = 0
        for table in report.tables {
            guard let columns = idColumns[table.id] else { continue }
            #expect(table.rowAgencies.count == table.rows.count, "\(table.id)")
            let positions = columns.map { name in table.columns.firstIndex { $0.name == name }! }
            for (row, agencies) in zip(table.rows, table.rowAgencies) {
                let ids = positions.map { row[$0].csv }.filter { !$0.isEmpty }
                #expect(agencies.map { analysis.network.agencies[$0].id.rawValue } == ids, "\(table.id)")
                checked += 1
            }
        }
        #expect(checked > 10)
        // Communities: their members; silos: every agency of the sector or type.
        let communities = try #require(report.tables.first { $0.id == "communities" })
        #expect(communities.rowAgencies.map { $0.sorted() } == analysis.silos.communities.map { $0.members.sorted() })
        let silos = try #require(report.tables.first { $0.id == "silos" })
        for (row, agencies) in zip(silos.rows, silos.rowAgencies) {
            let byType = row[0].csv == "type"
            #expect(agencies == analysis.network.agencies.indices.filter {
                (byType ? analysis.network.agencies[$0].type : analysis.network.agencies[$0].sector.rawValue) == row[1].csv
            })
        }
    }

    @Test func html_rowsCarryTheirAgencies() throws {
        let report = AnalystReport(analysis: try Self.hostile())
        let html = report.html()
        let centrality = report.tables[0]
        let first = centrality.rowAgencies[0].map(String.init).joined(separator: " ")
        #expect(html.contains("<tr data-agencies=\"\(first)\"><td>\(Markup.html(centrality.rows[0][0].display))</td>"))
    }
}
