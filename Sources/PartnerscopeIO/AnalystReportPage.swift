import Foundation
import PartnerscopeCore

/// `index.html` of the analyst's report: the headline figures and key findings, the maps inline,
/// then every table, built as ``HTML`` inside the one ``HTMLPage``.
extension AnalystReport {
    /// The SVG element of a Graphviz document, without the XML declaration, DOCTYPE and comments
    /// before it (they are not allowed inside HTML), its element ids prefixed with `prefix` so that
    /// two maps on one page do not share ids (Graphviz numbers `graph0`, `node1`, `clust1` … in
    /// every file). Only attribute syntax is touched: in text, Graphviz writes quotes as `&quot;`.
    /// The map is trusted SVG from our renderer (see ``HTML/trustedSVG(_:)``); the prefix is escaped.
    public static func inlineSVG(_ svg: String, prefix: String) -> HTML {
        guard let start = svg.range(of: "<svg") else { return "" }
        let prefix = Markup.html(prefix)
        return .trustedSVG(String(svg[start.lowerBound...]).trimmingCharacters(in: .whitespacesAndNewlines)
            .replacingOccurrences(of: " id=\"", with: " id=\"\(prefix)")
            .replacingOccurrences(of: "href=\"#", with: "href=\"#\(prefix)")
            .replacingOccurrences(of: "url(#", with: "url(#\(prefix)"))
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

    /// What the date in the heading means.
    static func asAtNote(_ asAt: AsAt?) -> HTML {
        switch asAt ?? .all {
        case .all: " (every agency and tie, whatever its dates)"
        case .day: " (the agencies in existence and the ties in force that day; by default the latest start or since date in the data, or <code>--as-at DATE</code>)"
        }
    }

    /// The page: summary, key findings, maps, every table (the survey's and audit's sections
    /// introduced where their tables start), the files and method.
    public var page: HTMLPage {
        let a = analysis
        let name = a.network.name
        let when = (a.network.asAt ?? .all).phrase
        var out: HTML = """
        <h1>Partnership network: \(name), \(when)</h1>
        <p class="lede">Partnerscope report on the agencies, ties and boundaries in the network folder <code>\(name)</code>, \(when)\(Self.asAtNote(a.network.asAt)). Every table below is also a CSV file in this folder.</p>
        <section id="summary">
        <h2>Summary</h2>
        <dl class="summary">

        """
        for (term, value) in summaryItems() {
            out += "<div><dt>\(term)</dt><dd>\(value)</dd></div>\n"
        }
        out += "</dl>\n<h3>Key findings</h3>\n<ul class=\"findings\">\n"
        for f in keyFindings() { out += "<li>\(f)</li>\n" }
        out += "</ul>\n</section>\n<section id=\"maps\">\n<h2>Maps</h2>\n"
        if let mapsNote { out += "<p class=\"explain\">\(mapsNote)</p>\n" }
        for m in maps {
            // The key to the maps describes no day; every map does.
            let day: HTML = m.id == "key" ? "" : ", \(when)"
            let png: HTML = m.png == nil ? "" : ", <a href=\"maps/\(m.id).png\">PNG</a>"
            out += "<figure id=\"map-\(m.id)\">\n<figcaption><strong>\(m.title)</strong>\(day) — \(m.caption) "
                + "(<a href=\"maps/\(m.id).svg\">SVG</a>\(png))</figcaption>\n"
            out += Self.inlineSVG(m.svg, prefix: "map-\(m.id)-") + "\n</figure>\n"
        }
        out += "</section>\n"
        let surveyStart = quality?.tables.first?.id
        let auditStart = audit?.tables.first?.id
        for t in tables {
            if t.id == surveyStart, let quality { out += quality.sectionIntroHTML() }
            if t.id == auditStart, let audit { out += audit.sectionIntroHTML() }
            out += t.html()
        }
        let files = HTML(joining: tables.map { "<a href=\"\($0.fileName)\">\($0.fileName)</a>" }, separator: ", ")
        let sampling = a.centrality.sampledSources.map { "betweenness and closeness are estimated from \($0) sampled agencies" } ?? "all path-based measures are exact"
        out += """
        <footer>
        <h2>Files and method</h2>
        <p>Files in this folder: <a href="metrics.json">metrics.json</a> (the figures above); \
        \(files) \
        (the tables, full precision); <a href="network.graphml">network.graphml</a> (networkx, yEd, Gephi), \
        <a href="network.gexf">network.gexf</a> (Gephi, with the measures as attributes) and \
        <a href="network-node-link.json">network-node-link.json</a> (D3, networkx node_link_data).</p>
        <p>Computed by Partnerscope from the network's CSV files alone; the same files give the same report. \
        Communities use seed \(String(a.silos.options.seed)); \
        \(sampling).</p>
        </footer>

        """
        out += .dataBlock(id: "explorer-data", ReportExplorer.data(a)) + "\n"
        return HTMLPage(title: "Partnerscope report: \(a.network.name)", body: out)
    }

    /// `index.html`.
    public func html() -> String { page.rendered }
}
