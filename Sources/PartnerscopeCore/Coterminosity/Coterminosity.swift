/// How the boundaries of two agencies relate, judged on the people they serve.
public enum CoterminosityRelation: String, CaseIterable, Sendable, Comparable {
    /// Each serves (almost) all of the other's people: a_in_b ≥ 1−ε and b_in_a ≥ 1−ε.
    case coterminous
    /// A's people are (almost) all inside B, not the other way round: a_in_b ≥ 1−ε > b_in_a.
    case aWithinB = "a_within_b"
    /// B's people are (almost) all inside A: b_in_a ≥ 1−ε > a_in_b.
    case bWithinA = "b_within_a"
    /// The boundaries cut across each other: both shares below 1−ε, some people shared.
    case partial

    /// The relation seen from the other agency (a and b swapped).
    public var swapped: CoterminosityRelation {
        switch self {
        case .aWithinB: .bWithinA
        case .bWithinA: .aWithinB
        default: self
        }
    }

    /// Whether one agency nests inside the other (either direction).
    public var isNested: Bool { self == .aWithinB || self == .bWithinA }

    public static func < (lhs: CoterminosityRelation, rhs: CoterminosityRelation) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// Two agencies of different types whose areas overlap, with the population-weighted measures of
/// their overlap. `a` and `b` are indices into ``Network/agencies``.
public struct CoterminosityPair: Hashable, Sendable {
    public var a: Int
    public var b: Int
    public var relation: CoterminosityRelation
    /// shared / (pop(A) + pop(B) − shared), in (0, 1].
    public var jaccard: Double
    /// shared / pop(A): the share of A's people that B also serves.
    public var aInB: Double
    /// shared / pop(B).
    public var bInA: Double
    /// Σ_x min(s_A(x), s_B(x))·P(x).
    public var populationShared: Double
    /// pop(A) − shared (never negative).
    public var populationAOnly: Double
    /// pop(B) − shared (never negative).
    public var populationBOnly: Double
    /// Whether `relationships.csv` ties the two agencies (any type, either direction).
    public var partners: Bool
    /// Whether the `expected` predicate says agencies of these two types should work together.
    public var expected: Bool

    public init(a: Int, b: Int, relation: CoterminosityRelation, jaccard: Double, aInB: Double, bInA: Double,
                populationShared: Double, populationAOnly: Double, populationBOnly: Double,
                partners: Bool, expected: Bool) {
        self.a = a
        self.b = b
        self.relation = relation
        self.jaccard = jaccard
        self.aInB = aInB
        self.bInA = bInA
        self.populationShared = populationShared
        self.populationAOnly = populationAOnly
        self.populationBOnly = populationBOnly
        self.partners = partners
        self.expected = expected
    }

    /// People served by one of the two and not the other: population_a_only + population_b_only.
    public var populationAffected: Double { populationAOnly + populationBOnly }

    /// The size of the split: min(population_shared, population_a_only, population_b_only), the
    /// people on the wrong side of the line. A council of 250,000 people of whom 8,000 sit in
    /// another ICB has 8,000 misaligned with its main ICB however large that ICB is; a council
    /// split 53/47 between ICBs X and Y has 47% of its people misaligned in both pairs (with X they
    /// are the council's remainder, with Y they are the people shared). Nested pairs have 0
    /// (coterminous ones 0 within tolerance). Gaps are ranked by it (``rankedBySplit(_:ids:)``).
    public var populationMisaligned: Double { min(populationShared, populationAOnly, populationBOnly) }

    /// `pairs` sorted by ``populationMisaligned`` descending, then by the id of `a`, then of `b`:
    /// the worst splits first, in an order that does not depend on file order.
    /// - Complexity: O(p log p) for p pairs (see ``splitOrder(_:ids:swapping:)``).
    public static func rankedBySplit(_ pairs: [CoterminosityPair], ids: [AgencyID]) -> [CoterminosityPair] {
        splitOrder(pairs, ids: ids).map { pairs[$0.index] }
    }

