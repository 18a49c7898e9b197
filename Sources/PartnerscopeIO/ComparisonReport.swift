import Foundation
import PartnerscopeCore

/// The outputs of `partnerscope compare` and `partnerscope batch`: `comparison.csv`,
/// `comparison.json`, `index.html` with a sortable table, small-multiple maps and one page per area.
///
/// Every text that came from a CSV file (ids, names, types, messages quoting them) is escaped for
/// the format it lands in: CSV by ``CSVWriter`` (with its anti-formula-injection rule), JSON by
/// ``JSONValue``, HTML by building it as ``HTML`` in the one ``HTMLPage``. Numbers use ``NumberFormat``; rows are
/// sorted by key; nothing depends on timing, so the same input gives the same bytes.
public enum ComparisonReport {
    /// A network or group that could not be analysed, with the reason.
    public struct Failure: Sendable, Equatable {
        public var key: String
        public var label: String
        public var message: String
        public init(key: String, label: String, message: String) {
            self.key = key
            self.label = label
            self.message = message
        }
    }

    /// What was compared, for the headers of the outputs.
    public struct Context: Sendable {
        /// e.g. `compare` or `batch Networks/england --by type=icb`.
        public var title: String
        public var description: String
        public var failures: [Failure]
        public init(title: String, description: String, failures: [Failure]) {
            self.title = title
            self.description = description
            self.failures = failures.sorted { $0.key < $1.key }
        }
    }

    // MARK: - CSV and JSON

    /// `key,label,<columns...>,broker_1,broker_2,broker_3`.
    public static func csv(_ table: ComparisonTable) -> String {
        var writer = CSVWriter(header: ["key", "label"] + table.columns.map(\.name) + ["broker_1", "broker_2", "broker_3"])
        for (i, row) in table.rows.enumerated() {
            var fields = [row.key, row.label]
            fields += table.columns.map { NumberFormat.csv($0.values[i]) }
            for k in 0..<3 { fields.append(k < row.brokers.count ? row.brokers[k].id.rawValue : "") }
            writer.appendRow(fields)
        }
        return writer.text
    }

    public static func json(_ table: ComparisonTable, context: Context) -> JSONValue {
        let slugs = slugs(table)
        let rows: [JSONValue] = table.rows.enumerated().map { i, row in
            .object([
                ("key", .string(row.key)),
                ("label", .string(row.label)),
                ("page", .string("areas/\(slugs[i]).html")),
                ("values", .object(table.columns.map { ($0.name, .number($0.values[i])) })),
                ("ranks", .object(table.columns.map { c in (c.name, c.ranks[i].map { .int($0) } ?? .null) })),
                ("outliers", .object(table.columns.compactMap { c in c.outliers[i].map { (c.name, .string($0.rawValue)) } })),
                ("worst_split", row.worstSplit.map { .array([.string($0.0), .string($0.1)]) } ?? .null),
                ("brokers", .array(row.brokers.map {
                    .object([("id", .string($0.id.rawValue)), ("name", .string($0.name)), ("roles", .number($0.score))])
                })),
            ])
        }
        let columns: [JSONValue] = table.columns.map { c in
            .object([
                ("name", .string(c.name)),
                ("q1", .number(c.quartiles?.q1)),
                ("q3", .number(c.quartiles?.q3)),
            ])
        }
        return .object([
            ("comparison", .string(context.title)),
            ("description", .string(context.description)),
            ("rows", .array(rows)),
            ("columns", .array(columns)),
            ("failures", .array(context.failures.map {
                .object([("key", .string($0.key)), ("label", .string($0.label)), ("error", .string($0.message))])
            })),
        ])
    }

