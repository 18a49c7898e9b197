import PartnerscopeCore

/// The outputs of `partnerscope trend`: a text table, CSV, JSON and a self-contained HTML page
/// (``HTMLPage``: no network access) with one small inline-SVG line chart per group.
///
/// Text from the history (group keys and names, run labels — all from CSV files originally) is
/// escaped for each format: CSV by ``CSVWriter``, JSON by ``JSONValue``, HTML and SVG by ``HTML``.
public enum TrendReport {
    /// The text table: key, name, status, one column per run, change.
    public static func text(_ trend: RunTrend) -> String {
        var table = TextTable(header: ["key", "name", "status"] + trend.runs.map(\.label) + ["change"],
                              rightAligned: Set(3..<(4 + trend.runs.count)))
        for s in trend.series {
            table.append([s.key, s.name, s.status.rawValue]
                         + s.points.map { p in p.map { point in point.value.map { figure($0) + (point.via.isEmpty ? "" : "*") } ?? "-" } ?? "" }
                         + [s.change.map { signed($0) } ?? ""])
        }
        var out = "\(trend.metric) by \(trend.by) across \(trend.runs.count) runs, largest movers first\n" + table.rendered()
        if trend.series.contains(where: { $0.points.contains { $0?.via.isEmpty == false } }) {
            out += "* combined from the groups it succeeds (successor_of), weighted by footprint population\n"
        }
        return out
    }

    /// `key,name,kind,status,<run labels...>,change,<run labels>_via`.
    public static func csv(_ trend: RunTrend) -> String {
        var w = CSVWriter(header: ["key", "name", "kind", "status"] + trend.runs.map(\.label) + ["change"]
                          + trend.runs.map { "\($0.label)_via" })
        for s in trend.series {
            w.appendRow([s.key, s.name, s.kind, s.status.rawValue]
                        + s.points.map { NumberFormat.csv($0?.value) }
                        + [NumberFormat.csv(s.change)]
                        + s.points.map { $0?.via.joined(separator: ";") ?? "" })
        }
        return w.text
    }

    public static func json(_ trend: RunTrend) -> String {
        let runs: [JSONValue] = trend.runs.map { .object([("label", .string($0.label)), ("network", .string($0.network)), ("split", .string($0.split))]) }
        let series: [JSONValue] = trend.series.map { s in
            .object([
                ("key", .string(s.key)), ("name", .string(s.name)), ("kind", .string(s.kind)),
                ("status", .string(s.status.rawValue)), ("change", .number(s.change)),
                ("points", .array(s.points.map { p in
                    p.map { .object([("value", .number($0.value)), ("via", .array($0.via.map { .string($0) }))]) } ?? .null
                })),
            ])
        }
        return JSONValue.object([("metric", .string(trend.metric)), ("by", .string(trend.by)),
                                 ("runs", .array(runs)), ("series", .array(series))]).rendered() + "\n"
    }

    /// The HTML page: the runs, then one figure per series (largest movers first) with a line
    /// chart on a y-axis shared by all charts, then the table.
    public static func html(_ trend: RunTrend, source: String) -> String {
        let title = "\(trend.metric) by \(trend.by)"
        let values = trend.series.flatMap { $0.points.compactMap { $0?.value } }
        let lo = values.min() ?? 0, hi = values.max() ?? 1
        let runLabels = HTML(joining: trend.runs.map { HTML(text: $0.label) }, separator: " → ")
        var out: HTML = """
        <h1>Trend: \(title)</h1>
        <p>From the run history <code>\(source)</code>: how each group's <strong>\(trend.metric)</strong> \
        moved across \(trend.runs.count) runs (\(runLabels)), largest movers first. \
        Every chart has the same vertical scale, from \(figure(lo)) to \(figure(hi)). A hollow point is combined from the groups \
        the group succeeds (<code>successor_of</code>), weighted by footprint population.</p>
        <ol>

        """
        for r in trend.runs {
            out += "<li><strong>\(r.label)</strong>: \(r.network), groups by \(r.split)</li>\n"
        }
        out += "</ol>\n<div class=\"grid\">\n"
        for s in trend.series {
            // Neutral: whether up is better depends on the metric (fewer split councils is better).
            let change = s.change.map { "change \(signed($0))" } ?? s.status.rawValue
            out += "<figure><figcaption><strong>\(s.name)</strong> (\(s.key))<br><span class=\"change\">\(change)</span></figcaption>\n"
            out += chart(s, runs: trend.runs.map(\.label), lo: lo, hi: hi) + "</figure>\n"
        }
        out += "</div>\n<table>\n<thead><tr><th>key</th><th>name</th><th>status</th>"
        for r in trend.runs { out += "<th>\(r.label)</th>" }
        out += "<th>change</th></tr></thead>\n<tbody>\n"
        for s in trend.series {
            out += "<tr><td>\(s.key)</td><td>\(s.name)</td><td>\(s.status.rawValue)</td>"
            for p in s.points {
                let via: HTML = p.map { $0.via.isEmpty ? "" : " title=\"from \($0.via.joined(separator: ", "))\"" } ?? ""
                let value = p.map { $0.value.map { figure($0) } ?? "–" } ?? ""
                let star = p?.via.isEmpty == false ? "*" : ""
                out += "<td class=\"num\"\(via)>\(value)\(star)</td>"
            }
            out += "<td class=\"num\">\(s.change.map { signed($0) } ?? "")</td></tr>\n"
        }
        out += "</tbody>\n</table>\n"
        return HTMLPage(title: "Partnerscope trend: \(title)", body: out).rendered
    }

