/// Total Place: the public money flowing into each area, apportioned from each agency's annual
/// budget (`budget_m`, £ millions) to the places it serves by population share — an
/// approximation, in the spirit of the Total Place pilots (HM Treasury & CLG 2010), which counted
/// every pound of public money spent in an area.
///
/// ## Definition
///
/// For an agency *a* with budget B(a) and boundaries giving it a share s(a, l) of each leaf area
/// *l* (weight w(l): its population, or 1 when some leaf lacks one), its population served is
/// P(a) = Σ_l s(a, l) · w(l), and
///
///     spend(a, l) = B(a) · s(a, l) · w(l) / P(a)
///
/// Each reporting area — the parent of the leaves (a district above its LSOAs), or the leaf itself
/// when it has no parent — receives the sum over its leaves; per head = spend × 10⁶ / population.
///
/// ## Assumptions, stated on every output
///
/// - Every pound of a budget is spent on the people the agency serves, evenly per head. A police
///   force's custody suite, a hospital's regional specialty and a council's spend on its own
///   offices are all spread as if per resident.
/// - Only agencies in the network count; an agency with no `budget_m` adds nothing (each area
///   lists how many such bodies serve it), and one with a budget but no boundaries cannot be placed
///   (listed apart).
/// - Budgets are taken as one year's; the year is whatever agencies.csv's `budget_m` records.
/// - *Through partnership ties*: the spend of agencies that commission or fund another agency of
///   the network (the source of a `commissioning` or `funding` tie). The data hold no amounts per
///   tie, so this is the money of bodies that commission through ties, not the money those ties
///   carry.
///
/// - Complexity: O(|boundaries| + |areas| + |V| + |E|).
/// - Corner cases: no areas or boundaries: no reporting area, every budget unplaced; an agency
///   whose boundaries cover no weight (P(a) = 0) is unplaced.
///
/// Worked example: areas L1 (100 people) and L2 (300) under R; a council covering L1 with £10m puts
/// £10m in L1; a police force covering R with £40m puts £10m in L1 and £30m in L2; an ICB covering
/// half of L1 and all of L2 with £20m serves 50 + 300 = 350 people and puts £20m · 50/350 = £2.857m
/// in L1 and £17.143m in L2. Reporting area R: £80m for 400 people, £200,000 per head.
public struct TotalPlace: Sendable {
    public struct AreaSpend: Sendable, Equatable {
        /// Index into ``Network/areas``.
        public var area: Int
        /// Summed leaf weight (people, or leaves when unweighted).
        public var population: Double
        /// £ millions.
        public var total: Double
        public var bySector: [Sector: Double]
        /// By agency `type`, sorted by type.
        public var byType: [(type: String, spend: Double)]
        /// Spend of agencies that commission or fund through ties.
        public var throughTies: Double
        /// Agencies with a budget placing money here, and agencies serving the area without one.
        public var fundedAgencies: Int
        public var unbudgetedAgencies: Int

        public var perHead: Double? { population > 0 ? total * 1_000_000 / population : nil }
        public var throughTiesShare: Double? { total > 0 ? throughTies / total : nil }

        public static func == (a: AreaSpend, b: AreaSpend) -> Bool {
            a.area == b.area && a.population == b.population && a.total == b.total && a.bySector == b.bySector
                && a.byType.map(\.type) == b.byType.map(\.type) && a.byType.map(\.spend) == b.byType.map(\.spend)
                && a.throughTies == b.throughTies && a.fundedAgencies == b.fundedAgencies && a.unbudgetedAgencies == b.unbudgetedAgencies
        }
    }

    /// One per reporting area, in areas.csv order.
    public let areas: [AreaSpend]
    /// Agencies with a budget that could not be placed (no boundaries, or covering no weight).
    public let unplaced: [Int]
    /// Whether the leaves weigh by population.
    public let byPopulation: Bool
    /// The summed budgets placed, and of every agency with a budget.
    public let placed: Double
    public let budgeted: Double

    public init(network: Network) {
        let shares = PopulationShares(network)
        byPopulation = shares.byPopulation
        let hierarchy = shares.hierarchy, coverage = shares.coverage
        let reporting = network.areas.indices.map { i -> Int in
            guard hierarchy.isLeaf[i] else { return -1 }
            return hierarchy.parent[i] >= 0 ? hierarchy.parent[i] : i
        }
        var commissions = [Bool](repeating: false, count: network.agencyCount)
        for r in network.relationships where (r.type == .commissioning || r.type == .funding) && r.source != r.target {
            commissions[r.source] = true
            if !r.directed { commissions[r.target] = true }
        }
        var total = [Double](repeating: 0, count: network.areas.count)
        var sector = [[Sector: Double]](repeating: [:], count: network.areas.count)
        var type = [[String: Double]](repeating: [:], count: network.areas.count)
        var ties = [Double](repeating: 0, count: network.areas.count)
        var funded = [Set<Int>](repeating: [], count: network.areas.count)
        var unbudgeted = [Set<Int>](repeating: [], count: network.areas.count)
        var unplaced: [Int] = []
        var placed = 0.0, budgeted = 0.0
        for (a, agency) in network.agencies.enumerated() {
            let budget = agency.budgetMillions
            if let budget { budgeted += budget }
            let range = coverage.offsets[a]..<coverage.offsets[a + 1]
            let served = range.reduce(0.0) { $0 + coverage.shares[$1] * shares.weight[Int(coverage.leaves[$1])] }
            guard let budget else {
                for e in range { unbudgeted[reporting[Int(coverage.leaves[e])]].insert(a) }
                continue
            }
            guard served > 0 else {
                if budget > 0 { unplaced.append(a) }
                continue
            }
            placed += budget
            for e in range {
                let leaf = Int(coverage.leaves[e])
                let x = budget * coverage.shares[e] * shares.weight[leaf] / served
                let r = reporting[leaf]
                total[r] += x
                sector[r][agency.sector, default: 0] += x
                type[r][agency.type, default: 0] += x
                if commissions[a] { ties[r] += x }
                funded[r].insert(a)
            }
        }
        var population = [Double](repeating: 0, count: network.areas.count)
        for i in network.areas.indices where reporting[i] >= 0 { population[reporting[i]] += shares.weight[i] }
        let used = Set(reporting.filter { $0 >= 0 })
        areas = network.areas.indices.filter(used.contains).map { i in
            AreaSpend(area: i, population: population[i], total: total[i], bySector: sector[i],
                      byType: type[i].sorted { $0.key < $1.key }.map { ($0.key, $0.value) }, throughTies: ties[i],
                      fundedAgencies: funded[i].count, unbudgetedAgencies: unbudgeted[i].subtracting(funded[i]).count)
        }
        self.unplaced = unplaced
        self.placed = placed
        self.budgeted = budgeted
    }
}
