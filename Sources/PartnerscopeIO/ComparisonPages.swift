import Foundation
import PartnerscopeCore

/// The pages of a comparison a national analyst reads: `index.html` (every footprint side by side:
/// headline figures as named dot plots, the table of what varies, every measure ranked, what is
/// the same everywhere, outliers), one page per footprint (`areas/<slug>.html`: where it stands on
/// every measure, its split councils, the bodies crossing its border, its brokers and map) and the
/// small multiples (`maps.html`: every footprint's map at one scale under one legend).
///
/// Names everywhere, ids only in links and tooltips. Every text from the data is escaped with
/// ``HTML``; the dot plots are ``DotPlot``s (our own SVG, its text escaped by ``Markup``, inserted as
/// trusted SVG), maps are inlined (``AnalystReport/inlineSVG(_:prefix:)``) or shown as `<img>` files
/// beside the page, as ``HTMLPage``'s Content-Security-Policy allows.
enum ComparisonPages {
    typealias Column = ComparisonTable.Column


    /// "footprints" for `batch --by type=…`, "areas" for `--by parent`, "networks" for `compare`.
    static func noun(_ context: ComparisonReport.Context, _ count: Int) -> String {
        let base = context.noun
        return count == 1 ? String(base.dropLast()) : base
    }

    // MARK: dot plots

    /// The ranked dot plot of `column`, each footprint linked to its page (`prefix` before
    /// `areas/…`), `selected` marked.
    static func plot(_ table: ComparisonTable, _ column: Column, slugs: [String], prefix: String, selected: Int?,
                     layout: DotPlot.Layout, width: Double = 350) -> HTML {
        let labels = plotLabels(table.rows.map(\.label)).labels
        let points = table.rows.indices.map { i in
            DotPlot.Point(label: labels[i], value: column.values[i],
                          href: i == selected ? nil : "\(prefix)areas/\(slugs[i]).html", outlier: column.outliers[i] != nil)
        }
        let name = column.name
        return DotPlot(id: "\(layout == .named ? "big" : "p")-\(name)", title: ComparisonColumns.label(name), points: points,
                       selected: selected, layout: layout, width: width,
                       format: { ComparisonColumns.format(name, $0) }).html
    }

    /// Names shortened for the plots: the words that every name shares at its start and at its end
    /// left out ("NHS … Integrated Care Board"), when every name keeps at least one word and there
    /// are at least two names; with the words left out, for a note.
    static func plotLabels(_ labels: [String]) -> (labels: [String], prefix: String, suffix: String) {
        let words = labels.map { $0.split(separator: " ", omittingEmptySubsequences: true).map(String.init) }
        guard words.count > 1, let shortest = words.map(\.count).min(), shortest > 1 else { return (labels, "", "") }
        var head = 0
        while head < shortest - 1, words.allSatisfy({ $0[head] == words[0][head] }) { head += 1 }
        var tail = 0
        while head + tail < shortest - 1, words.allSatisfy({ $0[$0.count - 1 - tail] == words[0][words[0].count - 1 - tail] }) { tail += 1 }
        guard head + tail > 0 else { return (labels, "", "") }
        return (words.map { $0[head..<($0.count - tail)].joined(separator: " ") },
                words[0][0..<head].joined(separator: " "), words[0][(words[0].count - tail)...].joined(separator: " "))
    }

    /// "Names without "NHS" and "Integrated Care Board"." or "".
    static func plotLabelNote(_ table: ComparisonTable) -> String {
        let p = plotLabels(table.rows.map(\.label))
        let parts = [p.prefix, p.suffix].filter { !$0.isEmpty }.map { "“\($0)”" }
        return parts.isEmpty ? "" : " In the plots, names are given without \(parts.joined(separator: " and ")), which every name has."
    }

    static func figure(_ column: Column, svg: HTML) -> HTML {
        "<figure><figcaption>\(ComparisonColumns.label(column.name))<small>\(ComparisonColumns.meaning(column.name))</small></figcaption>\n\(svg)</figure>\n"
    }

    // MARK: index.html