    /// The order of ``rankedBySplit(_:ids:)`` without copying a pair: the index of each pair in
    /// `pairs`, worst split first, with whether it is seen from `b` (`swapping` said so, and the
    /// ranking then uses the swapped pair's ids). Equal keys (only possible when two agencies share
    /// an id) keep the order of `pairs`, as a stable sort of the pairs would.
    ///
    /// Ids are compared once, in an O(n log n) sort of the agencies; each pair is then a 24-byte
    /// key (misaligned people, the two id ranks, its index), so sorting millions of pairs moves no
    /// strings and no 80-byte pairs, and a writer can stream the rows from `pairs` in this order.
    ///
    /// - Complexity: O(n log n + p log p) time and O(n + p) memory for n agencies and p pairs.
    public static func splitOrder(_ pairs: [CoterminosityPair], ids: [AgencyID],
                                  swapping swap: (CoterminosityPair) -> Bool = { _ in false })
        -> [(index: Int, swapped: Bool)] {
        let byID = ids.indices.sorted { ids[$0] < ids[$1] }
        var rank = [UInt64](repeating: 0, count: ids.count)
        var r: UInt64 = 0
        for k in byID.indices {
            if k > 0 && ids[byID[k - 1]] < ids[byID[k]] { r += 1 }
            rank[byID[k]] = r
        }
        struct Key {
            var misaligned: Double
            var ranks: UInt64
            var index: Int32
            var swapped: Bool
        }
        var keys = [Key]()
        keys.reserveCapacity(pairs.count)
        for (i, p) in pairs.enumerated() {
            let s = swap(p)
            let (a, b) = s ? (p.b, p.a) : (p.a, p.b)
            keys.append(Key(misaligned: p.populationMisaligned, ranks: rank[a] << 32 | rank[b], index: Int32(i), swapped: s))
        }
        keys.sort { l, r in
            if l.misaligned != r.misaligned { return l.misaligned > r.misaligned }
            if l.ranks != r.ranks { return l.ranks < r.ranks }
            return l.index < r.index
        }
        return keys.map { (Int($0.index), $0.swapped) }
    }

    /// A coterminosity gap: the boundaries cut across each other (`partial`) and the two agencies
    /// are partners or are expected to work together.
    public var isGap: Bool { relation == .partial && (partners || expected) }

    /// Whether the pair counts as a pair of partners for the summary (tied or expected to be).
    public var isPartnerPair: Bool { partners || expected }

    /// The same pair seen from `b` (a and b and every directional measure swapped).
    public var swapped: CoterminosityPair {
        CoterminosityPair(a: b, b: a, relation: relation.swapped, jaccard: jaccard, aInB: bInA, bInA: aInB,
                          populationShared: populationShared, populationAOnly: populationBOnly,
                          populationBOnly: populationAOnly, partners: partners, expected: expected)
    }
}

/// The counterparts of one type that an agency overlaps.
public struct CounterpartSet: Sendable, Equatable {
    /// The counterparts' type.
    public var type: String
    /// Each counterpart with shared(A,B)/pop(A), by share descending, then agency index.
    public var counterparts: [(agency: Int, share: Double)]
    /// Σ_B shared(A,B)/pop(A): 1 when the type's agencies partition A's people; less when some of
    /// A's people have no agency of this type, more where agencies of this type overlap.
    public var coverage: Double
    /// N_eff = (Σ_B s_B)² / Σ_B s_B² with s_B = shared(A,B)/pop(A); 1 = one body serves all the
    /// people A shares with this type.
    public var effectiveNumber: Double

