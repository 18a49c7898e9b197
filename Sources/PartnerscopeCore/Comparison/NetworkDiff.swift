/// What changed between two snapshots of the same place (two vintages, or before and after a
/// reorganisation): agencies and ties added and removed, boundaries redrawn and the people moved
/// between bodies, and each agency's change in centrality.
///
/// Matching. Agencies match by id, areas by code, ties by (source id, target id, type, directed),
/// an undirected tie with its ends in id order. A tie in both snapshots whose weight changed
/// (relationships repeated under one key summed) is listed in `tiesReweighted`, not as added and
/// removed.
///
/// Definitions (A the first snapshot, B the second; leaf areas as in ``CoterminosityAnalysis``,
/// a boundary on a parent area applying to every leaf below it):
/// - `population` of an agency in a snapshot: Σ_x s(x)·P(x) over the leaves it covers, with that
///   snapshot's populations (1 per leaf when some leaf lacks one).
/// - `areasGained` / `areasLost`: leaf codes covered in B and not in A, and the reverse.
/// - Flows: for each type T with agencies in both snapshots and each leaf code x in both, the
///   *holder* of x for T in a snapshot is the agency of type T covering x with the largest share
///   (ties: smaller id), or none. When the holders differ, P(x) moves from A's holder to B's (a flow
///   from or to "none" when x was or becomes uncovered). P(x) is B's population of x, else A's,
///   else 1. Flows add up per (type, from, to).
/// - Measures of an agency in each snapshot: degree (distinct partners, undirected view),
///   betweenness (normalised, undirected unweighted, ``Betweenness``) and PageRank (directed view,
///   ties weighted, ``PageRank``); nil where the agency is not in the snapshot.
///
/// Example: a CCG abolished and an ICB created over the same LSOAs gives one removed and one added
/// agency, their ties removed and added, and no flow (the types differ); two councils merging into
/// a unitary moves their people between councils of type `district-council` → none and none →
/// `unitary-council` only if the types exist in both snapshots.
///
/// - Complexity: O((|V_A| + |V_B|)·|E| ) for betweenness, plus O(|B_A| + |B_B| + T·|areas|) for
///   boundaries and flows.
/// - Corner cases: two empty networks give an empty diff; a snapshot without areas or boundaries has
///   population 0 for every agency and no flows; nothing is NaN.
public struct NetworkDiff: Sendable {
    /// A tie as the diff matches it.
    public struct Tie: Sendable, Hashable, Comparable {
        public var source: AgencyID
        public var target: AgencyID
        public var type: RelationshipType
        public var directed: Bool

        public init(source: AgencyID, target: AgencyID, type: RelationshipType, directed: Bool) {
            if !directed && target < source {
                self.source = target
                self.target = source
            } else {
                self.source = source
                self.target = target
            }
            self.type = type
            self.directed = directed
        }

        public static func < (l: Tie, r: Tie) -> Bool {
            (l.source, l.target, l.type, l.directed ? 1 : 0) < (r.source, r.target, r.type, r.directed ? 1 : 0)
        }
    }

    public enum Status: String, Sendable { case added, removed, kept }

    /// A tie kept between the snapshots with a different strength.
    public struct Reweighted: Sendable, Equatable {
        public var tie: Tie
        public var weight: (a: Double, b: Double)

        public static func == (l: Reweighted, r: Reweighted) -> Bool {
            l.tie == r.tie && l.weight.a == r.weight.a && l.weight.b == r.weight.b
        }
    }

    /// One agency of either snapshot with its figures in both.
    public struct AgencyChange: Sendable {
        public var id: AgencyID
        public var name: String
        public var type: String
        public var status: Status
        public var degree: (a: Double?, b: Double?)
        public var betweenness: (a: Double?, b: Double?)
        public var pageRank: (a: Double?, b: Double?)
        public var population: (a: Double?, b: Double?)
        public var areasGained: Int
        public var areasLost: Int
        /// Whether the agency's name, type or sector differ between the snapshots (kept agencies).
        public var relabelled: Bool
    }

