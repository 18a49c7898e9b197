import Foundation
import PartnerscopeCore

/// The outputs of `partnerscope diff`: a readable summary, a per-agency CSV, a JSON document and,
/// with `--maps`, a folder with the two pinned maps side by side on one page. Text from CSV files
/// is escaped by ``CSVWriter``, ``JSONValue`` and ``HTML``; rows are sorted by id.
public enum DiffReport {
    public static let agencyColumns = [
        "id", "name", "type", "status", "degree_a", "degree_b", "betweenness_a", "betweenness_b", "influence_a", "influence_b",
        "population_a", "population_b", "areas_gained", "areas_lost", "succession_with",
    ]

    /// For each agency in a succession, the ids on the other side of it (its successors, or its
    /// predecessors), joined by `|`.
    static func successionPartners(_ diff: NetworkDiff) -> [AgencyID: [AgencyID]] {
        var partners: [AgencyID: [AgencyID]] = [:]
        for s in diff.successions {
            for p in s.predecessors { partners[p] = s.successors }
            for q in s.successors { partners[q] = s.predecessors }
        }
        return partners
    }

    public static func csv(_ diff: NetworkDiff) -> String {
        var w = CSVWriter(header: agencyColumns)
        let partners = successionPartners(diff)
        for c in diff.agencies {
            w.appendRow([c.id.rawValue, c.name, c.type, c.status.rawValue,
                         NumberFormat.csv(c.degree.a), NumberFormat.csv(c.degree.b),
                         NumberFormat.csv(c.betweenness.a), NumberFormat.csv(c.betweenness.b),
                         NumberFormat.csv(c.influence.a), NumberFormat.csv(c.influence.b),
                         NumberFormat.csv(c.population.a), NumberFormat.csv(c.population.b),
                         String(c.areasGained), String(c.areasLost),
                         (partners[c.id] ?? []).map(\.rawValue).joined(separator: "|")])
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
        let kept = diff.agencies.filter { $0.status == .kept }.count
        let summary: [(String, JSONValue)] = [
            ("agencies_added", .int(diff.added.count)), ("agencies_removed", .int(diff.removed.count)),
            ("agencies_kept", .int(kept)), ("successions", .int(diff.successions.count)),
            ("agencies_succeeded", .int(diff.agencies.filter { $0.status == .succeeded }.count)),
            ("agencies_successors", .int(diff.agencies.filter { $0.status == .successor }.count)),
            ("boundaries_changed", .int(diff.boundaryChanges.count)),
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
                    ("influence", pair(c.influence)), ("population", pair(c.population)),
                    ("areas_gained", .int(c.areasGained)), ("areas_lost", .int(c.areasLost)), ("relabelled", .bool(c.relabelled)),
                ])
            })),
            ("successions", .array(diff.successions.map { sc in
                .object([
                    ("predecessors", .array(sc.predecessors.map { .string($0.rawValue) })),
                    ("successors", .array(sc.successors.map { .string($0.rawValue) })),
                    ("population_before", .number(sc.populationBefore)), ("population_after", .number(sc.populationAfter)),
                    ("population_moved", .number(sc.populationMoved)),
                    ("moves", .array(sc.moves.map { m in
                        .object([("from", .string(m.from.rawValue)), ("to", .string(m.to.rawValue)),
                                 ("population", .number(m.population)), ("areas", .int(m.areas))])
                    })),
                    ("ties_carried", .array(sc.tiesCarried.map { .object([("before", tieJSON($0.before)), ("after", tieJSON($0.after))]) })),
                    ("ties_ended", .array(sc.tiesEnded.map { tieJSON($0) })),
                    ("ties_begun", .array(sc.tiesBegun.map { tieJSON($0) })),
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
        let kept = diff.agencies.filter { $0.status == .kept }.count
        let succeeded = diff.agencies.filter { $0.status == .succeeded }.count
        let successors = diff.agencies.filter { $0.status == .successor }.count
        let inSuccession = diff.successions.isEmpty ? "" :
            ", \(succeeded) taken over by \(successors) in \(diff.successions.count) succession\(diff.successions.count == 1 ? "" : "s")"
        out += "agencies: \(diff.added.count) added, \(diff.removed.count) removed, \(kept) kept (\(diff.boundaryChanges.count) with redrawn boundaries)\(inSuccession)\n"
        out += "ties: \(diff.tiesAdded.count) added, \(diff.tiesRemoved.count) removed, \(diff.tiesReweighted.count) with a new weight\(diff.successions.isEmpty ? "" : " (besides the ties of successions, below)")\n"
        out += "leaf areas: \(diff.sharedLeaves) in both, \(diff.leavesOnlyInA) only in \(a), \(diff.leavesOnlyInB) only in \(b)\n"
        func byType(_ list: [NetworkDiff.AgencyChange]) -> String {
            var counts: [String: Int] = [:]
            for c in list { counts[c.type, default: 0] += 1 }
            return counts.keys.sorted().map { "\($0) \(counts[$0]!)" }.joined(separator: ", ")
        }
        if !diff.added.isEmpty { out += "added by type: \(byType(diff.added))\n" }
        if !diff.removed.isEmpty { out += "removed by type: \(byType(diff.removed))\n" }
        out += successionsText(diff, a: a, b: b, limit: limit)

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
            var t = TextTable(header: ["id", "name", "degree", "betweenness", "influence"], rightAligned: [2, 3, 4])
            for c in moved {
                func arrow(_ p: (a: Double?, b: Double?), _ d: Int) -> String {
                    "\(NumberFormat.fixed(p.a ?? 0, d)) → \(NumberFormat.fixed(p.b ?? 0, d))"
                }
                t.append([c.id.rawValue, String(c.name.prefix(40)), arrow(c.degree, 0), arrow(c.betweenness, 4), arrow(c.influence, 4)])
            }
            out += t.rendered()
        }
        return out
    }
    /// The last line of the table: the day of each snapshot.
    public static func footer(_ a: AsAt, _ b: AsAt) -> String {
        func say(_ d: AsAt) -> String { if case .all = d { return "all dates" } else { return d.description } }
        return "Before: \(say(a)); after: \(say(b)) (each snapshot's agencies in existence and ties in force that day; --from and --to choose them)"
    }

    /// The successions in words: who took over from whom, the people and the ties that moved.
    static func successionsText(_ diff: NetworkDiff, a: String, b: String, limit: Int) -> String {
        guard !diff.successions.isEmpty else { return "" }
        var byID: [AgencyID: NetworkDiff.AgencyChange] = [:]
        for c in diff.agencies { byID[c.id] = c }
        func names(_ ids: [AgencyID]) -> String {
            let shown = ids.prefix(3).map { byID[$0].map { String($0.name.prefix(60)) } ?? $0.rawValue }
            let more = ids.count > 3 ? " and \(ids.count - 3) more" : ""
            return shown.joined(separator: ", ") + more
        }
        func kinds(_ ids: [AgencyID]) -> String {
            var counts: [String: Int] = [:]
            for id in ids { counts[byID[id]?.type ?? "?", default: 0] += 1 }
            return counts.keys.sorted().map { "\(counts[$0]!) \($0)" }.joined(separator: ", ")
        }
        func people(_ x: Double) -> String { NumberFormat.grouped(Int(x.rounded())) }
        let ordered = diff.successions.sorted {
            $0.populationMoved != $1.populationMoved ? $0.populationMoved > $1.populationMoved : $0.predecessors[0] < $1.predecessors[0]
        }
        var out = "\nSuccessions: bodies of \(a) taken over by bodies of \(b) (successor_of), most people moved first; \(ordered.count) in all\n"
        out += "(their agencies and ties are not counted as added or removed above)\n\n"
        for sc in ordered.prefix(limit) {
            out += "- \(names(sc.predecessors)) (\(kinds(sc.predecessors))) → \(names(sc.successors)) (\(kinds(sc.successors))): "
            out += "\(people(sc.populationMoved)) people moved with them (\(people(sc.populationBefore)) served before, \(people(sc.populationAfter)) after); "
            out += "ties: \(sc.tiesCarried.count) carried over, \(sc.tiesEnded.count) ended, \(sc.tiesBegun.count) begun\n"
            let partners = Set(sc.tiesCarried.map { t -> AgencyID in
                sc.predecessors.contains(t.before.source) ? t.before.target : t.before.source
            }).sorted()
            if !partners.isEmpty {
                out += "  carried over with: \(names(partners))\n"
            }
        }
        if ordered.count > limit { out += "  … \(ordered.count - limit) more successions (--top, or --format json)\n" }
        return out
    }

    /// The page of `--maps`: the two snapshots' maps (`a.svg`, `b.svg` beside it) side by side.
    public static func mapsPage(a: String, b: String) -> String {
        let body: HTML = """
        <h1>\(a) → \(b)</h1>
        <p>Shared agencies sit at the same place in both maps. Red: gone after; green: new after.</p>
        <div class="pair"><figure><img src="a.svg" alt="before"><figcaption>\(a)</figcaption></figure>
        <figure><img src="b.svg" alt="after"><figcaption>\(b)</figcaption></figure></div>

        """
        return HTMLPage(title: "\(a) → \(b)", body: body).rendered
    }

    /// Writes `a.svg`, `b.svg` and `index.html` (``mapsPage(a:b:)``) into `directory`, replaced
    /// atomically (see ``AtomicWriter/writeDirectory(_:_:)``).
    public static func writeMaps(_ svgs: (a: String, b: String), a: String, b: String, to directory: String) throws {
        let files = [("a.svg", svgs.a), ("b.svg", svgs.b), ("index.html", mapsPage(a: a, b: b))]
        try AtomicWriter.writeDirectory(directory) { folder in
            for (name, text) in files {
                try Data(text.utf8).write(to: URL(fileURLWithPath: folder).appendingPathComponent(name))
            }
        }
    }
}