    /// The table printed on standard output.
    public static func text(_ table: ComparisonTable, context: Context) -> String {
        var t = TextTable(header: ["key", "name", "agencies", "ties", "density", "modularity", "coterminous",
                                   "people in gaps", "worst split", "absent", "unlinked", "top broker"],
                          rightAligned: [2, 3, 4, 5, 6, 7, 8, 9, 10])
        for (i, row) in table.rows.enumerated() {
            func cell(_ name: String, _ digits: Int) -> String {
                guard let c = table.column(name), let v = c.values[i] else { return "-" }
                let mark = c.outliers[i] == .high ? "↑" : c.outliers[i] == .low ? "↓" : ""
                return (digits < 0 ? NumberFormat.grouped(Int(v.rounded())) : NumberFormat.fixed(v, digits)) + mark
            }
            t.append([row.key, String(row.label.prefix(40)), cell("agencies", 0), cell("ties", 0), cell("density", 3),
                      cell("modularity", 3), cell("share_coterminous", 3), cell("population_in_gaps", -1),
                      cell("population_misaligned", -1), cell("absent_partners", 0), cell("unlinked_partners", 0), row.brokers.first?.id.rawValue ?? "-"])
        }
        var out = "\(context.title): \(table.rows.count) compared"
        if !context.failures.isEmpty { out += ", \(context.failures.count) failed" }
        out += "\n\n" + t.rendered()
        out += "\n↑/↓: beyond 1.5 IQR above Q3 / below Q1 of the column. worst split: the people on the wrong side of the line in the group's worst coterminosity gap.\n"
        let councilColumns = table.columns.filter { $0.name.hasPrefix("neff_") || $0.name.hasPrefix("councils_split_") }
        if !councilColumns.isEmpty && table.rows.count <= 6 {
            out += "\nCouncils and the bodies they work with (neff: population-weighted mean effective number of bodies of the type per council; councils_split: councils whose people the type's bodies split)\n\n"
            var c = TextTable(header: ["measure"] + table.rows.map(\.key), rightAligned: Set(1...table.rows.count))
            for column in councilColumns {
                c.append([column.name] + column.values.map { v in
                    v.map { column.name.hasPrefix("neff_") ? NumberFormat.fixed($0, 3) : String(Int($0)) } ?? "-"
                })
            }
            out += c.rendered()
        }
        for f in context.failures { out += "failed: \(f.key): \(f.message)\n" }
        return out
    }

    // MARK: - HTML

    /// A file name for each row (same order as the rows): the key lower-cased with every character
    /// outside `a–z 0–9 - _` replaced by `-`, made unique by a numeric suffix in row order.
    public static func slugs(_ table: ComparisonTable) -> [String] {
        var used = Set<String>()
        return table.rows.map { row in
            var base = String(row.key.lowercased().map { ch -> Character in
                (ch.isASCII && (ch.isLetter || ch.isNumber)) || ch == "-" || ch == "_" ? ch : "-"
            })
            if base.isEmpty { base = "area" }
            var slug = base
            var k = 2
            while !used.insert(slug).inserted {
                slug = "\(base)-\(k)"
                k += 1
            }
            return slug
        }
    }

    /// The columns shown in the HTML table (the rest are on each area's page).
    static let headlineColumns = [
        "agencies", "ties", "density", "degree_centralization", "betweenness_centralization", "modularity", "communities",
        "ei_sector", "ei_type", "partner_pairs", "share_coterminous", "population_footprint", "population_in_gaps", "population_misaligned", "absent_partners", "unlinked_partners",
    ]

    static func format(_ name: String, _ v: Double?) -> String {
        guard let v else { return "–" }
        if name.hasPrefix("population") { return NumberFormat.grouped(Int(v.rounded())) }
        if v == v.rounded() && abs(v) < 1e9 { return String(Int64(v)) }
        return NumberFormat.fixed(v, 3)
    }

