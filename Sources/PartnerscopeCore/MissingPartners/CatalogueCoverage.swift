/// The people each agency of a network serves, on the network's leaf areas, with the same rules as
/// ``CoterminosityAnalysis``: a boundary on a parent area applies to every leaf below it (the
/// deepest naming wins), leaves weigh by population when every leaf has one, otherwise 1 each.
///
///     pop(A) = Σ_leaf s_A(x) · P(x),   share(A) = pop(A) / Σ_leaf P(x)
///
/// Normalisation: ``share(_:)`` is a fraction of the whole network's weight, in [0, 1].
///
/// Corner cases: no areas or no boundaries give pop 0 and share 0 for every agency (total 0);
/// parent cycles are cut as in the coterminosity analysis.
///
/// - Complexity: O(|boundaries expanded to leaves| log + |areas| · depth) to build; O(leaves of A)
///   per ``covered(_:)``.
public struct PopulationShares: Sendable {
    /// Whether leaves weigh by population (false: each leaf weighs 1, so shares are of areas).
    public let byPopulation: Bool
    /// Per area index: its weight when a leaf, 0 otherwise.
    public let weight: [Double]
    /// Per area index: whether it is a leaf.
    public let isLeaf: [Bool]
    /// The summed weight of every leaf.
    public let total: Double
    let hierarchy: AreaHierarchy
    let coverage: LeafCoverage

    public init(_ network: Network) {
        let hierarchy = AreaHierarchy(network)
        var weighted = !network.areas.isEmpty
        for i in network.areas.indices where hierarchy.isLeaf[i] && network.areas[i].population == nil {
            weighted = false
            break
        }
        var weight = [Double](repeating: 0, count: network.areas.count)
        for i in network.areas.indices where hierarchy.isLeaf[i] {
            weight[i] = weighted ? Double(network.areas[i].population!) : 1
        }
        self.byPopulation = weighted
        self.weight = weight
        self.isLeaf = hierarchy.isLeaf
        self.total = weight.reduce(0, +)
        self.hierarchy = hierarchy
        self.coverage = LeafCoverage(network: network, hierarchy: hierarchy)
    }

    /// pop(A) = Σ_leaf share_A(leaf) · weight(leaf).
    public func covered(_ agency: Int) -> Double {
        var s = 0.0
        for e in coverage.offsets[agency]..<coverage.offsets[agency + 1] {
            s += coverage.shares[e] * weight[Int(coverage.leaves[e])]
        }
        return s
    }

    /// pop(A) / total, in [0, 1]; 0 when the network weighs nothing.
    public func share(_ agency: Int) -> Double { total > 0 ? min(1, covered(agency) / total) : 0 }
}

/// How much of a network's population each agency of a wider catalogue (e.g. all of England)
/// covers, matching areas by code.
///
/// Each leaf of the network is matched to the catalogue area with the same code or, failing that,
/// with the code of its nearest ancestor. A catalogue agency covers the matched area with the
/// weight-averaged share it covers the catalogue leaves below it (boundaries on larger areas pushed
/// down to leaves as in ``PopulationShares``), so catalogues drawn on larger or smaller areas than
/// the network's still match:
///
///     share(c) = Σ_{network leaf l} weight(l) · cover_c(match(l)) / Σ_l weight(l)
///     cover_c(X) = Σ_{catalogue leaf y below X} w(y) · s_c(y) / Σ_y w(y)
///
/// A network leaf matched only through an ancestor is assumed spread like the ancestor's people.
///
/// Corner cases: a network without areas, or with no code in common with the catalogue, gives 0
/// for every catalogue agency; catalogue leaves without people are averaged with equal weights.
///
/// - Complexity: O(|network areas| · depth + catalogue leaves below the matched areas) to build;
///   O(leaves covered by c) per ``share(_:)``.
public struct CatalogueCoverage: Sendable {
    private let catalogueShares: PopulationShares
    /// Per catalogue area: the network weight resting on it.
    private let networkWeight: [Double]
    private let networkTotal: Double
    /// How many of the network's leaves found a matching code.
    public let matchedLeaves: Int
    /// How many leaves the network has.
    public let networkLeaves: Int

    public init(network: Network, networkShares: PopulationShares, catalogue: Network) {
        let cat = PopulationShares(catalogue)
        let h = cat.hierarchy
        var networkWeight = [Double](repeating: 0, count: catalogue.areas.count)
        var matched = 0, leafCount = 0
        let netParent = AreaHierarchy(network).parent
        for l in network.areas.indices where networkShares.isLeaf[l] {
            leafCount += 1
            var current = l
            var target: Int?
            while current >= 0 {
                if let t = catalogue.areaIndex[network.areas[current].code] { target = t; break }
                current = netParent[current]
            }
            guard let target else { continue }
            matched += 1
            var below: [Int] = []
            var stack = [target]
            while let a = stack.popLast() {
                if h.isLeaf[a] { below.append(a); continue }
                stack.append(contentsOf: h.children[h.childOffsets[a]..<h.childOffsets[a + 1]])
            }
            let w = networkShares.weight[l]
            let sum = below.reduce(0.0) { $0 + cat.weight[$1] }
            for y in below { networkWeight[y] += sum > 0 ? w * cat.weight[y] / sum : w / Double(below.count) }
        }
        self.catalogueShares = cat
        self.networkWeight = networkWeight
        self.networkTotal = networkShares.total
        self.matchedLeaves = matched
        self.networkLeaves = leafCount
    }

    /// The share of the network's population (or leaf areas) catalogue agency `c` covers, in [0, 1].
    public func share(_ c: Int) -> Double {
        guard networkTotal > 0 else { return 0 }
        let cov = catalogueShares.coverage
        var s = 0.0
        for e in cov.offsets[c]..<cov.offsets[c + 1] { s += networkWeight[Int(cov.leaves[e])] * cov.shares[e] }
        return min(1, s / networkTotal)
    }
}
