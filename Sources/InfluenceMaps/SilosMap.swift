import GraphvizRender
import PartnerscopeCore

/// The silos map: communities drawn as boxes (and fill colours, for engines that ignore boxes),
/// brokers (thick outline) and articulation points (double outline) highlighted, bridges drawn as
/// double lines in their tie's colour.
public struct SilosMap: Sendable {
    public var network: Network
    /// Community per agency (e.g. Leiden's membership); negative means none.
    public var membership: [Int]
    /// Agencies that broker between communities (e.g. by Gould–Fernandez brokerage).
    public var brokers: Set<Int>
    /// Agencies whose removal disconnects the network.
    public var articulationPoints: Set<Int>
    /// Ties whose removal disconnects the network, as agency index pairs (either order).
    public var bridges: [(Int, Int)]
    public var engine: LayoutEngine
    public var seed: UInt64
    /// How the communities were found (e.g. "Leiden on unweighted ties, resolution 1, seed 1"),
    /// stated in the legend so the reader can reproduce them; nil says nothing.
    public var communityOptions: String?
    /// The options the map was drawn with, in words (day, sizing, grouping, layout, seed), shown as
    /// the legend's last line so that the picture can be reproduced; nil says nothing.
    public var options: String?

    public init(network: Network, membership: [Int], brokers: Set<Int> = [], articulationPoints: Set<Int> = [],
                bridges: [(Int, Int)] = [], engine: LayoutEngine? = nil, seed: UInt64 = 1, communityOptions: String? = nil) {
        self.communityOptions = communityOptions
        self.network = network
        self.membership = membership
        self.brokers = brokers
        self.articulationPoints = articulationPoints
        self.bridges = bridges
        self.engine = engine ?? MapStyle.defaultEngine(agencies: network.agencyCount, ties: network.relationships.count)
        self.seed = seed
    }

    /// Outline of brokers and articulation points, and of bridges' double line.
    public static let brokerColour = "#000000"
    public static let articulationColour = "#000000"

    /// Whether `engine` draws cluster boxes where they belong: dot does; neato and sfdp draw a
    /// cluster's box around wherever its members fell, so boxes would overlap and mislead.
    static func drawsBoxes(_ engine: LayoutEngine) -> Bool { engine == .dot || engine == .fdp }

    /// - Complexity: O(|V| log |V| + |E| log |E|).
    public func description() -> GraphDescription {
        let n = network.agencyCount
        var g = GraphDescription(name: MapStyle.graphName(network, kind: "silos"), directed: true)
        g.graphAttributes = MapStyle.layoutAttributes(engine: engine, agencies: n, seed: seed)
        g.graphAttributes["labelloc"] = "b"
        g.graphAttributes["labeljust"] = "l"
        g.graphAttributes["compound"] = "true"
        g.nodeDefaults = MapStyle.nodeDefaults
        g.edgeDefaults = ["arrowsize": "0.7"]
        let community = (0..<n).map { $0 < membership.count ? membership[$0] : -1 }
        let d = MapStyle.maximumDiameter(agencies: n) / 2
        for i in MapStyle.order(network) {
            var a = MapStyle.agencyNode(network.agencies[i], diameter: d, fontSize: MapStyle.fontSize(agencies: n))
            let c = community[i]
            a["fillcolor"] = .string(c >= 0 ? MapStyle.communityColours[c % MapStyle.communityColours.count] : "#ffffff")
            a["color"] = "#666666"
            if articulationPoints.contains(i) {
                a["color"] = .string(Self.articulationColour)
                a["penwidth"] = brokers.contains(i) ? "3.5" : "1.5"
                a["peripheries"] = "2"
            } else if brokers.contains(i) {
                a["color"] = .string(Self.brokerColour)
                a["penwidth"] = "3.5"
            }
            g.nodes.append(MapStyle.agencyNode(i, a))
        }
        var bridgeSet = Set<[Int]>()
        for (u, v) in bridges { bridgeSet.insert([min(u, v), max(u, v)]) }
        for r in MapStyle.sortedTies(network) {
            var a = MapStyle.tie(r)
            if bridgeSet.contains([min(r.source, r.target), max(r.source, r.target)]) {
                // A double line in the tie's own colour: still says which kind of tie it is.
                let colour = MapStyle.tieStyle(r.type).colour
                a["color"] = .string("\(colour):#ffffff:\(colour)")
                a["penwidth"] = "2"
            }
            // Force-directed engines draw no boxes: ties within a community are drawn short and
            // ties across communities long, so each community gathers in one place.
            if !Self.drawsBoxes(engine) {
                a["len"] = community[r.source] == community[r.target] && community[r.source] >= 0 ? "0.8" : "2.2"
            }
            g.edges.append(.init(tail: MapStyle.nodeID(r.source), head: MapStyle.nodeID(r.target), attributes: a))
        }
        if Self.drawsBoxes(engine) {
            g.clusters = NetworkMap(network: network, influence: [], influenceName: "", clustering: .community(community),
                                    engine: engine).description().clusters
        }
        let count = Set(community.filter { $0 >= 0 }).count
        var sizes: [Int: Int] = [:]
        for c in community where c >= 0 { sizes[c, default: 0] += 1 }
        let shown = MapStyle.communityColours.count
        let items = sizes.keys.sorted().prefix(shown).map {
            MapLegend.PaletteItem(fill: MapStyle.communityColours[$0 % shown], text: "\($0) (\(sizes[$0]!))")
        }
        var entries: [MapLegend.Entry] = [
            .init(.palette(items),
                  "Fill colour\(Self.drawsBoxes(engine) ? " and box" : ""): one of \(count) communities (bodies), tied more to each other than to the rest"
                      + (communityOptions.map { " (\($0))" } ?? "") + (sizes.count > shown ? "; colours repeat after \(shown)" : "")),
        ]
        if !brokers.isEmpty {
            entries.append(.init(.outline(double: false), "Thick outline: a broker, linking communities that have few other links (Gould–Fernandez)"))
        }
        if !articulationPoints.isEmpty {
            entries.append(.init(.outline(double: true), "Double outline: a single point of failure; without it the network falls apart"))
        }
        if !bridgeSet.isEmpty {
            entries.append(.init(.line(colour: "#777777", style: "solid", heavy: false, arrow: false, double: true),
                                 "Double line: a bridge, the only tie between two parts of the network"))
        }
        if let shapes = MapLegend.shapes(network) { entries.append(shapes) }
        entries += MapLegend.ties(Set(network.relationships.filter { $0.source != $0.target }.map(\.type)))
        if let options { entries.append(MapLegend.options(options)) }
        g.graphAttributes["label"] = MapLegend.table(
            title: "Silos: \(MapLegend.name(network)), \(n) agencies, \(brokers.count) brokers, \(articulationPoints.count) single points of failure",
            entries: entries)
        return g
    }
}