    public static func == (l: CounterpartSet, r: CounterpartSet) -> Bool {
        l.type == r.type && l.coverage == r.coverage && l.effectiveNumber == r.effectiveNumber
            && l.counterparts.count == r.counterparts.count
            && zip(l.counterparts, r.counterparts).allSatisfy { $0.agency == $1.agency && $0.share == $1.share }
    }
}

/// The population-weighted mean N_eff of agencies of one type towards another type.
public struct TypePairEffectiveNumber: Sendable, Equatable {
    /// The type of the agencies A.
    public var type: String
    /// The type of their counterparts.
    public var counterpartType: String
    /// Agencies of `type` with at least one counterpart of `counterpartType`.
    public var agencies: Int
    /// Σ_A pop(A)·N_eff(A, T) / Σ_A pop(A) over those agencies.
    public var meanEffectiveNumber: Double
}

/// Network-wide figures of a ``CoterminosityAnalysis``.
public struct CoterminositySummary: Sendable, Equatable {
    /// Overlapping pairs of different types that are partners or expected to be (the denominator).
    public var partnerPairs: Int
    public var coterminousPairs: Int
    /// Pairs where one agency nests in the other (`a_within_b` or `b_within_a`).
    public var nestedPairs: Int
    public var partialPairs: Int
    /// coterminousPairs / partnerPairs, 0 when there are no partner pairs (likewise below).
    public var shareCoterminous: Double
    public var shareNested: Double
    public var sharePartial: Double
    /// Σ_x P(x) · max over gaps (A,B) covering x of min(s_A(x), s_B(x)): the people served by a
    /// pair of partners whose boundaries cut across each other.
    public var populationInGaps: Double
    /// Σ_x P(x) over the leaf areas some agency covers (at the largest share).
    public var populationCovered: Double
    /// Per ordered pair of types that overlap, sorted by type then counterpart type.
    public var meanNEffByTypePair: [TypePairEffectiveNumber]
}

/// Coterminosity of agency boundaries: how far the areas of agencies of different types line up,
/// weighted by the people who live there.
///
/// Definitions. Agency A covers leaf area x with share s_A(x) ∈ (0, 1] (0 where it does not cover
/// x); P(x) is x's population (1 for every area when the network has no populations):
///
///     pop(A)        = Σ_x s_A(x)·P(x)
///     shared(A,B)   = Σ_x min(s_A(x), s_B(x))·P(x)
///     a_in_b        = shared / pop(A),  b_in_a = shared / pop(B)
///     jaccard       = shared / (pop(A) + pop(B) − shared)
///     relation      = coterminous  if a_in_b ≥ 1−ε and b_in_a ≥ 1−ε
///                     a_within_b   if only a_in_b ≥ 1−ε;  b_within_a if only b_in_a ≥ 1−ε
///                     partial      otherwise
///     N_eff(A, T)   = (Σ_B s_B)² / Σ_B s_B²,  s_B = shared(A,B)/pop(A), B of type T
///
/// N_eff is the inverse Simpson index (Laakso & Taagepera's effective number) of the shares; when
/// the agencies of type T partition A's people (Σ s_B = 1) it is exactly 1 / Σ s_B².
///
/// Geography. Measures are taken on *leaf* areas (areas that are no other area's `parent`). A
/// boundary named on a parent area applies to each of its leaf descendants with the same share; when
/// an agency names both an area and one of its ancestors, the most specific (deepest) one wins for
/// the leaves below it. Populations are used only when every leaf area has one; otherwise every
/// leaf weighs 1 (``populationWeighted`` is false).
///
/// Pairs. Only pairs of agencies of *different* types with shared > 0 are reported, each once with
/// `a < b` in ``Network/agencies`` order. A pair is a *gap* when it is `partial` and the agencies
/// are tied in `relationships.csv` (by a positive tie: a `conflict` is not a partnership) or
/// `expected(type(a), type(b))` holds (asked both ways round);
/// by default every pair of different types is expected to work together. Two agencies whose
/// lifetimes do not overlap, or one of which succeeded the other (``Lifetimes/mayPair(_:_:)``), are
/// never paired: a CCG and the ICB that took over its area are one line of bodies, not a gap.
///
/// - Parameters:
///   - network: the network; without areas or boundaries every result is empty.
///   - tolerance: ε, clamped to [0, 1] (NaN means the default 0.005).
///   - expected: which agency types should work together; nil = every pair of different types.
/// - Complexity: O(|B| log + Σ_x d(x)² + |areas|·depth) time where |B| counts boundary rows after
///   expansion to leaves and d(x) is the number of agencies covering leaf x: an inverted index
///   (area → agencies) means the work grows with overlapping pairs, not with all pairs of agencies.
///   O(n + |B| + pairs) memory.
/// - Corner cases: an empty network, a single agency, agencies without boundaries, areas of zero
///   population (they add nothing; a pair is reported only when shared > 0, so no ratio divides by
///   zero) and parent cycles (their members are not leaves and expand to nothing) give empty or
///   finite results, never NaN.
/// - References: P. Jaccard (1912), "The distribution of the flora in the alpine zone",
///   *New Phytologist* 11(2):37–50, doi:10.1111/j.1469-8137.1912.tb05611.x; M. Laakso &
///   R. Taagepera (1979), "'Effective' number of parties", *Comparative Political Studies*
///   12(1):3–27, doi:10.1177/001041407901200101.
public struct CoterminosityAnalysis: Sendable {
    public static let defaultTolerance = 0.005

