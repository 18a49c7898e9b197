import Foundation
import PartnerscopeIO
import TestSupport
import Testing

/// The ranked dot plots of the comparison pages: escaped, accessible, ranked, deterministic.
@Suite struct DotPlotTests {
    static let hostile = "<script>alert(\"x\")</script> & 'co' ]]> \u{1}"

    static func plot(_ layout: DotPlot.Layout, selected: Int? = 1) -> DotPlot {
        let points = [
            DotPlot.Point(label: "Alpha", value: 3, href: "areas/a.html"),
            DotPlot.Point(label: hostile, value: 2, href: "areas/\"><script>.html"),
            DotPlot.Point(label: "Gamma", value: 5, href: "areas/g.html"),
            DotPlot.Point(label: "Delta", value: 1, href: nil),
            DotPlot.Point(label: "Epsilon", value: 4),
            DotPlot.Point(label: "Zeta", value: 40, outlier: true),
            DotPlot.Point(label: "Eta", value: nil),
        ]
        return DotPlot(id: "people \"in\" <gaps>", title: "people in gaps <per> 1,000", points: points, selected: selected,
                       layout: layout, format: { NumberFormat.fixed($0, 1) })
    }

    @Test(arguments: [DotPlot.Layout.strip, .named])
    func hostileNames_areEscaped_andTheSVGIsWellFormed(layout: DotPlot.Layout) throws {
        let svg = Self.plot(layout).svg()
        #expect(!svg.contains("<script>"))
        #expect(!svg.contains("\u{1}"))
        let document = try #require(SVGDocument.parse(Array(svg.utf8)), "not well-formed XML:\n\(svg)")
        // The name comes back whole from the dot's tooltip (XML decoding undoes the escaping),
        // the control character replaced by U+FFFD.
        let expected = Self.hostile.replacingOccurrences(of: "\u{1}", with: "\u{FFFD}")
        #expect(document.titles.contains { $0.hasPrefix(expected + ": 2.0, rank 5 of 6") })
        #expect(document.titles.first == "people in gaps <per> 1,000")
    }

    @Test func titleAndDescription_areReferencedForScreenReaders_withMedianQuartilesAndRank() throws {
        let svg = Self.plot(.strip).svg()
        #expect(svg.contains("role=\"img\""))
        // `people "in" <gaps>`: each of `"`, space, `<`, `>` becomes `-`.
        #expect(svg.contains("aria-labelledby=\"dp-people--in---gaps--t dp-people--in---gaps--d\""))
        #expect(svg.contains("<title id=\"dp-people--in---gaps--t\">"))
        let document = try #require(SVGDocument.parse(Array(svg.utf8)))
        _ = document
        // Values 40, 5, 4, 3, 2, 1: median 3.5; quartiles (type 7) 2.25 and 4.75.
        #expect(svg.contains("median 3.5, quartiles 2.3 to 4.8"))  // formatted to one decimal
        #expect(svg.contains("across 6 rows (1 without a value)"))
        #expect(svg.contains("highest Zeta (40.0), lowest Delta (1.0)"))
        #expect(svg.contains("rank 5 of 6."))
        #expect(svg.contains("Outliers: Zeta."))
    }

    @Test func dots_rankedHighestFirst_linkedWhereALinkIsGiven() throws {
        let svg = Self.plot(.named, selected: nil).svg()
        let document = try #require(SVGDocument.parse(Array(svg.utf8)))
        let dots = document.titles.filter { $0.contains(", rank ") }
        #expect(dots.map { String($0.prefix { $0 != ":" }) }.prefix(4) == ["Zeta", "Gamma", "Epsilon", "Alpha"])
        #expect(svg.contains("<a href=\"areas/g.html\">"))
        #expect(svg.contains("<a href=\"areas/&quot;&gt;&lt;script&gt;.html\">"))
        #expect(svg.components(separatedBy: "<a href=").count - 1 == 3)  // Delta, Epsilon and Zeta have no link, Eta no value
    }

    @Test func sameInput_sameBytes() {
        #expect(Self.plot(.strip).svg() == Self.plot(.strip).svg())
        #expect(Self.plot(.named).svg() == Self.plot(.named).svg())
    }

    @Test func noValueAnywhere_drawsAnEmptyFrameThatSaysSo() throws {
        let plot = DotPlot(id: "x", title: "spend", points: [.init(label: "A", value: nil)], format: { "\($0)" })
        let svg = plot.svg()
        #expect(svg.contains("no row has a value"))
        #expect(SVGDocument.parse(Array(svg.utf8)) != nil)
    }
}
