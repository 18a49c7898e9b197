/// Silos, brokers and single points of failure of a network, gathered for the `silos` command, the
/// report and the maps.
///
/// - Communities: ``Leiden`` on the undirected view (weighted when asked) of the positive ties
///   (``communities(_:options:)``): a conflict is not a community bond.
/// - Silos: ``EIIndex`` for the whole network (sector as the group), each sector, each agency type and
///   each community, on the view asked for (directed arcs or undirected ties, counts or weights);
///   the sector-by-sector tie matrix; sectors and types with no tie outside themselves.
/// - Brokers: ``Brokerage`` roles on the directed view (undirected ties both ways), grouped by
///   sector, type or community; Burt's constraint (``StructuralHoles``) on the E–I view; pairs of
///   sectors and of communities joined only through one agency.
/// - Fragility: ``Fragility`` on the undirected view.
///
/// - Complexity: that of its parts; Leiden and brokerage dominate.
/// - Corner cases: an empty network gives empty lists, modularity 0 and undefined (nil) E–I indices.
public struct SiloAnalysis: Sendable {
    /// What brokerage roles group agencies by.
    public enum GroupBy: String, CaseIterable, Sendable {
        case sector, type, community
    }

    public struct Options: Sendable {
        /// Read directed relationships as arcs for the E–I index (brokerage always uses directions).
        public var directed: Bool
        /// Use tie weights (communities, E–I index).
        public var weighted: Bool
        /// Leiden resolution γ.
        public var resolution: Double
        public var seed: UInt64
        public var restarts: Int
        public var groupBy: GroupBy

        public init(directed: Bool = false, weighted: Bool = false, resolution: Double = 1, seed: UInt64 = 1,
                    restarts: Int = Leiden.defaultRestarts, groupBy: GroupBy = .sector) {
            self.directed = directed
            self.weighted = weighted
            self.resolution = resolution
            self.seed = seed
            self.restarts = restarts
            self.groupBy = groupBy
        }
    }

    /// One community with its make-up.
    public struct Community: Sendable {
        public var id: Int
        /// Agency indices, ascending.
        public var members: [Int]
        /// Members per sector, in ``Sector`` order, sectors with none left out.
        public var sectors: [(Sector, Int)]
        /// Members per type, sorted by type.
        public var types: [(String, Int)]
    }

    /// The E–I index of one group.
    public struct GroupIndex: Sendable {
        /// The sector's raw value, the type, or the community number.
        public var name: String
        public var agencies: Int
        public var counts: EIIndex.Counts
    }

    /// A pair of groups joined only through one agency, named.
    public struct SoleLink: Sendable {
        public var first: String
        public var second: String
        public var agencies: [Int]
        public var ties: Int
    }

    public let options: Options
    public let partition: Partition
    public let communities: [Community]
    /// The E–I index of the whole network with sector as the group.
    public let wholeIndex: EIIndex.Counts
    public let bySector: [GroupIndex]
    public let byType: [GroupIndex]
    public let byCommunity: [GroupIndex]
    /// Sectors present, in ``Sector`` order; the rows and columns of ``sectorTieCounts``.
    public let sectors: [Sector]
    /// Ties between sectors (undirected: symmetric, within-sector ties on the diagonal; directed:
    /// rows send). Counted on the same view as the E–I index.
    public let sectorTieCounts: [[Int]]
    public let sectorTieWeights: [[Double]]
    /// Sectors whose agencies have no tie to another sector (only when there are two or more sectors).
    public let sectorsWithoutOutsideTies: [Sector]
    /// Types whose agencies have no tie to another type (only when there are two or more types).
    public let typesWithoutOutsideTies: [String]
    /// Brokerage roles of each agency (by agency index), grouped by ``Options/groupBy``.
    public let brokerage: [Brokerage.Roles]
    /// The group name of each agency in the brokerage grouping.
    public let brokerGroup: [String]
    /// Burt's constraint of each agency (``StructuralHoles/constraint(_:)``) on the same view as the
    /// E–I index: low values mark agencies whose contacts are not tied to each other (brokers).
    public var constraint: [Double]?
    public let soleLinksBetweenSectors: [SoleLink]
    public let soleLinksBetweenCommunities: [SoleLink]
    public let fragility: Fragility.Result
    /// Size of the largest connected component (undirected), 0 when empty.
    public let largestComponentSize: Int
    public let componentCount: Int

