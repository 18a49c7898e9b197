import Foundation
import PartnerscopeCore

/// Everything an analyst hands to a board about one network, as a folder of files:
///
/// - `index.html`: one self-contained page (no network access, no external script or font): the
///   headline figures, key findings, the maps inline as SVG, and sortable tables, each with a
///   sentence on what it means and how it was computed;
/// - `metrics.json`: the network-level figures and the list of files;
/// - one CSV per table of the page (same rows, same order, full precision);
/// - the maps as SVG and PNG under `maps/` (when given);
/// - exports: `network.graphml`, `network.gexf`, `network-node-link.json` (see ``GraphExport``).
///
/// No date, host or random name reaches a file, so the same input gives byte-identical files.
public struct AnalystReport: Sendable {
    /// One map, already rendered (the maps layer escapes its own labels).
    public struct Map: Sendable {
        /// File stem: `maps/<id>.svg`, `maps/<id>.png`.
        public var id: String
        public var title: String
        public var caption: String
        /// The SVG document as Graphviz wrote it.
        public var svg: String
        public var png: [UInt8]?

        public init(id: String, title: String, caption: String, svg: String, png: [UInt8]?) {
            self.id = id
            self.title = title
            self.caption = caption
            self.svg = svg
            self.png = png
        }
    }

    public let analysis: NetworkAnalysis
    /// Where the requirements behind the missing-partners table came from, for the page.
    public let requirementsOrigin: String?
    public let maps: [Map]
    /// Said where the maps would be when there are none (e.g. why they were not drawn).
    public let mapsNote: String?
    public let tables: [ReportTable]
    public let export: GraphExport

    /// The boards section (boards.csv and memberships.csv), when the network has boards.
    public let boards: BoardsReport?
    /// The relationship survey section (survey.csv), when the network has a survey.
    public let quality: QualityReport?
    /// The partnership audit section (audit.csv), when the network has an audit.
    public let audit: AuditReport?

    public init(analysis: NetworkAnalysis, requirementsOrigin: String? = nil, maps: [Map] = [], mapsNote: String? = nil,
                boards: BoardsReport? = nil, quality: QualityReport? = nil, audit: AuditReport? = nil) {
        self.analysis = analysis
        self.boards = boards.flatMap { $0.boards.isEmpty ? nil : $0 }
        self.quality = quality
        self.audit = audit
        self.requirementsOrigin = requirementsOrigin
        self.maps = maps
        self.mapsNote = mapsNote
        var tables = [Self.centralityTable(analysis), Self.communitiesTable(analysis), Self.silosTable(analysis),
                      Self.brokersTable(analysis), Self.tensionsTable(analysis), Self.gapsTable(analysis)]
        if let missing = Self.missingTable(analysis) { tables.append(missing) }
        if let byAgency = Self.missingByAgencyTable(analysis) { tables.append(byAgency) }
        tables += self.boards?.tables ?? []
        tables += quality?.tables ?? []
        tables += audit?.tables ?? []
        self.tables = tables
        export = GraphExport(analysis)
    }

    /// The files of the report, sorted by path, as (relative path, bytes).
    public func files() -> [(path: String, bytes: [UInt8])] {
        let asAt = analysis.network.asAt ?? .all
        var files: [(String, [UInt8])] = [
            ("index.html", Array(html().utf8)),
            ("metrics.json", Array(AsAtStamp.json(metricsJSON(), asAt).rendered().utf8)),
            ("network.graphml", Array(export.graphML().utf8)),
            ("network.gexf", Array(export.gexf().utf8)),
            ("network-node-link.json", Array(AsAtStamp.json(export.nodeLinkJSON(), asAt).rendered().utf8)),
        ]
        for t in tables { files.append((t.fileName, Array(AsAtStamp.csv(t.csv(), asAt).utf8))) }
        for m in maps {
            files.append(("maps/\(m.id).svg", Array(m.svg.utf8)))
            if let png = m.png { files.append(("maps/\(m.id).png", png)) }
        }
        return files.sorted { $0.0 < $1.0 }
    }

