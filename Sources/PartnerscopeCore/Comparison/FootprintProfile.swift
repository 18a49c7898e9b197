/// The people of one footprint of a split and the bodies around its edge, measured on the whole
/// network: residents, residents living in a coterminosity gap, the bodies serving them counted by
/// the share of their people who live there, public money apportioned to them (Total Place), the
/// bodies that straddle the footprint's border and the councils in it whose people are split
/// between bodies of another type.
///
/// ## Definitions
///
/// With leaf weights w(l) (people, or 1 per leaf when some leaf has no population), s(a, l) the
/// share of leaf l an agency a covers and F the leaves of the footprint (its areas and every leaf
/// below them):
///
/// - population  N = Σ_{l∈F} w(l);
/// - people served inside and outside, for each agency: in(a) = Σ_{l∈F} s(a, l)·w(l),
///   out(a) = P(a) − in(a), P(a) = Σ_l s(a, l)·w(l);
/// - people in gaps  G = Σ_{l∈F} gap(l), gap(l) the people of l served by a pair of partners whose
///   areas partly overlap (``CoterminosityAnalysis/areaPopulationInGaps``, ε = 0.005, every pair of
///   different types a pair of partners, as `partnerscope gaps` and ``ComparisonRow``); share in
///   gaps G / N;
/// - agencies per 100,000 people: 100,000 · Σ_a in(a)/P(a) / N — each body counted by the share of
///   its people who live in the footprint, so a police force serving five footprints counts a fifth
///   in each and small footprints are not inflated by the region-wide bodies they touch;
/// - spend (£ millions): Σ_a B(a)·in(a)/P(a) over agencies with a budget B(a) (`budget_m`) —
///   exactly ``TotalPlace``'s apportionment summed over F, with its assumptions; per head
///   spend·10⁶ / N; nil when no agency serving the footprint has a budget;
/// - crossings: the agencies with in(a) > ε·P(a) and out(a) > ε·P(a) (ε the coterminosity
///   tolerance): each either *straddles* the border (it also leaves part of the footprint's people
///   unserved: in(a) < (1 − ε)·N) or *contains* the footprint (serves all of it and more); sorted by
///   min(in, out) descending — the people on the smaller side of the line, as
///   ``CoterminosityPair/populationMisaligned`` — then by id;
/// - split councils: the councils (``ComparisonRow/councilTypes``) with in(a) > 0 and, for each
///   non-council type T, the bodies of type T sharing their people (shared(a, b)/P(a), whole
///   network), listed when the largest share is below 1 − ε (the rule of
///   ``ComparisonRow/councilsSplit``); sorted by type, then people in the footprint descending, then id.
///
/// Because the measures use the whole network, a body's people outside the footprint and the
/// other bodies a split council deals with (for an ICB footprint: the neighbouring ICB) are named,
/// which the footprint's own sub-network cannot do.
///
/// - Complexity: ``Basis`` costs one ``CoterminosityAnalysis`` of the whole network; each profile
///   O(|areas| log |areas| + |covered leaves| + Σ counterparts of the councils touched).
/// - Corner cases: an empty footprint has population 0 and nil per-head figures; a network
///   without areas has no gaps (nil) and no crossings.
///
/// Worked example (the network of ``TotalPlace``'s documentation): footprint L1 (100 people) of
/// R = {L1, L2 (300)}; council £10m on L1, police £40m on R, ICB £20m on half of L1 and all of L2.
/// in = 100, 100, 50; P = 100, 400, 350; agencies per 100,000 = 10⁵·(1 + 0.25 + 1/7)/100 =
/// 1,392.857; spend = 10 + 40·100/400 + 20·50/350 = 22.857 (£m), £228,571 per head; the police
/// force contains the footprint (in 100, out 300) and the ICB straddles it (in 50, out 300).
public struct FootprintProfile: Sendable {
    /// What every footprint of one network is measured against, built once per network.
    public struct Basis: Sendable {
        public let network: Network
        let shares: PopulationShares
        /// P(a) for each agency.
        let served: [Double]
        public let coterminosity: CoterminosityAnalysis

        /// - Parameter coterminosity: the network's ``CoterminosityAnalysis`` with the default
        ///   tolerance and every pair of different types expected, when already computed (as
        ///   ``NetworkAnalysis/coterminosity``); computed here otherwise.
        /// - Complexity: that of ``CoterminosityAnalysis`` on `network`, unless given.
        public init(network: Network, coterminosity: CoterminosityAnalysis? = nil) {
            self.network = network
            shares = PopulationShares(network)
            served = network.agencies.indices.map(shares.covered)
            self.coterminosity = coterminosity ?? CoterminosityAnalysis(network: network)
        }
    }

    /// An agency of the network, named.
    public struct Body: Sendable, Equatable {
        public var id: AgencyID
        public var name: String
        public var type: String
    }

    /// An agency serving people on both sides of the footprint's border.
    public struct Crossing: Sendable, Equatable {
        public var body: Body
        /// People it serves in the footprint, and outside it.
        public var inside: Double
        public var outside: Double
        /// True when it serves the whole footprint (and people outside); false when it straddles
        /// the border, serving part of the footprint.
        public var containsFootprint: Bool
        /// min(inside, outside): the people on the smaller side of the line.
        public var smallerSide: Double { min(inside, outside) }
    }

    /// A council of the footprint whose people are split between bodies of another type.
    public struct SplitCouncil: Sendable, Equatable {
        public var council: Body
        /// The council's people in the footprint, and in all.
        public var inside: Double
        public var population: Double
        /// The type of the bodies it is split between.
        public var type: String
        /// Each body of `type` with the share of the council's people it serves, largest first.
        public var bodies: [(body: Body, share: Double)]
        /// Σ of the shares: below 1 when some of the council's people have no body of `type`.
        public var coverage: Double

