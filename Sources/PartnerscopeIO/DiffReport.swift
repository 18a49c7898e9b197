import PartnerscopeCore

/// The outputs of `partnerscope diff`: a readable summary, a per-agency CSV and a JSON document.
/// Text from CSV files is escaped by ``CSVWriter`` and ``JSONValue``; rows are sorted by id.
public enum DiffReport {
    public static let agencyColumns = [
        "id", "name", "type", "status", "degree_a", "degree_b", "betweenness_a", "betweenness_b", "pagerank_a", "pagerank_b",
        "population_a", "population_b", "areas_gained", "areas_lost",
    ]

    public static func csv(_ diff: NetworkDiff) -> String {
        var w = CSVWriter(header: agencyColumns)
        for c in diff.agencies {
            w.appendRow([c.id.rawValue, c.name, c.type, c.status.rawValue,
                         NumberFormat.csv(c.degree.a), NumberFormat.csv(c.degree.b),
                         NumberFormat.csv(c.betweenness.a), NumberFormat.csv(c.betweenness.b),
                         NumberFormat.csv(c.pageRank.a), NumberFormat.csv(c.pageRank.b),
                         NumberFormat.csv(c.population.a), NumberFormat.csv(c.population.b),
                         String(c.areasGained), String(c.areasLost)])
        }
        return w.text
    }

    static func tieJSON(_ t: NetworkDiff.Tie, extra: [(String, JSONValue)] = []) -> JSONValue {
        .object([("source", .string(t.source.rawValue)), ("target", .string(t.target.rawValue)),
                 ("type", .string(t.type.rawValue)), ("directed", .bool(t.directed))] + extra)
    }

    static func reweightedJSON(_ r: NetworkDiff.Reweighted) -> JSONValue {
        let weight: JSONValue = .object([("a", .number(r.weight.a)), ("b", .number(r.weight.b))])
        return tieJSON(r.tie, extra: [("weight", weight)])
    }

    public static func json(_ diff: NetworkDiff, a: String, b: String) -> JSONValue {
        func pair(_ p: (a: Double?, b: Double?)) -> JSONValue {
            .object([("a", .number(p.a)), ("b", .number(p.b))])
        }
        let kept = diff.agencies.count - diff.added.count - diff.removed.count
        let summary: [(String, JSONValue)] = [
            ("agencies_added", .int(diff.added.count)), ("agencies_removed", .int(diff.removed.count)),
            ("agencies_kept", .int(kept)), ("boundaries_changed", .int(diff.boundaryChanges.count)),
            ("ties_added", .int(diff.tiesAdded.count)), ("ties_removed", .int(diff.tiesRemoved.count)),
            ("ties_reweighted", .int(diff.tiesReweighted.count)),
            ("shared_leaf_areas", .int(diff.sharedLeaves)), ("leaf_areas_only_in_a", .int(diff.leavesOnlyInA)),
            ("leaf_areas_only_in_b", .int(diff.leavesOnlyInB)),
        ]
        return .object([
            ("a", .string(a)), ("b", .string(b)),
            ("summary", .object(summary)),
            ("agencies", .array(diff.agencies.map { c in
                .object([
                    ("id", .string(c.id.rawValue)), ("name", .string(c.name)), ("type", .string(c.type)),
                    ("status", .string(c.status.rawValue)), ("degree", pair(c.degree)), ("betweenness", pair(c.betweenness)),
                    ("pagerank", pair(c.pageRank)), ("population", pair(c.population)),
                    ("areas_gained", .int(c.areasGained)), ("areas_lost", .int(c.areasLost)), ("relabelled", .bool(c.relabelled)),
                ])
            })),
            ("ties_added", .array(diff.tiesAdded.map { tieJSON($0) })),
            ("ties_removed", .array(diff.tiesRemoved.map { tieJSON($0) })),
            ("ties_reweighted", .array(diff.tiesReweighted.map(reweightedJSON))),
            ("flows", .array(diff.flows.map { f in
                .object([("type", .string(f.type)), ("from", f.from.map { .string($0.rawValue) } ?? .null),
                         ("to", f.to.map { .string($0.rawValue) } ?? .null), ("population", .number(f.population)),
                         ("areas", .int(f.areas))])
            })),
        ])
    }

