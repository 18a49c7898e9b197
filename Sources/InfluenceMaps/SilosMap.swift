import GraphvizRender
import PartnerscopeCore

/// The silos map: communities drawn as boxes (and fill colours, for engines that ignore boxes),
/// brokers and articulation points highlighted, bridges drawn bold.
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

    public static let brokerColour = "#ff7f00"
    public static let articulationColour = "#e31a1c"

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
            var a = MapStyle.agencyNode(network.agencies[i], diameter: d, fontSize: n <= 60 ? 10 : 8)
            let c = community[i]
            a["fillcolor"] = .string(c >= 0 ? MapStyle.communityColours[c % MapStyle.communityColours.count] : "#ffffff")
            a["color"] = "#666666"
            if articulationPoints.contains(i) {
                a["color"] = .string(Self.articulationColour)
                a["penwidth"] = "3"
                a["peripheries"] = "2"
            } else if brokers.contains(i) {
                a["color"] = .string(Self.brokerColour)
                a["penwidth"] = "3"
            }
            if articulationPoints.contains(i) && brokers.contains(i) { a["style"] = "filled,bold" }
            g.nodes.append(.init(id: MapStyle.nodeID(i), attributes: a))
        }
        var bridgeSet = Set<[Int]>()
        for (u, v) in bridges { bridgeSet.insert([min(u, v), max(u, v)]) }
        for r in MapStyle.sortedTies(network) {
            var a = MapStyle.tie(r)
            if bridgeSet.contains([min(r.source, r.target), max(r.source, r.target)]) {
                a["penwidth"] = "4"
                a["color"] = .string(Self.articulationColour)
            } else if community[r.source] != community[r.target] {
                a["style"] = .string(r.type == .conflict ? "dashed" : "solid")
            }
            g.edges.append(.init(tail: MapStyle.nodeID(r.source), head: MapStyle.nodeID(r.target), attributes: a))
        }
        g.clusters = NetworkMap(network: network, influence: [], influenceName: "", clustering: .community(community),
                                engine: engine).description().clusters
        var rows: [(swatch: String?, text: String)] = []
        let count = Set(community.filter { $0 >= 0 }).count
        rows.append((nil, "\(count) communities\(communityOptions.map { " (\($0))" } ?? ""): one box and one fill colour each"))
        rows.append((Self.brokerColour, "broker between communities (thick orange border): most Gould–Fernandez two-paths across communities"))
        rows.append((Self.articulationColour, "articulation point (double red border): its removal disconnects the network"))
        rows.append((Self.articulationColour, "bridge (thick red tie): its removal disconnects the network"))
        let levels = MapStyle.standardLegendRows(network, sizeNote: "", ties: true).filter { !$0.text.isEmpty && !$0.text.hasPrefix("sector") }
        rows.append(contentsOf: levels)
        g.graphAttributes["label"] = MapStyle.legend(
            title: "Silos: \(network.name), \(n) agencies, \(brokers.count) brokers, \(articulationPoints.count) articulation points",
            rows: rows)
        return g
    }
}