    static func index(_ table: ComparisonTable, context: ComparisonReport.Context, slugs: [String], hasMaps: Bool) -> String {
        let n = table.rows.count
        let varying = ComparisonColumns.ordered(table.varying)
        var out: HTML = ""
        out += "<h1>\(context.title)</h1>\n<p class=\"lede\">\(context.description)</p>\n"
        out += "<nav><a href=\"#headline\">Headline figures</a><a href=\"#table\">Table</a><a href=\"#ranked\">Every measure ranked</a>"
        out += "<a href=\"#same\">The same everywhere</a><a href=\"#outliers\">Outliers</a>"
        if hasMaps { out += "<a href=\"maps.html\">Maps side by side</a>" }
        out += "<a href=\"comparison.csv\">comparison.csv</a><a href=\"comparison.json\">comparison.json</a></nav>\n"
        if !context.failures.isEmpty {
            out += "<h2 class=\"fail\">Failed (\(context.failures.count))</h2>\n<ul class=\"fail\">\n"
            for f in context.failures { out += "<li><b>\(f.label)</b> (<code>\(f.key)</code>): \(f.message)</li>\n" }
            out += "</ul>\n"
        }
        out += "<p class=\"note\">\(n) \(noun(context, n)) compared. Each dot is one of them, ranked from the highest value (left or top) "
            + "to the lowest; the grey band holds the middle half (first to third quartile) and the dashed line is the median. "
            + "Vermillion dots are outliers; click a dot or a name for that page.\(plotLabelNote(table))</p>\n"

        out += "<section id=\"headline\"><h2>Headline figures</h2>\n<div class=\"plots\">\n"
        for name in ComparisonColumns.headline {
            guard let c = table.column(name), c.varies else { continue }
            out += figure(c, svg: plot(table, c, slugs: slugs, prefix: "", selected: nil, layout: .named, width: 560))
        }
        out += "</div></section>\n"

        out += "<section id=\"table\"><h2>Table</h2>\n<p class=\"note\">Only the measures that differ between \(noun(context, n)); "
            + "those with one value everywhere are listed <a href=\"#same\">below</a>. Click a heading to sort; shaded cells are outliers "
            + "(red above, blue below; rule <a href=\"#outliers\">below</a>); hover a cell for its rank.</p>\n"
        out += "<div class=\"scroll\"><table class=\"sortable\"><thead><tr><th scope=\"col\">name</th>"
        for c in varying { out += "<th class=\"num wrap\" scope=\"col\" title=\"\(ComparisonColumns.meaning(c.name))\">\(ComparisonColumns.label(c.name))</th>" }
        out += "<th scope=\"col\">top broker</th></tr></thead>\n<tbody>\n"
        for (i, row) in table.rows.enumerated() {
            out += "<tr><td class=\"long\"><a href=\"areas/\(slugs[i]).html\" title=\"\(row.key)\">\(row.label)</a></td>"
            for c in varying { out += cell(c, i, count: n) }
            let broker = row.brokers.first.map(\.name) ?? "–"
            out += "<td>\(broker)</td></tr>\n"
        }
        out += "</tbody></table></div></section>\n"

        out += "<section id=\"ranked\"><h2>Every measure ranked</h2>\n<div class=\"plots\">\n"
        for c in varying { out += figure(c, svg: plot(table, c, slugs: slugs, prefix: "", selected: nil, layout: .strip)) }
        out += "</div></section>\n"
        out += same(table, context: context)
        out += outliers(table, context: context, slugs: slugs)
        return HTMLPage(title: context.title, body: out).rendered
    }

    static func cell(_ c: Column, _ i: Int, count: Int) -> HTML {
        var classes = ["num"]
        if let o = c.outliers[i] { classes.append(o.rawValue) }
        let defined = c.sortedValues.count
        let title: HTML = c.ranks[i].map { r -> HTML in
            " title=\"rank \(r) of \(defined)\(c.outliers[i].map { ", \($0.rawValue) outlier" } ?? "")\""
        } ?? ""
        let v: HTML = c.values[i].map { " data-v=\"\(NumberFormat.json($0))\"" } ?? ""
        return "<td class=\"\(classes.joined(separator: " "))\"\(v)\(title)>\(ComparisonColumns.format(c.name, c.values[i]))</td>"
    }

    /// The columns with one value everywhere, said once; and those with no value anywhere.
    static func same(_ table: ComparisonTable, context: ComparisonReport.Context) -> HTML {
        let n = table.rows.count
        var out: HTML = "<section id=\"same\"><h2>The same everywhere</h2>\n"
        let same = table.sameEverywhere
        if same.isEmpty {
            out += "<p>Every measure differs between \(noun(context, n)).</p>\n"
        } else {
            out += "<p class=\"note\">These measures take one value in every \(noun(context, 1)) (where they are defined), so they tell no \(noun(context, 1)) apart.</p>\n<ul class=\"same\">\n"
            for c in same {
                let scope = c.sortedValues.count == n ? "in all \(n)" : "in the \(c.sortedValues.count) of \(n) where defined"
                out += "<li><b>\(ComparisonColumns.label(c.name))</b>: \(ComparisonColumns.format(c.name, c.sortedValues.first)) \(scope)</li>\n"
            }
            out += "</ul>\n"
        }
        let none = table.undefinedEverywhere
        if !none.isEmpty {
            let items = none.map { c -> HTML in
                c.name == "spend_per_head" ? "\(ComparisonColumns.label(c.name)) (no agency has a budget, <code>budget_m</code>)" : "\(ComparisonColumns.label(c.name))"
            }
            out += "<p class=\"note\">Not available for any \(noun(context, 1)): \(HTML(joining: items, separator: "; ")).</p>\n"
        }
        return out + "</section>\n"
    }

