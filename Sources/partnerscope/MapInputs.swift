import PartnerscopeCore

/// The analysis results the maps and the influence table draw on, computed in one place.
enum MapInputs {
    // TEMPORARY until PageRank lands on main: weighted in-degree on the directed view.
    static let pageRankName = "weighted in-degree (directed view)"

    /// Network influence per agency.
    static func pageRank(_ network: Network) -> [Double] {
        guard network.agencyCount > 0 else { return [] }
        let g = Graph(network: network, directed: true, weighted: true)
        return (0..<g.vertexCount).map { v in g.inWeights[g.inOffsets[v]..<g.inOffsets[v + 1]].reduce(0, +) }
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
