import PartnerscopeCore

/// Renders a ``StructuralBalance`` (the `tensions` command and the report's section) in plain
/// words, as CSV (one section at a time) and as JSON.
public enum TensionsReport {
    /// The CSV tables `--format csv --section` can print.
    public enum Section: String, CaseIterable, Sendable {
        case summary, triangles
        case negativeTies = "negative-ties"
    }

    /// How many triangles and negative ties the text lists before "and N more".
    public static let textRowLimit = 15

    /// How the communities were found, in words (e.g. for the page and the table's heading).
    public static func communityOptions(_ o: SiloAnalysis.Options) -> String {
        "Leiden on the \(o.weighted ? "weighted" : "unweighted") positive ties, resolution \(NumberFormat.csv(o.resolution)), seed \(o.seed), as in partnerscope silos"
    }

    /// A triangle's kind as a CSV and table word (a cell starting with + or - would be read as a
    /// formula by a spreadsheet): `three-partners`, `conflict-between-partners`, `shared-conflict`,
    /// `all-in-conflict`.
    public static func kindName(_ kind: StructuralBalance.TriangleKind) -> String {
        switch kind {
        case .threePartners: "three-partners"
        case .conflictBetweenPartners: "conflict-between-partners"
        case .sharedConflict: "shared-conflict"
        case .allInConflict: "all-in-conflict"
        }
    }

    // MARK: - Sentences

    /// One triangle in a planner's words: "A and B both work with C but are in conflict".
    public static func statement(_ t: StructuralBalance.Triangle, network: Network) -> String {
        let a = network.agencies[t.a].name, b = network.agencies[t.b].name, c = network.agencies[t.c].name
        switch t.kind {
        case .conflictBetweenPartners: return "\(a) and \(b) both work with \(c) but are in conflict"
        case .allInConflict: return "\(a), \(b) and \(c) are all in conflict with one another"
        case .sharedConflict: return "\(a) and \(b) work together and are both in conflict with \(c)"
        case .threePartners: return "\(a), \(b) and \(c) all work together"
        }
    }

    /// One negative tie in a planner's words.
    public static func statement(_ t: StructuralBalance.NegativeTie, network: Network, communitySize: (Int) -> Int) -> String {
        let a = network.agencies[t.a].name, b = network.agencies[t.b].name
        var out = "\(a) and \(b) are in conflict"
        if t.alsoPositive { out += " while also tied by " + t.positiveTypes.map(\.rawValue).joined(separator: " and ") }
        if let c = t.community { out += ", inside community \(c) (\(communitySize(c)) agencies that otherwise work as a group)" }
        if t.unbalancedTriangles > 0 {
            out += "; \(t.unbalancedTriangles) unbalanced triangle\(t.unbalancedTriangles == 1 ? "" : "s") turn\(t.unbalancedTriangles == 1 ? "s" : "") on it"
        }
        return out
    }

    static func ratio(_ b: StructuralBalance) -> String {
        b.balanceRatio.map { NumberFormat.fixed($0, 3) } ?? "-"
    }

    static func sizes(_ communities: [Int]?) -> (Int) -> Int {
        var count: [Int: Int] = [:]
        for c in communities ?? [] { count[c, default: 0] += 1 }
        return { count[$0] ?? 0 }
    }

    // MARK: - JSON

    public static func json(_ b: StructuralBalance, network: Network, communities: [Int]?,
                            options: SiloAnalysis.Options) -> JSONValue {
        let ids = network.agencies.map(\.id.rawValue)
        let size = sizes(communities)
        let byKind: [(String, JSONValue)] = StructuralBalance.TriangleKind.allCases.map { ($0.signs, .int(b.count($0))) }
        func triangle(_ t: StructuralBalance.Triangle) -> JSONValue {
            .object([("agencies", .array([t.a, t.b, t.c].map { .string(ids[$0]) })), ("signs", .string(t.kind.signs)), ("kind", .string(kindName(t.kind))),
                     ("balanced", .bool(t.isBalanced)), ("statement", .string(statement(t, network: network)))])
        }
        let ties: [JSONValue] = b.negativeTies.map { t in
            .object([("agencies", .array([t.a, t.b].map { ids[$0] }.sorted().map { .string($0) })),
                     ("types", .array(t.types.map { .string($0.rawValue) })), ("positive_types", .array(t.positiveTypes.map { .string($0.rawValue) })),
                     ("community", t.community.map { .int($0) } ?? .null), ("inside_community", .bool(t.insideCommunity)),
                     ("unbalanced_triangles", .int(t.unbalancedTriangles)),
                     ("statement", .string(statement(t, network: network, communitySize: size)))])
        }
        return .object([
            ("network", .string(network.name)),
            ("communities", .string(communityOptions(options))),
            ("pairs", .object([("positive", .int(b.positivePairs)), ("negative", .int(b.negativePairs))])),
            ("triangles", .object([("total", .int(b.triangleCount)), ("balanced", .int(b.balancedCount)),
                                   ("unbalanced", .int(b.unbalancedCount)), ("by_signs", .object(byKind))])),
            ("balance_ratio", .number(b.balanceRatio)),
            ("unbalanced", .array(b.unbalanced.map(triangle))),
            ("signed_triangles", .array(b.signedTriangles.map(triangle))),
            ("negative_ties", .array(ties)),
        ])
    }

    // MARK: - CSV