    /// A 220 × 90 line chart of `series` on the shared scale [lo, hi]; gaps where a run has no point.
    static func chart(_ series: RunTrend.Series, runs: [String], lo: Double, hi: Double) -> HTML {
        let width = 220.0, height = 90.0, left = 22.0, right = 22.0, top = 16.0, bottom = 18.0
        let n = max(runs.count, 1)
        func x(_ i: Int) -> String { NumberFormat.fixed(n == 1 ? width / 2 : left + (width - left - right) * Double(i) / Double(n - 1), 1) }
        func yValue(_ v: Double) -> Double { hi > lo ? top + (height - top - bottom) * (hi - v) / (hi - lo) : (height - bottom + top) / 2 }
        func y(_ v: Double) -> String { NumberFormat.fixed(yValue(v), 1) }
        let desc = runs.enumerated().map { i, label in
            "\(label): \(series.points[i].flatMap { $0.value }.map { figure($0) } ?? "none")"
        }.joined(separator: ", ")
        var svg: HTML = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(width))\" height=\"\(Int(height))\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"\(desc)\">\n"
        svg += "<line x1=\"\(String(left))\" y1=\"\(String(height - bottom))\" x2=\"\(String(width - right))\" y2=\"\(String(height - bottom))\" stroke=\"#ccc\"/>\n"
        var segment: [String] = []
        var paths: [String] = []
        for (i, p) in series.points.enumerated() {
            if let v = p?.value {
                segment.append("\(x(i)),\(y(v))")
            } else {
                if segment.count > 1 { paths.append(segment.joined(separator: " ")) }
                segment = []
            }
        }
        if segment.count > 1 { paths.append(segment.joined(separator: " ")) }
        for p in paths { svg += "<polyline points=\"\(p)\" fill=\"none\" stroke=\"#3366aa\" stroke-width=\"2\"/>\n" }
        for (i, p) in series.points.enumerated() {
            if let p, let v = p.value {
                let fill: HTML = p.via.isEmpty ? "#3366aa" : "#fff"
                svg += "<circle cx=\"\(x(i))\" cy=\"\(y(v))\" r=\"3.5\" fill=\"\(fill)\" stroke=\"#3366aa\" stroke-width=\"1.5\"><title>\(runs[i]): \(figure(v))</title></circle>\n"
                svg += "<text x=\"\(x(i))\" y=\"\(NumberFormat.fixed(yValue(v) - 6, 1))\" font-size=\"10\" text-anchor=\"middle\" fill=\"#222\">\(figure(v))</text>\n"
            }
            svg += "<text x=\"\(x(i))\" y=\"\(Int(height) - 4)\" font-size=\"10\" text-anchor=\"middle\" fill=\"#555\">\(runs[i])</text>\n"
        }
        return svg + "</svg>\n"
    }

    /// Whole numbers (counts, populations) with thousands separators, others to 3 decimals.
    static func figure(_ v: Double) -> String {
        abs(v) >= 1000 || (v == v.rounded() && abs(v) < 1e15) ? NumberFormat.grouped(Int(v.rounded())) : NumberFormat.fixed(v, 3)
    }

    static func signed(_ v: Double) -> String { (v > 0 ? "+" : "") + figure(v) }
}
