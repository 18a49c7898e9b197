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

    // TEMPORARY until Leiden lands on main: connected components as communities.
    static func communities(_ network: Network, seed: UInt64) -> [Int] {
        Components(Graph(network: network)).label
    }

    // TEMPORARY until Leiden, Fragility and Brokerage land on main.
    static func silos(_ network: Network, seed: UInt64) -> Silos {
        Silos(membership: communities(network, seed: seed), brokers: [], articulationPoints: [], bridges: [])
    }
}