    /// ε as used (after clamping).
    public let tolerance: Double
    /// Whether areas weigh by population (false: every leaf area weighs 1).
    public let populationWeighted: Bool
    /// Whether the network has both areas and boundaries to measure.
    public let hasGeography: Bool
    /// pop(A) for every agency (0 for agencies without boundaries).
    public let agencyPopulation: [Double]
    /// Every overlapping pair of agencies of different types, sorted by (a, b), a < b.
    public let pairs: [CoterminosityPair]
    /// The distinct agency types, sorted; ``areaAgencyCounts(_:)`` is indexed by this order.
    public let types: [String]
    /// Counterparts of every agency, CSR by agency (see ``counterparts(of:)``).
    private let counterpartEntries: [Counterpart]
    private let groupOffsets: [Int]
    private let counterpartGroups: [CounterpartGroup]
    /// For each area (in ``Network/areas`` order), the people it weighs: P(x) for a leaf, the sum
    /// over its leaf descendants for a parent.
    public let areaPopulation: [Double]
    /// For each area, the people in it served by a gap pair (see ``CoterminositySummary/populationInGaps``).
    public let areaPopulationInGaps: [Double]
    /// Whether each area is a leaf.
    public let isLeaf: [Bool]
    public let summary: CoterminositySummary

    private let typeCount: Int
    /// Row-major |areas| × |types|: distinct agencies of each type covering the area or any leaf below it.
    private let areaCounts: [Int32]

    /// The pairs that are coterminosity gaps, sorted by (a, b).
    public var gaps: [CoterminosityPair] { pairs.filter(\.isGap) }

    /// The number of distinct agencies of each type (``types`` order) covering `area` (for a parent
    /// area: covering it or any leaf below it).
    public func areaAgencyCounts(_ area: Int) -> [Int] {
        guard typeCount > 0 else { return [] }
        return areaCounts[(area * typeCount)..<((area + 1) * typeCount)].map(Int.init)
    }

    /// The agency's counterparts grouped by type (sorted by type), each group with its N_eff.
    ///
    /// - Complexity: O(number of counterparts of `agency`).
    public func counterparts(of agency: Int) -> [CounterpartSet] {
        counterpartGroups[groupOffsets[agency]..<groupOffsets[agency + 1]].map { g in
            CounterpartSet(type: types[Int(g.type)],
                           counterparts: counterpartEntries[g.start..<g.end].map { (Int($0.agency), $0.share) },
                           coverage: g.coverage, effectiveNumber: g.effectiveNumber)
        }
    }

    /// The number of (agency, counterpart type) groups, i.e. of rows in a by-agency table.
    public var counterpartGroupCount: Int { counterpartGroups.count }

    /// N_eff(agency, type), or nil when the agency overlaps no agency of that type.
    public func effectiveNumber(of agency: Int, type: String) -> Double? {
        for g in counterpartGroups[groupOffsets[agency]..<groupOffsets[agency + 1]] where types[Int(g.type)] == type {
            return g.effectiveNumber
        }
        return nil
    }

