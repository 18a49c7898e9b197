
/// Who should be at the table and is not: the gaps between a partnership network and what its
/// themes require, each with its facts (``Reason``) and a priority, with concrete candidates where
/// a wider catalogue is given. PartnerscopeIO (`MissingPartnersWording`) turns the facts into
/// sentences.
///
/// A theme's requirements are *roles* (council, police, "a public body") and the pairs of roles
/// that must be tied (``Requirements/pairs(of:)``: council–police, not police–Environment Agency).
/// Four kinds of finding, in this order:
///
/// - **absent**: a theme requires a role and no agency in the network meets it.
/// - **unlinked**: for an expected pair of roles (R, S) of a theme, both present:
///   - when R is met by *each* of its agencies (``Requirement/Coverage/each``): an agency A in R
///     with no tie to any agency in S, although some agency in S could be its partner (it existed
///     at the same time and, with boundaries, overlaps A by at least `minOverlap`, or has no
///     boundary to tell). One finding per agency, partner role and theme, naming those expected
///     partners, best overlap first. (And the same from S's side when S is *each*.)
///   - when neither role is *each* ("a public body", "a voluntary body"): no agency in R is tied
///     to any in S. One finding for the theme; any one tie meets it.
/// - **structural**: untied pairs of agencies of different types that no theme expects to tie,
///   overlapping by at least `minOverlap` (all such pairs when the network has no boundaries), at
///   least one meeting a requirement of the checked themes, with a partner in common; ranked by
///   Adamic–Adar with resource allocation and common partners beside it (see ``LinkPrediction``);
///   at most `limit` rows. Score = Adamic–Adar.
/// - **candidate**: for each absent requirement, the catalogue's agencies meeting it whose
///   boundaries cover the network's areas (matched by area code, see ``CatalogueCoverage``).
///   Score = the share of the network's population the candidate covers. When the catalogue has no
///   body of the type, one finding says so (score 0).
///
/// **Priority** of absent and unlinked findings (``Priority``): the legal basis first, then
///
///     priority = tier(basis) + population × (1 + isolation) / 2,   tier: statutory 2, guidance 1, practice 0
///
/// where the basis of a pair is the weaker of its two roles', population is the share of the
/// network's people the agency covers (1 for an absence or a role-level finding, and without
/// boundaries), and isolation is the share of the agency's expected partner roles in the theme it
/// has no tie to (1 for an absence or a role-level finding). A statutory gap always comes before
/// guidance; within a basis, big footprints and agencies cut off from most of their partners
/// first. Ties by theme, agency id, partner role.
///
/// Ties are read undirected and unweighted; every positive relationship counts as a tie. A
/// `conflict` (or a tie marked `sign` −1) never links two agencies: a pair in conflict and
/// otherwise untied is still a missing partnership, and its facts say they are in conflict.
///
/// Corner cases: an empty network reports every requirement absent and nothing else; a network
/// without boundaries treats every coexisting agency in a role as a possible partner and finds
/// structural suggestions over all pairs (see ``notes``); without populations, shares are shares
/// of leaf areas.
///
/// - Complexity: O(T · R² · |V| + T · R² · Σ_A (|overlapping(A)| + d(A))) for absent and unlinked
///   (T themes, R roles each; an agency's possible partners are looked for among the agencies it
///   overlaps, and among every agency of the role when it or the network has no boundaries), O(|pairs| · (T · R + d_max)) for structural, O(|catalogue boundaries|) for candidates,
///   plus ``CoterminosityAnalysis`` when no overlaps are given.
///
/// References: D. Liben-Nowell & J. Kleinberg (2007), doi:10.1002/asi.20591; T. Zhou, L. Lü &
/// Y.-C. Zhang (2009), doi:10.1140/epjb/e2009-00335-8.
public struct MissingPartnersAnalysis: Sendable {
    public enum FindingKind: String, CaseIterable, Sendable {
        case absent, unlinked, structural, candidate
    }