    /// Outliers of the screened columns, by measure, with the rule used.
    static func outliers(_ table: ComparisonTable, context: ComparisonReport.Context, slugs: [String]) -> HTML {
        var out: HTML = "<section id=\"outliers\"><h2>Outliers</h2>\n"
        out += "<p class=\"note\">Rule: Tukey's fences — a value is an outlier below Q1 − 1.5 × IQR or above Q3 + 1.5 × IQR, with Q1 and Q3 the quartiles "
            + "(linear interpolation) of the defined values and IQR = Q3 − Q1. Only measures with at least 4 values and IQR above 0 are screened: "
            + "where more than half the values are equal (a count of London boroughs that is 0 outside London) the fences collapse and every "
            + "other value would be flagged, which says nothing.</p>\n"
        let screened = ComparisonColumns.ordered(table.columns.filter(\.screened))
        let skipped = table.columns.filter { $0.varies && !$0.screened }
        var items: [HTML] = []
        for c in screened {
            let flagged = c.values.indices.filter { c.outliers[$0] != nil }
                .sorted { (c.values[$0] ?? 0) > (c.values[$1] ?? 0) }
            guard !flagged.isEmpty, let fences = c.fences else { continue }
            let list = HTML(joining: flagged.map { i -> HTML in
                "<a href=\"areas/\(slugs[i]).html\">\(table.rows[i].label)</a> \(ComparisonColumns.format(c.name, c.values[i])) (\(c.outliers[i] == .high ? "high" : "low"))"
            }, separator: "; ")
            items.append("<li><b>\(ComparisonColumns.label(c.name))</b> (fences \(ComparisonColumns.format(c.name, fences.low)) to \(ComparisonColumns.format(c.name, fences.high))): \(list)</li>")
        }
        out += items.isEmpty ? "<p>No outliers among the screened measures.</p>\n" : "<ul>\n\(HTML(joining: items, separator: "\n"))\n</ul>\n"
        if !skipped.isEmpty {
            out += "<p class=\"note\">Not screened (IQR 0 or fewer than 4 values): "
                + "\(skipped.map { ComparisonColumns.label($0.name) }.joined(separator: "; ")).</p>\n"
        }
        return out + "</section>\n"
    }

    // MARK: areas/<slug>.html

    static func footprint(_ table: ComparisonTable, row i: Int, slugs: [String], context: ComparisonReport.Context,
                          map: String?, hasReport: Bool) -> String {
        let row = table.rows[i]
        let n = table.rows.count
        let slug = slugs[i]
        var out: HTML = ""
        out += "<p><a href=\"../index.html\">← \(context.title)</a></p>\n<h1 title=\"\(row.key)\">\(row.label)</h1>\n"
        out += "<p class=\"lede\">\(summary(table, row: i, context: context))</p>\n"
        out += "<nav><a href=\"#stands\">Where it stands</a><a href=\"#split\">Split councils</a><a href=\"#border\">Bodies crossing the border</a>"
        out += "<a href=\"#brokers\">Brokers</a>"
        if map != nil { out += "<a href=\"#map\">Map</a><a href=\"../maps/\(slug).svg\">Map (SVG)</a><a href=\"../maps.html\">All maps</a>" }
        if hasReport { out += "<a href=\"../reports/\(slug)/index.html\">Full report of this \(noun(context, 1))</a>" }
        out += "</nav>\n"

        out += "<section id=\"stands\"><h2>Where it stands</h2>\n<p class=\"note\">Each plot ranks the \(n) \(noun(context, n)) from highest (left) to lowest; "
            + "this one is the large orange dot on the orange line, named above the plot with its rank. Grey band: middle half; dashed line: median; "
            + "vermillion: outliers.\(plotLabelNote(table))</p>\n<div class=\"plots\">\n"
        for c in ComparisonColumns.ordered(table.varying) where c.values[i] != nil {
            out += figure(c, svg: plot(table, c, slugs: slugs, prefix: "../", selected: i, layout: .strip))
        }
        out += "</div></section>\n"
        out += splitCouncils(row)
        out += crossings(row, context: context)
        out += "<section id=\"brokers\"><h2>Brokers between agency types</h2>\n"
        if row.brokers.isEmpty {
            out += "<p>No agency brokers between types.</p>\n"
        } else {
            out += "<ol>\n\(HTML(joining: row.brokers.map { b -> HTML in "<li>\(b.name) — \(Int(b.score)) brokerage roles</li>" }, separator: "\n"))\n</ol>\n"
        }
        out += "</section>\n"
        if let map {
            out += "<section id=\"map\"><h2>Map</h2>\n<p class=\"note\">The influence map of the \(noun(context, 1))'s network, drawn at the scale shared by every map of this comparison "
                + "(<a href=\"../maps.html\">all maps side by side, with the legend</a>).</p>\n"
            out += AnalystReport.inlineSVG(map, prefix: "m-") + "\n</section>\n"
        }
        let same = table.sameEverywhere
        if !same.isEmpty {
            out += "<section><h2>The same in every \(noun(context, 1))</h2>\n<p class=\"note\">"
                + "\(same.map { "\(ComparisonColumns.label($0.name)) \(ComparisonColumns.format($0.name, $0.sortedValues.first))" }.joined(separator: "; ")).</p></section>\n"
        }
        return HTMLPage(title: row.label, body: out).rendered
    }