    public init(network: Network, tolerance: Double = CoterminosityAnalysis.defaultTolerance,
                expected: ((String, String) -> Bool)? = nil) {
        let eps = tolerance.isNaN ? Self.defaultTolerance : min(1, max(0, tolerance))
        self.tolerance = eps
        let n = network.agencyCount
        let areaCount = network.areas.count

        let typeNames = network.types
        let agencyType = network.agencyTypeIndex
        let T = typeNames.count
        types = typeNames
        typeCount = T

        let hierarchy = AreaHierarchy(network)
        isLeaf = hierarchy.isLeaf
        let weights = LeafWeights(network: network, hierarchy: hierarchy)
        populationWeighted = weights.byPopulation
        hasGeography = areaCount > 0 && !network.boundaries.isEmpty

        let coverage = LeafCoverage(network: network, hierarchy: hierarchy)
        let byArea = AgenciesByArea(coverage, areaCount: areaCount, agencyCount: n)
        agencyPopulation = Self.agencyPopulations(coverage, weights.weight)

        let pairs = Self.overlappingPairs(
            network: network, coverage: coverage, byArea: byArea, weight: weights.weight,
            population: agencyPopulation, agencyType: agencyType, threshold: 1 - eps,
            expected: ExpectedTypePairs(typeNames: typeNames, expected: expected))
        self.pairs = pairs

        let table = CounterpartTable(pairs: pairs, agencyType: agencyType, population: agencyPopulation, typeCount: T)
        counterpartEntries = table.entries
        groupOffsets = table.groupOffsets
        counterpartGroups = table.groups

        areaCounts = Self.areaTypeCounts(coverage, hierarchy: hierarchy, agencyType: agencyType, typeCount: T)
        let gaps = Self.gapPopulations(pairs: pairs, coverage: coverage, byArea: byArea, hierarchy: hierarchy,
                                       weight: weights.weight, agencyCount: n)
        areaPopulation = gaps.areaPopulation
        areaPopulationInGaps = gaps.areaPopulationInGaps
        summary = Self.summarise(pairs: pairs, table: table, typeNames: typeNames,
                                 populationInGaps: gaps.inGaps, populationCovered: gaps.covered)
    }

    // MARK: Steps of the analysis

    /// pop(A) for every agency, summed in the agency's area order (the order the pair loop uses,
    /// so a nested pair with shares of 1 gives shared == pop(A) exactly).
    ///
    /// - Complexity: O(|B|).
    private static func agencyPopulations(_ coverage: LeafCoverage, _ weight: [Double]) -> [Double] {
        let n = coverage.offsets.count - 1
        var pop = [Double](repeating: 0, count: n)
        for a in 0..<n {
            var s = 0.0
            for e in coverage.offsets[a]..<coverage.offsets[a + 1] { s += coverage.shares[e] * weight[Int(coverage.leaves[e])] }
            pop[a] = s
        }
        return pop
    }

    /// Every pair of agencies of different types sharing people, with its relation, Jaccard and
    /// populations, sorted by (a, b): for each agency a, shared(a, b) is accumulated over the
    /// agencies b > a met in a's leaf areas (through the area → agencies index).
    ///
    /// - Complexity: O(Σ_x d(x)² + pairs log) where d(x) is the number of agencies covering leaf x.
    private static func overlappingPairs(network: Network, coverage: LeafCoverage, byArea: AgenciesByArea,
                                         weight: [Double], population pop: [Double], agencyType: [Int32],
                                         threshold: Double, expected: ExpectedTypePairs) -> [CoterminosityPair] {
        let n = network.agencyCount
        var expected = expected
        let ties = TiedPartners(network)
        var tiedStamp = [Int32](repeating: -1, count: n)
        // Never pair bodies that did not exist at the same time, or a body with its successor.
        let lifetimes = Lifetimes(network)
        var acc = [Double](repeating: 0, count: n)
        var stamp = [Int32](repeating: -1, count: n)
        var touched: [Int32] = []
        var result: [CoterminosityPair] = []
        for a in 0..<n {
            let ta = agencyType[a]
            touched.removeAll(keepingCapacity: true)
            for k in ties.offsets[a]..<ties.offsets[a + 1] { tiedStamp[Int(ties.partners[k])] = Int32(a) }
            for e in coverage.offsets[a]..<coverage.offsets[a + 1] {
                let x = Int(coverage.leaves[e])
                let px = weight[x]
                let sa = coverage.shares[e]
                var p = byArea.slot[e] + 1
                let end = byArea.offsets[x + 1]
                while p < end {
                    let b = Int(byArea.agencies[p])
                    if agencyType[b] != ta {
                        if stamp[b] != Int32(a) {
                            stamp[b] = Int32(a)
                            acc[b] = 0
                            touched.append(Int32(b))
                        }
                        acc[b] += min(sa, byArea.shares[p]) * px
                    }
                    p += 1
                }
            }
            guard !touched.isEmpty else { continue }
            touched.sort()
            for b32 in touched {
                let b = Int(b32)
                let shared = acc[b]
                guard shared > 0, lifetimes.mayPair(a, b) else { continue }
                let popA = pop[a], popB = pop[b]
                let aInB = min(1, shared / popA)
                let bInA = min(1, shared / popB)
                let relation: CoterminosityRelation
                switch (aInB >= threshold, bInA >= threshold) {
                case (true, true): relation = .coterminous
                case (true, false): relation = .aWithinB
                case (false, true): relation = .bWithinA
                case (false, false): relation = .partial
                }
                let union = popA + popB - shared
                result.append(CoterminosityPair(
                    a: a, b: b, relation: relation, jaccard: union > 0 ? min(1, shared / union) : 0,
                    aInB: aInB, bInA: bInA, populationShared: shared,
                    populationAOnly: max(0, popA - shared), populationBOnly: max(0, popB - shared),
                    partners: tiedStamp[b] == Int32(a), expected: expected.holds(ta, agencyType[b])))
            }
        }
        return result
    }

