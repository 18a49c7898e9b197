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
///   betweenness (normalised, undirected unweighted, ``Betweenness``) and influence
///   (``ResourceDependence/influence(_:damping:)``: PageRank toward the bodies others depend on);
///   nil where the agency is not in the snapshot.
///
/// Successions. With a ``Lineage`` (by default the `successor_of` of both snapshots), an agency
/// only in B whose ancestors include agencies only in A took over from them: predecessors and
/// successors linked this way form one ``Succession`` per connected group (five PCTs → one ICB;
/// 106 CCGs → 42 ICBs, a CCG split between two ICBs joining their groups). Their status is
/// `succeeded` / `successor`, not `removed` / `added`, and their ties are reported with the
/// succession instead of in ``tiesAdded`` / ``tiesRemoved``: a tie of a predecessor with partner q
/// and a tie of the same type and direction of a successor with q is *carried* (q matched by id, or
/// by succession when q itself was succeeded; several predecessors' ties with one partner are all
/// carried into the successor's); the others *ended* or *begun*. People *moved* from
/// predecessor p to successor s: Σ_x P(x)·min(s_A(p, x), s_B(s, x)) over the leaf codes in both
/// snapshots that p covered in A and s covers in B (P(x) as for flows).
///
/// Example: a CCG abolished and an ICB created over the same LSOAs with `successor_of` gives one
/// succession (CCG → ICB) whose people all moved and whose ties with the same partners are carried;
/// without `successor_of` one removed and one added agency, their ties removed and added, and no
/// flow (the types differ). Two councils merging into a unitary moves their people between
/// councils of type `district-council` → none and none → `unitary-council` only if the types exist
/// in both snapshots.
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

    /// `succeeded`: only in A, taken over by an agency only in B; `successor`: only in B, took over
    /// from agencies only in A (see ``Succession``).
    public enum Status: String, Sendable { case added, removed, kept, succeeded, successor }

    /// A tie of a predecessor carried over to a successor: the same partner (or the partner's own
    /// successor), type and direction.
    public struct CarriedTie: Sendable, Equatable {
        /// The tie in A (with the predecessor) and in B (with the successor).
        public var before: Tie
        public var after: Tie
    }

    /// People of a predecessor's footprint now in a successor's.
    public struct Move: Sendable, Equatable {
        public var from: AgencyID
        public var to: AgencyID
        public var population: Double
        public var areas: Int

        public init(from: AgencyID, to: AgencyID, population: Double, areas: Int) {
            self.from = from
            self.to = to
            self.population = population
            self.areas = areas
        }
    }

    /// Bodies of A taken over by bodies of B (`successor_of`), with the people and ties that moved.
    public struct Succession: Sendable, Equatable {
        /// Only in A, sorted by id.
        public var predecessors: [AgencyID]
        /// Only in B, sorted by id.
        public var successors: [AgencyID]
        /// The people of the predecessors' joint footprint in A, Σ_x P(x)·max_p s_A(p, x), and of the
        /// successors' in B (overlapping bodies, such as a transport authority and a police
        /// authority over the same districts, count each person once).
        public var populationBefore: Double
        public var populationAfter: Double
        /// The people of both: Σ_x P(x)·min(max_p s_A(p, x), max_s s_B(s, x)) over the leaf codes
        /// in both snapshots.
        public var populationMoved: Double
        /// Predecessor → successor pairs with people in common, most people first.
        public var moves: [Move]
        public var tiesCarried: [CarriedTie]
        /// Ties of predecessors with no counterpart in B, and of successors with none in A, in tie order.
        public var tiesEnded: [Tie]
        public var tiesBegun: [Tie]
    }

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
        public var influence: (a: Double?, b: Double?)
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
    /// Sorted by their first predecessor's id.
    public let successions: [Succession]
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
        var influence: [Double]
        var population: [Double]
        /// Leaf codes per agency, with the agency's share of each.
        var leaves: [[AreaCode: Double]]
        /// Holder per type per leaf code (type → code → (agency index, share)).
        var holders: [String: [AreaCode: (Int, Double)]]
        var leafPopulation: [AreaCode: Double?]

        init(_ network: Network) {
            let undirected = Graph(network: network, directed: false, weighted: false)
            degree = (0..<network.agencyCount).map { Double(undirected.outDegree($0)) }
            betweenness = Betweenness.scores(undirected)
            influence = ResourceDependence.influence(network)
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
            var leaves = [[AreaCode: Double]](repeating: [:], count: network.agencyCount)
            var holders: [String: [AreaCode: (Int, Double)]] = [:]
            for a in 0..<network.agencyCount {
                let type = network.agencies[a].type
                for k in coverage.offsets[a]..<coverage.offsets[a + 1] {
                    let area = network.areas[Int(coverage.leaves[k])]
                    let share = coverage.shares[k]
                    population[a] += share * (weighted ? Double(area.population ?? 0) : 1)
                    leaves[a][area.code, default: 0] += share
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

    /// Compares snapshot `a` (before) with `b` (after); `lineage` says who succeeded whom (default:
    /// the `successor_of` of both snapshots; give the whole folder's when `a` and `b` are two days
    /// of one dated network, so that bodies in neither view still link a chain).
    public init(_ a: Network, _ b: Network, lineage: Lineage? = nil) {
        let sa = Snapshot(a), sb = Snapshot(b)
        let lineage = lineage ?? Lineage([a, b])
        // Successions: added agencies whose ancestors include removed ones, grouped by union-find.
        let onlyA = Set(a.agencies.map(\.id)).subtracting(b.agencies.map(\.id))
        let onlyB = Set(b.agencies.map(\.id)).subtracting(a.agencies.map(\.id))
        var parent: [AgencyID: AgencyID] = [:]
        func find(_ x: AgencyID) -> AgencyID {
            var r = x
            while let p = parent[r], p != r { r = p }
            var y = x
            while let p = parent[y], p != r { parent[y] = r; y = p }
            return r
        }
        func union(_ x: AgencyID, _ y: AgencyID) {
            let rx = find(x), ry = find(y)
            if rx != ry { if rx < ry { parent[ry] = rx } else { parent[rx] = ry } }
        }
        for s in onlyB.sorted() {
            for p in lineage.ancestors(of: s).intersection(onlyA).sorted() {
                if parent[s] == nil { parent[s] = s }
                if parent[p] == nil { parent[p] = p }
                union(s, p)
            }
        }
        var groups: [AgencyID: (preds: [AgencyID], succs: [AgencyID])] = [:]
        for id in parent.keys.sorted() {
            let root = find(id)
            if onlyA.contains(id) { groups[root, default: ([], [])].preds.append(id) } else { groups[root, default: ([], [])].succs.append(id) }
        }
        let groupList = groups.values.sorted { $0.preds[0] < $1.preds[0] }
        var groupOf: [AgencyID: Int] = [:]
        for (k, g) in groupList.enumerated() { for id in g.preds + g.succs { groupOf[id] = k } }

        var changes: [AgencyChange] = []
        for id in Set(a.agencies.map(\.id)).union(b.agencies.map(\.id)).sorted() {
            let ia = a.index(of: id), ib = b.index(of: id)
            let agency = (ib.map { b.agencies[$0] } ?? ia.map { a.agencies[$0] })!
            var status: Status = ia == nil ? .added : ib == nil ? .removed : .kept
            if groupOf[id] != nil { status = ia == nil ? .successor : .succeeded }
            let leavesA = Set(ia.map { sa.leaves[$0].keys } ?? [:].keys), leavesB = Set(ib.map { sb.leaves[$0].keys } ?? [:].keys)
            var relabelled = false
            if let ia, let ib {
                let x = a.agencies[ia], y = b.agencies[ib]
                relabelled = x.name != y.name || x.type != y.type || x.sector != y.sector
            }
            changes.append(AgencyChange(
                id: id, name: agency.name, type: agency.type, status: status,
                degree: (ia.map { sa.degree[$0] }, ib.map { sb.degree[$0] }),
                betweenness: (ia.map { sa.betweenness[$0] }, ib.map { sb.betweenness[$0] }),
                influence: (ia.map { sa.influence[$0] }, ib.map { sb.influence[$0] }),
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
        let inSuccession: (Tie) -> Bool = { groupOf[$0.source] != nil || groupOf[$0.target] != nil }
        tiesAdded = tb.keys.filter { ta[$0] == nil && !inSuccession($0) }.sorted()
        tiesRemoved = ta.keys.filter { tb[$0] == nil && !inSuccession($0) }.sorted()
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
        successions = Self.successions(groupList, groupOf: groupOf, ties: (Array(ta.keys), Array(tb.keys)),
                                       a: a, b: b, sa: sa, sb: sb, shared: shared)
        flows = flowSums.keys.sorted().flatMap { type in
            flowSums[type]!.map { Flow(type: type, from: $0.key.from, to: $0.key.to, population: $0.value.0, areas: $0.value.1) }
                .sorted {
                    if $0.population != $1.population { return $0.population > $1.population }
                    if $0.from != $1.from { return ($0.from?.rawValue ?? "") < ($1.from?.rawValue ?? "") }
                    return ($0.to?.rawValue ?? "") < ($1.to?.rawValue ?? "")
                }
        }
    }

    /// The people and ties of each succession group (see the type's definition).
    private static func successions(_ groups: [(preds: [AgencyID], succs: [AgencyID])], groupOf: [AgencyID: Int],
                                    ties: ([Tie], [Tie]), a: Network, b: Network, sa: Snapshot, sb: Snapshot,
                                    shared: Set<AreaCode>) -> [Succession] {
        // A tie's end seen from a succession member: the partner, or the partner's succession.
        enum End: Hashable { case agency(AgencyID), group(Int) }
        func end(_ id: AgencyID) -> End { groupOf[id].map(End.group) ?? .agency(id) }
        struct Key: Hashable { var group: Int; var partner: End; var type: RelationshipType; var directed: Bool; var memberIsSource: Bool }
        func keys(_ t: Tie) -> [(Key, member: AgencyID)] {
            var out: [(Key, member: AgencyID)] = []
            // Which end the member is matters for a directed tie only (undirected ends are in id order).
            if let g = groupOf[t.source] {
                out.append((Key(group: g, partner: end(t.target), type: t.type, directed: t.directed, memberIsSource: t.directed), t.source))
            }
            if let g = groupOf[t.target], groupOf[t.source] != g {
                out.append((Key(group: g, partner: end(t.source), type: t.type, directed: t.directed, memberIsSource: false), t.target))
            }
            return out
        }
        func pop(_ code: AreaCode) -> Double { (sb.leafPopulation[code] ?? nil) ?? (sa.leafPopulation[code] ?? nil) ?? 1 }
        func footprint(_ ids: [AgencyID], _ n: Network, _ snap: Snapshot) -> [AreaCode: Double] {
            var most: [AreaCode: Double] = [:]
            for id in ids {
                guard let i = n.index(of: id) else { continue }
                for (code, share) in snap.leaves[i] where share > most[code] ?? 0 { most[code] = share }
            }
            return most
        }
        var result = groups.map { g in
            let before = footprint(g.preds, a, sa), after = footprint(g.succs, b, sb)
            func people(_ f: [AreaCode: Double], _ snap: Snapshot) -> Double {
                f.keys.sorted().reduce(0) { $0 + f[$1]! * (((snap.leafPopulation[$1]) ?? nil) ?? 1) }
            }
            let moved = before.keys.filter { shared.contains($0) && after[$0] != nil }.sorted()
                .reduce(0.0) { $0 + pop($1) * min(before[$1]!, after[$1]!) }
            return Succession(predecessors: g.preds, successors: g.succs,
                              populationBefore: people(before, sa), populationAfter: people(after, sb), populationMoved: moved,
                              moves: [], tiesCarried: [], tiesEnded: [], tiesBegun: [])
        }
        var before: [Key: [Tie]] = [:], after: [Key: [Tie]] = [:]
        for t in ties.0.sorted() { for (k, _) in keys(t) { before[k, default: []].append(t) } }
        for t in ties.1.sorted() { for (k, _) in keys(t) { after[k, default: []].append(t) } }
        for k in Set(before.keys).union(after.keys).sorted(by: { "\($0)" < "\($1)" }) {
            let x = before[k] ?? [], y = after[k] ?? []
            if let x0 = x.first, let y0 = y.first {
                // Several predecessors' ties with one partner merge into the successor's (five PCTs
                // commissioning a trust, one ICB after): each is carried.
                let pairs = x.map { ($0, y0) } + y.dropFirst().map { (x0, $0) }
                result[k.group].tiesCarried.append(contentsOf: pairs.map { CarriedTie(before: $0.0, after: $0.1) })
            } else {
                result[k.group].tiesEnded.append(contentsOf: x)
                result[k.group].tiesBegun.append(contentsOf: y)
            }
        }
        for g in result.indices {
            result[g].tiesCarried.sort { ($0.before, $0.after) < ($1.before, $1.after) }
            result[g].tiesEnded = Array(Set(result[g].tiesEnded)).sorted()
            result[g].tiesBegun = Array(Set(result[g].tiesBegun)).sorted()
            var moves: [Move] = []
            for p in result[g].predecessors {
                guard let ip = a.index(of: p) else { continue }
                for s in result[g].successors {
                    guard let iS = b.index(of: s) else { continue }
                    var people = 0.0, areas = 0
                    for (code, shareA) in sa.leaves[ip] where shared.contains(code) {
                        guard let shareB = sb.leaves[iS][code] else { continue }
                        people += pop(code) * min(shareA, shareB)
                        areas += 1
                    }
                    if areas > 0 { moves.append(Move(from: p, to: s, population: people, areas: areas)) }
                }
            }
            result[g].moves = moves.sorted { $0.population != $1.population ? $0.population > $1.population : ($0.from, $0.to) < ($1.from, $1.to) }
        }
        return result
    }

    private struct Pair: Hashable {
        var from: AgencyID?
        var to: AgencyID?
    }
}
