import GraphvizRender
import PartnerscopeCore

/// The maps of the analyst's report, described from the same ``NetworkAnalysis`` as its tables (so
/// the communities on the maps are the communities in the tables) and drawn once each: one layout,
/// written as SVG and as PNG, so the two files are the same picture.
///
/// Nothing here prints: a map's Graphviz warnings and its failure come back as values, in the
/// order the maps are drawn, for the caller to report.
public enum ReportMaps {
    /// Seconds each map's layout may take before it is stopped, by default.
    public static let defaultTimeout = 120.0
    /// sfdp draws 5,000 agencies in seconds (docs/maps.md); the report's maps of a larger network
    /// would dominate its run and be unreadable at page size.
    public static let defaultMaxAgencies = 5_000

    /// One map of the report, described but not yet laid out.
    public struct Plan: Sendable {
        /// File stem: `maps/<id>.svg`, `maps/<id>.png`.
        public var id: String
        public var title: String
        public var caption: String
        public var description: GraphDescription
        public var engine: LayoutEngine
    }

    /// One map drawn: the SVG document as Graphviz wrote it and the PNG of the same layout.
    public struct Map: Sendable {
        public var id: String
        public var title: String
        public var caption: String
        public var svg: String
        public var png: [UInt8]
    }

    /// What happened to one planned map: drawn, or the renderer's error; with Graphviz's warnings.
    public struct Attempt: Sendable {
        public var id: String
        public var title: String
        public var result: Result<Map, GraphvizError>
        public var warnings: [String]
    }

    /// Every attempt in the order of ``plan(_:seed:)``, and a note for the page when a map is missing.
    public struct Outcome: Sendable {
        public var attempts: [Attempt]
        /// Why the page has fewer maps than planned (no agencies, or maps that failed); nil when all were drawn.
        public var note: String?

        /// The maps drawn, in order.
        public var maps: [Map] { attempts.compactMap { try? $0.result.get() } }
        /// The errors of the maps not drawn, in order.
        public var failures: [GraphvizError] {
            attempts.compactMap { if case let .failure(e) = $0.result { e } else { nil } }
        }
    }

    /// The report's maps, described: the key, the influence map, the power–interest grid, the
    /// coterminosity gaps (when the network has geography and gaps) and the silos map, each with the
    /// caption the page shows under it. Empty for a network without agencies.
    ///
    /// - Complexity: dominated by ``ResourceDependence/influence(_:damping:)`` and ``Brokerage/top(_:groups:)``;
    ///   the communities, gaps and fragility are taken from `analysis`, not recomputed.
    public static func plan(_ analysis: NetworkAnalysis, seed: UInt64) -> [Plan] {
        let network = analysis.network
        guard network.agencyCount > 0 else { return [] }
        let influence = ResourceDependence.influence(network)
        let membership = analysis.silos.partition.membership
        let communityOptions = MapCaption.communities(weighted: analysis.options.silos.weighted, seed: analysis.options.silos.seed)
        var plans: [Plan] = []
        plans.append(.init(id: "key", title: "Key to the maps", caption: "the same shapes, colours and lines on every map below",
                           description: MapLegend.sheet(), engine: .neato))
        // No community boxes here (boxes need dot, whose ranks made a 45-agency map 50 inches
        // wide): the silos map below shows the same communities by colour.
        var networkMap = NetworkMap(network: network, influence: influence, influenceName: MapLegend.pageRankSize, seed: seed)
        networkMap.options = MapCaption.options(network, engine: networkMap.engine, seed: seed, size: "influence", boxes: "none")
        plans.append(.init(id: "network", title: "Influence map",
                           caption: "size by influence (\(MapLegend.influenceChoice())), colour by sector, shape by reach, lines by kind of tie; the communities are on the silos map. Drawn with: \(networkMap.options!)",
                           description: networkMap.description(), engine: networkMap.engine))
        var grid = PowerInterestMap(network: network, influence: influence, influenceName: MapLegend.pageRankSize, seed: seed)
        grid.options = MapCaption.options(network, engine: PowerInterestMap.engine, seed: seed, size: "influence",
                                          extra: ["high rating \(grid.grid.highThreshold) or more"])
        plans.append(.init(id: "grid", title: "Power–interest grid",
                           caption: "formal power against interest from agencies.csv (Mendelow 1991), names listed in each cell, marker size by influence (\(MapLegend.influenceChoice())). Drawn with: \(grid.options!)",
                           description: grid.description(), engine: PowerInterestMap.engine))
        if analysis.coterminosity.hasGeography && !analysis.coterminosity.gaps.isEmpty {
            var gaps = GapsMap(network: network, gaps: analysis.coterminosity.gaps, seed: seed)
            gaps.options = MapCaption.options(network, engine: gaps.engine, seed: seed,
                                              extra: [MapCaption.tolerance(analysis.coterminosity.tolerance)])
            plans.append(.init(id: "gaps", title: "Coterminosity gaps",
                               caption: "agencies whose boundaries cut across each other, labelled with the people on the wrong side of the line. Drawn with: \(gaps.options!)",
                               description: gaps.description(), engine: gaps.engine))
        }
        var silos = SilosMap(network: network, membership: membership, brokers: Brokerage.top(network, groups: membership),
                             articulationPoints: Set(analysis.silos.fragility.articulationPoints),
                             bridges: analysis.silos.fragility.bridges, seed: seed, communityOptions: communityOptions)
        silos.options = MapCaption.options(network, engine: silos.engine, seed: seed,
                                           extra: ["communities: \(communityOptions)", MapCaption.brokers(agencies: network.agencyCount)])
        plans.append(.init(id: "silos", title: "Silos and brokers",
                           caption: "communities by colour, the main brokers between communities and the single points of failure highlighted. Drawn with: \(silos.options!)",
                           description: silos.description(), engine: silos.engine))
        return plans
    }

    /// The maps of ``plan(_:seed:)``, each laid out once (``PageFit/render(_:engine:formats:seed:timeout:)``,
    /// `timeout` seconds per layout) and written as SVG and PNG from that one layout. A map that
    /// fails does not stop the others.
    ///
    /// - Complexity: one to ``PageFit/tries`` + 1 Graphviz layouts per map, in the layout helper.
    public static func render(_ analysis: NetworkAnalysis, seed: UInt64, timeout: Double) -> Outcome {
        guard analysis.network.agencyCount > 0 else {
            return Outcome(attempts: [], note: "The network has no agencies, so there is nothing to draw.")
        }
        let attempts = plan(analysis, seed: seed).map { p -> Attempt in
            do throws(GraphvizError) {
                // One layout, two formats: the PNG is the same picture as the SVG.
                let drawn = try PageFit.render(p.description, engine: p.engine, formats: [.svg, .png],
                                               seed: UInt32(truncatingIfNeeded: seed), timeout: timeout)
                let map = Map(id: p.id, title: p.title, caption: p.caption,
                              svg: String(decoding: drawn.outputs[0], as: UTF8.self), png: drawn.outputs[1])
                return Attempt(id: p.id, title: p.title, result: .success(map), warnings: drawn.warnings)
            } catch {
                return Attempt(id: p.id, title: p.title, result: .failure(error), warnings: [])
            }
        }
        let failed = attempts.compactMap { a -> String? in
            if case let .failure(e) = a.result { "\(a.title): \(e.description)" } else { nil }
        }
        return Outcome(attempts: attempts, note: failed.isEmpty ? nil : "Some maps could not be drawn: " + failed.joined(separator: "; "))
    }
}