    /// Row-major |areas| × |types|: the distinct agencies of each type covering each area or a leaf
    /// below it. Walks up from each covered leaf, stopping at areas this agency already reached, so
    /// each (agency, area) is counted once.
    ///
    /// - Complexity: O(|B| + Σ_A areas reached by A).
    private static func areaTypeCounts(_ coverage: LeafCoverage, hierarchy: AreaHierarchy, agencyType: [Int32],
                                       typeCount T: Int) -> [Int32] {
        let areaCount = hierarchy.parent.count
        var counts = [Int32](repeating: 0, count: areaCount * T)
        var reached = [Int32](repeating: -1, count: areaCount)
        for a in 0..<(coverage.offsets.count - 1) {
            let t = Int(agencyType[a])
            for e in coverage.offsets[a]..<coverage.offsets[a + 1] {
                var cur = Int(coverage.leaves[e])
                while cur >= 0 && reached[cur] != Int32(a) {
                    reached[cur] = Int32(a)
                    counts[cur * T + t] += 1
                    cur = hierarchy.parent[cur]
                }
            }
        }
        return counts
    }

    /// The people in gaps: per leaf, the largest min(s_A, s_B) over the gap pairs covering it, times
    /// its weight; summed over the network and up the area tree, with the people covered.
    ///
    /// - Complexity: O(Σ over agencies in a gap of the agencies met in their areas + |areas|·depth).
    private static func gapPopulations(pairs: [CoterminosityPair], coverage: LeafCoverage, byArea: AgenciesByArea,
                                       hierarchy: AreaHierarchy, weight: [Double], agencyCount n: Int)
        -> (areaPopulation: [Double], areaPopulationInGaps: [Double], inGaps: Double, covered: Double) {
        let areaCount = hierarchy.parent.count
        var gapShare = [Double](repeating: 0, count: areaCount)
        var gapPartners = [[Int32]](repeating: [], count: n)
        for p in pairs where p.isGap { gapPartners[p.a].append(Int32(p.b)) }
        var mark = [Int32](repeating: -1, count: n)
        for a in 0..<n where !gapPartners[a].isEmpty {
            for b in gapPartners[a] { mark[Int(b)] = Int32(a) }
            for e in coverage.offsets[a]..<coverage.offsets[a + 1] {
                let x = Int(coverage.leaves[e])
                let sa = coverage.shares[e]
                for p in (byArea.slot[e] + 1)..<byArea.offsets[x + 1] where mark[Int(byArea.agencies[p])] == Int32(a) {
                    gapShare[x] = max(gapShare[x], min(sa, byArea.shares[p]))
                }
            }
        }
        var maxShare = [Double](repeating: 0, count: areaCount)
        for e in 0..<coverage.leaves.count {
            maxShare[Int(coverage.leaves[e])] = max(maxShare[Int(coverage.leaves[e])], coverage.shares[e])
        }
        var areaPop = [Double](repeating: 0, count: areaCount)
        var areaGap = [Double](repeating: 0, count: areaCount)
        var inGaps = 0.0, covered = 0.0
        for x in 0..<areaCount where hierarchy.isLeaf[x] {
            let g = gapShare[x] * weight[x]
            inGaps += g
            covered += maxShare[x] * weight[x]
            var cur = x
            var steps = 0
            while cur >= 0 && steps <= areaCount {
                areaPop[cur] += weight[x]
                areaGap[cur] += g
                cur = hierarchy.parent[cur]
                steps += 1
            }
        }
        return (areaPop, areaGap, inGaps, covered)
    }

