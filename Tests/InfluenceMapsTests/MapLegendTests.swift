import Foundation
import GraphvizRender
import InfluenceMaps
import PartnerscopeCore
import Testing

/// One visual language: every relationship type drawn in its own colour-blind-safe style, the
/// same marks on every map, legends in plain words.
@Suite struct MapLegendTests {
    /// Okabe & Ito (2008), "Color Universal Design", the eight colours; plus two neutral greys.
    static let okabeIto: Set<String> = ["#000000", "#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7"]
    static let greys: Set<String> = ["#777777", "#999999"]

    @Test func tieStyles_everyType_hasItsOwnColourFromThePalette() {
        let styles = RelationshipType.allCases.map(MapStyle.tieStyle)
        #expect(Set(styles.map(\.colour)).count == RelationshipType.allCases.count)
        for s in styles { #expect(Self.okabeIto.union(Self.greys).contains(s.colour), "\(s.words): \(s.colour)") }
        // The two greys differ by line style as well as lightness.
        #expect(MapStyle.tieStyle(.partnership).line != MapStyle.tieStyle(.informal).line)
    }

    @Test func tieStyles_colourAndLineStyle_separateEveryPairOfTypes() {
        // Hues close under deuteranopia (sky blue and blue; orange and vermillion) must also
        // differ in line style, weight or arrowhead.
        let close: [(RelationshipType, RelationshipType)] = [(.protocol, .funding), (.scrutiny, .conflict), (.partnership, .informal)]
        for (a, b) in close {
            let (x, y) = (MapStyle.tieStyle(a), MapStyle.tieStyle(b))
            #expect(x.line != y.line || x.heavy != y.heavy || x.oneWay != y.oneWay, "\(a) and \(b)")
        }
    }

    @Test func silosMap_bridgeAndConflict_areNoLongerBothRed() {
        let network = MapFixtures.network()
        // The conflict icb–firm (2–4) made a bridge: it keeps the conflict colour, doubled.
        let d = SilosMap(network: network, membership: [0, 0, 1, 0, 1, -1], bridges: [(2, 4), (3, 5)]).description()
        let conflict = d.edges.first { $0.tail == "a2" && $0.head == "a4" }!
        #expect(conflict.attributes["color"] == "#D55E00:#ffffff:#D55E00")
        let informalBridge = d.edges.first { $0.tail == "a3" && $0.head == "a5" }!
        #expect(informalBridge.attributes["color"] == "#999999:#ffffff:#999999")
        // Ties that are not bridges are drawn exactly as on the influence map.
        let plain = NetworkMap(network: network, influence: MapFixtures.influence, influenceName: "x").description()
        for e in d.edges where !(e.tail == "a2" && e.head == "a4") && !(e.tail == "a3" && e.head == "a5") {
            let same = plain.edges.first { $0.tail == e.tail && $0.head == e.head }!
            var drawn = e.attributes
            drawn["len"] = nil  // the silos map's only addition: short ties inside a community
            #expect(drawn == same.attributes, "\(e.tail)->\(e.head)")
        }
    }

    /// The text of every map's legend, from its DOT description.
    static func legends() -> [String: String] {
        let network = MapFixtures.network()
        func label(_ g: GraphDescription) -> String {
            // Entries wrap with <BR/>: read them as running text.
            if case let .html(h)? = g.graphAttributes["label"] { return h.replacingOccurrences(of: "<BR/>", with: " ") }
            return ""
        }
        return [
            "network": label(NetworkMap(network: network, influence: MapFixtures.influence, influenceName: MapLegend.pageRankSize).description()),
            "grid": label(PowerInterestMap(network: network, influence: MapFixtures.influence, influenceName: MapLegend.pageRankSize).description()),
            "gaps": label(GapsMap(network: network, gaps: MapFixtures.gaps()).description()),
            "silos": label(SilosMap(network: network, membership: [0, 0, 1, 0, 1, -1], brokers: [2], articulationPoints: [0],
                                    bridges: [(3, 5)]).description()),
        ]
    }

    @Test func legends_everyMap_plainWordsOnly() {
        for (kind, html) in Self.legends() {
            for jargon in ["doubleoctagon", "ellipse", "∝", "PageRank (directed", "damping", "node area", "articulation"] {
                #expect(!html.contains(jargon), "\(kind) legend says '\(jargon)'")
            }
        }
        let legends = Self.legends()
        #expect(legends["network"]!.contains("Bigger shape: more influence"))
        #expect(legends["silos"]!.contains("single point of failure"))
    }

    @Test func legends_sameMarkOnTwoMaps_sameWordsAndSample() {
        // The shape and the tie lines read the same on the influence and the silos map.
        let legends = Self.legends()
        for words in ["Shape shows reach", "conflict or dispute", "informal contact", "partnership"] {
            #expect(legends["network"]!.contains(words) && legends["silos"]!.contains(words), "\(words)")
        }
        #expect(legends["network"]!.contains("public sector") && legends["grid"]!.contains("public sector"))
    }

    @Test func legendTable_manyEntries_runsInColumnsAcrossThePage() {
        let entries = (0..<12).map { MapLegend.Entry(.none, "entry \($0)") }
        guard case let .html(h) = MapLegend.table(title: "t", entries: entries) else { Issue.record("not HTML"); return }
        // 12 one-line entries in 3 columns of 4, under a title across all three.
        #expect(h.contains("COLSPAN=\"3\""))
        let columns = h.components(separatedBy: "<TD VALIGN=\"TOP\">").dropFirst()
        #expect(columns.map { $0.components(separatedBy: "<TR>").count - 1 } == [4, 4, 4])
    }

    @Test func keySheet_rendered_showsEveryTieTypeAndEveryShapeInWords() throws {
        let svg = String(decoding: try GraphvizRenderer.render(MapLegend.sheet(), engine: .neato, format: .svg).bytes, as: UTF8.self)
        // The words of every <text>, lines joined by spaces (the sheet wraps its words).
        let text = svg.matches(of: /<text[^>]*>([^<]*)</).map { String($0.1) }.joined(separator: " ")
        for type in RelationshipType.allCases {
            // Words may wrap: compare the first two words.
            let start = MapStyle.tieStyle(type).words.split(separator: " ").prefix(2).joined(separator: " ")
            #expect(text.contains(start), "\(type)")
        }
        for words in ["double octagon", "hexagon", "triangle", "single point of failure", "people on the wrong side"] {
            #expect(text.contains(words), "\(words)")
        }
        #expect(!text.contains("doubleoctagon"))
    }
}
