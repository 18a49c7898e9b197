import Foundation
import GraphvizRender
import InfluenceMaps
import PartnerscopeCore
import Testing
import TestSupport

@Suite struct InfluenceMapsTests {
    let network = MapFixtures.network()

    func networkMap(_ clustering: MapClustering? = nil) -> NetworkMap {
        NetworkMap(network: network, influence: MapFixtures.influence, influenceName: "PageRank", clustering: clustering)
    }

    func silosMap() -> SilosMap {
        SilosMap(network: network, membership: [0, 0, 1, 0, 1, -1], brokers: [2], articulationPoints: [0, 3],
                 bridges: [(5, 3)])
    }

    // MARK: Golden DOT

    @Test func networkMap_fixture_matchesGoldenDOT() throws {
        try MapFixtures.expectGolden(DOTWriter.write(networkMap().description()), "network.dot")
    }

    @Test func networkMap_clusteredBySector_matchesGoldenDOT() throws {
        try MapFixtures.expectGolden(DOTWriter.write(networkMap(.sector).description()), "network-by-sector.dot")
    }

    @Test func gridMap_fixture_matchesGoldenDOT() throws {
        let map = PowerInterestMap(network: network, influence: MapFixtures.influence, influenceName: "PageRank", seed: 3)
        try MapFixtures.expectGolden(DOTWriter.write(map.description()), "grid.dot")
    }

    @Test func gapsMap_fixture_matchesGoldenDOT() throws {
        try MapFixtures.expectGolden(DOTWriter.write(GapsMap(network: network, gaps: MapFixtures.gaps()).description()), "gaps.dot")
    }

    @Test func silosMap_fixture_matchesGoldenDOT() throws {
        try MapFixtures.expectGolden(DOTWriter.write(silosMap().description()), "silos.dot")
    }

    // MARK: Rendered content

    func svg(_ d: GraphDescription, _ engine: LayoutEngine) throws -> SVGDocument {
        let bytes = try GraphvizRenderer.render(d, engine: engine, format: .svg, seed: 1).bytes
        return try #require(SVGDocument.parse(bytes))
    }

    func expectEveryAgency(_ doc: SVGDocument, grid: Bool = false, sourceLocation: SourceLocation = #_sourceLocation) {
        for i in network.agencies.indices {
            #expect(doc.titles.contains("a\(i)"), "node of \(network.agencies[i].id)", sourceLocation: sourceLocation)
            let name = network.agencies[i].name
            for line in (grid ? PowerInterestMap.displayName(name) : MapStyle.displayName(name)).split(separator: "\n") {
                #expect(doc.texts.contains(String(line)), "label \(line)", sourceLocation: sourceLocation)
            }
        }
    }

    @Test func networkMap_svg_hasEveryAgencyTheLegendAndStyledTies() throws {
        let map = networkMap(.community([0, 0, 1, 0, 1, 1]))
        let doc = try svg(map.description(), map.engine)
        expectEveryAgency(doc)
        #expect(doc.texts.contains("Influence map: fixture (6 agencies, 6 ties)"))
        #expect(doc.texts.contains("voluntary sector"))
        #expect(doc.texts.contains("conflict or dispute"))
        // Legend entries wrap: read the lines as one text.
        #expect(doc.texts.joined(separator: " ").contains("funding (arrow from funder to recipient)"))
        #expect(doc.texts.contains("community 1 (3)"))
        #expect(doc.titles.contains("a0&#45;&gt;a3") || doc.titles.contains("a0->a3"))
    }