    /// The network-level summary: partner pairs by relation, people in gaps and covered, and the
    /// population-weighted mean N_eff per ordered pair of types.
    ///
    /// - Complexity: O(pairs + types²).
    private static func summarise(pairs: [CoterminosityPair], table: CounterpartTable, typeNames: [String],
                                  populationInGaps: Double, populationCovered: Double) -> CoterminositySummary {
        let T = typeNames.count
        var partnerPairs = 0, cot = 0, nested = 0, partial = 0
        for p in pairs where p.isPartnerPair {
            partnerPairs += 1
            switch p.relation {
            case .coterminous: cot += 1
            case .aWithinB, .bWithinA: nested += 1
            case .partial: partial += 1
            }
        }
        let denominator = Double(max(partnerPairs, 1))
        let means = (0..<(T * T)).filter { table.typePairAgencies[$0] > 0 }.map { k in
            TypePairEffectiveNumber(type: typeNames[k / T], counterpartType: typeNames[k % T],
                                    agencies: table.typePairAgencies[k],
                                    meanEffectiveNumber: table.typePairWeight[k] > 0 ? table.typePairSum[k] / table.typePairWeight[k] : 0)
        }
        return CoterminositySummary(
            partnerPairs: partnerPairs, coterminousPairs: cot, nestedPairs: nested, partialPairs: partial,
            shareCoterminous: Double(cot) / denominator, shareNested: Double(nested) / denominator,
            sharePartial: Double(partial) / denominator, populationInGaps: populationInGaps,
            populationCovered: populationCovered, meanNEffByTypePair: means)
    }
}

/// For each agency, the agencies with a larger index it is tied to by a positive tie (CSR;
/// self-ties and negative ties such as `conflict` dropped).
///
/// - Complexity: O(n + |relationships|).
struct TiedPartners {
    var offsets: [Int]
    var partners: [Int32]

    init(_ network: Network) {
        let n = network.agencyCount
        var tieOff = [Int](repeating: 0, count: n + 1)
        for r in network.relationships where r.source != r.target && !r.isNegative { tieOff[min(r.source, r.target) + 1] += 1 }
        for a in 0..<n { tieOff[a + 1] += tieOff[a] }
        var tieFill = tieOff
        var tiePartner = [Int32](repeating: 0, count: tieOff[n])
        for r in network.relationships where r.source != r.target && !r.isNegative {
            let lo = min(r.source, r.target)
            tiePartner[tieFill[lo]] = Int32(max(r.source, r.target))
            tieFill[lo] += 1
        }
        offsets = tieOff
        partners = tiePartner
    }
}

/// The `expected` predicate of ``CoterminosityAnalysis`` on interned types, asked both ways round
/// and cached per ordered pair (a table up to 2,048 types, a dictionary beyond).
struct ExpectedTypePairs {
    let typeNames: [String]
    let expected: ((String, String) -> Bool)?
    private var table: [Int8]
    private var dictionary = [Int: Bool]()

    init(typeNames: [String], expected: ((String, String) -> Bool)?) {
        self.typeNames = typeNames
        self.expected = expected
        let T = typeNames.count
        table = [Int8](repeating: -1, count: T <= 2048 ? T * T : 0)
    }