        public static func == (l: SplitCouncil, r: SplitCouncil) -> Bool {
            l.council == r.council && l.inside == r.inside && l.population == r.population && l.type == r.type
                && l.coverage == r.coverage && l.bodies.map(\.body) == r.bodies.map(\.body)
                && l.bodies.map(\.share) == r.bodies.map(\.share)
        }
    }

    /// N: people (or leaves, when unweighted) in the footprint.
    public let population: Double
    /// Whether leaves weigh by population.
    public let byPopulation: Bool
    /// G: people of the footprint living in a coterminosity gap; nil without geography.
    public let peopleInGaps: Double?
    /// Σ_a in(a)/P(a).
    public let agencyEquivalents: Double
    /// £ millions apportioned to the footprint; nil when no agency serving it has a budget.
    public let spend: Double?
    /// Agencies serving the footprint with a budget, and without one.
    public let budgetedAgencies: Int
    public let unbudgetedAgencies: Int
    public let crossings: [Crossing]
    public let splitCouncils: [SplitCouncil]

    /// G / N, nil when N = 0 or without geography.
    public var shareInGaps: Double? { peopleInGaps.flatMap { population > 0 ? $0 / population : nil } }
    /// 100,000 · Σ_a in(a)/P(a) / N, nil when N = 0.
    public var agenciesPer100k: Double? { population > 0 ? 100_000 * agencyEquivalents / population : nil }
    /// £ per head: spend · 10⁶ / N, nil without a budget or when N = 0.
    public var spendPerHead: Double? { spend.flatMap { population > 0 ? $0 * 1_000_000 / population : nil } }

    /// The profile of the footprint made of the areas `roots` and every area below them.
    ///
    /// - Parameter owner: the agency whose footprint this is (`--by type=T`), left out of the
    ///   crossings (it fills its own footprint by definition).
    public init(footprint roots: [Int], basis: Basis, owner: Int? = nil) {
        let network = basis.network
        let inside = network.areasWithin(Set(roots))
        self.init(leafMask: inside, basis: basis, owner: owner)
    }

    /// The profile of the whole network (every leaf), for `compare`.
    public init(wholeNetwork basis: Basis) {
        self.init(leafMask: [Bool](repeating: true, count: basis.network.areas.count), basis: basis, owner: nil)
    }

    private init(leafMask inside: [Bool], basis: Basis, owner: Int?) {
        let network = basis.network, shares = basis.shares, coverage = shares.coverage
        let eps = basis.coterminosity.tolerance
        byPopulation = shares.byPopulation
        var n = 0.0
        for i in network.areas.indices where inside[i] && shares.isLeaf[i] { n += shares.weight[i] }
        population = n
        if basis.coterminosity.hasGeography {
            var g = 0.0
            for i in network.areas.indices where inside[i] && shares.isLeaf[i] { g += basis.coterminosity.areaPopulationInGaps[i] }
            peopleInGaps = g
        } else {
            peopleInGaps = nil
        }
        func body(_ a: Int) -> Body {
            Body(id: network.agencies[a].id, name: network.agencies[a].name, type: network.agencies[a].type)
        }
        var equivalents = 0.0, spend = 0.0, budgeted = 0, unbudgeted = 0
        var crossings: [Crossing] = []
        var inFootprint = [Double](repeating: 0, count: network.agencyCount)
        for a in network.agencies.indices {
            var here = 0.0
            for e in coverage.offsets[a]..<coverage.offsets[a + 1] where inside[Int(coverage.leaves[e])] {
                here += coverage.shares[e] * shares.weight[Int(coverage.leaves[e])]
            }
            inFootprint[a] = here
            let total = basis.served[a]
            guard here > 0, total > 0 else { continue }
            equivalents += here / total
            if let b = network.agencies[a].budgetMillions {
                spend += b * here / total
                budgeted += 1
            } else {
                unbudgeted += 1
            }
            let outside = max(0, total - here)
            if a != owner, here > eps * total, outside > eps * total {
                crossings.append(Crossing(body: body(a), inside: here, outside: outside, containsFootprint: here >= (1 - eps) * n))
            }
        }
        agencyEquivalents = equivalents
        self.spend = budgeted > 0 ? spend : nil
        budgetedAgencies = budgeted
        unbudgetedAgencies = unbudgeted
        self.crossings = crossings.sorted {
            $0.smallerSide != $1.smallerSide ? $0.smallerSide > $1.smallerSide : $0.body.id < $1.body.id
        }
        var split: [SplitCouncil] = []
        for a in network.agencies.indices where inFootprint[a] > 0 && ComparisonRow.councilTypes.contains(network.agencies[a].type) {
            for set in basis.coterminosity.counterparts(of: a) where !ComparisonRow.councilTypes.contains(set.type) {
                let largest = set.counterparts.map(\.share).max() ?? 0
                guard largest < 1 - eps else { continue }
                split.append(SplitCouncil(council: body(a), inside: inFootprint[a], population: basis.served[a], type: set.type,
                                          bodies: set.counterparts.map { (body($0.agency), $0.share) }, coverage: set.coverage))
            }
        }
        splitCouncils = split.sorted {
            if $0.type != $1.type { return $0.type < $1.type }
            if $0.inside != $1.inside { return $0.inside > $1.inside }
            return $0.council.id < $1.council.id
        }
    }
}
