import Foundation
import PartnerscopeCore

/// The tables of the analyst's report, one builder per table: the rows, the columns and the
/// sentence under the heading that says what the table shows and how it was computed. Each
/// ``ReportTable`` is written both as a CSV file and as a section of `index.html`.
extension AnalystReport {
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
        let order = a.ranking(by: sortBy)
        let rows: [[ReportTable.Cell]] = order.map { i in
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
            rows: rows).about(order.map { [$0] })
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
            rows: rows).about(s.communities.map(\.members))
    }

    static func silosTable(_ a: NetworkAnalysis) -> ReportTable {
        let s = a.silos
        var rows: [[ReportTable.Cell]] = []
        var about: [[Int]] = []
        let agencies = a.network.agencies
        let isolatedSectors = Set(s.sectorsWithoutOutsideTies.map(\.rawValue))
        let isolatedTypes = Set(s.typesWithoutOutsideTies)
        for (grouping, groups, isolated) in [("sector", s.bySector, isolatedSectors), ("type", s.byType, isolatedTypes)] {
            for g in groups {
                rows.append([.text(grouping), .text(g.name), .int(g.agencies), .number(g.counts.internal, digits: 0),
                             .number(g.counts.external, digits: 0), .number(g.counts.index, digits: 2),
                             .bool(isolated.contains(g.name))])
                about.append(agencies.indices.filter { (grouping == "sector" ? agencies[$0].sector.rawValue : agencies[$0].type) == g.name })
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
            rows: rows).about(about)
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
            rows: rows).about(listed.map { [$0] })
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
            rows: rows).about(b.unbalanced.map { [$0.a, $0.b, $0.c] } + b.negativeTies.map { [$0.a, $0.b] })
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
            rows: rows).about(a.gapsBySplit.map { [$0.a, $0.b] })
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
            rows: rows).about(m.findings.map { f in [f.agency, f.candidate].compactMap { $0.flatMap { a.network.index(of: $0.id) } } })
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
            rows: rows).about(m.rollUp.map { g in a.network.index(of: g.agency.id).map { [$0] } ?? [] })
    }
}