    /// A possible partner of an unlinked agency: an agency in the partner role that coexisted with
    /// it and overlaps it (or has no boundary to tell).
    public struct Expected: Sendable, Equatable {
        public var agency: Agency
        /// max(a_in_b, b_in_a) with the unlinked agency; nil when either has no boundary.
        public var overlap: Double?
        /// Whether the two are in conflict (a negative tie), which is no partnership.
        public var inConflict: Bool = false
    }

    /// The facts behind a finding, from which PartnerscopeIO writes its sentence.
    public enum Reason: Sendable, Equatable {
        /// The theme needs `requirement` and no agency of the network meets it.
        case absent(requirement: Requirement)
        /// The agency meets `role` and has no tie to any agency meeting `partner`; `expected` are
        /// the possible partners (best overlap first); `ties` is its number of tied agencies and
        /// `partnerRoles`/`tiedRoles` how many of its expected partner roles in the theme there
        /// are and how many it is tied to.
        case noTieToRole(role: Requirement, partner: Requirement, expected: [Expected], ties: Int,
                         partnerRoles: Int, tiedRoles: Int)
        /// No agency meeting `role` is tied to any meeting `partner` (neither role needs each of
        /// its agencies tied): `roleCount` and `partnerCount` agencies.
        case rolesUntied(role: Requirement, partner: Requirement, roleCount: Int, partnerCount: Int)
        /// Two agencies no theme expects to tie share the partners `common` (sorted by name; scores
        /// in the finding's `link`); `overlap` is their boundary overlap, when measured.
        case sharedPartners(overlap: CoterminosityPair?, common: [Agency], inConflict: Bool)
        /// A catalogue body covering `share` of the network could fill the absent `requirement`
        /// of the finding's themes.
        case catalogueCovers(requirement: Requirement, share: Double)
        /// The catalogue has no body meeting `requirement`.
        case catalogueHasNone(requirement: Requirement, catalogue: String)
        /// The catalogue has `bodies` meeting `requirement`, but the network has no areas to match.
        case catalogueCannotMatch(requirement: Requirement, catalogue: String, bodies: Int)
        /// The catalogue has `bodies` meeting `requirement`, none covering the network's areas.
        case catalogueCoversNone(requirement: Requirement, catalogue: String, bodies: Int)
    }

    /// How urgent an absent or unlinked finding is (see the type's documentation for the formula).
    public struct Priority: Sendable, Equatable {
        /// The weaker basis of the two roles of the pair (of the role, for an absence).
        public var basis: Requirement.Basis
        /// The share of the network's people (or areas) the finding concerns, 0…1.
        public var population: Double
        /// The share of the agency's expected partner roles in the theme it has no tie to, 0…1.
        public var isolation: Double

        public init(basis: Requirement.Basis, population: Double, isolation: Double) {
            self.basis = basis
            self.population = population
            self.isolation = isolation
        }

        /// tier(basis) + population × (1 + isolation) / 2: from 0 to 3, higher first.
        public var value: Double { Double(basis.tier) + population * (1 + isolation) / 2 }
    }

    /// One gap, with its facts.
    public struct Finding: Sendable {
        public var kind: FindingKind
        /// The themes concerned, sorted; empty for structural findings.
        public var themes: [String]
        /// The network agency concerned (unlinked; first of a pair), if any.
        public var agency: Agency?
        /// The best expected partner (unlinked), the other agency of a pair, or the catalogue body proposed.
        public var candidate: Agency?
        /// The required types (absent, candidate), the agency's type (unlinked; both roles' types
        /// joined by `+` for a role-level finding) or both types of a pair joined by `+` (structural).
        public var type: String
        /// The priority's value (absent, unlinked), Adamic–Adar (structural) or the share covered (candidate).
        public var score: Double
        /// Absent and unlinked findings only.
        public var priority: Priority?
        /// The share of the network's population concerned, when boundaries allow one.
        public var populationShare: Double?
        public var reason: Reason
        /// The legal or policy source of the requirements behind the finding, if any.
        public var source: String?
        /// Link-prediction scores (structural findings).
        public var link: LinkPrediction.Scores?
        /// Ids of the common partners (structural findings), sorted.
        public var commonPartners: [AgencyID]
    }

