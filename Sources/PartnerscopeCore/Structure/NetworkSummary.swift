/// Headline counts of a network: who is in it, how they are tied, where they work.
public struct NetworkSummary: Sendable {
    public var agencyCount: Int
    public var relationshipCount: Int
    /// Distinct undirected positive ties after merging repeated relationships and dropping
    /// self-loops (a `conflict` is not a tie of the partnership; see ``negativeTieCount``).
    public var tieCount: Int
    /// Distinct pairs of agencies joined by a negative tie (a `conflict`, or `sign` −1).
    public var negativeTieCount: Int
    /// Agencies per sector, in ``Sector`` order, sectors with none left out.
    public var agenciesBySector: [(Sector, Int)]
    /// Agencies per type, sorted by type.
    public var agenciesByType: [(String, Int)]
    /// Relationships per type, in ``RelationshipType`` order, types with none left out.
    public var relationshipsByType: [(RelationshipType, Int)]
    public var areaCount: Int
    /// Population of the leaf areas (areas that are no other area's parent), nil without populations.
    public var totalPopulation: Int?
    /// Population of the areas some agency covers, each area counted once at the largest share
    /// any agency covers it with; nil without populations or boundaries.
    public var populationCovered: Double?
    /// Density of the undirected simple view: 2m / (n(n−1)), 0 when n < 2.
    public var density: Double
    public var componentCount: Int
    public var largestComponentSize: Int
    /// Agencies with no positive tie to another agency, sorted by id.
    public var isolatedAgencies: [AgencyID]

    /// Summarises `network`.
    ///
    /// - Complexity: O(|V| + |E| log d_max + |areas| + |boundaries|).
    public init(_ network: Network) {
        let graph = Graph(network: network)
        agencyCount = network.agencyCount
        relationshipCount = network.relationships.count
        tieCount = graph.edgeCount
        negativeTieCount = Graph(network: network, ties: .negative).edgeCount
        var sectors = [Sector: Int]()
        var types = [String: Int]()
        for a in network.agencies {
            sectors[a.sector, default: 0] += 1
            types[a.type, default: 0] += 1
        }
        agenciesBySector = Sector.allCases.compactMap { s in sectors[s].map { (s, $0) } }
        agenciesByType = types.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        var relTypes = [RelationshipType: Int]()
        for r in network.relationships { relTypes[r.type, default: 0] += 1 }
        relationshipsByType = RelationshipType.allCases.compactMap { t in relTypes[t].map { (t, $0) } }
        areaCount = network.areas.count
        if network.hasPopulation {
            var isParent = [Bool](repeating: false, count: network.areas.count)
            for area in network.areas { if let p = area.parent, let i = network.areaIndex[p] { isParent[i] = true } }
            totalPopulation = network.areas.indices.reduce(0) { $0 + (isParent[$1] ? 0 : network.areas[$1].population ?? 0) }
            if network.boundaries.isEmpty {
                populationCovered = nil
            } else {
                var share = [Double](repeating: 0, count: network.areas.count)
                for b in network.boundaries { share[b.area] = max(share[b.area], b.share) }
                populationCovered = network.areas.indices.reduce(0.0) {
                    $0 + (isParent[$1] ? 0 : share[$1] * Double(network.areas[$1].population ?? 0))
                }
            }
        } else {
            totalPopulation = nil
            populationCovered = nil
        }
        let n = graph.vertexCount
        density = n < 2 ? 0 : 2 * Double(graph.edgeCount) / (Double(n) * Double(n - 1))
        let components = Components(graph)
        componentCount = components.count
        largestComponentSize = components.sizes.max() ?? 0
        isolatedAgencies = (0..<n).filter { graph.outDegree($0) == 0 }.map { network.agencies[$0].id }.sorted()
    }
}
