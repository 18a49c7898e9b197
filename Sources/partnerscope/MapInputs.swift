import PartnerscopeCore

/// The analysis results the maps and the influence table draw on, computed in one place.
enum MapInputs {
    static let pageRankName = "PageRank (directed view, weighted, damping 0.85)"

    /// Network influence per agency: PageRank on the directed view, ties weighted (an undirected
    /// tie counts both ways).
    static func pageRank(_ network: Network) -> [Double] {
        guard network.agencyCount > 0 else { return [] }
        return PageRank.scores(Graph(network: network, directed: true, weighted: true))
    }

    /// Formal power (1–5, missing = 0) as an influence array, for `--size-by power`.
    static func power(_ network: Network) -> [Double] {
        network.agencies.map { Double($0.power ?? 0) }
    }
}

extension MapInputs {
    /// What the silos map highlights.
    struct Silos {
        var membership: [Int]
        var brokers: Set<Int>
        var articulationPoints: Set<Int>
        var bridges: [(Int, Int)]
    }

    /// Leiden communities on the undirected view, ties weighted (resolution 1, seeded).
    static func communities(_ network: Network, seed: UInt64) -> [Int] {
        Leiden.communities(Graph(network: network, directed: false, weighted: true), seed: seed).membership
    }

    /// How many agencies the silos map marks as brokers: the top 5% by brokerage between
    /// communities, at least 3 (fewer when fewer broker at all).
    static func brokerCount(agencies n: Int) -> Int { max(3, (n * 5 + 99) / 100) }

    /// Communities (Leiden), brokers (Gould–Fernandez roles between communities: consultant,
    /// representative, gatekeeper and liaison two-paths on the directed view; the top
    /// ``brokerCount(agencies:)``, ties at the cut included), articulation points and bridges of
    /// the undirected view.
    static func silos(_ network: Network, seed: UInt64) -> Silos {
        let membership = communities(network, seed: seed)
        let roles = Brokerage.roles(Graph(network: network, directed: true, weighted: false), groups: membership)
        let between = roles.map { $0.total - $0.coordinator }
        let ranked = between.indices.filter { between[$0] > 0 }.sorted {
            between[$0] != between[$1] ? between[$0] > between[$1] : network.agencies[$0].id < network.agencies[$1].id
        }
        var brokers = Set<Int>()
        if let cut = ranked.prefix(brokerCount(agencies: network.agencyCount)).last.map({ between[$0] }) {
            brokers = Set(ranked.filter { between[$0] >= cut })
        }
        let fragility = Fragility.analyse(Graph(network: network))
        return Silos(membership: membership, brokers: brokers, articulationPoints: Set(fragility.articulationPoints),
                     bridges: fragility.bridges)
    }
}