    /// What could not be checked, or was cut short, for the report's reader.
    public enum Note: Sendable, Equatable {
        /// The network has no boundaries.
        case noBoundaries
        /// The boundaries cover no weighted area.
        case boundariesCoverNothing
        /// Some area has no population, so shares are shares of areas.
        case sharesOfAreas
        /// Only the top `shown` of `total` structural suggestions are kept.
        case structuralTruncated(shown: Int, total: Int)
        /// No area code of the network appears in the catalogue.
        case catalogueUnmatched(catalogue: String)
    }

    /// The gaps of one agency across themes, for the roll-up: each partner role it has no tie to,
    /// with the themes that need that tie.
    public struct AgencyGaps: Sendable {
        public var agency: Agency
        /// Per partner role (by its alternatives), the themes, sorted; in order of the highest priority.
        public var gaps: [(partner: Requirement, themes: [String])]
        /// The highest priority value among its findings.
        public var priority: Double
    }

    public var findings: [Finding]
    public var notes: [Note]
    /// Whether shares are of people (false: of leaf areas, or no geography).
    public var byPopulation: Bool

    /// Runs the analysis.
    ///
    /// - Parameters:
    ///   - network: the partnership network.
    ///   - requirements: the themes to check (restrict them beforehand to check one theme).
    ///   - overlaps: the overlapping pairs of ``CoterminosityAnalysis`` for this network; nil runs
    ///     that analysis here (with the requirements as its `expected` predicate).
    ///   - catalogue: a wider network to draw candidates from, or nil.
    ///   - minOverlap: the smallest overlap (max containment) for an expected partner and for
    ///     structural findings, default 0.1.
    ///   - limit: the most structural rows kept (0 keeps all), default 25.
    public init(network: Network, requirements: Requirements, overlaps: [CoterminosityPair]? = nil,
                catalogue: Network? = nil, minOverlap: Double = 0.1, limit: Int = 25) {
        var notes: [Note] = []
        let agencies = network.agencies
        let n = agencies.count
        let graph = Graph(network: network)
        // A conflict never links two agencies; it is stated among the finding's facts.
        let disputes = Graph(network: network, ties: .negative)
        let coverage = PopulationShares(network)
        let hasGeography = !network.boundaries.isEmpty && coverage.total > 0
        if !hasGeography {
            notes.append(network.boundaries.isEmpty ? .noBoundaries : .boundariesCoverNothing)
        } else if !coverage.byPopulation {
            notes.append(.sharesOfAreas)
        }
        let themes = requirements.themes
        let themeRequirements = themes.map { requirements.requirements(of: $0) }
        let lifetimes = Lifetimes(network)
        let allPairs: [CoterminosityPair] = !hasGeography ? []
            : overlaps ?? CoterminosityAnalysis(network: network, expected: requirements.expectsTypes).pairs
        // Each agency's overlapping agencies (overlap ≥ minOverlap), so that its possible partners
        // are found among them rather than among every member of a role.
        var overlapping = [[(agency: Int, overlap: Double)]](repeating: [], count: n)
        for q in allPairs where q.a != q.b && q.a < n && q.b < n && q.overlap >= minOverlap {
            overlapping[q.a].append((q.b, q.overlap))
            overlapping[q.b].append((q.a, q.overlap))
        }
        var hasBoundary = [Bool](repeating: false, count: n)
        for b in network.boundaries where b.agency < n { hasBoundary[b.agency] = true }
        var findings: [Finding] = []

        // Absent and unlinked, theme by theme.
        var absentByLabel: [String: (requirement: Requirement, themes: [String])] = [:]
        var absentOrder: [String] = []
        for (t, theme) in themes.enumerated() {
            let reqs = themeRequirements[t]
            let members: [[Int]] = reqs.map { r in agencies.indices.filter { r.isMet(by: agencies[$0]) } }
            for (r, req) in reqs.enumerated() where members[r].isEmpty {
                findings.append(Finding(
                    kind: .absent, themes: [theme], agency: nil, candidate: nil, type: req.label,
                    score: 0, priority: Priority(basis: req.basis, population: 1, isolation: 1), populationShare: nil,
                    reason: .absent(requirement: req), source: req.source.isEmpty ? nil : req.source, link: nil, commonPartners: []))
                let key = req.kind.rawValue + ":" + req.alternatives.sorted().joined(separator: "|")
                if absentByLabel[key] == nil { absentOrder.append(key); absentByLabel[key] = (req, []) }
                absentByLabel[key]!.themes.append(theme)
            }
            // Whether agency a is tied to some agency meeting requirement s.
            func tied(_ a: Int, to s: Int) -> Bool {
                graph.neighbors(of: a).contains { w in reqs[s].isMet(by: agencies[Int(w)]) }
            }
            // Members of each role without a boundary: a possible partner of anyone.
            let unbounded: [[Int]] = members.map { $0.filter { !hasBoundary[$0] } }
            // The possible partners of a among the members of s, best overlap first.
            // - Complexity: O(|overlapping(a)| + |unbounded(s)|) with boundaries, O(|members(s)|) without.
            func expected(_ a: Int, in s: Int) -> [Expected] {
                var list: [Expected] = []
                func add(_ b: Int, _ overlap: Double?) {
                    guard b != a, lifetimes.mayPair(a, b) else { return }
                    list.append(Expected(agency: agencies[b], overlap: overlap, inConflict: disputes.hasEdge(from: a, to: b)))
                }
                if hasGeography && hasBoundary[a] {
                    for (b, o) in overlapping[a] where hasBoundary[b] && reqs[s].isMet(by: agencies[b]) { add(b, o) }
                    for b in unbounded[s] { add(b, nil) }
                } else {
                    for b in members[s] { add(b, nil) }
                }
                return list.sorted { x, y in
                    if (x.overlap ?? -1) != (y.overlap ?? -1) { return (x.overlap ?? -1) > (y.overlap ?? -1) }
                    return x.agency.id < y.agency.id
                }
            }
            let pairs = Requirements.pairs(reqs).filter { !members[$0.0].isEmpty && !members[$0.1].isEmpty }
            // Per agency, the partner roles expected of it (with its possible partners) and those it is tied to.
            struct Gap { var role: Int; var partner: Int; var expected: [Expected] }
            var gaps: [Int: [Gap]] = [:]
            var partnerRoles: [Int: Set<Int>] = [:]
            var tiedRoles: [Int: Set<Int>] = [:]
            for (i, j) in pairs {
                for (r, s) in [(i, j), (j, i)] where reqs[r].coverage == .each {
                    for a in members[r] where !reqs[s].isMet(by: agencies[a]) {
                        let possible = expected(a, in: s)
                        guard !possible.isEmpty else { continue }
                        partnerRoles[a, default: []].insert(s)
                        if tied(a, to: s) { tiedRoles[a, default: []].insert(s); continue }
                        gaps[a, default: []].append(Gap(role: r, partner: s, expected: possible))
                    }
                }
                if reqs[i].coverage == .any && reqs[j].coverage == .any {
                    let linked = members[i].contains { a in tied(a, to: j) }
                    if !linked {
                        let basis = max(reqs[i].basis, reqs[j].basis)
                        findings.append(Finding(
                            kind: .unlinked, themes: [theme], agency: nil, candidate: nil,
                            type: reqs[i].label + "+" + reqs[j].label, score: 0,
                            priority: Priority(basis: basis, population: 1, isolation: 1), populationShare: nil,
                            reason: .rolesUntied(role: reqs[i], partner: reqs[j], roleCount: members[i].count, partnerCount: members[j].count),
                            source: Self.sources([reqs[i], reqs[j]]), link: nil, commonPartners: []))
                    }
                }
            }
            for (a, list) in gaps {
                let expectedCount = partnerRoles[a]?.count ?? 0
                let tiedCount = tiedRoles[a]?.count ?? 0
                let isolation = expectedCount > 0 ? Double(expectedCount - tiedCount) / Double(expectedCount) : 1
                let share = hasGeography ? coverage.share(a) : nil
                var seen = Set<Int>()
                for gap in list where seen.insert(gap.partner).inserted {
                    let basis = max(reqs[gap.role].basis, reqs[gap.partner].basis)
                    findings.append(Finding(
                        kind: .unlinked, themes: [theme], agency: agencies[a], candidate: gap.expected.first?.agency,
                        type: agencies[a].type, score: 0,
                        priority: Priority(basis: basis, population: share ?? 1, isolation: isolation), populationShare: share,
                        reason: .noTieToRole(role: reqs[gap.role], partner: reqs[gap.partner], expected: gap.expected,
                                             ties: graph.outDegree(a), partnerRoles: expectedCount, tiedRoles: tiedCount),
                        source: Self.sources([reqs[gap.role], reqs[gap.partner]]), link: nil, commonPartners: []))
                }
            }
        }

        // Structural suggestions over overlapping untied pairs that no theme expects to tie.
        // Pairs are scored first with plain numbers.
        let prediction = LinkPrediction(graph)
        // Per theme, a bit per requirement each agency meets, and per requirement the bits of the
        // roles it must tie to (themes with more than 64 requirements fall back to the general test).
        let masks: [[UInt64]?] = themeRequirements.map { reqs in
            guard reqs.count <= 64 else { return nil }
            return agencies.map { a in
                var m: UInt64 = 0
                for (i, r) in reqs.enumerated() where r.isMet(by: a) { m |= 1 << UInt64(i) }
                return m
            }
        }
        let partnerMasks: [[UInt64]] = themeRequirements.map { reqs in
            guard reqs.count <= 64 else { return [] }
            var m = [UInt64](repeating: 0, count: reqs.count)
            for (i, j) in Requirements.pairs(reqs) { m[i] |= 1 << UInt64(j); m[j] |= 1 << UInt64(i) }
            return m
        }
        /// Whether some theme expects a and b to work together.
        func expectedPair(_ a: Int, _ b: Int) -> Bool {
            for t in themes.indices {
                if let m = masks[t] {
                    var bits = m[a]
                    while bits != 0 {
                        let i = bits.trailingZeroBitCount
                        bits &= bits - 1
                        if partnerMasks[t][i] & m[b] != 0 { return true }
                    }
                } else if !requirements.restricted(to: themes[t]).themesExpecting(agencies[a], agencies[b]).isEmpty {
                    return true
                }
            }
            return false
        }
        // Structural suggestions concern the checked themes: at least one agency of the pair meets
        // one of their requirements (every pair when there are no requirements).
        let relevant: [Bool] = requirements.items.isEmpty
            ? [Bool](repeating: true, count: n)
            : agencies.indices.map { a in masks.indices.contains { t in masks[t].map { $0[a] != 0 } ?? themeRequirements[t].contains { $0.isMet(by: agencies[a]) } } }

        // Plain-data records, sorted by value: ids are compared through their rank.
        struct Scored {
            var a: Int32, b: Int32
            var link: LinkPrediction.Counts
            /// Index into allPairs, or −1 without geography.
            var pair: Int32
        }
        var idRank = [Int32](repeating: 0, count: n)
        for (r, a) in agencies.indices.sorted(by: { agencies[$0].id < agencies[$1].id }).enumerated() { idRank[a] = Int32(r) }
        var structuralPairs: [Scored] = []
        for (k, q) in allPairs.enumerated() where q.a != q.b && q.a < n && q.b < n && q.overlap >= minOverlap {
            let (a, b) = q.a < q.b ? (q.a, q.b) : (q.b, q.a)
            if graph.hasEdge(from: a, to: b) || !lifetimes.mayPair(a, b) || expectedPair(a, b) { continue }
            let c = prediction.counts(a, b)
            if c.common > 0 && (relevant[a] || relevant[b]) {
                structuralPairs.append(Scored(a: Int32(a), b: Int32(b), link: c, pair: Int32(k)))
            }
        }
        if !hasGeography {
            // Every untied pair of different types with a common partner: walk two steps from each vertex.
            var mark = [Int](repeating: -1, count: n)
            for a in 0..<n {
                for w in graph.neighbors(of: a) {
                    for b32 in graph.neighbors(of: Int(w)) where Int(b32) > a && mark[Int(b32)] != a {
                        let b = Int(b32)
                        mark[b] = a
                        if graph.hasEdge(from: a, to: b) || agencies[a].type == agencies[b].type || !lifetimes.mayPair(a, b) { continue }
                        if !relevant[a] && !relevant[b] { continue }
                        if expectedPair(a, b) { continue }
                        structuralPairs.append(Scored(a: Int32(a), b: Int32(b), link: prediction.counts(a, b), pair: -1))
                    }
                }
            }
        }
        func idOrder(_ x: Scored, _ y: Scored) -> Bool {
            let (xa, ya) = (idRank[Int(x.a)], idRank[Int(y.a)])
            return xa != ya ? xa < ya : idRank[Int(x.b)] < idRank[Int(y.b)]
        }
        structuralPairs.sort { x, y in
            if x.link.adamicAdar != y.link.adamicAdar { return x.link.adamicAdar > y.link.adamicAdar }
            if x.link.resourceAllocation != y.link.resourceAllocation { return x.link.resourceAllocation > y.link.resourceAllocation }
            if x.link.common != y.link.common { return x.link.common > y.link.common }
            return idOrder(x, y)
        }
        if limit > 0 && structuralPairs.count > limit {
            notes.append(.structuralTruncated(shown: limit, total: structuralPairs.count))
            structuralPairs.removeLast(structuralPairs.count - limit)
        }
        for x in structuralPairs {
            let (a, b) = (Int(x.a), Int(x.b))
            let overlap: CoterminosityPair? = x.pair >= 0 ? allPairs[Int(x.pair)] : nil
            let s = prediction.scores(a, b)
            findings.append(Finding(kind: .structural, themes: [], agency: agencies[a], candidate: agencies[b],
                                    type: agencies[a].type + "+" + agencies[b].type, score: s.adamicAdar, priority: nil,
                                    populationShare: overlap?.overlap, reason: .sharedPartners(overlap: overlap, common: s.common.map { agencies[$0] }.sorted { $0.name < $1.name },
                                                            inConflict: disputes.hasEdge(from: a, to: b)), source: nil, link: s,
                                    commonPartners: s.common.map { agencies[$0].id }.sorted()))
        }

        // Candidates from the catalogue for each absent requirement.
        if let catalogue, !absentOrder.isEmpty {
            let matcher = network.areas.isEmpty ? nil
                : CatalogueCoverage(network: network, networkShares: coverage, catalogue: catalogue)
            if let matcher, matcher.matchedLeaves == 0 {
                notes.append(.catalogueUnmatched(catalogue: catalogue.name))
            }
            for key in absentOrder {
                let (req, absentThemes) = absentByLabel[key]!
                let bodies = catalogue.agencies.indices.filter { req.isMet(by: catalogue.agencies[$0]) }
                func row(_ candidate: Agency?, score: Double, share: Double?, reason: Reason) -> Finding {
                    Finding(kind: .candidate, themes: absentThemes.sorted(), agency: nil, candidate: candidate,
                            type: req.label, score: score, priority: nil, populationShare: share, reason: reason,
                            source: req.source.isEmpty ? nil : req.source, link: nil, commonPartners: [])
                }
                guard !bodies.isEmpty else {
                    findings.append(row(nil, score: 0, share: nil, reason: .catalogueHasNone(requirement: req, catalogue: catalogue.name)))
                    continue
                }
                guard let matcher else {
                    findings.append(row(nil, score: 0, share: nil,
                                        reason: .catalogueCannotMatch(requirement: req, catalogue: catalogue.name, bodies: bodies.count)))
                    continue
                }
                var found: [Finding] = []
                for c in bodies {
                    let share = matcher.share(c)
                    guard share > 0 else { continue }
                    found.append(row(catalogue.agencies[c], score: share, share: share,
                                     reason: .catalogueCovers(requirement: req, share: share)))
                }
                if found.isEmpty {
                    findings.append(row(nil, score: 0, share: 0,
                                        reason: .catalogueCoversNone(requirement: req, catalogue: catalogue.name, bodies: bodies.count)))
                }
                findings.append(contentsOf: found)
            }
        }

        // Rank within each kind: absent and unlinked by priority, candidates by share; structural
        // rows are already ranked.
        for k in findings.indices { if let p = findings[k].priority { findings[k].score = p.value } }
        let order = Dictionary(uniqueKeysWithValues: FindingKind.allCases.enumerated().map { ($1, $0) })
        findings = findings.enumerated().sorted { xi, yi in
            let x = xi.element, y = yi.element
            if x.kind != y.kind { return order[x.kind]! < order[y.kind]! }
            if x.kind == .structural { return xi.offset < yi.offset }
            if x.score != y.score { return x.score > y.score }
            if x.themes != y.themes { return x.themes.lexicographicallyPrecedes(y.themes) }
            let xa = x.agency?.id.rawValue ?? "", ya = y.agency?.id.rawValue ?? ""
            if xa != ya { return xa < ya }
            let xp = x.partnerLabel, yp = y.partnerLabel
            if xp != yp { return xp < yp }
            let xc = x.candidate?.id.rawValue ?? "", yc = y.candidate?.id.rawValue ?? ""
            if xc != yc { return xc < yc }
            if x.type != y.type { return x.type < y.type }
            return xi.offset < yi.offset
        }.map(\.element)
        self.findings = findings
        self.notes = notes
        self.byPopulation = hasGeography && coverage.byPopulation
    }

