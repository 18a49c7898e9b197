import PartnerscopeCore

/// The influence table (`partnerscope influence`) as text, CSV or JSON.
///
/// Columns: id, name, sector, power, budget_m, statutory, interest, network influence, quadrant,
/// the three salience attributes and the salience class. The thresholds used are stated in the
/// table's footer, in the JSON `thresholds` object, and for CSV in the `has_*` columns that show
/// each decision.
public enum InfluenceReport {
    public static let header = [
        "id", "name", "sector", "power", "budget_m", "statutory", "interest", "influence", "quadrant",
        "has_power", "power_from", "has_legitimacy", "legitimacy_from", "has_urgency", "salience",
    ]

    static func cells(_ row: InfluenceRow, _ network: Network) -> [String] {
        let a = network.agencies[row.agency]
        return [
            a.id.rawValue, a.name, a.sector.rawValue, row.power.map(String.init) ?? "",
            NumberFormat.csv(row.budgetMillions), row.statutory.map { $0 ? "true" : "false" } ?? "",
            row.interest.map(String.init) ?? "", NumberFormat.csv(row.networkInfluence),
            row.quadrant?.rawValue ?? "", flag(row.salience.power), row.salience.powerSource, flag(row.salience.legitimacy),
            row.salience.legitimacySource, flag(row.salience.urgency), row.salience.type.rawValue,
        ]
    }

    static func flag(_ b: Bool) -> String { b ? "yes" : "no" }

    /// One sentence per threshold, for people.
    public static func thresholds(_ p: InfluenceProfile, influenceName: String) -> [String] {
        [
            "influence: \(influenceName)",
            "quadrant (Mendelow 1991): power and interest are high when rated \(p.grid.highThreshold) or more on 1-5; "
                + "high/high = manage closely, high power = keep satisfied, high interest = keep informed, else monitor",
            "salience (Mitchell, Agle & Wood 1997): power when power >= \(p.salience.powerThreshold) or another agency depends on it "
                + "(it funds, commissions, is answered to or scrutinises); "
                + "legitimacy from the legitimacy column (yes/no, or a rating >= \(p.salience.ratingThreshold)), else statutory = true, "
                + "and always when it holds a formal tie (any tie but informal contact or conflict: partnership, protocol, agreement, "
                + "funding, commissioning, accountability, scrutiny), so no formal partner is a non-stakeholder; "
                + "urgency from the urgency column (same forms), else no",
        ]
    }

    public static func table(_ p: InfluenceProfile, network: Network, influenceName: String) -> String {
        var t = TextTable(header: ["id", "name", "sector", "power", "budget £m", "statutory", "interest",
                                   "influence", "quadrant", "P", "L", "U", "salience"],
                          rightAligned: [3, 4, 6, 7])
        for row in p.rows {
            let c = cells(row, network)
            t.append([c[0], c[1], c[2], c[3], row.budgetMillions.map { NumberFormat.fixed($0, 1) } ?? "", c[5], c[6],
                      NumberFormat.fixed(row.networkInfluence, 4), c[8], c[9], c[11], c[13], c[14]])
        }
        return t.rendered() + "\n" + thresholds(p, influenceName: influenceName).map { "Note: " + $0 }.joined(separator: "\n") + "\n"
    }

    public static func csv(_ p: InfluenceProfile, network: Network) -> String {
        var w = CSVWriter(header: header)
        for row in p.rows { w.appendRow(cells(row, network)) }
        return w.text
    }

    public static func json(_ p: InfluenceProfile, network: Network, influenceName: String) -> JSONValue {
        let rows: [JSONValue] = p.rows.map { row in
            let a = network.agencies[row.agency]
            return .object([
                ("id", .string(a.id.rawValue)), ("name", .string(a.name)), ("sector", .string(a.sector.rawValue)),
                ("power", row.power.map { .int($0) } ?? .null), ("budget_m", .number(row.budgetMillions)),
                ("statutory", row.statutory.map { .bool($0) } ?? .null), ("interest", row.interest.map { .int($0) } ?? .null),
                ("influence", .number(row.networkInfluence)), ("quadrant", row.quadrant.map { .string($0.rawValue) } ?? .null),
                ("has_power", .bool(row.salience.power)), ("power_from", .string(row.salience.powerSource)),
                ("has_legitimacy", .bool(row.salience.legitimacy)),
                ("legitimacy_from", .string(row.salience.legitimacySource)), ("has_urgency", .bool(row.salience.urgency)),
                ("salience", .string(row.salience.type.rawValue)),
            ])
        }
        return .object([
            ("network", .string(network.name)),
            ("thresholds", .object([
                ("influence", .string(influenceName)),
                ("high_rating", .int(p.grid.highThreshold)),
                ("salience_power", .int(p.salience.powerThreshold)),
                ("salience_rating", .int(p.salience.ratingThreshold)),
                ("notes", .array(thresholds(p, influenceName: influenceName).map { .string($0) })),
            ])),
            ("agencies", .array(rows)),
        ])
    }
}
