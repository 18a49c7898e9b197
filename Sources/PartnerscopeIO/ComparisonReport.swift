import Foundation
import PartnerscopeCore

/// The outputs of `partnerscope compare` and `partnerscope batch`: `comparison.csv`,
/// `comparison.json`, `index.html`, one page per footprint (`areas/`), the small multiples
/// (`maps.html`, `maps/`) and each footprint's own report (`reports/`); the pages are
/// ``ComparisonPages``.
///
/// Every text that came from a CSV file (ids, names, types, messages quoting them) is escaped for
/// the format it lands in: CSV by ``CSVWriter`` (with its anti-formula-injection rule), JSON by
/// ``JSONValue``, HTML by building it as ``HTML`` in the one ``HTMLPage`` (``ComparisonPages``). Numbers use ``NumberFormat``; rows are
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
        /// What the rows are, plural: "footprints" (`batch --by type=T`), "areas" (`--by parent`),
        /// "networks" (`compare`).
        public var noun: String
        public init(title: String, description: String, failures: [Failure], noun: String = "networks") {
            self.title = title
            self.description = description
            self.failures = failures.sorted { $0.key < $1.key }
            self.noun = noun
        }
    }

    // MARK: - CSV and JSON

    /// `key,label,<columns...>,broker_1,broker_2,broker_3,broker_1_name,broker_2_name,broker_3_name`.
    public static func csv(_ table: ComparisonTable) -> String {
        var writer = CSVWriter(header: ["key", "label"] + table.columns.map(\.name) + ["broker_1", "broker_2", "broker_3"]
            + ["broker_1_name", "broker_2_name", "broker_3_name"])
        for (i, row) in table.rows.enumerated() {
            var fields = [row.key, row.label]
            fields += table.columns.map { NumberFormat.csv($0.values[i]) }
            for k in 0..<3 { fields.append(k < row.brokers.count ? row.brokers[k].id.rawValue : "") }
            for k in 0..<3 { fields.append(k < row.brokers.count ? row.brokers[k].name : "") }
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
                ("split_councils", .array((row.profile?.splitCouncils ?? []).map { s in
                    .object([("council", body(s.council)), ("people_here", .number(s.inside)), ("people", .number(s.population)),
                             ("type", .string(s.type)), ("coverage", .number(s.coverage)),
                             ("bodies", .array(s.bodies.map { .object([("body", body($0.body)), ("share", .number($0.share))]) }))])
                })),
                ("crossings", .array((row.profile?.crossings ?? []).map { c in
                    .object([("body", body(c.body)), ("people_here", .number(c.inside)), ("people_elsewhere", .number(c.outside)),
                             ("contains", .bool(c.containsFootprint))])
                })),
            ])
        }
        let columns: [JSONValue] = table.columns.map { c in
            .object([
                ("name", .string(c.name)),
                ("label", .string(ComparisonColumns.label(c.name))),
                ("q1", .number(c.quartiles?.q1)),
                ("q3", .number(c.quartiles?.q3)),
                ("varies", .bool(c.varies)),
                ("screened_for_outliers", .bool(c.screened)),
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

    static func body(_ b: FootprintProfile.Body) -> JSONValue {
        .object([("id", .string(b.id.rawValue)), ("name", .string(b.name)), ("type", .string(b.type))])
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
                      cell("population_misaligned", -1), cell("absent_partners", 0), cell("unlinked_partners", 0), row.brokers.first.map { String($0.name.prefix(40)) } ?? "-"])
        }
        var out = "\(context.title): \(table.rows.count) compared"
        if !context.failures.isEmpty { out += ", \(context.failures.count) failed" }
        out += "\n\n" + t.rendered()
        out += "\n↑/↓: beyond 1.5 IQR above Q3 / below Q1 of the column (columns with IQR 0 are not screened). worst split: the people on the wrong side of the line in the group's worst coterminosity gap.\n"
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

    /// Every file of the output folder as (relative path, bytes), sorted by path.
    ///
    /// - Parameters:
    ///   - maps: an SVG document per row key (absent keys get no map).
    ///   - legend: the SVG of the one legend shared by the maps, for `maps.html`.
    ///   - reports: each row's own report files (relative paths inside `reports/<slug>/`), by key.
    public static func files(_ table: ComparisonTable, context: Context, maps: [String: String], legend: String? = nil,
                             reports: [String: [(path: String, bytes: [UInt8])]] = [:]) -> [(String, Data)] {
        var files: [(String, Data)] = []
        let slugs = slugs(table)
        files.append(("comparison.csv", Data(csv(table).utf8)))
        files.append(("comparison.json", Data(json(table, context: context).rendered().utf8)))
        files.append(("index.html", Data(ComparisonPages.index(table, context: context, slugs: slugs, hasMaps: !maps.isEmpty).utf8)))
        if !maps.isEmpty {
            files.append(("maps.html", Data(ComparisonPages.maps(table, context: context, slugs: slugs, maps: maps, legend: legend).utf8)))
        }
        for (i, row) in table.rows.enumerated() {
            let report = reports[row.key]
            files.append(("areas/\(slugs[i]).html", Data(ComparisonPages.footprint(table, row: i, slugs: slugs, context: context,
                                                                                   map: maps[row.key], hasReport: report != nil).utf8)))
            if let svg = maps[row.key] { files.append(("maps/\(slugs[i]).svg", Data(svg.utf8))) }
            for f in report ?? [] { files.append(("reports/\(slugs[i])/\(f.path)", Data(f.bytes))) }
        }
        return files.sorted { $0.0 < $1.0 }
    }
}
