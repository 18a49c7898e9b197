import Foundation

/// Who should be at the table and is not: the gaps between a partnership network and what its
/// themes require, each explained, with concrete candidates where a wider catalogue is given.
///
/// Five kinds of finding, in this order, each ranked by score (highest first, then by theme and ids):
///
/// - **absent**: a theme requires a type (or sector) and no agency in the network has it.
///   Score 1 (all absences weigh the same); one row per theme and requirement.
/// - **unlinked**: an agency meets a requirement of the theme but has no tie at all; or it is
///   outside the main (largest) connected component and its own group of tied agencies lacks a
///   requirement of the theme that the network meets elsewhere, so no chain of ties reaches that
///   partner (a separate group that is a complete partnership of its own, as each area's is in a
///   national network of local partnerships, is not flagged); or it is tied only within its own
///   group: no tie to any agency meeting another of the theme's requirements. Score = the share of
///   the network's population the agency covers (1 without boundaries), so big footprints come first.
/// - **neighbour**: two agencies whose boundaries overlap, with overlap = max(aInB, bInA) ≥
///   `minOverlap`, that one theme expects to work together (they meet different requirements of
///   it), but with no relationship. Score = the overlap; among equal overlaps, pairs more themes
///   expect come first, then higher Adamic–Adar. At most `limit` rows.
/// - **structural**: the other untied pairs of agencies of different types that overlap by at least
///   `minOverlap` (all such untied pairs when the network has no boundaries), at least one of them
///   meeting a requirement of the checked themes, ranked by Adamic–Adar score with resource allocation and
///   common partners beside it (see ``LinkPrediction``); only pairs with a common partner, at most
///   `limit` rows. Score = Adamic–Adar.
/// - **candidate**: for each absent requirement, the catalogue's agencies meeting it whose
///   boundaries cover the network's areas (matched by area code, see ``CatalogueCoverage``).
///   Score = the share of the network's population the candidate covers. When the catalogue has no
///   body of the type, one row says so (score 0).
///
/// Ties are read undirected and unweighted; every positive relationship counts as a tie. A
/// `conflict` (or a tie marked `sign` −1) never links two agencies: a pair in conflict and
/// otherwise untied is still a missing partnership, and its finding says they are in conflict.
///
/// Corner cases: an empty network reports every requirement absent and nothing else; a network
/// without boundaries has no neighbour findings and structural findings over all pairs (see
/// ``notes``); without populations, shares are shares of leaf areas.
///
/// - Complexity: O(T · R · |V|) for absent and unlinked (T themes, R requirements each),
///   O(|pairs| · (T · R + d_max)) for neighbour and structural, O(|catalogue boundaries|) for
///   candidates, plus ``CoterminosityAnalysis`` when no overlaps are given.
///
/// References: D. Liben-Nowell & J. Kleinberg (2007), doi:10.1002/asi.20591; T. Zhou, L. Lü &
/// Y.-C. Zhang (2009), doi:10.1140/epjb/e2009-00335-8.
public struct MissingPartnersAnalysis: Sendable {
    public enum FindingKind: String, CaseIterable, Sendable {
        case absent, unlinked, neighbour, structural, candidate
    }

    /// One gap, explained.
    public struct Finding: Sendable {
        public var kind: FindingKind
        /// The themes concerned, sorted; empty for structural findings.
        public var themes: [String]
        /// The network agency concerned (unlinked; first of a pair), if any.
        public var agency: Agency?
        /// The other agency of a pair, or the catalogue body proposed.
        public var candidate: Agency?
        /// The required types (absent, candidate), the agency's type (unlinked) or both types of a
        /// pair joined by `+` (neighbour, structural).
        public var type: String
        public var score: Double
        /// The share of the network's population concerned, when boundaries allow one.
        public var populationShare: Double?
        /// A sentence a planner can read.
        public var reason: String
        /// The legal or policy source of the requirement behind the finding, if any.
        public var source: String?
        /// Link-prediction scores (structural and neighbour findings).
        public var link: LinkPrediction.Scores?
        /// Names of the common partners (structural and neighbour findings), sorted.
        public var commonPartners: [AgencyID]
    }

    public var findings: [Finding]
    /// Remarks about what could not be checked, for the report's reader.
    public var notes: [String]