    /// The page's first sentence: residents, agencies, people in gaps, spend.
    static func summary(_ table: ComparisonTable, row i: Int, context: ComparisonReport.Context) -> String {
        let row = table.rows[i]
        var parts: [String] = []
        if let p = row.footprintPopulation { parts.append("\(NumberFormat.grouped(Int(p.rounded()))) residents") }
        parts.append("\(row.agencies) agencies touch it, with \(row.ties) ties between them")
        var s = parts.joined(separator: "; ")
        if let profile = row.profile {
            if let share = profile.shareInGaps, let g = profile.peopleInGaps {
                s += ". \(NumberFormat.grouped(Int(g.rounded()))) residents (\(NumberFormat.fixed(100 * share, 1))%) live in a coterminosity gap"
            }
            if let spend = profile.spendPerHead {
                s += ". Public spend about £\(NumberFormat.grouped(Int(spend.rounded()))) a head (\(profile.budgetedAgencies) of \(profile.budgetedAgencies + profile.unbudgetedAgencies) bodies have a budget)"
            }
            if !profile.splitCouncils.isEmpty {
                let councils = Set(profile.splitCouncils.map(\.council.id)).count
                s += ". \(councils) council\(councils == 1 ? " is" : "s are") split between bodies of another type"
            }
        }
        return s + "."
    }

    static func people(_ x: Double) -> String { NumberFormat.grouped(Int(x.rounded())) }
    static func percent(_ x: Double) -> String { NumberFormat.fixed(100 * x, 1) + "%" }

    static func splitCouncils(_ row: ComparisonRow) -> HTML {
        var out: HTML = "<section id=\"split\"><h2>Councils split between bodies</h2>\n"
        guard let profile = row.profile else { return out + "<p>Not measured.</p></section>\n" }
        guard !profile.splitCouncils.isEmpty else {
            return out + "<p>No council here is split: for every other type of body, one body serves at least 99.5% of each council's people.</p></section>\n"
        }
        out += "<p class=\"note\">Councils with people in this \(row.profile == nil ? "area" : "footprint") whose people no single body of another type serves "
            + "(at least 0.5% of them with another body or none), with the share each body serves. Measured on the whole network, so bodies beyond the border are named.</p>\n"
        out += "<div class=\"scroll\"><table class=\"sortable\"><thead><tr><th scope=\"col\">council</th><th class=\"num\" scope=\"col\">its people here</th><th class=\"num\" scope=\"col\">its people</th><th scope=\"col\">split between</th><th scope=\"col\">bodies (share of the council's people)</th></tr></thead><tbody>\n"
        for s in profile.splitCouncils {
            var bodies = s.bodies.map { "\($0.body.name) \(percent($0.share))" }
            if s.coverage < 0.995 { bodies.append("none \(percent(max(0, 1 - s.coverage)))") }
            out += "<tr><td>\(s.council.name)</td><td class=\"num\" data-v=\"\(NumberFormat.json(s.inside))\">\(people(s.inside))</td><td class=\"num\" data-v=\"\(NumberFormat.json(s.population))\">\(people(s.population))</td>"
                + "<td>\(s.type)</td><td>\(bodies.joined(separator: "; "))</td></tr>\n"
        }
        return out + "</tbody></table></div></section>\n"
    }