    /// Every file of the output folder as (relative path, bytes), sorted by path.
    ///
    /// - Parameters:
    ///   - maps: an SVG document per row key (absent keys get no map).
    public static func files(_ table: ComparisonTable, context: Context, maps: [String: String]) -> [(String, Data)] {
        var files: [(String, Data)] = []
        files.append(("comparison.csv", Data(csv(table).utf8)))
        files.append(("comparison.json", Data(json(table, context: context).rendered().utf8)))
        files.append(("index.html", Data(indexPage(table, context: context, maps: maps).utf8)))
        let slugs = slugs(table)
        for (i, row) in table.rows.enumerated() {
            files.append(("areas/\(slugs[i]).html", Data(areaPage(table, row: i, slug: slugs[i], context: context, hasMap: maps[row.key] != nil).utf8)))
            if let svg = maps[row.key] { files.append(("maps/\(slugs[i]).svg", Data(svg.utf8))) }
        }
        return files.sorted { $0.0 < $1.0 }
    }

    static func indexPage(_ table: ComparisonTable, context: Context, maps: [String: String]) -> String {
        let slugs = slugs(table)
        let shown = headlineColumns.compactMap { table.column($0) }
            + table.columns.filter { $0.name.hasPrefix("neff_") || $0.name.hasPrefix("councils_split_") }
        var h: HTML = "<h1>\(context.title)</h1>\n<p>\(context.description)</p>\n"
        h += "<p>\(table.rows.count) compared. Click a column heading to sort. Shaded cells lie beyond 1.5 IQR (red: above Q3, blue: below Q1); a green underline marks the top three of a column (when no tie blurs them); hover a cell for its rank.</p>\n"
        if !context.failures.isEmpty {
            h += "<h2 class=\"fail\">Failed (\(context.failures.count))</h2>\n<ul class=\"fail\">\n"
            for f in context.failures { h += "<li><b>\(f.key)</b> \(f.label): \(f.message)</li>\n" }
            h += "</ul>\n"
        }
        h += "<div class=\"scroll\"><table class=\"sortable\"><thead><tr><th scope=\"col\">key</th><th scope=\"col\">name</th>"
        for c in shown { h += "<th class=\"num\" scope=\"col\">\(c.name.replacingOccurrences(of: "_", with: " "))</th>" }
        h += "<th scope=\"col\">top broker</th></tr></thead>\n<tbody>\n"
        for (i, row) in table.rows.enumerated() {
            h += "<tr><td><a href=\"areas/\(slugs[i]).html\">\(row.key)</a></td>"
            h += "<td class=\"long\">\(row.label)</td>"
            for c in shown { h += cell(c, i, count: table.rows.count) }
            let broker: String = row.brokers.first.map { "\($0.name) (\(Int($0.score)))" } ?? "–"
            h += "<td>\(broker)</td></tr>\n"
        }
        h += "</tbody></table></div>\n"
        h += rankings(table)
        if !maps.isEmpty {
            h += "<h2 id=\"maps\">Maps</h2>\n<div class=\"grid\">\n"
            for (i, row) in table.rows.enumerated() where maps[row.key] != nil {
                h += "<figure><a href=\"areas/\(slugs[i]).html\"><img src=\"maps/\(slugs[i]).svg\" alt=\"\(row.label)\"></a>"
                h += "<figcaption>\(row.label)</figcaption></figure>\n"
            }
            h += "</div>\n"
        }
        return HTMLPage(title: context.title, body: h).rendered
    }

    /// A numeric cell: classes `num`, the outlier side and `top`; `data-v` (the full value, for
    /// sorting) when defined; the rank on hover.
    static func cell(_ c: ComparisonTable.Column, _ i: Int, count: Int) -> HTML {
        var classes = ["num"]
        if let o = c.outliers[i] { classes.append(o.rawValue) }
        // The top three, only when ties do not make more than three rows "top three".
        if let r = c.ranks[i], r <= 3, count > 3, c.ranks.count(where: { ($0 ?? .max) <= 3 }) <= 3 { classes.append("top") }
        let rank: String? = c.ranks[i].map { "rank \($0) of \(count)" + (c.outliers[i].map { ", \($0.rawValue) outlier" } ?? "") }
        let title: HTML = rank.map { " title=\"\($0)\"" } ?? ""
        let v: HTML = c.values[i].map { " data-v=\"\(NumberFormat.json($0))\"" } ?? ""
        return "<td class=\"\(classes.joined(separator: " "))\"\(v)\(title)>\(format(c.name, c.values[i]))</td>"
    }