    /// The hooks the report page's explorer finds agencies by (ReportExplorer in PartnerscopeIO):
    /// every agency's `<g>` has id `aN` and class `node agency aN`, every tie's `<g>` the classes
    /// `edge tie tie-TYPE` and its two ends, as Graphviz writes them into the SVG.
    @Test func maps_svg_markEachAgencysNodeAndTiesForThePage() throws {
        let map = networkMap()
        let text = String(decoding: try GraphvizRenderer.render(map.description(), engine: map.engine, format: .svg).bytes, as: UTF8.self)
        for i in network.agencies.indices {
            #expect(text.contains("<g id=\"a\(i)\" class=\"node agency a\(i)\">"), "agency \(i)")
        }
        // Graphviz writes `-` in attribute values as `&#45;`.
        let edges = text.matches(of: /<g id="edge\d+" class="edge tie tie&#45;([a-z]+)(?: negative)? a(\d+) a(\d+)">/)
            .map { (String($0.1), Int($0.2)!, Int($0.3)!) }
        let expected = network.relationships.map { ($0.type.rawValue, $0.source, $0.target) }
        #expect(edges.count == expected.count)
        for e in expected { #expect(edges.contains { $0 == e }, "\(e)") }
        let grid = PowerInterestMap(network: network, influence: MapFixtures.influence, influenceName: "PageRank")
        let gridText = String(decoding: try GraphvizRenderer.render(grid.description(), engine: PowerInterestMap.engine, format: .svg).bytes,
                              as: UTF8.self)
        // On the grid the name beside a marker answers to the same agency.
        #expect(gridText.contains("class=\"node agency&#45;name a0\""))
        let gaps = GapsMap(network: network, gaps: MapFixtures.gaps())
        let gapsText = String(decoding: try GraphvizRenderer.render(gaps.description(), engine: gaps.engine, format: .svg).bytes, as: UTF8.self)
        #expect(gapsText.contains("class=\"edge gap a0 a2\""))
    }

    @Test func gridMap_svg_hasEveryAgencyAndTheFourQuadrants() throws {
        let doc = try svg(PowerInterestMap(network: network, influence: MapFixtures.influence, influenceName: "PageRank").description(),
                          PowerInterestMap.engine)
        expectEveryAgency(doc, grid: true)
        for q in PowerInterestQuadrant.allCases { #expect(doc.texts.contains(PowerInterestMap.title(q))) }
        #expect(doc.texts.contains("Not rated (no power or interest in agencies.csv): 1 agency"))
        #expect(doc.texts.contains { $0.hasPrefix("Power–interest grid (Mendelow 1991)") })
    }

    @Test func gridMap_positions_followPowerAndInterest() throws {
        let d = PowerInterestMap(network: network, influence: MapFixtures.influence, influenceName: "PageRank").description()
        func pos(_ id: String) -> (Double, Double) {
            guard case let .string(p) = d.nodes.first(where: { $0.id == id })!.attributes["pos"]! else { return (0, 0) }
            let parts = p.dropLast().split(separator: ",").map { Double($0)! }
            return (parts[0], parts[1])
        }
        // council (5,5) is above and right of icb (power 4, interest 2); vcs and firm share (2,5).
        #expect(pos("a0").0 > pos("a2").0 && pos("a0").1 > pos("a2").1)
        #expect(pos("a3") != pos("a4"))
        #expect(abs(pos("a3").1 - pos("a4").1) < 60 && pos("a3").0 > pos("a2").0)
        // The unrated forum sits below the grid.
        #expect(pos("a5").1 < 0)
    }

    @Test func gapsMap_svg_labelsPopulationAndColoursPartners() throws {
        let map = GapsMap(network: network, gaps: MapFixtures.gaps())
        let d = map.description()
        #expect(d.edges.count == 2)
        // Labelled with the size of the split, min(shared, a only, b only): 400,000, not the 2,312,345
        // served by one body only; the second gap min(100, 50, 25) = 25.
        #expect(d.edges[0].attributes["label"] == "400,000")
        #expect(d.edges[0].attributes["color"] == .string(GapsMap.partnerColour))
        #expect(d.edges[1].attributes["color"] == .string(GapsMap.expectedColour))
        let doc = try svg(d, map.engine)
        expectEveryAgency(doc)
        #expect(doc.texts.contains("400,000") && doc.texts.contains("25"))
        #expect(doc.texts.joined(separator: " ").contains("boundaries cut across, between partners"))
    }

    @Test func silosMap_svg_highlightsBrokersAndArticulationPoints() throws {
        let d = silosMap().description()
        let node = { (id: String) in d.nodes.first { $0.id == id }!.attributes }
        #expect(node("a0")["peripheries"] == "2" && node("a3")["peripheries"] == "2")
        #expect(node("a2")["color"] == .string(SilosMap.brokerColour) && node("a2")["penwidth"] == "3.5")
        // neato (the default) draws no boxes, which it would put wherever members fell; dot does.
        #expect(d.clusters.isEmpty)
        #expect(SilosMap(network: network, membership: [0, 0, 1, 0, 1, -1], engine: .dot).description().clusters.count == 3)
        // The bridge vcs–forum (an informal tie) is a double line in the informal colour.
        #expect(d.edges.contains { $0.tail == "a3" && $0.head == "a5" && $0.attributes["color"] == "#999999:#ffffff:#999999" })
        let doc = try svg(d, silosMap().engine)
        expectEveryAgency(doc)
        #expect(doc.texts.contains("0 (3)") && doc.texts.contains("1 (2)"))  // the legend's communities
    }

    // MARK: Sizes and engines

    @Test func networkMap_nodeArea_isProportionalToInfluence() throws {
        let d = networkMap().description()
        func width(_ id: String) -> Double {
            guard case let .string(w) = d.nodes.first(where: { $0.id == id })!.attributes["width"]! else { return 0 }
            return Double(w)!
        }
        // areas ∝ width²: 0.4 : 0.1 → 4 : 1 (widths are printed to 4 decimals).
        #expect(abs(width("a0") * width("a0") / (width("a3") * width("a3")) - 4) < 0.01)
        #expect(width("a0") == MapStyle.maximumDiameter(agencies: 6))
    }

    @Test func defaultEngine_smallIsNeato_largeIsSfdp() {
        #expect(MapStyle.defaultEngine(agencies: 45, ties: 150) == .neato)
        #expect(MapStyle.defaultEngine(agencies: 1000, ties: 5000) == .sfdp)
        #expect(MapStyle.defaultEngine(agencies: 100, ties: 5000) == .sfdp)
        #expect(MapStyle.layoutAttributes(engine: .sfdp, agencies: 1000, seed: 1)["splines"] == "false")
        #expect(MapStyle.layoutAttributes(engine: .sfdp, agencies: 1000, seed: 1)["overlap"] == "prism")
    }

    // MARK: Determinism and hostile text

    @Test(arguments: ["network", "grid", "gaps", "silos"])
    func everyKind_renderedTwice_isByteIdentical(kind: String) throws {
        func render() throws -> [UInt8] {
            switch kind {
            case "network": return try GraphvizRenderer.render(networkMap().description(), engine: .sfdp, format: .svg, seed: 5).bytes
            case "grid":
                return try GraphvizRenderer.render(PowerInterestMap(network: network, influence: MapFixtures.influence,
                                                                    influenceName: "x", seed: 5).description(),
                                                   engine: PowerInterestMap.engine, format: .svg, seed: 5).bytes
            case "gaps": return try GraphvizRenderer.render(GapsMap(network: network, gaps: MapFixtures.gaps()).description(),
                                                            engine: .neato, format: .svg, seed: 5).bytes
            default: return try GraphvizRenderer.render(silosMap().description(), engine: .dot, format: .svg, seed: 5).bytes
            }
        }
        #expect(try render() == render())
    }

    @Test func networkMap_agencyRowOrder_doesNotChangeTheMap() {
        let shuffled = Network(name: "fixture", agencies: network.agencies.reversed(),
                               relationships: network.relationships.reversed().map {
                                   var r = $0
                                   r.source = 5 - r.source
                                   r.target = 5 - r.target
                                   return r
                               })
        let a = DOTWriter.write(networkMap().description())
        let b = DOTWriter.write(NetworkMap(network: shuffled, influence: MapFixtures.influence.reversed(), influenceName: "PageRank")
            .description())
        // Node ids are indices (also in the `id` and `class` hooks), so compare with ids renamed
        // through the agency id.
        func normalised(_ text: String, _ n: Network) -> String {
            var t = text
            for i in n.agencies.indices.reversed() {
                for (before, after) in [("\"", "\""), (" ", "\""), (" ", " ")] {
                    t = t.replacingOccurrences(of: "\(before)a\(i)\(after)", with: "\(before)\(n.agencies[i].id)\(after)")
                }
            }
            return t
        }
        #expect(normalised(a, network) == normalised(b, shuffled))
    }

    @Test func hostileNames_everyKind_svgIsWellFormedAndShowsNamesVerbatim() throws {
        let hostile = MapFixtures.network(names: MapFixtures.hostileNames)
        let descriptions: [(GraphDescription, LayoutEngine)] = [
            (NetworkMap(network: hostile, influence: MapFixtures.influence, influenceName: "<b>PR</b>", clustering: .type).description(), .dot),
            (PowerInterestMap(network: hostile, influence: MapFixtures.influence, influenceName: "&amp;").description(), .neato),
            (GapsMap(network: hostile, gaps: MapFixtures.gaps()).description(), .dot),
            (SilosMap(network: hostile, membership: [0, 0, 1, 0, 1, -1]).description(), .dot),
        ]
        for (d, engine) in descriptions {
            // Hostile text sits inside quoted DOT strings only: no line of the DOT text starts outside a statement.
            let dot = DOTWriter.write(d)
            #expect(dot.split(separator: "\n").allSatisfy { $0.hasPrefix("  ") || $0.hasPrefix("digraph \"") || $0.hasPrefix("graph \"") || $0 == "}" })
            let bytes = try GraphvizRenderer.render(d, engine: engine, format: .svg).bytes
            let doc = try #require(SVGDocument.parse(bytes), "\(d.name) is not well-formed")
            #expect(!doc.elements.contains("script"))
            for name in MapFixtures.hostileNames {
                let shown = d.name.hasSuffix("power-interest grid") ? PowerInterestMap.displayName(name) : MapStyle.displayName(name)
                for line in shown.split(separator: "\n") {
                    #expect(doc.allText.contains(String(line)), "\(d.name): \(line)")
                }
            }
        }
    }
}

/// Names far longer than any real one (a 200,000-character name gave PNGs of 32,767 × 5 px and
/// a Pango-CRITICAL warning): the label is shortened, the tooltip keeps the name, and every map
/// stays a usable picture.
@Suite struct LongNameMapTests {
    static let huge = String(repeating: "Very Long Partnership Name ", count: 7_500)  // 202,500 characters

    @Test func networkMap_hugeName_labelShortenedAndTooltipKeepsTheName() throws {
        let network = MapFixtures.network(names: [Self.huge, "b", "c", "d", "e", "f"])
        let g = NetworkMap(network: network, influence: MapFixtures.influence, influenceName: "PageRank").description()
        let node = try #require(g.nodes.first { $0.attributes["label"].map { "\($0)".contains("Very Long") } ?? false })
        guard case let .string(label)? = node.attributes["label"], case let .string(tooltip)? = node.attributes["tooltip"] else {
            Issue.record("no label or tooltip")
            return
        }
        #expect(label.count <= MapStyle.labelLimit + 8 && label.hasSuffix("…") && label.hasPrefix("Very Long"))
        #expect(tooltip.count == MapStyle.tooltipLimit && tooltip.hasPrefix("Very Long Partnership Name Very"))
        // Names within the limit get no tooltip (the label says it all), so other maps are unchanged.
        #expect(g.nodes.filter { $0.attributes["tooltip"] != nil }.count == 1)
    }

    @Test(arguments: [LayoutEngine.dot, .sfdp])
    func networkMap_hugeName_pngIsAUsablePicture(engine: LayoutEngine) throws {
        let network = MapFixtures.network(names: [Self.huge, "b", "c", "d", "e", "f"])
        let g = NetworkMap(network: network, influence: MapFixtures.influence, influenceName: "PageRank", engine: engine).description()
        let drawn = try GraphvizRenderer.render(g, engine: engine, formats: [.png, .svg], timeout: 60)
        let png = drawn.outputs[0]
        func be32(_ at: Int) -> Int { png[at..<(at + 4)].reduce(0) { $0 << 8 | Int($1) } }
        let (width, height) = (be32(16), be32(20))
        #expect(width < 2_000 && height > 100, "\(width) × \(height)")
        #expect(!drawn.warnings.contains { $0.contains("Pango") }, "\(drawn.warnings)")
        let svg = try #require(SVGDocument.parse(drawn.outputs[1]))
        #expect(svg.allText.contains("Very Long"))
    }
}
