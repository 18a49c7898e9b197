import PartnerscopeCore

/// What the report page's explorer knows about each agency: the data behind the hover card, the
/// filters and the search (``ReportExplorer/script``), embedded in `index.html` as JSON in a
/// `<script type="application/json" id="explorer-data">` block.
///
/// Agencies are listed in the network's own index order, the same index by which the maps mark an
/// agency's node (`class="agency a12"`, see `MapStyle.agencyNode` in InfluenceMaps) and the tables
/// mark its rows (`data-agencies="12"`, ``ReportTable/rowAgencies``), so that one number joins map,
/// table and card. Every text comes from the CSV files or the analysis and is escaped by
/// ``JSONValue`` (`<`, `>` and `&` as `\u` escapes), so `</script>` in a name cannot end the block.
public enum ReportExplorer {
    /// The JSON document: `agencies` (id, name, sector, type, level, community, the relationship
    /// types of its ties, key measures as [label, value] pairs already formatted, findings as
    /// sentences), and the values each filter offers: `sectors`, `types`, `tieTypes` (those
    /// present), `communities` (id and size).
    ///
    /// - Complexity: O(|V| log |V| + |E| + findings).
    public static func data(_ a: NetworkAnalysis) -> JSONValue {
        let network = a.network
        let agencies = network.agencies
        let n = agencies.count
        let membership = a.silos.partition.membership
        var tieTypes = [Set<String>](repeating: [], count: n)
        for r in network.relationships where r.source != r.target {
            tieTypes[r.source].insert(r.type.rawValue)
            tieTypes[r.target].insert(r.type.rawValue)
        }
        let findings = agencyFindings(a)
        let measures = agencyMeasures(a)
        let list: [JSONValue] = agencies.indices.map { i in
            let agency = agencies[i]
            let community: JSONValue = i < membership.count && membership[i] >= 0 ? .int(membership[i]) : .null
            return .object([
                ("id", .string(agency.id.rawValue)), ("name", .string(agency.name)),
                ("sector", .string(agency.sector.rawValue)), ("type", .string(agency.type)),
                ("level", agency.level.map { .string($0.rawValue) } ?? .null), ("community", community),
                ("ties", .array(tieTypes[i].sorted().map { .string($0) })),
                ("measures", .array(measures[i].map { .array([.string($0.0), .string($0.1)]) })),
                ("findings", .array(findings[i].map { .string($0) })),
            ])
        }
        let sectors = Set(agencies.map(\.sector)).sorted().map { JSONValue.string($0.rawValue) }
        let types = Set(agencies.map(\.type)).sorted().map { JSONValue.string($0) }
        let ties = Set(tieTypes.flatMap { $0 }).sorted().map { JSONValue.string($0) }
        let communities: [JSONValue] = a.silos.communities.map { c in
            .object([("id", .int(c.id)), ("size", .int(c.members.count))])
        }
        return .object([
            ("agencies", .array(list)), ("sectors", .array(sectors)), ("types", .array(types)),
            ("tieTypes", .array(ties)), ("communities", .array(communities)),
        ])
    }

    /// The `<script type="application/json">` element holding ``data(_:)``, compact. A data block
    /// is not run, so the Content-Security-Policy's `script-src` does not apply to it.
    public static func dataElement(_ a: NetworkAnalysis) -> String {
        "<script type=\"application/json\" id=\"explorer-data\">" + data(a).rendered(indent: nil) + "</script>\n"
    }

    /// Partners, betweenness and PageRank with each one's rank, as the hover card shows them.
    static func agencyMeasures(_ a: NetworkAnalysis) -> [[(String, String)]] {
        let n = a.network.agencyCount
        var out = [[(String, String)]](repeating: [], count: n)
        let shown: [(CentralityMeasure, String, Int)] = [(.degree, "partners", 0), (.betweenness, "betweenness", 3), (.pagerank, "PageRank", 4)]
        for (measure, label, digits) in shown {
            guard let values = a.centrality[measure] else { continue }
            let ranking = a.ranking(by: measure)
            var rank = [Int](repeating: 0, count: n)
            // Equal values share the best rank among them ("2nd equal"), as a reader counts.
            for (k, i) in ranking.enumerated() {
                rank[i] = k > 0 && values[ranking[k - 1]] == values[i] ? rank[ranking[k - 1]] : k + 1
            }
            for i in 0..<n where values[i].isFinite {
                out[i].append((label, "\(NumberFormat.fixed(values[i], digits)) (rank \(rank[i]) of \(n))"))
            }
        }
        return out
    }

    /// One agency's findings in the report, in the words of its tables: single point of failure,
    /// brokerage, sole link between sectors, conflicts, coterminosity gaps and missing ties.
    static func agencyFindings(_ a: NetworkAnalysis) -> [[String]] {
        let network = a.network
        let agencies = network.agencies
        var out = [[String]](repeating: [], count: agencies.count)
        let s = a.silos
        for id in a.summary.isolatedAgencies {
            if let i = network.index(of: id) { out[i].append("No tie to any other agency.") }
        }
        for (k, v) in s.fragility.articulationPoints.enumerated() {
            let cut = s.fragility.cutOff[k]
            out[v].append("Single point of failure: without it, \(cut) agenc\(cut == 1 ? "y loses its" : "ies lose their") link to the rest.")
        }
        for (v, r) in s.brokerage.enumerated() where r.total - r.coordinator > 0 {
            let between = r.total - r.coordinator
            out[v].append("Brokers between \(s.options.groupBy.rawValue)s: \(between) open path\(between == 1 ? "" : "s") through it (brokers table).")
        }
        for link in s.soleLinksBetweenSectors {
            for v in link.agencies { out[v].append("Sole link between the \(link.first) and \(link.second) sectors.") }
        }
        var conflicts = [[Int]](repeating: [], count: agencies.count)
        for t in a.tensions.negativeTies { conflicts[t.a].append(t.b); conflicts[t.b].append(t.a) }
        for i in agencies.indices where !conflicts[i].isEmpty {
            out[i].append("In conflict with " + conflicts[i].map { agencies[$0].name }.joined(separator: ", ") + ".")
        }
        if a.coterminosity.hasGeography {
            var gaps = [[CoterminosityPair]](repeating: [], count: agencies.count)
            for p in a.gapsBySplit { gaps[p.a].append(p); gaps[p.b].append(p) }
            let unit = a.coterminosity.populationWeighted ? "people" : "areas"
            for i in agencies.indices where !gaps[i].isEmpty {
                let worst = gaps[i][0]
                let other = worst.a == i ? worst.b : worst.a
                let count = gaps[i].count
                out[i].append("\(count) coterminosity gap\(count == 1 ? "" : "s"); the worst with \(agencies[other].name): "
                    + "\(NumberFormat.grouped(Int(worst.populationMisaligned.rounded()))) \(unit) on the wrong side of the line.")
            }
        }
        if let m = a.missing {
            for g in m.rollUp {
                guard let i = network.index(of: g.agency.id) else { continue }
                out[i].append("Missing ties: " + MissingPartnersWording.rollUpGaps(g) + ".")
            }
        }
        return out
    }
}