    /// Runs the analysis.
    ///
    /// - Parameters:
    ///   - network: the partnership network.
    ///   - requirements: the themes to check (restrict them beforehand to check one theme).
    ///   - overlaps: the overlapping pairs of ``CoterminosityAnalysis`` for this network; nil runs
    ///     that analysis here (with the requirements as its `expected` predicate).
    ///   - catalogue: a wider network to draw candidates from, or nil.
    ///   - minOverlap: the smallest overlap (max containment) for neighbour and structural findings,
    ///     default 0.1.
    ///   - limit: the most neighbour rows and the most structural rows kept (0 keeps all), default 25.
    public init(network: Network, requirements: Requirements, overlaps: [CoterminosityPair]? = nil,
                catalogue: Network? = nil, minOverlap: Double = 0.1, limit: Int = 25) {
        var notes: [String] = []
        let agencies = network.agencies
        let n = agencies.count
        let graph = Graph(network: network)
        // A conflict never links two agencies; it is named in the finding's words.
        let disputes = Graph(network: network, ties: .negative)
        let components = Components(graph)
        let mainGroup = components.largest
        let mainSize = mainGroup.map { components.sizes[$0] } ?? 0
        let coverage = PopulationShares(network)
        let hasGeography = !network.boundaries.isEmpty && coverage.total > 0
        let unit = coverage.byPopulation ? "population" : "areas"
        if !hasGeography {
            notes.append(network.boundaries.isEmpty
                ? "The network has no boundaries, so neighbour findings are skipped and structural findings consider every untied pair."
                : "The network's boundaries cover no weighted area, so neighbour findings are skipped and structural findings consider every untied pair.")
        } else if !coverage.byPopulation {
            notes.append("areas.csv gives no population for some area, so shares are shares of areas, not of people.")
        }
        let themes = requirements.themes
        var findings: [Finding] = []

        // Absent and unlinked, theme by theme.
        var absentByLabel: [String: (requirement: Requirement, themes: [String])] = [:]
        var absentOrder: [String] = []
        for theme in themes {
            let reqs = requirements.requirements(of: theme)
            let meets: [[Int]] = agencies.map { a in reqs.indices.filter { reqs[$0].isMet(by: a) } }
            var present = [Bool](repeating: false, count: reqs.count)
            for list in meets { for r in list { present[r] = true } }
            for (r, req) in reqs.enumerated() where !present[r] {
                findings.append(Finding(
                    kind: .absent, themes: [theme], agency: nil, candidate: nil, type: req.label, score: 1,
                    populationShare: nil,
                    reason: "\(Self.themeName(theme)) needs \(Self.article(req.noun)) \(req.noun) and the network has none\(req.reason.isEmpty ? "" : ": " + Self.sentenceCase(req.reason))\(req.source.isEmpty ? "" : " (\(req.source))")",
                    source: req.source.isEmpty ? nil : req.source, link: nil, commonPartners: []))
                let key = req.kind.rawValue + ":" + req.alternatives.sorted().joined(separator: "|")
                if absentByLabel[key] == nil { absentOrder.append(key); absentByLabel[key] = (req, []) }
                absentByLabel[key]!.themes.append(theme)
            }
            // The requirements met inside each group of tied agencies (connected component).
            var metInGroup = [Set<Int>](repeating: [], count: components.count)
            for a in 0..<n { metInGroup[components.label[a]].formUnion(meets[a]) }
            for a in 0..<n where !meets[a].isEmpty {
                let own = meets[a]
                let ownNoun = Self.list(own.map { reqs[$0].noun })
                let degree = graph.outDegree(a)
                let share = hasGeography ? coverage.share(a) : nil
                let group = components.label[a]
                let lacking = group == mainGroup ? [] : reqs.indices.filter { present[$0] && !metInGroup[group].contains($0) }
                var reason: String?
                if degree == 0 {
                    reason = "\(agencies[a].name) is needed for \(Self.themeName(theme)) as \(Self.article(ownNoun)) \(ownNoun) but has no tie to any agency in the network"
                } else if !lacking.isEmpty {
                    reason = "\(agencies[a].name) is needed for \(Self.themeName(theme)) as \(Self.article(ownNoun)) \(ownNoun) but has no tie to the partnership's main component (\(mainSize) agencies); its group of \(components.sizes[group]) has no \(Self.list(lacking.map { reqs[$0].noun }, conjunction: "or")), which the theme needs"
                } else {
                    let others = reqs.indices.filter { present[$0] && !own.contains($0) }
                    let reached = graph.neighbors(of: a).contains { w in meets[Int(w)].contains(where: others.contains) }
                    if !others.isEmpty && !reached {
                        reason = "\(agencies[a].name) is needed for \(Self.themeName(theme)) as \(Self.article(ownNoun)) \(ownNoun) but \(degree == 1 ? "its only tie does not reach" : "none of its \(degree) ties reaches") another body the theme needs: no tie to any \(Self.list(others.map { reqs[$0].noun }, conjunction: "or"))"
                    }
                }
                if var reason {
                    if let share { reason += "; it covers \(Self.percent(share)) of the network's \(unit)" }
                    findings.append(Finding(
                        kind: .unlinked, themes: [theme], agency: agencies[a], candidate: nil, type: agencies[a].type,
                        score: share ?? 1, populationShare: share, reason: reason,
                        source: Self.list(own.map { reqs[$0].source }.filter { !$0.isEmpty }, separator: "; "),
                        link: nil, commonPartners: []))
                }
            }
        }

        // Neighbours and structural suggestions over overlapping untied pairs. Pairs are scored
        // first with plain numbers; sentences are written only for the rows kept.
        let prediction = LinkPrediction(graph)
        // No suggestion pairs bodies that never existed together, or a body with its own successor.
        let lifetimes = Lifetimes(network)
        let allPairs: [CoterminosityPair] = !hasGeography ? []
            : overlaps ?? CoterminosityAnalysis(network: network, expected: requirements.expectsTypes).pairs
        // Per theme, a bit per requirement each agency meets (themes with more than 64
        // requirements fall back to the general test).
        let themeRequirements = themes.map { requirements.requirements(of: $0) }
        let masks: [[UInt64]?] = themeRequirements.map { reqs in
            guard reqs.count <= 64 else { return nil }
            return agencies.map { a in
                var m: UInt64 = 0
                for (i, r) in reqs.enumerated() where r.isMet(by: a) { m |= 1 << UInt64(i) }
                return m
            }
        }
        /// The themes (indices) expecting a and b to work together; empty for most pairs, so it
        /// allocates only when one does.
        func expecting(_ a: Int, _ b: Int) -> [Int] {
            var result: [Int] = []
            for t in themes.indices {
                let yes: Bool
                if let m = masks[t] {
                    yes = m[a] != 0 && m[b] != 0 && (m[a] | m[b]).nonzeroBitCount >= 2
                } else {
                    yes = !requirements.restricted(to: themes[t]).themesExpecting(agencies[a], agencies[b]).isEmpty
                }
                if yes { result.append(t) }
            }
            return result
        }
        // Structural suggestions concern the checked themes: at least one agency of the pair meets
        // one of their requirements (every pair when there are no requirements).
        let relevant: [Bool] = requirements.items.isEmpty
            ? [Bool](repeating: true, count: n)
            : agencies.indices.map { a in masks.indices.contains { t in masks[t].map { $0[a] != 0 } ?? themeRequirements[t].contains { $0.isMet(by: agencies[a]) } } }

        // Plain-data records, sorted by value: ids are compared through their rank.
        struct Scored {
            var a: Int32, b: Int32
            var overlap: Double
            var link: LinkPrediction.Counts
            /// Index into allPairs, or −1 without geography.
            var pair: Int32
            /// Expecting themes: themeStore[themeStart ..< themeStart + themeCount].
            var themeStart: Int32, themeCount: Int32
        }
        var idRank = [Int32](repeating: 0, count: n)
        for (r, a) in agencies.indices.sorted(by: { agencies[$0].id < agencies[$1].id }).enumerated() { idRank[a] = Int32(r) }
        var themeStore: [Int32] = []
        var neighbourPairs: [Scored] = []
        var structuralPairs: [Scored] = []
        for (k, q) in allPairs.enumerated() where q.a != q.b && q.a < n && q.b < n && q.overlap >= minOverlap {
            let (a, b) = q.a < q.b ? (q.a, q.b) : (q.b, q.a)
            if graph.hasEdge(from: a, to: b) || !lifetimes.mayPair(a, b) { continue }
            let expected = expecting(a, b)
            let c = prediction.counts(a, b)
            if !expected.isEmpty {
                neighbourPairs.append(Scored(a: Int32(a), b: Int32(b), overlap: q.overlap, link: c, pair: Int32(k),
                                             themeStart: Int32(themeStore.count), themeCount: Int32(expected.count)))
                themeStore.append(contentsOf: expected.map(Int32.init))
            } else if c.common > 0 && (relevant[a] || relevant[b]) {
                structuralPairs.append(Scored(a: Int32(a), b: Int32(b), overlap: q.overlap, link: c, pair: Int32(k),
                                              themeStart: 0, themeCount: 0))
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
                        structuralPairs.append(Scored(a: Int32(a), b: Int32(b), overlap: 0, link: prediction.counts(a, b),
                                                      pair: -1, themeStart: 0, themeCount: 0))
                    }
                }
            }
        }
        func idOrder(_ x: Scored, _ y: Scored) -> Bool {
            let (xa, ya) = (idRank[Int(x.a)], idRank[Int(y.a)])
            return xa != ya ? xa < ya : idRank[Int(x.b)] < idRank[Int(y.b)]
        }
        // Neighbours: by overlap; among equals, pairs more themes expect, then higher Adamic–Adar.
        neighbourPairs.sort { x, y in
            if x.overlap != y.overlap { return x.overlap > y.overlap }
            if x.themeCount != y.themeCount { return x.themeCount > y.themeCount }
            if x.link.adamicAdar != y.link.adamicAdar { return x.link.adamicAdar > y.link.adamicAdar }
            return idOrder(x, y)
        }
        structuralPairs.sort { x, y in
            if x.link.adamicAdar != y.link.adamicAdar { return x.link.adamicAdar > y.link.adamicAdar }
            if x.link.resourceAllocation != y.link.resourceAllocation { return x.link.resourceAllocation > y.link.resourceAllocation }
            if x.link.common != y.link.common { return x.link.common > y.link.common }
            return idOrder(x, y)
        }
        if limit > 0 && neighbourPairs.count > limit {
            notes.append("Showing the top \(limit) of \(neighbourPairs.count) unlinked neighbours.")
            neighbourPairs.removeLast(neighbourPairs.count - limit)
        }
        if limit > 0 && structuralPairs.count > limit {
            notes.append("Showing the top \(limit) of \(structuralPairs.count) structural suggestions.")
            structuralPairs.removeLast(structuralPairs.count - limit)
        }
        for x in neighbourPairs {
            let q = allPairs[Int(x.pair)]
            let p = q.a < q.b ? q : q.swapped
            let s = prediction.scores(p.a, p.b)
            let themeIndices = themeStore[Int(x.themeStart)..<Int(x.themeStart + x.themeCount)].map(Int.init)
            let why = themeIndices.map { t -> String in
                let reqs = themeRequirements[t]
                let na = reqs.first { $0.isMet(by: agencies[p.a]) }!.noun
                let nb = reqs.first { $0.isMet(by: agencies[p.b]) && !$0.isMet(by: agencies[p.a]) }?.noun
                    ?? reqs.first { $0.isMet(by: agencies[p.b]) }!.noun
                return "\(Self.themeName(themes[t])) (\(na); \(nb))"
            }
            var reason = Self.sentenceCase(Self.overlapPhrase(p, agencies, unit: unit))
                + "; both are needed for " + Self.list(why)
                + (disputes.hasEdge(from: p.a, to: p.b) ? ", but they have no partnership: they are in conflict" : ", but they have no relationship")
            if !s.common.isEmpty { reason += " (they share \(s.common.count) partner\(s.common.count == 1 ? "" : "s"))" }
            findings.append(Finding(kind: .neighbour, themes: themeIndices.map { themes[$0] }.sorted(), agency: agencies[p.a],
                                    candidate: agencies[p.b], type: agencies[p.a].type + "+" + agencies[p.b].type,
                                    score: p.overlap, populationShare: p.overlap, reason: reason, source: nil, link: s,
                                    commonPartners: s.common.map { agencies[$0].id }.sorted()))
        }
        for x in structuralPairs {
            let (a, b) = (Int(x.a), Int(x.b))
            let overlap: CoterminosityPair? = x.pair >= 0 ? allPairs[Int(x.pair)] : nil
            let s = prediction.scores(a, b)
            let names = s.common.map { agencies[$0].name }.sorted()
            let shown = names.count > 3 ? names.prefix(3).joined(separator: ", ") + " and \(names.count - 3) more" : Self.list(names)
            var reason = "\(agencies[a].name) and \(agencies[b].name) have no tie\(disputes.hasEdge(from: a, to: b) ? " other than a conflict" : "") but share \(s.common.count) partner\(s.common.count == 1 ? "" : "s") (\(shown)); Adamic–Adar \(Self.decimal(s.adamicAdar)), resource allocation \(Self.decimal(s.resourceAllocation))"
            if let overlap { reason += "; " + Self.overlapPhrase(overlap, agencies, unit: unit) }
            findings.append(Finding(kind: .structural, themes: [], agency: agencies[a], candidate: agencies[b],
                                    type: agencies[a].type + "+" + agencies[b].type, score: s.adamicAdar,
                                    populationShare: overlap?.overlap, reason: reason, source: nil, link: s,
                                    commonPartners: s.common.map { agencies[$0].id }.sorted()))
        }

        // Candidates from the catalogue for each absent requirement.
        if let catalogue, !absentOrder.isEmpty {
            let matcher = network.areas.isEmpty ? nil
                : CatalogueCoverage(network: network, networkShares: coverage, catalogue: catalogue)
            if let matcher, matcher.matchedLeaves == 0 {
                notes.append("No area code of the network appears in the catalogue \(catalogue.name), so no catalogue body can be matched by area.")
            }
            for key in absentOrder {
                let (req, absentThemes) = absentByLabel[key]!
                let bodies = catalogue.agencies.indices.filter { req.isMet(by: catalogue.agencies[$0]) }
                func row(_ candidate: Agency?, score: Double, share: Double?, reason: String) -> Finding {
                    Finding(kind: .candidate, themes: absentThemes.sorted(), agency: nil, candidate: candidate,
                            type: req.label, score: score, populationShare: share, reason: reason,
                            source: req.source.isEmpty ? nil : req.source, link: nil, commonPartners: [])
                }
                guard !bodies.isEmpty else {
                    findings.append(row(nil, score: 0, share: nil,
                        reason: "No \(req.noun) (\(req.label)) exists in the catalogue \(catalogue.name)"))
                    continue
                }
                guard let matcher else {
                    findings.append(row(nil, score: 0, share: nil,
                        reason: "The catalogue \(catalogue.name) has \(bodies.count) \(req.noun) bodies, but the network has no areas to match them by"))
                    continue
                }
                var found: [Finding] = []
                for c in bodies {
                    let share = matcher.share(c)
                    guard share > 0 else { continue }
                    let body = catalogue.agencies[c]
                    found.append(row(body, score: share, share: share,
                        reason: "\(body.name) (\(body.type)) covers \(Self.percent(share)) of the network's \(unit) and could fill the missing \(req.noun) for \(Self.list(absentThemes.sorted().map(Self.themeName)))"))
                }
                if found.isEmpty {
                    findings.append(row(nil, score: 0, share: 0,
                        reason: "The catalogue \(catalogue.name) has \(bodies.count) \(req.noun) bod\(bodies.count == 1 ? "y" : "ies"), but none covers this network's areas"))
                }
                findings.append(contentsOf: found)
            }
        }

        // Rank within each kind; neighbour and structural rows are already ranked.
        let order = Dictionary(uniqueKeysWithValues: FindingKind.allCases.enumerated().map { ($1, $0) })
        findings = findings.enumerated().sorted { xi, yi in
            let x = xi.element, y = yi.element
            if x.kind != y.kind { return order[x.kind]! < order[y.kind]! }
            if x.kind == .structural || x.kind == .neighbour { return xi.offset < yi.offset }
            if x.score != y.score { return x.score > y.score }
            if x.themes != y.themes { return x.themes.lexicographicallyPrecedes(y.themes) }
            let xa = x.agency?.id.rawValue ?? "", ya = y.agency?.id.rawValue ?? ""
            if xa != ya { return xa < ya }
            let xc = x.candidate?.id.rawValue ?? "", yc = y.candidate?.id.rawValue ?? ""
            if xc != yc { return xc < yc }
            if x.type != y.type { return x.type < y.type }
            return xi.offset < yi.offset
        }.map(\.element)
        self.findings = findings
        self.notes = notes
    }

    // MARK: - Wording

    /// "community-safety" → "community safety".
    static func themeName(_ theme: String) -> String { theme.replacingOccurrences(of: "-", with: " ") }

    static func article(_ noun: String) -> String {
        if noun.hasPrefix("NHS") { return "an" }
        guard let first = noun.lowercased().first else { return "a" }
        return "aeio".contains(first) ? "an" : "a"
    }

    static func sentenceCase(_ s: String) -> String {
        guard let first = s.first else { return s }
        return first.uppercased() + s.dropFirst()
    }

    static func list(_ items: [String], conjunction: String = "and", separator: String? = nil) -> String {
        var unique: [String] = []
        for i in items where !unique.contains(i) { unique.append(i) }
        if let separator { return unique.joined(separator: separator) }
        switch unique.count {
        case 0: return ""
        case 1: return unique[0]
        default: return unique.dropLast().joined(separator: ", ") + " \(conjunction) " + unique.last!
        }
    }

    /// A share as a whole percentage; "<1%" for small positive shares, never NaN.
    static func percent(_ x: Double) -> String {
        guard x.isFinite else { return "0%" }
        if x > 0 && x < 0.005 { return "<1%" }
        return "\(Int((x * 100).rounded()))%"
    }

    /// Two decimals, for scores in sentences.
    static func decimal(_ x: Double) -> String {
        guard x.isFinite else { return "0" }
        let r = (x * 100).rounded() / 100
        let whole = Int(r)
        let frac = Int(((r - Double(whole)) * 100).rounded())
        return "\(whole).\(frac < 10 ? "0" : "")\(frac)"
    }

    static func overlapPhrase(_ p: CoterminosityPair, _ agencies: [Agency], unit: String) -> String {
        // Say it from the side of the agency more contained in the other.
        let (inner, outer, share) = p.aInB >= p.bInA ? (p.a, p.b, p.aInB) : (p.b, p.a, p.bInA)
        return "\(agencies[outer].name) covers \(percent(share)) of \(agencies[inner].name)'s \(unit)"
    }
}