    /// People moved from one holder to another for one type.
    public struct Flow: Sendable, Equatable {
        public var type: String
        public var from: AgencyID?
        public var to: AgencyID?
        public var population: Double
        public var areas: Int

        public init(type: String, from: AgencyID?, to: AgencyID?, population: Double, areas: Int) {
            self.type = type
            self.from = from
            self.to = to
            self.population = population
            self.areas = areas
        }
    }

    /// Every agency of A or B, sorted by id.
    public let agencies: [AgencyChange]
    public let tiesAdded: [Tie]
    public let tiesRemoved: [Tie]
    /// Ties in both snapshots whose total weight changed, in tie order.
    public let tiesReweighted: [Reweighted]
    /// Sorted by type, then population descending, then from and to.
    public let flows: [Flow]
    /// Leaf codes in both snapshots, only in A, only in B.
    public let sharedLeaves: Int
    public let leavesOnlyInA: Int
    public let leavesOnlyInB: Int

    public var added: [AgencyChange] { agencies.filter { $0.status == .added } }
    public var removed: [AgencyChange] { agencies.filter { $0.status == .removed } }
    /// Kept agencies whose covered leaves changed.
    public var boundaryChanges: [AgencyChange] { agencies.filter { $0.status == .kept && ($0.areasGained > 0 || $0.areasLost > 0) } }

    /// The figures of one snapshot, by agency index.
    struct Snapshot {
        var degree: [Double]
        var betweenness: [Double]
        var pageRank: [Double]
        var population: [Double]
        /// Leaf codes per agency.
        var leaves: [Set<AreaCode>]
        /// Holder per type per leaf code (type → code → (agency index, share)).
        var holders: [String: [AreaCode: (Int, Double)]]
        var leafPopulation: [AreaCode: Double?]

        init(_ network: Network) {
            let undirected = Graph(network: network, directed: false, weighted: false)
            degree = (0..<network.agencyCount).map { Double(undirected.outDegree($0)) }
            betweenness = Betweenness.scores(undirected)
            pageRank = network.agencyCount > 0 ? PageRank.scores(Graph(network: network, directed: true, weighted: true)) : []
            let hierarchy = AreaHierarchy(network)
            let coverage = LeafCoverage(network: network, hierarchy: hierarchy)
            var weighted = true
            var leafPopulation: [AreaCode: Double?] = [:]
            for (i, area) in network.areas.enumerated() where hierarchy.isLeaf[i] {
                leafPopulation[area.code] = area.population.map(Double.init)
                if area.population == nil { weighted = false }
            }
            self.leafPopulation = leafPopulation
            var population = [Double](repeating: 0, count: network.agencyCount)
            var leaves = [Set<AreaCode>](repeating: [], count: network.agencyCount)
            var holders: [String: [AreaCode: (Int, Double)]] = [:]
            for a in 0..<network.agencyCount {
                let type = network.agencies[a].type
                for k in coverage.offsets[a]..<coverage.offsets[a + 1] {
                    let area = network.areas[Int(coverage.leaves[k])]
                    let share = coverage.shares[k]
                    population[a] += share * (weighted ? Double(area.population ?? 0) : 1)
                    leaves[a].insert(area.code)
                    if let (held, s) = holders[type]?[area.code],
                       s > share || (s == share && network.agencies[held].id < network.agencies[a].id) {
                        continue
                    }
                    holders[type, default: [:]][area.code] = (a, share)
                }
            }
            self.population = population
            self.leaves = leaves
            self.holders = holders
        }
    }

