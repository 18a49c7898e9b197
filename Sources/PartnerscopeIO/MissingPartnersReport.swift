import PartnerscopeCore

/// Renders a ``MissingPartnersAnalysis`` as CSV, JSON or a text report, in words from
/// ``MissingPartnersWording``.
///
/// CSV columns: `finding,theme,agency,partner_role,candidate,type,basis,priority,population_share,isolation,score,reason`;
/// `theme` lists the themes concerned separated by `;`. Rows come in finding order (absent,
/// unlinked, structural, candidate), absent and unlinked by priority, and every absent and
/// unlinked finding is listed. The text report shows, per theme, the `top` findings of highest
/// priority and how many more there are, then the roll-up per agency.
public enum MissingPartnersReport {
    public static let csvHeader = ["finding", "theme", "agency", "partner_role", "candidate", "type", "basis", "priority",
                                   "population_share", "isolation", "score", "reason"]

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

    /// The formula of the priority, in one line, for every output that shows one.
    public static let priorityRule = "priority = basis tier (statutory 2, guidance 1, practice 0) + population share × (1 + isolation) / 2; isolation = the share of the partner roles the theme expects of the agency that it has no tie to (docs/missing-partners.md)"

    public static func csv(_ analysis: MissingPartnersAnalysis) -> String {
        var writer = CSVWriter(header: csvHeader)
        for f in analysis.findings {
            writer.appendRow([
                f.kind.rawValue, f.themes.joined(separator: ";"), f.agency?.id.rawValue ?? "",
                MissingPartnersWording.partnerRole(f), f.candidate?.id.rawValue ?? "", f.type,
                f.priority?.basis.rawValue ?? "", f.priority.map { NumberFormat.csv($0.value) } ?? "",
                NumberFormat.csv(f.populationShare), f.priority.map { NumberFormat.csv($0.isolation) } ?? "",
                NumberFormat.csv(f.score), MissingPartnersWording.sentence(f, byPopulation: analysis.byPopulation),
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
                ("reason", .string(MissingPartnersWording.sentence(f, byPopulation: analysis.byPopulation))),
                ("source", f.source.map { .string($0) } ?? .null),
            ]
            if let p = f.priority {
                pairs.append(("priority", .object([("value", .number(p.value)), ("basis", .string(p.basis.rawValue)),
                                                   ("population", .number(p.population)), ("isolation", .number(p.isolation))])))
            }
            switch f.reason {
            case let .noTieToRole(role, partner, expected, _, _, _):
                pairs.append(("role", .string(role.role)))
                pairs.append(("partner_role", .string(partner.role)))
                pairs.append(("expected_partners", .array(expected.map { e in
                    .object([("id", .string(e.agency.id.rawValue)), ("name", .string(e.agency.name)), ("overlap", .number(e.overlap))])
                })))
            case let .rolesUntied(role, partner, _, _):
                pairs.append(("role", .string(role.role)))
                pairs.append(("partner_role", .string(partner.role)))
            default: break
            }
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
        let rollUp: [JSONValue] = analysis.rollUp.map { g in
            .object([("agency", agency(g.agency)), ("priority", .number(g.priority)),
                     ("gaps", .array(g.gaps.map { gap in
                         .object([("partner_role", .string(gap.partner.role)), ("themes", .array(gap.themes.map { .string($0) }))])
                     })),
                     ("summary", .string(MissingPartnersWording.rollUp(g)))])
        }
        return .object([
            ("network", .string(context.network)),
            ("catalogue", context.catalogue.map { .string($0) } ?? .null),
            ("themes", .array(context.themes.map { .string($0) })),
            ("requirements", .string(context.requirementsOrigin)),
            ("min_overlap", .number(context.minOverlap)),
            ("overlap_source", .string(context.overlapSource)),
            ("priority_rule", .string(priorityRule)),
            ("counts", .object(counts)),
            ("notes", .array(analysis.notes.map { .string(MissingPartnersWording.note($0)) })),
            ("findings", .array(findings)),
            ("by_agency", .array(rollUp)),
        ])
    }

    /// The text report: per theme the `top` absent and unlinked findings of highest priority (0:
    /// all) and a count of the rest, the roll-up per agency (the first `top` agencies), then the
    /// structural suggestions and candidates.
    public static func text(_ analysis: MissingPartnersAnalysis, context: Context, top: Int = 5) -> String {
        var out = "Missing partners in \(TextTable.clean(context.network))"
        if let catalogue = context.catalogue { out += " (candidates from \(TextTable.clean(catalogue)))" }
        out += "\nThemes: \(context.themes.joined(separator: ", "))\nRequirements: \(TextTable.clean(context.requirementsOrigin))\n"
        out += "Overlap threshold: \(NumberFormat.fixed(context.minOverlap, 2)) (\(context.overlapSource))\n"
        out += "Order: \(priorityRule)\n"
        for note in analysis.notes { out += "Note: \(TextTable.clean(MissingPartnersWording.note(note)))\n" }
        func sentence(_ f: MissingPartnersAnalysis.Finding) -> String {
            MissingPartnersWording.sentence(f, byPopulation: analysis.byPopulation)
        }
        let required = analysis.findings.filter { $0.kind == .absent || $0.kind == .unlinked }
        for theme in context.themes {
            let rows = required.filter { $0.themes.contains(theme) }
            out += "\n\(MissingPartnersWording.themeName(theme).capitalizedFirst): \(rows.count) finding\(rows.count == 1 ? "" : "s")\n"
            if rows.isEmpty { out += "  every required partner present and tied\n"; continue }
            var table = TextTable(header: ["priority", "basis", "finding", "agency", "partner", "reason"], rightAligned: [0])
            let shown = top > 0 ? Array(rows.prefix(top)) : rows
            for f in shown {
                table.append([NumberFormat.fixed(f.score, 3), f.priority?.basis.rawValue ?? "", f.kind.rawValue,
                              f.agency?.id.rawValue ?? "", MissingPartnersWording.partnerRole(f), sentence(f)])
            }
            out += table.rendered()
            if shown.count < rows.count {
                out += "  ... and \(rows.count - shown.count) more (--top 0 shows all)\n"
            }
        }
        let rollUp = analysis.rollUp
        out += "\nBy agency: \(rollUp.count) agenc\(rollUp.count == 1 ? "y lacks" : "ies lack") a tie a theme needs\n"
        let agencies = top > 0 ? Array(rollUp.prefix(top)) : rollUp
        for g in agencies { out += "  \(TextTable.clean(MissingPartnersWording.rollUp(g)))\n" }
        if agencies.count < rollUp.count { out += "  ... and \(rollUp.count - agencies.count) more agencies (--top 0 shows all)\n" }
        let titles: [MissingPartnersAnalysis.FindingKind: String] = [
            .structural: "Structural suggestions: overlapping untied pairs no theme requires, ranked by Adamic-Adar",
            .candidate: "Candidates from the catalogue for absent types",
        ]
        for kind in [MissingPartnersAnalysis.FindingKind.structural, .candidate] {
            let rows = analysis.findings.filter { $0.kind == kind }
            if kind == .candidate && context.catalogue == nil { continue }
            out += "\n\(titles[kind]!) (\(rows.count))\n"
            if rows.isEmpty { out += "  none\n"; continue }
            var table = TextTable(header: ["score", "theme", "agency", "candidate", "type", "reason"], rightAligned: [0])
            for f in rows {
                table.append([NumberFormat.fixed(f.score, 3), f.themes.joined(separator: ";"),
                              f.agency?.id.rawValue ?? "", f.candidate?.id.rawValue ?? "", f.type, sentence(f)])
            }
            out += table.rendered()
        }
        return out
    }
}

private extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