extension Requirement {
    /// A short noun for the requirement, for sentences: "council", "NHS body", "fire and rescue
    /// authority", "private sector body".
    public var noun: String {
        let set = Set(alternatives)
        if kind == .sector { return Self.list(alternatives) + " sector body" }
        let groups: [(Set<String>, String)] = [
            (["county-council", "district-council", "unitary-council", "metropolitan-district", "london-borough"], "council"),
            (["icb", "ccg", "pct", "nhs-trust", "gp-federation"], "NHS body"),
            (["icb", "ccg", "pct"], "NHS commissioner"),
            (["college", "university", "lsc"], "skills provider"),
            (["lep", "business", "chamber", "rda", "combined-authority"], "enterprise partnership or business"),
            (["police", "pcc", "probation"], "criminal justice body"),
            (["voluntary-org", "community-org"], "voluntary or community body"),
        ]
        if set.count > 1 {
            // The narrowest group containing every alternative.
            if let g = groups.filter({ set.isSubset(of: $0.0) }).min(by: { $0.0.count < $1.0.count }) { return g.1 }
            return Self.list(alternatives, conjunction: "or")
        }
        let single: [String: String] = [
            "police": "police force", "fire": "fire and rescue authority", "icb": "integrated care board",
            "ccg": "clinical commissioning group", "pct": "primary care trust", "nhs-trust": "NHS trust",
            "pcc": "police and crime commissioner", "transport-authority": "transport authority", "lep": "local enterprise partnership",
            "jobcentre": "Jobcentre Plus office", "housing": "housing body", "environment": "environment body",
            "probation": "probation service", "combined-authority": "combined authority", "college": "college",
            "university": "university", "business": "business", "chamber": "chamber of commerce",
            "voluntary-org": "voluntary organisation", "community-org": "community organisation",
            "gp-federation": "GP federation", "government-office": "government office", "rda": "regional development agency",
            "lsc": "Learning and Skills Council", "county-council": "county council", "district-council": "district council",
            "unitary-council": "unitary council", "metropolitan-district": "metropolitan district council",
            "london-borough": "London borough council",
        ]
        return alternatives.first.map { single[$0] ?? $0 } ?? "body"
    }

    private static func list(_ items: [String], conjunction: String = "or") -> String {
        MissingPartnersAnalysis.list(items, conjunction: conjunction)
    }
}

extension CoterminosityPair {
    /// The larger containment, max(a_in_b, b_in_a): 1 when one agency's area lies inside the other's.
    var overlap: Double { max(aInB, bInA) }
}