    /// Writes the report into `directory`, replacing it atomically (see ``AtomicWriter/writeDirectory(_:_:)``).
    public func write(to directory: String) throws {
        let files = files()
        try AtomicWriter.writeDirectory(directory) { temporary in
            for f in files {
                let url = URL(fileURLWithPath: temporary).appendingPathComponent(f.path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(f.bytes).write(to: url)
            }
        }
    }

    // MARK: Tables

    static let measureDigits: [CentralityMeasure: Int] = [
        .degree: 0, .inDegree: 0, .outDegree: 0, .strength: 2, .betweenness: 3, .closeness: 3, .harmonic: 2,
        .eigenvector: 3, .pagerank: 4, .clustering: 3, .core: 0, .constraint: 3, .effectiveSize: 2,
    ]

    static let measureHelp: [CentralityMeasure: String] = [
        .degree: "number of partners", .inDegree: "ties received", .outDegree: "ties sent",
        .strength: "sum of tie weights", .betweenness: "share of shortest paths between other agencies that pass through this one",
        .closeness: "how few steps it takes to reach everyone (Wasserman-Faust)", .harmonic: "sum of 1/distance to every other agency",
        .eigenvector: "tied to agencies that are themselves well tied", .pagerank: "PageRank, damping 0.85",
        .clustering: "share of an agency's partners who are partners of each other", .core: "k-core number",
        .constraint: "Burt's constraint: high = partners all tied to each other (no brokerage opportunity)",
        .effectiveSize: "Burt's effective size: partners not redundant with each other",
    ]

    static func centralityTable(_ a: NetworkAnalysis) -> ReportTable {
        let measures = a.reportedMeasures
        let sortBy: CentralityMeasure = a.centrality[.betweenness] != nil ? .betweenness : (measures.first ?? .degree)
        let rows: [[ReportTable.Cell]] = a.ranking(by: sortBy).map { i in
            let agency = a.network.agencies[i]
            return [.text(agency.id.rawValue), .text(agency.name), .text(agency.sector.rawValue), .text(agency.type)]
                + measures.map { m in .number(a.centrality[m]![i], digits: measureDigits[m] ?? 3) }
        }
        let view = CentralityReport.viewDescription(directed: a.graph.isDirected, weighted: a.graph.isWeighted)
        var explanation = "Who holds the network together. Each agency's position, computed on the \(view) view of the ties "
            + "(repeated ties merged): betweenness is the share of shortest paths between other agencies that pass through it "
            + "(normalised, Brandes 2001); closeness and harmonic centrality say how near it is to everyone; eigenvector and "
            + "PageRank reward ties to well-tied agencies; clustering and Burt's constraint are high where an agency's partners "
            + "all know each other, effective size is high where it bridges otherwise separate partners. Sorted by "
            + "\(sortBy.rawValue.replacingOccurrences(of: "_", with: " ")), highest first; click a heading to re-sort."
        let notes = CentralityReport.notes(a.centrality, graph: a.graph)
        if !notes.isEmpty { explanation += " Note: " + notes.joined(separator: "; ") + "." }
        return ReportTable(
            id: "centrality", title: "Centrality: who is in a position to connect", explanation: explanation,
            emptyNote: "The network has no agencies.",
            columns: [.init("id"), .init("name"), .init("sector"), .init("type")]
                + measures.map { .init($0.rawValue, $0.rawValue.replacingOccurrences(of: "_", with: " "), numeric: true,
                                       help: measureHelp[$0] ?? "") },
            rows: rows)
    }

    static func communitiesTable(_ a: NetworkAnalysis) -> ReportTable {
        let s = a.silos
        let agencies = a.network.agencies
        let rows: [[ReportTable.Cell]] = s.communities.map { c in
            let counts = s.byCommunity[c.id].counts
            let names = c.members.map { agencies[$0].name }.sorted()
            return [
                .int(c.id), .int(c.members.count), .text(names.joined(separator: "; ")),
                .text(c.sectors.map { "\($0.0.rawValue) \($0.1)" }.joined(separator: "; ")),
                .text(c.types.map { "\($0.0) \($0.1)" }.joined(separator: "; ")),
                .number(counts.internal, digits: 0), .number(counts.external, digits: 0),
                .number(counts.index, digits: 2),
            ]
        }
        return ReportTable(
            id: "communities", title: "Communities: who works with whom",
            explanation: "Groups of agencies more tied among themselves than to the rest, found by the Leiden algorithm "
                + "(Traag, Waltman & van Eck 2019, modularity with resolution \(NumberFormat.json(s.options.resolution)), "
                + "best of \(s.options.restarts) seeded runs; modularity \(NumberFormat.fixed(s.partition.modularity, 3))). "
                + "The E-I index of a community is (external − internal) / (external + internal) ties: −1 means every tie "
                + "stays inside (a silo), +1 means every tie reaches out.",
            emptyNote: "The network has no agencies.",
            columns: [.init("community", numeric: true), .init("agencies", numeric: true), .init("members", long: true),
                      .init("sectors"), .init("types"),
                      .init("internal_ties", "internal ties", numeric: true), .init("external_ties", "external ties", numeric: true),
                      .init("ei_index", "E-I index", numeric: true, help: "(external − internal) / (external + internal)")],
            rows: rows)
    }

    static func silosTable(_ a: NetworkAnalysis) -> ReportTable {
        let s = a.silos
        var rows: [[ReportTable.Cell]] = []
        let isolatedSectors = Set(s.sectorsWithoutOutsideTies.map(\.rawValue))
        let isolatedTypes = Set(s.typesWithoutOutsideTies)
        for (grouping, groups, isolated) in [("sector", s.bySector, isolatedSectors), ("type", s.byType, isolatedTypes)] {
            for g in groups {
                rows.append([.text(grouping), .text(g.name), .int(g.agencies), .number(g.counts.internal, digits: 0),
                             .number(g.counts.external, digits: 0), .number(g.counts.index, digits: 2),
                             .bool(isolated.contains(g.name))])
            }
        }
        let whole = s.wholeIndex.index.map { NumberFormat.fixed($0, 2) } ?? "undefined (no ties)"
        return ReportTable(
            id: "silos", title: "Silos: do sectors and types reach beyond themselves?",
            explanation: "For each sector and each agency type, the ties inside the group and the ties to other groups, "
                + "and Krackhardt & Stern's E-I index (1988): (external − internal) / (external + internal), from −1 "
                + "(all ties inside: a silo) to +1 (all ties outside); empty when the group has no tie. "
                + "'no outside tie' marks a group with no tie to any other group. Whole network, by sector: E-I = \(whole).",
            emptyNote: "The network has no agencies.",
            columns: [.init("grouping"), .init("group"), .init("agencies", numeric: true),
                      .init("internal_ties", "internal ties", numeric: true), .init("external_ties", "external ties", numeric: true),
                      .init("ei_index", "E-I index", numeric: true, help: "(external − internal) / (external + internal)"),
                      .init("no_outside_tie", "no outside tie", numeric: true)],
            rows: rows)
    }

    static func brokersTable(_ a: NetworkAnalysis) -> ReportTable {
        let s = a.silos
        let agencies = a.network.agencies
        var cutOff = [Int: Int]()
        for (k, v) in s.fragility.articulationPoints.enumerated() { cutOff[v] = s.fragility.cutOff[k] }
        var soleLinks = [Int: [String]]()
        for link in s.soleLinksBetweenSectors {
            for v in link.agencies { soleLinks[v, default: []].append("\(link.first)–\(link.second)") }
        }
        let between = s.brokerage.map { $0.total - $0.coordinator }
        let listed = agencies.indices.filter { between[$0] > 0 || cutOff[$0] != nil || soleLinks[$0] != nil }
            .sorted {
                if between[$0] != between[$1] { return between[$0] > between[$1] }
                if cutOff[$0, default: 0] != cutOff[$1, default: 0] { return cutOff[$0, default: 0] > cutOff[$1, default: 0] }
                return agencies[$0].id < agencies[$1].id
            }
        let rows: [[ReportTable.Cell]] = listed.map { v in
            let r = s.brokerage[v]
            return [.text(agencies[v].id.rawValue), .text(agencies[v].name), .text(s.brokerGroup[v]),
                    .int(between[v]), .int(r.coordinator), .int(r.consultant), .int(r.representative), .int(r.gatekeeper),
                    .int(r.liaison), .bool(cutOff[v] != nil), .int(cutOff[v] ?? 0),
                    .text((soleLinks[v] ?? []).joined(separator: "; "))]
        }
        return ReportTable(
            id: "brokers", title: "Brokers and single points of failure",
            explanation: "Agencies that sit between groups (\(s.options.groupBy.rawValue)s) or hold the network together. "
                + "Brokerage counts the open two-paths a → b → c (no direct a → c tie) through the agency, by Gould & "
                + "Fernandez's roles (1989): coordinator (all in its group), consultant (a and c share a group, not the "
                + "agency's), representative and gatekeeper (the agency's group on one side), liaison (three groups); an "
                + "undirected tie counts both ways. 'between groups' is every role but coordinator. A cut point is an agency "
                + "whose loss splits the network (Hopcroft & Tarjan 1973); 'cuts off' is how many agencies would lose their "
                + "link to the rest. 'sole link' names pairs of sectors tied only through this agency. Listed: agencies with "
                + "any of these.",
            emptyNote: "No agency brokers between groups or holds the network together on its own.",
            columns: [.init("id"), .init("name"), .init("group"),
                      .init("between_groups", "between groups", numeric: true, help: "consultant + representative + gatekeeper + liaison"),
                      .init("coordinator", numeric: true), .init("consultant", numeric: true),
                      .init("representative", numeric: true), .init("gatekeeper", numeric: true), .init("liaison", numeric: true),
                      .init("cut_point", "cut point", numeric: true), .init("cuts_off", "cuts off", numeric: true),
                      .init("sole_link", "sole link between")],
            rows: rows)
    }

    static func tensionsTable(_ a: NetworkAnalysis) -> ReportTable {
        let b = a.tensions
        let agencies = a.network.agencies
        var size = [Int: Int]()
        for c in a.silos.partition.membership { size[c, default: 0] += 1 }
        var rows: [[ReportTable.Cell]] = b.unbalanced.map { t in
            [.text("unbalanced triangle"), .text(TensionsReport.statement(t, network: a.network)), .text(TensionsReport.kindName(t.kind)),
             .text([t.a, t.b, t.c].map { agencies[$0].id.rawValue }.joined(separator: "; ")), .text(""), .text("")]
        }
        rows += b.negativeTies.map { t in
            [.text(t.insideCommunity ? "conflict inside a community" : "conflict"),
             .text(TensionsReport.statement(t, network: a.network, communitySize: { size[$0] ?? 0 })), .text(""),
             .text([agencies[t.a].id.rawValue, agencies[t.b].id.rawValue].sorted().joined(separator: "; ")),
             .text(t.community.map(String.init) ?? ""), .int(t.unbalancedTriangles)]
        }
        let ratio = b.balanceRatio.map { "\(NumberFormat.fixed($0, 3)) (\(b.balancedCount) of \(b.triangleCount) triangles balanced)" }
            ?? "undefined (no three agencies are all tied to each other)"
        return ReportTable(
            id: "tensions", title: "Tensions: conflicts and the triangles they strain",
            explanation: "A conflict (or a tie marked sign −1) is a negative tie: it is not counted as a path, a partnership or "
                + "a community bond anywhere else in this report. Three agencies that are all tied form a triangle, balanced "
                + "when it holds no conflict or two, unbalanced when two partners of a third are in conflict (or all three "
                + "are): structural balance, Heider (1946) and Cartwright & Harary (1956). Balance ratio: \(ratio). "
                + "Listed: every unbalanced triangle, then every conflict, those inside one of the communities above first "
                + "(a dispute within a group that otherwise works together), with the unbalanced triangles that turn on it.",
            emptyNote: "No conflict: every tie in the network is positive.",
            columns: [.init("finding"), .init("statement", long: true), .init("triangle"), .init("agencies", "agency ids"),
                      .init("community", numeric: true),
                      .init("unbalanced_triangles", "unbalanced triangles", numeric: true,
                            help: "unbalanced triangles that contain this conflict")],
            rows: rows)
    }

    static func gapsTable(_ a: NetworkAnalysis) -> ReportTable {
        let c = a.coterminosity
        let agencies = a.network.agencies
        let rows: [[ReportTable.Cell]] = a.gapsBySplit.map { p in
            [.text(agencies[p.a].id.rawValue), .text(agencies[p.a].name), .text(agencies[p.a].type),
             .text(agencies[p.b].id.rawValue), .text(agencies[p.b].name), .text(agencies[p.b].type),
             .bool(p.partners), .number(p.aInB, digits: 3), .number(p.bInA, digits: 3), .number(p.jaccard, digits: 3),
             .number(p.populationShared, digits: 0), .number(p.populationAffected, digits: 0),
             .number(p.populationMisaligned, digits: 0)]
        }
        let unit = c.populationWeighted ? "people" : "leaf areas (areas.csv gives no population for some area, so every area weighs 1)"
        let note = c.hasGeography ? "No two agencies of different types overlap only in part: every overlap is whole or nested."
            : CoterminosityReport.noGeographyMessage(a.network)
        return ReportTable(
            id: "gaps", title: "Coterminosity gaps: boundaries that cut across each other",
            explanation: "Pairs of agencies of different types whose areas overlap only in part, so that neither covers the "
                + "other's area (within a tolerance of \(NumberFormat.json(c.tolerance * 100))%): every such pair must work "
                + "with more than one counterpart. a in b is the share of a's population that b also serves; Jaccard is "
                + "shared / either. Areas are compared on leaf areas, weighted by \(unit); 'affected' counts those served "
                + "by only one of the two; 'misaligned' is the size of the split, the least of shared, a only and b only: the people "
                + "on the wrong side of the line. 'tied' says whether relationships.csv ties them. Worst split first.",
            emptyNote: note,
            columns: [.init("agency_a", "agency a"), .init("name_a", "name a"), .init("type_a", "type a"),
                      .init("agency_b", "agency b"), .init("name_b", "name b"), .init("type_b", "type b"),
                      .init("tied", numeric: true), .init("a_in_b", "a in b", numeric: true), .init("b_in_a", "b in a", numeric: true),
                      .init("jaccard", numeric: true), .init("population_shared", "shared", numeric: true),
                      .init("population_affected", "affected", numeric: true),
                      .init("population_misaligned", "misaligned", numeric: true)],
            rows: rows)
    }

    static func missingTable(_ a: NetworkAnalysis) -> ReportTable? {
        guard let m = a.missing else { return nil }
        let rows: [[ReportTable.Cell]] = m.findings.map { f in
            // The sentence comes early, so that it is in view on the page without scrolling sideways;
            // the ids (for joining with other tables) come after the figures.
            let reason = MissingPartnersWording.sentence(f, byPopulation: m.byPopulation)
            let priority: Double? = f.priority?.value
            return [.text(f.kind.rawValue), .text(f.themes.joined(separator: "; ")), .text(f.agency?.name ?? ""),
                    .text(MissingPartnersWording.partnerRole(f)), .text(f.candidate?.name ?? ""), .text(reason),
                    .number(priority, digits: 3), .text(f.priority?.basis.rawValue ?? ""), .number(f.score, digits: 3),
                    .number(f.populationShare, digits: 3), .text(f.type), .text(f.agency?.id.rawValue ?? ""),
                    .text(f.candidate?.id.rawValue ?? ""), .text(f.source ?? "")]
        }
        var explanation = "Who should be at the table and is not, for each partnership theme's requirements: absent (a "
            + "required role with no agency), unlinked (an agency with no tie to a partner role its theme pairs it with, "
            + "e.g. a council with no tie to the police covering it, or two roles such as the public and community sectors "
            + "with no tie between them at all), structural (untied pairs no theme requires, with common partners, ranked by "
            + "the Adamic-Adar index, Liben-Nowell & Kleinberg 2007) and candidate (bodies from a wider catalogue that cover "
            + "the network's areas). Absent and unlinked findings are ordered by priority: "
            + MissingPartnersReport.priorityRule + "."
        if !m.notes.isEmpty { explanation += " Note: " + m.notes.map(MissingPartnersWording.note).joined(separator: " ") }
        return ReportTable(
            id: "missing", title: "Missing partners", explanation: explanation,
            emptyNote: "Every requirement is met and every required pair of partners is tied.",
            columns: [.init("finding"), .init("theme"), .init("agency_name", "agency"), .init("partner_role", "partner role"),
                      .init("candidate_name", "candidate"), .init("reason", long: true),
                      .init("priority", numeric: true), .init("basis"),
                      .init("score", numeric: true), .init("population_share", "population share", numeric: true),
                      .init("type"), .init("agency", "agency id"), .init("candidate", "candidate id"), .init("source")],
            rows: rows)
    }

    /// The roll-up of the unlinked findings per agency, highest priority first.
    static func missingByAgencyTable(_ a: NetworkAnalysis) -> ReportTable? {
        guard let m = a.missing else { return nil }
        let rows: [[ReportTable.Cell]] = m.rollUp.map { g in
            [.text(g.agency.id.rawValue), .text(g.agency.name), .text(MissingPartnersWording.rollUpGaps(g)),
             .number(g.priority, digits: 3), .text(g.gaps.map(\.partner.role).joined(separator: "; "))]
        }
        return ReportTable(
            id: "missing-by-agency", title: "Missing ties by agency",
            explanation: "Each agency lacking a tie that a theme needs, with the partner roles it has no tie to and the themes needing each; highest priority first.",
            emptyNote: "No agency lacks a tie that a theme needs.",
            columns: [.init("agency", "agency id"), .init("agency_name", "agency"), .init("missing_ties", "missing ties", long: true),
                      .init("priority", numeric: true), .init("partner_roles", "partner roles")],
            rows: rows)
    }

    // MARK: metrics.json

    public func metricsJSON() -> JSONValue {
        let a = analysis
        var fields: [(String, JSONValue)] = [
            ("network", .string(a.network.name)),
            ("generator", .string("partnerscope report")),
            ("summary", SummaryReport.json(a.summary, network: a.network)),
        ]
        fields.append(("centrality", centralityJSON()))
        fields.append(("coterminosity", coterminosityJSON()))
        fields.append(("silos", silosJSON()))
        fields.append(("tensions", tensionsJSON()))
        fields.append(("missing", missingJSON()))
        if let quality { fields.append(("survey", quality.metricsJSON())) }
        if let audit { fields.append(("audit", .object([("findings", .array(audit.keyFindings().map { .string($0) }))]))) }
        let tableList: [JSONValue] = tables.map { t in
            JSONValue.object([("id", .string(t.id)), ("file", .string(t.fileName)), ("rows", .int(t.rows.count))])
        }
        fields.append(("tables", .array(tableList)))
        let mapList: [JSONValue] = maps.map { m in
            let png: JSONValue = m.png == nil ? .null : .string("maps/" + m.id + ".png")
            return JSONValue.object([("id", .string(m.id)), ("svg", .string("maps/" + m.id + ".svg")), ("png", png)])
        }
        fields.append(("maps", .array(mapList)))
        fields.append(("maps_note", mapsNote.map { JSONValue.string($0) } ?? .null))
        let exports: [JSONValue] = ["network.graphml", "network.gexf", "network-node-link.json"]
        fields.append(("exports", .array(exports)))
        return .object(fields)
    }

    private func centralityJSON() -> JSONValue {
        let a = analysis
        let sampled: JSONValue = a.centrality.sampledSources.map { JSONValue.int($0) } ?? .null
        let measures: JSONValue = a.centrality.network.map(CentralityReport.networkJSON) ?? .null
        let notes: [JSONValue] = CentralityReport.notes(a.centrality, graph: a.graph).map { JSONValue.string($0) }
        return .object([
            ("view", .string(CentralityReport.viewDescription(directed: a.graph.isDirected, weighted: a.graph.isWeighted))),
            ("sampled_sources", sampled),
            ("network_measures", measures),
            ("notes", .array(notes)),
        ])
    }

    private func coterminosityJSON() -> JSONValue {
        let c = analysis.coterminosity
        return .object([
            ("geography", .bool(c.hasGeography)),
            ("population_weighted", .bool(c.populationWeighted)),
            ("tolerance", .number(c.tolerance)),
            ("gaps", .int(c.gaps.count)),
            ("summary", CoterminosityReport.summaryJSON(c.summary)),
        ])
    }

    private func silosJSON() -> JSONValue {
        let s = analysis.silos
        let sectors: [JSONValue] = s.sectorsWithoutOutsideTies.map { JSONValue.string($0.rawValue) }
        let types: [JSONValue] = s.typesWithoutOutsideTies.map { JSONValue.string($0) }
        return .object([
            ("communities", .int(s.partition.count)),
            ("modularity", .number(s.partition.modularity)),
            ("resolution", .number(s.options.resolution)),
            ("seed", .int(Int(truncatingIfNeeded: s.options.seed))),
            ("ei_index_by_sector", .number(s.wholeIndex.index)),
            ("sectors_without_outside_ties", .array(sectors)),
            ("types_without_outside_ties", .array(types)),
            ("articulation_points", .int(s.fragility.articulationPoints.count)),
            ("bridges", .int(s.fragility.bridges.count)),
            ("sole_links_between_sectors", .int(s.soleLinksBetweenSectors.count)),
        ])
    }

    private func tensionsJSON() -> JSONValue {
        let b = analysis.tensions
        return .object([
            ("positive_pairs", .int(b.positivePairs)),
            ("negative_pairs", .int(b.negativePairs)),
            ("triangles", .int(b.triangleCount)),
            ("balanced_triangles", .int(b.balancedCount)),
            ("unbalanced_triangles", .int(b.unbalancedCount)),
            ("balance_ratio", .number(b.balanceRatio)),
            ("negative_ties_inside_communities", .int(b.negativeTiesInsideCommunities.count)),
        ])
    }

    private func missingJSON() -> JSONValue {
        let a = analysis
        guard let m = a.missing else { return .null }
        var counts: [(String, JSONValue)] = []
        for kind in MissingPartnersAnalysis.FindingKind.allCases {
            counts.append((kind.rawValue, .int(m.findings.filter { $0.kind == kind }.count)))
        }
        let themes: [JSONValue] = (a.requirements?.themes ?? []).map { JSONValue.string($0) }
        let notes: [JSONValue] = m.notes.map { JSONValue.string(MissingPartnersWording.note($0)) }
        return .object([
            ("requirements", requirementsOrigin.map { JSONValue.string($0) } ?? .null),
            ("themes", .array(themes)),
            ("catalogue", a.catalogueName.map { JSONValue.string($0) } ?? .null),
            ("findings", .object(counts)),
            ("notes", .array(notes)),
        ])
    }

    // MARK: index.html

    /// The SVG element of a Graphviz document, without the XML declaration, DOCTYPE and comments
    /// before it (they are not allowed inside HTML), its element ids prefixed with `prefix` so that
    /// two maps on one page do not share ids (Graphviz numbers `graph0`, `node1`, `clust1` … in
    /// every file). Only attribute syntax is touched: in text, Graphviz writes quotes as `&quot;`.
    public static func inlineSVG(_ svg: String, prefix: String) -> String {
        guard let start = svg.range(of: "<svg") else { return "" }
        return String(svg[start.lowerBound...]).trimmingCharacters(in: .whitespacesAndNewlines)
            .replacingOccurrences(of: " id=\"", with: " id=\"\(prefix)")
            .replacingOccurrences(of: "href=\"#", with: "href=\"#\(prefix)")
            .replacingOccurrences(of: "url(#", with: "url(#\(prefix)")
    }

    static func people(_ x: Double) -> String { NumberFormat.grouped(Int(x.rounded())) }

    /// Short statements a board member reads first.
    func keyFindings() -> [String] {
        let a = analysis
        let agencies = a.network.agencies
        var out: [String] = []
        if agencies.isEmpty { return ["The network has no agencies."] }
        let topBetween = a.ranking(by: .betweenness).prefix(3).filter { (a.centrality[.betweenness]?[$0] ?? 0) > 0 }
        if !topBetween.isEmpty {
            out.append("Most in a position to connect others (betweenness): "
                + topBetween.map { agencies[$0].name }.joined(separator: ", ") + ".")
        }
        if !a.summary.isolatedAgencies.isEmpty {
            out.append("\(a.summary.isolatedAgencies.count) agenc\(a.summary.isolatedAgencies.count == 1 ? "y has" : "ies have") no tie to anyone.")
        }
        if a.summary.componentCount > 1 {
            out.append("The network falls into \(a.summary.componentCount) separate parts; the largest holds \(a.summary.largestComponentSize) of \(agencies.count) agencies.")
        }
        let s = a.silos
        if !s.sectorsWithoutOutsideTies.isEmpty {
            out.append("Sectors with no tie to any other sector: " + s.sectorsWithoutOutsideTies.map(\.rawValue).joined(separator: ", ") + ".")
        }
        if let ei = s.wholeIndex.index {
            let reading: String
            if ei < -0.2 {
                reading = "ties stay mostly within sectors"
            } else if ei > 0.2 {
                reading = "ties mostly cross sectors"
            } else {
                reading = "ties split about evenly within and across sectors"
            }
            out.append("E-I index across sectors: \(NumberFormat.fixed(ei, 2)) (\(reading)).")
        }
        let points = s.fragility.articulationPoints
        if !points.isEmpty {
            let ranked = points.indices.sorted {
                s.fragility.cutOff[$0] != s.fragility.cutOff[$1] ? s.fragility.cutOff[$0] > s.fragility.cutOff[$1]
                    : agencies[points[$0]].id < agencies[points[$1]].id
            }
            out.append("\(points.count) single point\(points.count == 1 ? "" : "s") of failure; the largest: "
                + ranked.prefix(3).map { "\(agencies[points[$0]].name) (cuts off \(s.fragility.cutOff[$0]))" }.joined(separator: ", ") + ".")
        }
        let b = a.tensions
        if b.negativePairs > 0 {
            var line = "\(b.negativePairs) pair\(b.negativePairs == 1 ? " is" : "s are") in conflict"
            if let ratio = b.balanceRatio {
                line += "; \(b.unbalancedCount) of \(b.triangleCount) triangles are unbalanced (balance ratio \(NumberFormat.fixed(ratio, 3)))"
            }
            if let worst = b.negativeTies.first(where: { $0.unbalancedTriangles > 0 }) ?? b.negativeTies.first {
                var size = [Int: Int]()
                for c in s.partition.membership { size[c, default: 0] += 1 }
                line += ". " + TensionsReport.statement(worst, network: a.network, communitySize: { size[$0] ?? 0 })
            }
            out.append(line + ".")
        }
        let c = a.coterminosity
        if c.hasGeography {
            let gaps = a.gapsBySplit
            if gaps.isEmpty {
                out.append("No coterminosity gap: partners' boundaries match or nest.")
            } else {
                let unit = c.populationWeighted ? "people" : "areas"
                let first = gaps[0]
                out.append("\(gaps.count) coterminosity gap\(gaps.count == 1 ? "" : "s"); \(Self.people(c.summary.populationInGaps)) \(unit) live where partners' boundaries cut across each other. The worst split: "
                    + "\(agencies[first.a].name) and \(agencies[first.b].name) share \(Self.people(first.populationShared)) \(unit), "
                    + "while \(Self.people(first.populationAOnly)) are served by the first only and \(Self.people(first.populationBOnly)) by the second only: "
                    + "\(Self.people(first.populationMisaligned)) on the wrong side of the line.")
            }
        } else {
            out.append("No boundaries, so coterminosity was not measured.")
        }
        if let m = a.missing {
            let absent = m.findings.filter { $0.kind == .absent }
            if !absent.isEmpty {
                let types = absent.map { "\($0.type) (\($0.themes.joined(separator: ", ")))" }
                out.append("Required partners absent: " + types.joined(separator: "; ") + ".")
            }
            let unlinked = m.findings.filter { $0.kind == .unlinked }.count
            if unlinked > 0 {
                let rollUp = m.rollUp
                var line = "\(unlinked) required tie\(unlinked == 1 ? " is" : "s are") missing"
                if let first = rollUp.first {
                    line += " (\(rollUp.count) agenc\(rollUp.count == 1 ? "y" : "ies")); first: " + MissingPartnersWording.rollUp(first)
                }
                out.append(line + ".")
            }
        }
        out += boards?.keyFindings() ?? []
        if let quality {
            // The survey's own findings lead its section; here, the one line a board member needs.
            out.append(contentsOf: quality.keyFindings().prefix(quality.isIllustrative ? 2 : 1))
        }
        if let audit { out.append(contentsOf: audit.keyFindings().filter { !$0.hasPrefix("Partnership audit:") }.prefix(2)) }
        return out
    }

    func summaryItems() -> [(String, String)] {
        let a = analysis
        let s = a.summary
        var items: [(String, String)] = [
            ("Agencies", NumberFormat.grouped(s.agencyCount)),
            ("Relationships", "\(NumberFormat.grouped(s.relationshipCount)) (\(NumberFormat.grouped(s.tieCount)) distinct ties)"),
            ("Sectors", s.agenciesBySector.map { "\($0.0.rawValue) \($0.1)" }.joined(separator: ", ")),
            ("Density", NumberFormat.fixed(s.density, 3)),
            ("Components", "\(s.componentCount) (largest: \(s.largestComponentSize))"),
        ]
        if let m = a.centrality.network {
            items.append(("Average path length", NumberFormat.fixed(m.averagePathLength, 2)))
            items.append(("Diameter", NumberFormat.fixed(m.diameter, 0)))
        }
        items.append(("Communities", "\(a.silos.partition.count) (modularity \(NumberFormat.fixed(a.silos.partition.modularity, 3)))"))
        items.append(("Areas", NumberFormat.grouped(s.areaCount)))
        if let p = s.totalPopulation { items.append(("Population", NumberFormat.grouped(p))) }
        if a.coterminosity.hasGeography {
            items.append(("Coterminosity gaps", NumberFormat.grouped(a.coterminosity.gaps.count)))
        }
        return items
    }

    static let style = """
    body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;margin:0;color:#1d2329;background:#fff;line-height:1.45}
    main{max-width:1200px;margin:0 auto;padding:1.5rem}
    h1{font-size:1.7rem;margin:.2rem 0 .4rem}h2{font-size:1.25rem;margin:2rem 0 .4rem;border-bottom:2px solid #d8dee4;padding-bottom:.2rem}
    .lede{color:#57606a;margin:0 0 1rem}
    dl.summary{display:grid;grid-template-columns:repeat(auto-fill,minmax(220px,1fr));gap:.5rem;margin:0}
    dl.summary div{background:#f3f6f9;border-radius:6px;padding:.5rem .7rem}
    dl.summary dt{font-size:.8rem;color:#57606a}dl.summary dd{margin:0;font-weight:600}
    ul.findings li{margin:.25rem 0}
    .explain{max-width:75ch}.meta{font-size:.85rem;color:#57606a}.empty{font-style:italic}
    figure{margin:1rem 0;border:1px solid #d8dee4;border-radius:6px;padding:.5rem;overflow:auto}
    figure svg{display:block;margin:0 auto;max-width:100%;max-height:min(85vh,1000px);width:auto;height:auto}figcaption{font-size:.9rem;color:#57606a}
    .scroll{overflow:auto;max-height:36rem;border:1px solid #d8dee4;border-radius:6px}
    table{border-collapse:collapse;font-size:.85rem;width:max-content;min-width:100%}
    td{max-width:11rem}td.long{max-width:30rem;min-width:22rem}
    th,td{padding:.3rem .5rem;border-bottom:1px solid #eaeef2;text-align:left;vertical-align:top}
    th{position:sticky;top:0;background:#f3f6f9;cursor:pointer;user-select:none;white-space:nowrap}
    th.num,td.num{text-align:right}th[aria-sort=ascending]::after{content:" \\25B2"}th[aria-sort=descending]::after{content:" \\25BC"}
    tbody tr:nth-child(even){background:#fafbfc}td:first-child{white-space:nowrap}
    footer{margin-top:2rem;font-size:.85rem;color:#57606a}
    """

    /// Sorts a table by the clicked heading: numbers by `data-v` (largest first on the first click),
    /// text alphabetically; empty cells last; equal keys keep their order.
    static let script = """
    (function () {
      function sortBy(table, col, numeric, descending) {
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        var keyed = rows.map(function (row, i) {
          var cell = row.cells[col];
          var k = null;
          if (numeric) { var v = cell.getAttribute("data-v"); k = v === null ? null : parseFloat(v); }
          else { k = cell.textContent.toLowerCase(); if (k === "") { k = null; } }
          return { row: row, key: k, index: i };
        });
        keyed.sort(function (a, b) {
          if (a.key === null || b.key === null) {
            if (a.key === b.key) { return a.index - b.index; }
            return a.key === null ? 1 : -1;
          }
          var c = a.key < b.key ? -1 : (a.key > b.key ? 1 : 0);
          if (descending) { c = -c; }
          return c !== 0 ? c : a.index - b.index;
        });
        keyed.forEach(function (k) { body.appendChild(k.row); });
      }
      var tables = document.querySelectorAll("table.sortable");
      Array.prototype.forEach.call(tables, function (table) {
        var heads = table.tHead.rows[0].cells;
        Array.prototype.forEach.call(heads, function (th, col) {
          th.tabIndex = 0;
          function activate() {
            var numeric = th.classList.contains("num");
            var current = th.getAttribute("aria-sort");
            var descending = current ? current === "ascending" : numeric;
            Array.prototype.forEach.call(heads, function (h) { h.removeAttribute("aria-sort"); });
            th.setAttribute("aria-sort", descending ? "descending" : "ascending");
            sortBy(table, col, numeric, descending);
          }
          th.addEventListener("click", activate);
          th.addEventListener("keydown", function (e) {
            if (e.key === "Enter" || e.key === " ") { e.preventDefault(); activate(); }
          });
        });
      });
    })();
    """

    /// What the date in the heading means.
    static func asAtNote(_ asAt: AsAt?) -> String {
        switch asAt ?? .all {
        case .all: return " (every agency and tie, whatever its dates)"
        case .day: return " (the agencies in existence and the ties in force that day; by default the latest start or since date in the data, or <code>--as-at DATE</code>)"
        }
    }

    public func html() -> String {
        let a = analysis
        let name = Markup.html(a.network.name)
        let when = Markup.html((a.network.asAt ?? .all).phrase)
        var out = HTMLHead.open(title: "Partnerscope report: \(a.network.name)", style: Self.style, scripts: true) + """
        <body>
        <main>
        <h1>Partnership network: \(name), \(when)</h1>
        <p class="lede">Partnerscope report on the agencies, ties and boundaries in the network folder <code>\(name)</code>, \(when)\(Self.asAtNote(a.network.asAt)). Every table below is also a CSV file in this folder.</p>
        <section id="summary">
        <h2>Summary</h2>
        <dl class="summary">

        """
        for (term, value) in summaryItems() {
            out += "<div><dt>\(Markup.html(term))</dt><dd>\(Markup.html(value))</dd></div>\n"
        }
        out += "</dl>\n<h3>Key findings</h3>\n<ul class=\"findings\">\n"
        for f in keyFindings() { out += "<li>\(Markup.html(f))</li>\n" }
        out += "</ul>\n</section>\n<section id=\"maps\">\n<h2>Maps</h2>\n"
        if let mapsNote { out += "<p class=\"explain\">\(Markup.html(mapsNote))</p>\n" }
        for m in maps {
            // The SVG comes from the maps layer, which escapes its labels; it is inserted as is.
            // The key to the maps describes no day; every map does.
            let day = m.id == "key" ? "" : ", \(when)"
            out += "<figure id=\"map-\(Markup.html(m.id))\">\n<figcaption><strong>\(Markup.html(m.title))</strong>\(day) — \(Markup.html(m.caption)) "
                + "(<a href=\"maps/\(Markup.html(m.id)).svg\">SVG</a>\(m.png == nil ? "" : ", <a href=\"maps/\(Markup.html(m.id)).png\">PNG</a>"))</figcaption>\n"
            out += Self.inlineSVG(m.svg, prefix: "map-\(Markup.html(m.id))-") + "\n</figure>\n"
        }
        out += "</section>\n"
        let surveyStart = quality?.tables.first?.id
        let auditStart = audit?.tables.first?.id
        for t in tables {
            if t.id == surveyStart, let quality { out += quality.sectionIntroHTML() }
            if t.id == auditStart, let audit { out += audit.sectionIntroHTML() }
            out += t.html()
        }
        out += """
        <footer>
        <h2>Files and method</h2>
        <p>Files in this folder: <a href="metrics.json">metrics.json</a> (the figures above); \
        \(tables.map { "<a href=\"\(Markup.html($0.fileName))\">\(Markup.html($0.fileName))</a>" }.joined(separator: ", ")) \
        (the tables, full precision); <a href="network.graphml">network.graphml</a> (networkx, yEd, Gephi), \
        <a href="network.gexf">network.gexf</a> (Gephi, with the measures as attributes) and \
        <a href="network-node-link.json">network-node-link.json</a> (D3, networkx node_link_data).</p>
        <p>Computed by Partnerscope from the network's CSV files alone; the same files give the same report. \
        Communities use seed \(a.silos.options.seed); \
        \(a.centrality.sampledSources.map { "betweenness and closeness are estimated from \($0) sampled agencies" } ?? "all path-based measures are exact").</p>
        </footer>
        </main>
        <script>
        \(Self.script)</script>
        </body>
        </html>

        """
        return out
    }
}
