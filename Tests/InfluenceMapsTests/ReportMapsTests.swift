import Foundation
import GraphvizRender
import InfluenceMaps
import PartnerscopeCore
import Testing
import TestSupport

@Suite struct ReportMapsTests {
    let analysis = NetworkAnalysis(network: MapFixtures.network())

    @Test func plan_networkWithoutGeography_hasKeyNetworkGridAndSilos_noGaps() {
        let plans = ReportMaps.plan(analysis, seed: 1)
        #expect(plans.map(\.id) == ["key", "network", "grid", "silos"])
        // Every caption but the key's says what the map was drawn with, day and seed included.
        for p in plans.dropFirst() {
            #expect(p.caption.contains("Drawn with: ") && p.caption.hasSuffix("seed 1"), "\(p.id): \(p.caption)")
        }
    }

    @Test func plan_silosMap_usesTheCommunitiesOfTheAnalysis() throws {
        let silos = try #require(ReportMaps.plan(analysis, seed: 1).last)
        let fresh = SilosMap(network: analysis.network, membership: analysis.silos.partition.membership,
                             brokers: Brokerage.top(analysis.network, groups: analysis.silos.partition.membership),
                             articulationPoints: Set(analysis.silos.fragility.articulationPoints),
                             bridges: analysis.silos.fragility.bridges,
                             communityOptions: MapCaption.communities(weighted: false, seed: 1))
        // The same nodes styled the same way (the caption differs: the plan adds the options).
        #expect(silos.description.nodes == fresh.description().nodes)
    }

    @Test func render_emptyNetwork_drawsNothingAndSaysWhy() {
        let outcome = ReportMaps.render(NetworkAnalysis(network: Network(name: "empty", agencies: [], relationships: [])),
                                        seed: 1, timeout: 30)
        #expect(outcome.attempts.isEmpty && outcome.maps.isEmpty && outcome.failures.isEmpty)
        #expect(outcome.note == "The network has no agencies, so there is nothing to draw.")
    }

    /// One layout, two formats: the PNG has the SVG's size at Graphviz's 96 dpi, for every map.
    @Test func render_fixture_pngIsTheSvgsLayout() throws {
        let outcome = ReportMaps.render(analysis, seed: 1, timeout: 60)
        #expect(outcome.failures.isEmpty && outcome.note == nil)
        #expect(outcome.maps.map(\.id) == ["key", "network", "grid", "silos"])
        for map in outcome.maps {
            let head = String(map.svg.prefix(4_096))
            let m = try #require(head.firstMatch(of: /<svg width="([\d.]+)pt" height="([\d.]+)pt"/))
            let (w, h) = (Double(m.1)! * 96 / 72, Double(m.2)! * 96 / 72)
            func be32(_ at: Int) -> Double { Double(map.png[at..<(at + 4)].reduce(0) { $0 << 8 | Int($1) }) }
            #expect(abs(be32(16) - w) <= 2 && abs(be32(20) - h) <= 2, "\(map.id): PNG \(be32(16)) × \(be32(20)), SVG \(w) × \(h)")
        }
    }
}