    /// Top and bottom three rows of the headline measures, and the outliers of every column.
    static func rankings(_ table: ComparisonTable) -> HTML {
        guard table.rows.count > 1 else { return "" }
        var h: HTML = "<h2>Rankings</h2>\n<table><thead><tr><th>measure</th><th>highest</th><th>lowest</th></tr></thead><tbody>\n"
        for name in ["population_misaligned", "share_coterminous", "population_in_gaps", "density", "modularity", "degree_centralization", "unlinked_partners"] {
            guard let c = table.column(name) else { continue }
            let order = c.values.indices.filter { c.values[$0] != nil }
                .sorted { c.values[$0]! != c.values[$1]! ? c.values[$0]! > c.values[$1]! : table.rows[$0].key < table.rows[$1].key }
            guard !order.isEmpty else { continue }
            func list(_ idx: some Sequence<Int>) -> String {
                idx.map { i in
                    let pair: String = name == "population_misaligned" ? table.rows[i].worstSplit.map { " in \($0.0) – \($0.1)" } ?? "" : ""
                    return "\(table.rows[i].label) (\(format(name, c.values[i]) + pair))"
                }.joined(separator: "; ")
            }
            h += "<tr><td>\(name.replacingOccurrences(of: "_", with: " "))</td><td>\(list(order.prefix(3)))</td><td>\(list(order.reversed().prefix(3)))</td></tr>\n"
        }
        h += "</tbody></table>\n"
        var outlierLines: [HTML] = []
        for c in table.columns {
            for i in c.values.indices {
                guard let o = c.outliers[i] else { continue }
                let low = format(c.name, c.quartiles.map { $0.q1 - 1.5 * ($0.q3 - $0.q1) })
                let high = format(c.name, c.quartiles.map { $0.q3 + 1.5 * ($0.q3 - $0.q1) })
                outlierLines.append("<li>\(c.name): \(table.rows[i].label) \(format(c.name, c.values[i])) (\(o == .high ? "above" : "below") the fences \(low)–\(high))</li>")
            }
        }
        if !outlierLines.isEmpty {
            h += "<h2>Outliers (beyond 1.5 IQR)</h2>\n<ul>\n" + HTML(joining: outlierLines, separator: "\n") + "\n</ul>\n"
        }
        return h
    }

    static func areaPage(_ table: ComparisonTable, row i: Int, slug: String, context: Context, hasMap: Bool) -> String {
        let row = table.rows[i]
        var h: HTML = "<p><a href=\"../index.html\">← \(context.title)</a></p>\n<h1>\(row.label)</h1>\n<p>key: <code>\(row.key)</code></p>\n"
        if hasMap { h += "<p><img class=\"map\" src=\"../maps/\(slug).svg\" alt=\"map of \(row.label)\"></p>\n" }
        h += "<table><thead><tr><th>measure</th><th>value</th><th>rank</th><th>median of all</th></tr></thead><tbody>\n"
        for c in table.columns {
            let defined = c.values.compactMap { $0 }.sorted()
            let median = defined.isEmpty ? nil : ComparisonTable.quantile(defined, 0.5)
            let rank: String = c.ranks[i].map { "\($0) of \(defined.count)" } ?? "–"
            h += "<tr><td>\(c.name)</td>\(cell(c, i, count: table.rows.count))<td class=\"num\">\(rank)</td><td class=\"num\">\(format(c.name, median))</td></tr>\n"
        }
        h += "</tbody></table>\n<h2>Brokers between agency types</h2>\n"
        if row.brokers.isEmpty {
            h += "<p>No agency brokers between types.</p>\n"
        } else {
            let items = row.brokers.map { b -> HTML in "<li>\(b.name) (<code>\(b.id.rawValue)</code>): \(Int(b.score)) brokerage roles</li>" }
            h += "<ol>\n" + HTML(joining: items, separator: "\n") + "\n</ol>\n"
        }
        return HTMLPage(title: row.label, body: h).rendered
    }
}