    static func crossings(_ row: ComparisonRow, context: ComparisonReport.Context) -> HTML {
        var out: HTML = "<section id=\"border\"><h2>Bodies crossing the border</h2>\n"
        guard let profile = row.profile else { return out + "<p>Not measured.</p></section>\n" }
        let straddling = profile.crossings.filter { !$0.containsFootprint }
        let containing = profile.crossings.filter(\.containsFootprint)
        guard !profile.crossings.isEmpty else {
            return out + "<p>No body serves people both inside and outside.</p></section>\n"
        }
        out += "<p class=\"note\">Bodies serving people on both sides of the border (more than 0.5% of their people on each side), the smaller side first: "
            + "the people on the wrong side of the line. A body that <em>straddles</em> the border serves part of this \(noun(context, 1)); "
            + "one that <em>contains</em> it serves all of it and people elsewhere.</p>\n"
        out += "<div class=\"scroll\"><table class=\"sortable\"><thead><tr><th scope=\"col\">body</th><th scope=\"col\">type</th><th class=\"num\" scope=\"col\">people served here</th><th class=\"num\" scope=\"col\">people served elsewhere</th><th scope=\"col\">how</th></tr></thead><tbody>\n"
        for c in straddling + containing {
            out += "<tr><td>\(c.body.name)</td><td>\(c.body.type)</td><td class=\"num\" data-v=\"\(NumberFormat.json(c.inside))\">\(people(c.inside))</td><td class=\"num\" data-v=\"\(NumberFormat.json(c.outside))\">\(people(c.outside))</td>"
                + "<td>\(c.containsFootprint ? "contains it" : "straddles the border")</td></tr>\n"
        }
        return out + "</tbody></table></div></section>\n"
    }

    // MARK: maps.html

    /// The small multiples: every map at one scale (Graphviz points × `scale` pixels), under one
    /// legend, each linked to its page.
    static func maps(_ table: ComparisonTable, context: ComparisonReport.Context, slugs: [String], maps: [String: String],
                     legend: String?) -> String {
        var out: HTML = ""
        out += "<p><a href=\"index.html\">← \(context.title)</a></p>\n<h1>Maps side by side</h1>\n"
        let sizes = table.rows.compactMap { maps[$0.key].flatMap(svgSize) }
        let widest = sizes.map(\.width).max() ?? 1
        let scale = min(0.6, 340 / max(widest, 1))
        out += "<p class=\"lede\">Every \(noun(context, 1))'s influence map drawn the same way: one legend, one scale "
            + "(\(NumberFormat.fixed(scale * 100, 0))% of full size for all), and shapes sized on one influence scale, so a bigger map "
            + "has more agencies and ties and a bigger shape is a more influential body whatever the map. Hover a map for its name; click it for its page.</p>\n"
        if let legend { out += "<figure>\(AnalystReport.inlineSVG(legend, prefix: "key-"))</figure>\n" }
        out += "<div class=\"multiples\">\n"
        for (i, row) in table.rows.enumerated() {
            guard let svg = maps[row.key] else { continue }
            let size = svgSize(svg) ?? (width: 300, height: 300)
            out += "<figure><a href=\"areas/\(slugs[i]).html\"><img src=\"maps/\(slugs[i]).svg\" width=\"\(Int((size.width * scale).rounded()))\" "
                + "height=\"\(Int((size.height * scale).rounded()))\" alt=\"influence map of \(row.label)\" title=\"\(row.label)\"></a>"
                + "<figcaption>\(row.label) — \(row.agencies) agencies, \(row.ties) ties</figcaption></figure>\n"
        }
        out += "</div>\n"
        return HTMLPage(title: "\(context.title): maps", body: out).rendered
    }

    /// The width and height (points) of a Graphviz SVG, from its `width="…pt" height="…pt"`.
    static func svgSize(_ svg: String) -> (width: Double, height: Double)? {
        guard let start = svg.range(of: "<svg") else { return nil }
        let head = svg[start.lowerBound...].prefix(400)
        func attribute(_ name: String) -> Double? {
            guard let r = head.range(of: " \(name)=\"") else { return nil }
            let digits = head[r.upperBound...].prefix { $0.isNumber || $0 == "." }
            return Double(digits)
        }
        guard let w = attribute("width"), let hh = attribute("height") else { return nil }
        return (w, hh)
    }
}