    /// Whether agencies of types `ta` and `tb` are expected to work together (nil predicate: any two
    /// different types).
    mutating func holds(_ ta: Int32, _ tb: Int32) -> Bool {
        guard let expected else { return ta != tb }
        let T = typeNames.count
        let k = Int(ta) * T + Int(tb)
        if T <= 2048 {
            if table[k] >= 0 { return table[k] == 1 }
        } else if let v = dictionary[k] { return v }
        let v = expected(typeNames[Int(ta)], typeNames[Int(tb)]) || expected(typeNames[Int(tb)], typeNames[Int(ta)])
        if T <= 2048 {
            table[k] = v ? 1 : 0
            table[Int(tb) * T + Int(ta)] = v ? 1 : 0
        } else {
            dictionary[k] = v
            dictionary[Int(tb) * T + Int(ta)] = v
        }
        return v
    }
}

/// Counterparts and N_eff per agency: CSR of (counterpart, share) sorted by counterpart type,
/// share descending, counterpart index; one group per (agency, counterpart type); and per ordered
/// pair of types the agencies, population and population-weighted N_eff sum behind the summary's means.
///
/// - Complexity: O(pairs log pairs + types²).
struct CounterpartTable {
    var entries: [Counterpart]
    var groupOffsets: [Int]
    var groups: [CounterpartGroup]
    var typePairAgencies: [Int]
    var typePairWeight: [Double]
    var typePairSum: [Double]

    init(pairs: [CoterminosityPair], agencyType: [Int32], population pop: [Double], typeCount T: Int) {
        let n = agencyType.count
        var nOff = [Int](repeating: 0, count: n + 1)
        for p in pairs {
            nOff[p.a + 1] += 1
            nOff[p.b + 1] += 1
        }
        for a in 0..<n { nOff[a + 1] += nOff[a] }
        var nFill = nOff
        var entries = [Counterpart](repeating: Counterpart(type: 0, agency: 0, share: 0), count: nOff[n])
        for p in pairs {
            entries[nFill[p.a]] = Counterpart(type: agencyType[p.b], agency: Int32(p.b), share: p.aInB)
            nFill[p.a] += 1
            entries[nFill[p.b]] = Counterpart(type: agencyType[p.a], agency: Int32(p.a), share: p.bInA)
            nFill[p.b] += 1
        }
        var gOff = [Int](repeating: 0, count: n + 1)
        var groups: [CounterpartGroup] = []
        var typePairAgencies = [Int](repeating: 0, count: T * T)
        var typePairWeight = [Double](repeating: 0, count: T * T)
        var typePairSum = [Double](repeating: 0, count: T * T)
        for a in 0..<n {
            let lo = nOff[a], hi = nOff[a + 1]
            if hi - lo > 1 {
                entries[lo..<hi].sort {
                    if $0.type != $1.type { return $0.type < $1.type }
                    if $0.share != $1.share { return $0.share > $1.share }
                    return $0.agency < $1.agency
                }
            }
            var start = lo
            while start < hi {
                let t = entries[start].type
                var end = start
                // Shares are scaled by the group's largest (the first, by the sort) before
                // squaring: N_eff is scale-free, and unscaled a tiny share squared to 0 and gave
                // N_eff 0. Scaled, the largest term is 1, so N_eff ≥ 1 always.
                let largest = entries[start].share
                var scaledSum = 0.0, scaledSumSq = 0.0, sum = 0.0
                while end < hi && entries[end].type == t {
                    sum += entries[end].share
                    let x = largest > 0 ? entries[end].share / largest : 0
                    scaledSum += x
                    scaledSumSq += x * x
                    end += 1
                }
                let neff = scaledSumSq > 0 ? scaledSum * scaledSum / scaledSumSq : 0
                groups.append(CounterpartGroup(type: t, start: start, end: end, coverage: sum, effectiveNumber: neff))
                let k = Int(agencyType[a]) * T + Int(t)
                typePairAgencies[k] += 1
                typePairWeight[k] += pop[a]
                typePairSum[k] += pop[a] * neff
                start = end
            }
            gOff[a + 1] = groups.count
        }
        self.entries = entries
        groupOffsets = gOff
        self.groups = groups
        self.typePairAgencies = typePairAgencies
        self.typePairWeight = typePairWeight
        self.typePairSum = typePairSum
    }
}

/// One counterpart of an agency (CSR entry).
struct Counterpart: Sendable {
    var type: Int32
    var agency: Int32
    var share: Double
}

/// The counterparts of one type of one agency: a range of ``Counterpart`` entries.
struct CounterpartGroup: Sendable {
    var type: Int32
    var start: Int
    var end: Int
    var coverage: Double
    var effectiveNumber: Double
}
