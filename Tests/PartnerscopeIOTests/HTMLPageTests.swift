import Foundation
import PartnerscopeCore
import PartnerscopeIO
import TestSupport
import Testing

/// Every page Partnerscope writes goes through ``HTMLPage`` and ``HTML``: one head with the
/// Content-Security-Policy, one stylesheet, one script, and every text from a file escaped.
@Suite struct HTMLPageTests {
    /// A name that would open a script, close an attribute and carry control characters if it
    /// were not escaped.
    static let hostile = "Evil </script><script>alert('x')</script> \"quoted\" a\u{1}b\u{7}c\u{1B}[31m d\te\nf\rg"

    static let hostileEscaped = "Evil &lt;/script&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &quot;quoted&quot; a\u{FFFD}b\u{FFFD}c\u{FFFD}[31m d&#9;e&#10;f&#13;g"

    @Test func interpolatedText_isEscaped_markupAndLiteralsAreNot() {
        let cell: HTML = "<td title=\"\(Self.hostile)\">\(Self.hostile)</td>"
        #expect(cell.description == "<td title=\"\(Self.hostileEscaped)\">\(Self.hostileEscaped)</td>")
        let inner: HTML = "<b>\("a & b")</b>"
        let outer: HTML = "<p>\(inner) \(3)</p>"
        #expect(outer.description == "<p><b>a &amp; b</b> 3</p>")
        #expect(HTML(text: "<x>").description == "&lt;x&gt;")
        #expect(HTML(joining: ["<i>\("<")</i>", "<i>\(">")</i>"], separator: ", ").description == "<i>&lt;</i>, <i>&gt;</i>")
    }

    @Test func trustedSVG_isInsertedAsIs() {
        let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>A &amp; B</text></svg>"
        let figure: HTML = "<figure>\(HTML.trustedSVG(svg))</figure>"
        #expect(figure.description == "<figure>\(svg)</figure>")
    }

    /// Every page, each with the hostile name in every text a file can give it.
    static func pages() throws -> [(String, String)] {
        var pages: [(String, String)] = []
        // The analyst report, on the fixture of hostile agency names, named hostilely itself.
        var network = try NetworkLoader().load(directory: Fixtures.url("hostile-names").path).network
        network.name = hostile
        let requirements = RequirementsLoader().builtIn().requirements
        let report = AnalystReport(analysis: NetworkAnalysis(network: network, requirements: requirements),
                                   maps: [.init(id: "m", title: hostile, caption: hostile, svg: "<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>", png: nil)],
                                   mapsNote: hostile)
        pages.append(("report index.html", report.html()))
        // The comparison page and one page per area.
        let rows = [ComparisonRow(key: hostile, label: hostile, network: network, requirements: requirements),
                    ComparisonRow(key: "b", label: hostile + " two", network: network, requirements: requirements)]
        let context = ComparisonReport.Context(title: hostile, description: hostile,
                                               failures: [.init(key: hostile, label: hostile, message: hostile)])
        for (path, data) in ComparisonReport.files(ComparisonTable(rows: rows), context: context, maps: [hostile: "<svg/>"])
        where path.hasSuffix(".html") {
            pages.append(("comparison \(path)", String(decoding: data, as: UTF8.self)))
        }
        // The trend page.
        let runs = [RunTrend.Run(label: hostile, network: hostile, split: hostile,
                                 groups: [.init(key: hostile, name: hostile, kind: "icb", value: 1)]),
                    RunTrend.Run(label: hostile + "2", network: hostile, split: hostile,
                                 groups: [.init(key: hostile, name: hostile, kind: "icb", value: 2)])]
        pages.append(("trend", TrendReport.html(RunTrend(metric: hostile, by: hostile, runs: runs), source: hostile)))
        // The board-theme page.
        var boards = try NetworkLoader().load(directory: Fixtures.url("boards-fixture").path)
        boards.network.name = hostile
        pages.append(("board theme", BoardThemeComparison(network: boards.network, boards: boards.boards, theme: "community-safety",
                                                          requirements: requirements).html()))
        // The diff page.
        pages.append(("diff", DiffReport.mapsPage(a: hostile, b: hostile)))
        return pages
    }

    @Test func everyPage_hasTheOnePolicyStylesheetAndScript() throws {
        let pages = try Self.pages()
        // The report, the comparison's index, two area pages and its maps page, trend, board theme, diff.
        #expect(pages.count == 8)
        for (name, page) in pages {
            #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n"), "\(name)")
            #expect(page.components(separatedBy: "<meta http-equiv=\"Content-Security-Policy\" content=\"\(HTMLPage.contentSecurityPolicy)\">").count == 2, "\(name)")
            #expect(page.components(separatedBy: "<style>").count == 2, "\(name)")
            // The page's one script, and on the analyst report the explorer's data block.
            #expect(page.components(separatedBy: "<script").count == (page.contains("id=\"explorer-data\"") ? 3 : 2), "\(name)")
            #expect(page.hasSuffix("</script>\n</body>\n</html>\n"), "\(name)")
        }
    }

    @Test func everyPage_hostileNames_appearOnlyEscaped() throws {
        for (name, page) in try Self.pages() {
            #expect(!page.contains("alert('x')"), "\(name)")
            #expect(!page.contains("\"quoted\""), "\(name)")
            #expect(page.contains("Evil &lt;/script&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &quot;quoted&quot;"), "\(name)")
            // Control characters from the files never reach a page; tab, line feed and carriage
            // return only as the page's own line breaks, never inside a name.
            #expect(page.unicodeScalars.allSatisfy { Markup.isXMLCharacter($0) && $0 != "\r" && $0 != "\t" }, "\(name)")
            #expect(!page.contains("d\te") && !page.contains("e\nf"), "\(name)")
        }
    }
}