    /// The communities every output uses (the silos table and map, the report, the tensions):
    /// Leiden on the undirected view of the positive ties, weighted when ``Options/weighted``,
    /// with the options' resolution, seed and restarts.
    ///
    /// - Complexity: that of ``Leiden/communities(_:resolution:seed:restarts:)``.
    public static func communities(_ network: Network, options: Options = Options()) -> Partition {
        communities(Graph(network: network, directed: false, weighted: options.weighted), options: options)
    }

    static func communities(_ undirected: Graph, options: Options) -> Partition {
        Leiden.communities(undirected, resolution: options.resolution, seed: options.seed, restarts: options.restarts)
    }

    /// Analyses `network`.
    public init(_ network: Network, options: Options = Options()) {
        self.options = options
        let agencies = network.agencies
        let undirected = Graph(network: network, directed: false, weighted: options.weighted)
        let view = options.directed ? Graph(network: network, directed: true, weighted: options.weighted) : undirected
        let arcs = Graph(network: network, directed: true, weighted: false)

        partition = Self.communities(undirected, options: options)
        let members = partition.communities
        communities = members.enumerated().map { id, list in
            var sectorCount = [Sector: Int]()
            var typeCount = [Int32: Int]()
            for v in list {
                sectorCount[agencies[v].sector, default: 0] += 1
                typeCount[network.agencyTypeIndex[v], default: 0] += 1
            }
            return Community(id: id, members: list,
                             sectors: Sector.allCases.compactMap { s in sectorCount[s].map { (s, $0) } },
                             types: typeCount.sorted { $0.key < $1.key }.map { (network.types[Int($0.key)], $0.value) })
        }

        let sectors = Sector.allCases.filter { s in agencies.contains { $0.sector == s } }
        let types = network.types
        let sectorLabel = agencies.map { a in sectors.firstIndex(of: a.sector)! }
        let typeLabel = network.agencyTypeIndex.map(Int.init)
        self.sectors = sectors

        func indices(_ labels: [Int], names: [String]) -> [GroupIndex] {
            let counts = EIIndex.byGroup(view, groups: labels, groupCount: names.count)
            var sizes = [Int](repeating: 0, count: names.count)
            for l in labels { sizes[l] += 1 }
            return names.indices.map { GroupIndex(name: names[$0], agencies: sizes[$0], counts: counts[$0]) }
        }
        wholeIndex = EIIndex.whole(view, groups: sectorLabel)
        let bySector = indices(sectorLabel, names: sectors.map(\.rawValue))
        self.bySector = bySector
        byType = indices(typeLabel, names: types)
        byCommunity = indices(partition.membership, names: (0..<partition.count).map(String.init))
        let matrix = EIIndex.tieMatrix(view, groups: sectorLabel, groupCount: sectors.count)
        sectorTieCounts = matrix.counts
        sectorTieWeights = matrix.weights
        sectorsWithoutOutsideTies = sectors.count < 2 ? [] : sectors.indices.filter { bySector[$0].counts.external == 0 }.map { sectors[$0] }
        typesWithoutOutsideTies = types.count < 2 ? [] : byType.filter { $0.counts.external == 0 }.map(\.name)

        let groupLabel: [Int]
        switch options.groupBy {
        case .sector:
            groupLabel = sectorLabel
            brokerGroup = agencies.map(\.sector.rawValue)
        case .type:
            groupLabel = typeLabel
            brokerGroup = agencies.map(\.type)
        case .community:
            groupLabel = partition.membership
            brokerGroup = partition.membership.map(String.init)
        }
        brokerage = Brokerage.roles(arcs, groups: groupLabel)
        constraint = StructuralHoles.constraint(view)
        let sectorNames = sectors.map(\.rawValue)
        soleLinksBetweenSectors = Brokerage.soleLinks(undirected, groups: sectorLabel).map {
            SoleLink(first: sectorNames[$0.first], second: sectorNames[$0.second], agencies: $0.agencies, ties: $0.ties)
        }
        soleLinksBetweenCommunities = Brokerage.soleLinks(undirected, groups: partition.membership).map {
            SoleLink(first: String($0.first), second: String($0.second), agencies: $0.agencies, ties: $0.ties)
        }
        fragility = Fragility.analyse(undirected)
        let components = Components(undirected)
        componentCount = components.count
        largestComponentSize = components.sizes.max() ?? 0
    }
}