    /// The summary for people: counts, added and removed agencies by type, redrawn boundaries,
    /// the largest flows of people and the largest changes in betweenness.
    public static func text(_ diff: NetworkDiff, a: String, b: String, limit: Int = 20) -> String {
        var out = "Diff \(a) → \(b)\n\n"
        let kept = diff.agencies.count - diff.added.count - diff.removed.count
        out += "agencies: \(diff.added.count) added, \(diff.removed.count) removed, \(kept) kept (\(diff.boundaryChanges.count) with redrawn boundaries)\n"
        out += "ties: \(diff.tiesAdded.count) added, \(diff.tiesRemoved.count) removed, \(diff.tiesReweighted.count) with a new weight\n"
        out += "leaf areas: \(diff.sharedLeaves) in both, \(diff.leavesOnlyInA) only in \(a), \(diff.leavesOnlyInB) only in \(b)\n"
        func byType(_ list: [NetworkDiff.AgencyChange]) -> String {
            var counts: [String: Int] = [:]
            for c in list { counts[c.type, default: 0] += 1 }
            return counts.keys.sorted().map { "\($0) \(counts[$0]!)" }.joined(separator: ", ")
        }
        if !diff.added.isEmpty { out += "added by type: \(byType(diff.added))\n" }
        if !diff.removed.isEmpty { out += "removed by type: \(byType(diff.removed))\n" }

        let changed = diff.boundaryChanges.sorted {
            let l = abs(($0.population.b ?? 0) - ($0.population.a ?? 0)), r = abs(($1.population.b ?? 0) - ($1.population.a ?? 0))
            return l != r ? l > r : $0.id < $1.id
        }
        if !changed.isEmpty {
            out += "\nRedrawn boundaries (largest change in people served first; \(changed.count) in all)\n\n"
            var t = TextTable(header: ["id", "name", "type", "areas +", "areas −", "people before", "people after"], rightAligned: [3, 4, 5, 6])
            for c in changed.prefix(limit) {
                t.append([c.id.rawValue, String(c.name.prefix(40)), c.type, String(c.areasGained), String(c.areasLost),
                          NumberFormat.grouped(Int((c.population.a ?? 0).rounded())), NumberFormat.grouped(Int((c.population.b ?? 0).rounded()))])
            }
            out += t.rendered()
        }
        if !diff.flows.isEmpty {
            let flows = diff.flows.sorted { $0.population != $1.population ? $0.population > $1.population : $0.type < $1.type }
            out += "\nPeople moved between bodies of the same type (largest first; \(flows.count) flows in all)\n\n"
            var t = TextTable(header: ["type", "from", "to", "people", "areas"], rightAligned: [3, 4])
            for f in flows.prefix(limit) {
                t.append([f.type, f.from?.rawValue ?? "(none)", f.to?.rawValue ?? "(none)",
                          NumberFormat.grouped(Int(f.population.rounded())), String(f.areas)])
            }
            out += t.rendered()
        }
        if !diff.tiesReweighted.isEmpty {
            let changes = diff.tiesReweighted.sorted {
                let l = abs($0.weight.b - $0.weight.a), r = abs($1.weight.b - $1.weight.a)
                return l != r ? l > r : $0.tie < $1.tie
            }
            out += "\nTies with a new weight (largest change first; \(changes.count) in all)\n\n"
            var t = TextTable(header: ["source", "target", "type", "weight"], rightAligned: [3])
            for r in changes.prefix(limit) {
                t.append([r.tie.source.rawValue, r.tie.target.rawValue, r.tie.type.rawValue + (r.tie.directed ? " →" : ""),
                          "\(NumberFormat.json(r.weight.a)) → \(NumberFormat.json(r.weight.b))"])
            }
            out += t.rendered()
        }
        let moved = diff.agencies.filter { $0.status == .kept }.sorted {
            let l = abs(($0.betweenness.b ?? 0) - ($0.betweenness.a ?? 0)), r = abs(($1.betweenness.b ?? 0) - ($1.betweenness.a ?? 0))
            return l != r ? l > r : $0.id < $1.id
        }.prefix(limit).filter { ($0.betweenness.b ?? 0) != ($0.betweenness.a ?? 0) || $0.degree.a != $0.degree.b }
        if !moved.isEmpty {
            out += "\nLargest changes in betweenness among kept agencies\n\n"
            var t = TextTable(header: ["id", "name", "degree", "betweenness", "pagerank"], rightAligned: [2, 3, 4])
            for c in moved {
                func arrow(_ p: (a: Double?, b: Double?), _ d: Int) -> String {
                    "\(NumberFormat.fixed(p.a ?? 0, d)) → \(NumberFormat.fixed(p.b ?? 0, d))"
                }
                t.append([c.id.rawValue, String(c.name.prefix(40)), arrow(c.degree, 0), arrow(c.betweenness, 4), arrow(c.pageRank, 4)])
            }
            out += t.rendered()
        }
        return out
    }
}