    /// Compares snapshot `a` (before) with `b` (after).
    public init(_ a: Network, _ b: Network) {
        let sa = Snapshot(a), sb = Snapshot(b)
        var changes: [AgencyChange] = []
        for id in Set(a.agencies.map(\.id)).union(b.agencies.map(\.id)).sorted() {
            let ia = a.index(of: id), ib = b.index(of: id)
            let agency = (ib.map { b.agencies[$0] } ?? ia.map { a.agencies[$0] })!
            let status: Status = ia == nil ? .added : ib == nil ? .removed : .kept
            let leavesA = ia.map { sa.leaves[$0] } ?? [], leavesB = ib.map { sb.leaves[$0] } ?? []
            var relabelled = false
            if let ia, let ib {
                let x = a.agencies[ia], y = b.agencies[ib]
                relabelled = x.name != y.name || x.type != y.type || x.sector != y.sector
            }
            changes.append(AgencyChange(
                id: id, name: agency.name, type: agency.type, status: status,
                degree: (ia.map { sa.degree[$0] }, ib.map { sb.degree[$0] }),
                betweenness: (ia.map { sa.betweenness[$0] }, ib.map { sb.betweenness[$0] }),
                pageRank: (ia.map { sa.pageRank[$0] }, ib.map { sb.pageRank[$0] }),
                population: (ia.map { sa.population[$0] }, ib.map { sb.population[$0] }),
                areasGained: status == .kept ? leavesB.subtracting(leavesA).count : 0,
                areasLost: status == .kept ? leavesA.subtracting(leavesB).count : 0,
                relabelled: relabelled))
        }
        agencies = changes

        func ties(_ n: Network) -> [Tie: Double] {
            var weights: [Tie: Double] = [:]
            for r in n.relationships {
                let tie = Tie(source: n.agencies[r.source].id, target: n.agencies[r.target].id, type: r.type, directed: r.directed)
                weights[tie, default: 0] += r.weight
            }
            return weights
        }
        let ta = ties(a), tb = ties(b)
        tiesAdded = tb.keys.filter { ta[$0] == nil }.sorted()
        tiesRemoved = ta.keys.filter { tb[$0] == nil }.sorted()
        tiesReweighted = ta.compactMap { tie, wa in
            tb[tie].flatMap { wb in wa == wb ? nil : Reweighted(tie: tie, weight: (wa, wb)) }
        }.sorted { $0.tie < $1.tie }

        let codesA = Set(sa.leafPopulation.keys), codesB = Set(sb.leafPopulation.keys)
        let shared = codesA.intersection(codesB)
        sharedLeaves = shared.count
        leavesOnlyInA = codesA.count - shared.count
        leavesOnlyInB = codesB.count - shared.count

        var flowSums: [String: [Pair: (Double, Int)]] = [:]
        let sharedSorted = shared.sorted()
        for type in Set(sa.holders.keys).intersection(sb.holders.keys).sorted() {
            let ha = sa.holders[type]!, hb = sb.holders[type]!
            for code in sharedSorted {
                let from = ha[code].map { a.agencies[$0.0].id }, to = hb[code].map { b.agencies[$0.0].id }
                guard from != to else { continue }
                let p: Double = (sb.leafPopulation[code] ?? nil) ?? (sa.leafPopulation[code] ?? nil) ?? 1
                let key = Pair(from: from, to: to)
                let old = flowSums[type]?[key] ?? (0, 0)
                flowSums[type, default: [:]][key] = (old.0 + p, old.1 + 1)
            }
        }
        flows = flowSums.keys.sorted().flatMap { type in
            flowSums[type]!.map { Flow(type: type, from: $0.key.from, to: $0.key.to, population: $0.value.0, areas: $0.value.1) }
                .sorted {
                    if $0.population != $1.population { return $0.population > $1.population }
                    if $0.from != $1.from { return ($0.from?.rawValue ?? "") < ($1.from?.rawValue ?? "") }
                    return ($0.to?.rawValue ?? "") < ($1.to?.rawValue ?? "")
                }
        }
    }

    private struct Pair: Hashable {
        var from: AgencyID?
        var to: AgencyID?
    }
}