    public static func csv(_ b: StructuralBalance, network: Network, communities: [Int]?, section: Section) -> String {
        let agencies = network.agencies
        switch section {
        case .summary:
            var w = CSVWriter(header: ["measure", "value"])
            w.appendRow(["positive_pairs", String(b.positivePairs)])
            w.appendRow(["negative_pairs", String(b.negativePairs)])
            w.appendRow(["triangles", String(b.triangleCount)])
            for k in StructuralBalance.TriangleKind.allCases { w.appendRow(["triangles_\(kindName(k))", String(b.count(k))]) }
            w.appendRow(["balanced_triangles", String(b.balancedCount)])
            w.appendRow(["unbalanced_triangles", String(b.unbalancedCount)])
            w.appendRow(["balance_ratio", NumberFormat.csv(b.balanceRatio)])
            w.appendRow(["negative_ties_inside_communities", String(b.negativeTiesInsideCommunities.count)])
            return w.text
        case .triangles:
            var w = CSVWriter(header: ["kind", "balanced", "agency_a", "agency_b", "agency_c", "statement"])
            for t in b.signedTriangles {
                w.appendRow([kindName(t.kind), t.isBalanced ? "true" : "false", agencies[t.a].id.rawValue,
                             agencies[t.b].id.rawValue, agencies[t.c].id.rawValue, statement(t, network: network)])
            }
            return w.text
        case .negativeTies:
            let size = sizes(communities)
            var w = CSVWriter(header: ["agency_a", "agency_b", "types", "positive_types", "community", "inside_community",
                                       "unbalanced_triangles", "statement"])
            for t in b.negativeTies {
                let pair = [agencies[t.a].id.rawValue, agencies[t.b].id.rawValue].sorted()
                w.appendRow([pair[0], pair[1], t.types.map(\.rawValue).joined(separator: "|"), t.positiveTypes.map(\.rawValue).joined(separator: "|"),
                             t.community.map(String.init) ?? "", t.insideCommunity ? "true" : "false",
                             String(t.unbalancedTriangles), statement(t, network: network, communitySize: size)])
            }
            return w.text
        }
    }

    // MARK: - Text

    public static func text(_ b: StructuralBalance, network: Network, communities: [Int]?,
                            options: SiloAnalysis.Options) -> String {
        func clean(_ s: String) -> String { TextTable.clean(s) }
        let size = sizes(communities)
        var out = "Tensions (structural balance): \(clean(network.name))\n"
        out += "A conflict (or a tie marked sign -1) is a negative tie; every other tie is positive. Three agencies\n"
        out += "that are all tied form a triangle: balanced when it has no conflict or two (two partners share a\n"
        out += "dispute with a third), unbalanced when it has one (two partners of a third are in conflict) or three\n"
        out += "(Heider 1946; Cartwright & Harary 1956). Unbalanced triangles are where a partnership is under strain.\n"
        out += "\n\(NumberFormat.grouped(b.positivePairs)) pairs work together, \(NumberFormat.grouped(b.negativePairs)) \(b.negativePairs == 1 ? "is" : "are") in conflict.\n"
        if b.triangleCount == 0 {
            out += "No three agencies are all tied to each other, so there is no triangle and no balance ratio.\n"
        } else {
            out += "Balance ratio \(ratio(b)): \(NumberFormat.grouped(b.balancedCount)) of \(NumberFormat.grouped(b.triangleCount)) triangles are balanced.\n"
            var t = TextTable(header: ["signs", "meaning", "triangles"], rightAligned: [2])
            t.append(["+++", "three partners (balanced)", NumberFormat.grouped(b.count(.threePartners))])
            t.append(["++-", "two partners of a third in conflict (unbalanced)", NumberFormat.grouped(b.count(.conflictBetweenPartners))])
            t.append(["+--", "two partners share a conflict with a third (balanced)", NumberFormat.grouped(b.count(.sharedConflict))])
            t.append(["---", "all three in conflict (unbalanced)", NumberFormat.grouped(b.count(.allInConflict))])
            out += t.rendered()
        }
        let unbalanced = b.unbalanced
        out += "\n== Unbalanced triangles ==\n"
        if unbalanced.isEmpty {
            out += b.negativePairs == 0 ? "None: the network has no conflict.\n" : "None: no conflict sits inside a triangle of partners.\n"
        } else {
            for t in unbalanced.prefix(textRowLimit) { out += "  \(clean(statement(t, network: network))).\n" }
            if unbalanced.count > textRowLimit {
                out += "  ... and \(unbalanced.count - textRowLimit) more (see --format csv --section triangles)\n"
            }
        }
        out += "\n== Conflicts ==\n"
        out += "Communities: \(communityOptions(options)).\n"
        if b.negativeTies.isEmpty {
            out += "No negative tie.\n"
        } else {
            let inside = b.negativeTiesInsideCommunities.count
            out += inside == 0 ? "No conflict is inside a community.\n"
                : "\(inside) of \(b.negativeTies.count) conflicts \(inside == 1 ? "is" : "are") inside a community: a dispute within a group that otherwise works together.\n"
            for t in b.negativeTies.prefix(textRowLimit) {
                out += "  \(clean(statement(t, network: network, communitySize: size))).\n"
            }
            if b.negativeTies.count > textRowLimit {
                out += "  ... and \(b.negativeTies.count - textRowLimit) more (see --format csv --section negative-ties)\n"
            }
        }
        return out
    }
}