    /// The sources of `reqs`, distinct, joined by "; " (nil when none is given).
    static func sources(_ reqs: [Requirement]) -> String? {
        var list: [String] = []
        for r in reqs where !r.source.isEmpty && !list.contains(r.source) { list.append(r.source) }
        return list.isEmpty ? nil : list.joined(separator: "; ")
    }

    /// The roll-up per agency: every agency with unlinked findings, its partner roles lacking a tie
    /// with the themes needing each, highest priority first (then by id).
    ///
    /// - Complexity: O(F log F) for F findings.
    public var rollUp: [AgencyGaps] {
        var byAgency: [AgencyID: AgencyGaps] = [:]
        var order: [AgencyID] = []
        for f in findings where f.kind == .unlinked {
            guard let agency = f.agency, case let .noTieToRole(_, partner, _, _, _, _) = f.reason else { continue }
            if byAgency[agency.id] == nil {
                order.append(agency.id)
                byAgency[agency.id] = AgencyGaps(agency: agency, gaps: [], priority: f.score)
            }
            let key = partner.alternatives.sorted()
            if let k = byAgency[agency.id]!.gaps.firstIndex(where: { $0.partner.alternatives.sorted() == key }) {
                byAgency[agency.id]!.gaps[k].themes = (byAgency[agency.id]!.gaps[k].themes + f.themes).uniqueSorted
            } else {
                byAgency[agency.id]!.gaps.append((partner, f.themes))
            }
        }
        return order.map { byAgency[$0]! }.sorted { x, y in
            x.priority != y.priority ? x.priority > y.priority : x.agency.id < y.agency.id
        }
    }
}

extension MissingPartnersAnalysis.Finding {
    /// The partner role's alternatives of an unlinked finding (empty otherwise), for ordering.
    var partnerLabel: String {
        switch reason {
        case let .noTieToRole(_, partner, _, _, _, _): return partner.label
        case let .rolesUntied(_, partner, _, _): return partner.label
        default: return ""
        }
    }
}

private extension Array where Element == String {
    var uniqueSorted: [String] { Array(Set(self)).sorted() }
}

extension CoterminosityPair {
    /// The larger containment, max(a_in_b, b_in_a): 1 when one agency's area lies inside the other's.
    public var overlap: Double { max(aInB, bInA) }
}
