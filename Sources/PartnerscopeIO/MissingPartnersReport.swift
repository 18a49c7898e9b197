import PartnerscopeCore

/// Renders a ``MissingPartnersAnalysis`` as CSV, JSON or a text report.
///
/// CSV columns: `finding,theme,agency,candidate,type,score,population_share,reason`; `theme` lists
/// the themes concerned separated by `;`. Rows come in finding order (absent, unlinked,
/// neighbour, structural, candidate), ranked by score within each.
public enum MissingPartnersReport {
    public static let csvHeader = ["finding", "theme", "agency", "candidate", "type", "score", "population_share", "reason"]

    /// What the report was run on, shown in JSON and text.
    public struct Context: Sendable {
        public var network: String
        public var catalogue: String?
        public var themes: [String]
        public var requirementsOrigin: String
        public var minOverlap: Double
        /// Where the overlaps came from (e.g. "coterminosity").
        public var overlapSource: String

        public init(network: String, catalogue: String?, themes: [String], requirementsOrigin: String,
                    minOverlap: Double, overlapSource: String) {
            self.network = network
            self.catalogue = catalogue
            self.themes = themes
            self.requirementsOrigin = requirementsOrigin
            self.minOverlap = minOverlap
            self.overlapSource = overlapSource
        }
    }

    public static func csv(_ analysis: MissingPartnersAnalysis) -> String {
        var writer = CSVWriter(header: csvHeader)
        for f in analysis.findings {
            writer.appendRow([
                f.kind.rawValue, f.themes.joined(separator: ";"), f.agency?.id.rawValue ?? "",
                f.candidate?.id.rawValue ?? "", f.type, NumberFormat.csv(f.score),
                NumberFormat.csv(f.populationShare), f.reason,
            ])
        }
        return writer.text
    }

    public static func json(_ analysis: MissingPartnersAnalysis, context: Context) -> JSONValue {
        func agency(_ a: Agency?) -> JSONValue {
            guard let a else { return .null }
            return .object([("id", .string(a.id.rawValue)), ("name", .string(a.name)), ("type", .string(a.type)),
                            ("sector", .string(a.sector.rawValue))])
        }
        let findings: [JSONValue] = analysis.findings.map { f in
            var pairs: [(String, JSONValue)] = [
                ("finding", .string(f.kind.rawValue)),
                ("themes", .array(f.themes.map { .string($0) })),
                ("agency", agency(f.agency)),
                ("candidate", agency(f.candidate)),
                ("type", .string(f.type)),
                ("score", .number(f.score)),
                ("population_share", .number(f.populationShare)),
                ("reason", .string(f.reason)),
                ("source", f.source.map { .string($0) } ?? .null),
            ]
            if let link = f.link {
                pairs.append(("common_partners", .array(f.commonPartners.map { .string($0.rawValue) })))
                pairs.append(("adamic_adar", .number(link.adamicAdar)))
                pairs.append(("resource_allocation", .number(link.resourceAllocation)))
            }
            return .object(pairs)
        }
        var counts: [(String, JSONValue)] = []
        for kind in MissingPartnersAnalysis.FindingKind.allCases {
            counts.append((kind.rawValue, .int(analysis.findings.filter { $0.kind == kind }.count)))
        }
        return .object([
            ("network", .string(context.network)),
            ("catalogue", context.catalogue.map { .string($0) } ?? .null),
            ("themes", .array(context.themes.map { .string($0) })),
            ("requirements", .string(context.requirementsOrigin)),
            ("min_overlap", .number(context.minOverlap)),
            ("overlap_source", .string(context.overlapSource)),
            ("counts", .object(counts)),
            ("notes", .array(analysis.notes.map { .string($0) })),
            ("findings", .array(findings)),
        ])
    }

    public static func text(_ analysis: MissingPartnersAnalysis, context: Context) -> String {
        var out = "Missing partners in \(TextTable.clean(context.network))"
        if let catalogue = context.catalogue { out += " (candidates from \(TextTable.clean(catalogue)))" }
        out += "\nThemes: \(context.themes.joined(separator: ", "))\nRequirements: \(TextTable.clean(context.requirementsOrigin))\n"
        out += "Overlap threshold: \(NumberFormat.fixed(context.minOverlap, 2)) (\(context.overlapSource))\n"
        for note in analysis.notes { out += "Note: \(TextTable.clean(note))\n" }
        let titles: [MissingPartnersAnalysis.FindingKind: String] = [
            .absent: "Absent: required types or sectors with no agency in the network",
            .unlinked: "Unlinked: required agencies without ties, cut off from the partners the theme needs, or tied only within their own group",
            .neighbour: "Unlinked neighbours: overlapping agencies a theme expects to work together, with no tie",
            .structural: "Structural suggestions: overlapping untied pairs ranked by Adamic-Adar",
            .candidate: "Candidates from the catalogue for absent types",
        ]
        for kind in MissingPartnersAnalysis.FindingKind.allCases {
            let rows = analysis.findings.filter { $0.kind == kind }
            out += "\n\(titles[kind]!) (\(rows.count))\n"
            if rows.isEmpty { out += "  none\n"; continue }
            var table = TextTable(header: ["score", "theme", "agency", "candidate", "type", "reason"], rightAligned: [0])
            for f in rows {
                table.append([NumberFormat.fixed(f.score, 3), f.themes.joined(separator: ";"),
                              f.agency?.id.rawValue ?? "", f.candidate?.id.rawValue ?? "", f.type, f.reason])
            }
            out += table.rendered()
        }
        return out
    }
}
