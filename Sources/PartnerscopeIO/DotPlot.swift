import PartnerscopeCore

/// A ranked dot plot of one measure across the rows of a comparison, drawn as inline SVG: every
/// row a dot, ranked from the highest value to the lowest, the interquartile range shaded and the
/// median drawn across it, outliers (when the column has them) and one selected row marked, so
/// that where a footprint stands is seen rather than read.
///
/// Two layouts:
/// - ``Layout/strip``: compact, for a page of many measures — rank along x (highest left), value
///   up y; the highest and lowest rows and the selected one are named on the plot, every dot names
///   itself in a tooltip;
/// - ``Layout/named``: a Cleveland dot plot — one line per row, its name on the left, the value
///   along x (W. S. Cleveland & R. McGill 1984, "Graphical perception", *JASA* 79(387):531–554,
///   doi:10.1080/01621459.1984.10478080, who found position on a common scale read most accurately).
///
/// Accessibility: `role="img"` with a `<title>` and a `<desc>` (median, quartiles, highest, lowest,
/// the selected row's rank) referenced by `aria-labelledby`; each dot has its own `<title>`. Every
/// text from the data is escaped with ``Markup``; ids are made from ``id`` after reducing it to
/// `a–z 0–9 -`. Coordinates print with one decimal through ``NumberFormat``, rows with equal values
/// keep the order given, so the same input gives the same bytes.
///
/// - Complexity: O(n log n) for n rows.
/// - Corner cases: no defined value draws an empty frame that says so; one value, or all equal,
///   draws a flat line (the value axis spans ±1 around it).
public struct DotPlot: Sendable {
    public enum Layout: Sendable { case strip, named }

    /// One row: its name, its value (nil: not defined, left out and counted in the description),
    /// a link (relative URL) and whether it is an outlier of its column.
    public struct Point: Sendable {
        public var label: String
        public var value: Double?
        public var href: String?
        public var outlier: Bool
        public init(label: String, value: Double?, href: String? = nil, outlier: Bool = false) {
            self.label = label
            self.value = value
            self.href = href
            self.outlier = outlier
        }
    }

    public var id: String
    public var title: String
    public var points: [Point]
    /// The index in ``points`` of the row to mark, if any.
    public var selected: Int?
    public var layout: Layout
    /// How a value is written (tooltips, labels, the description).
    public var format: @Sendable (Double) -> String
    /// Width of the drawing in pixels.
    public var width: Double

    public init(id: String, title: String, points: [Point], selected: Int? = nil, layout: Layout = .strip,
                width: Double = 440, format: @escaping @Sendable (Double) -> String) {
        self.id = id
        self.title = title
        self.points = points
        self.selected = selected
        self.layout = layout
        self.width = width
        self.format = format
    }

    // Okabe & Ito (2008) colour-blind-safe palette: blue for rows, vermillion for outliers, orange
    // ring and bold label for the selected row; the band a light grey.
    static let dotColour = "#0072B2", outlierColour = "#D55E00", selectedColour = "#E69F00"

    /// The rows with a value, ranked: highest first, equal values in the order given.
    var ranked: [(index: Int, value: Double)] {
        points.indices.compactMap { i in points[i].value.flatMap { $0.isFinite ? (i, $0) : nil } }
            .sorted { $0.value != $1.value ? $0.value > $1.value : $0.index < $1.index }
    }

    /// The SVG element (no XML declaration), to be placed inline in an HTML page.
    public func svg() -> String {
        let order = ranked
        let sortedValues = order.map(\.value).reversed() as [Double]
        let q1 = ComparisonTable.quantile(sortedValues, 0.25), median = ComparisonTable.quantile(sortedValues, 0.5),
            q3 = ComparisonTable.quantile(sortedValues, 0.75)
        let safe = Self.safeID(id)
        let desc = description(order: order, q1: q1, median: median, q3: q3)
        var body: [String] = []
        let height: Double
        switch layout {
        case .strip: height = strip(order, q1: q1, median: median, q3: q3, into: &body)
        case .named: height = named(order, q1: q1, median: median, q3: q3, into: &body)
        }
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"dotplot\" role=\"img\" width=\"\(f(width))\" height=\"\(f(height))\" "
        out += "viewBox=\"0 0 \(f(width)) \(f(height))\" aria-labelledby=\"\(safe)-t \(safe)-d\">"
        out += "<title id=\"\(safe)-t\">\(Markup.xmlText(title))</title><desc id=\"\(safe)-d\">\(Markup.xmlText(desc))</desc>\n"
        out += body.joined(separator: "\n")
        out += "\n</svg>"
        return out
    }

    /// The plot for a page: ``svg()`` as ``HTML``. It is SVG this type writes, every text in it
    /// (names, title, values) escaped with ``Markup`` as it is written, so it goes in as trusted SVG.
    public var html: HTML { .trustedSVG(svg()) }

    /// The text of `<desc>`: what a screen reader says instead of the picture.
    func description(order: [(index: Int, value: Double)], q1: Double, median: Double, q3: Double) -> String {
        let missing = points.count - order.count
        guard let top = order.first, let bottom = order.last else {
            return "Ranked dot plot of \(title): no row has a value."
        }
        var s = "Ranked dot plot of \(title) across \(order.count) rows"
        if missing > 0 { s += " (\(missing) without a value)" }
        s += ": median \(format(median)), quartiles \(format(q1)) to \(format(q3)); highest \(points[top.index].label) (\(format(top.value))), lowest \(points[bottom.index].label) (\(format(bottom.value)))."
        if let sel = selected, let rank = order.firstIndex(where: { $0.index == sel }) {
            s += " \(points[sel].label): \(format(order[rank].value)), rank \(rank + 1) of \(order.count)."
        } else if let sel = selected, points.indices.contains(sel) {
            s += " \(points[sel].label) has no value."
        }
        let outliers = order.filter { points[$0.index].outlier }.map { points[$0.index].label }
        if !outliers.isEmpty { s += " Outliers: \(outliers.joined(separator: "; "))." }
        return s
    }

    /// The value axis: [lo, hi] with a margin, ±1 around a single value.
    static func span(_ values: [Double]) -> (lo: Double, hi: Double) {
        guard let lo = values.min(), let hi = values.max() else { return (0, 1) }
        if hi - lo < 1e-12 * max(1, abs(hi)) { return (lo - 1, hi + 1) }
        return (lo, hi)
    }

    private func dot(_ i: Int, rank: Int, of n: Int, value: Double, cx: Double, cy: Double) -> String {
        let p = points[i]
        let isSelected = selected == i
        let colour = p.outlier ? Self.outlierColour : Self.dotColour
        let r = isSelected ? 6.0 : 3.5
        let stroke = isSelected ? " stroke=\"#000\" stroke-width=\"1.5\"" : " stroke=\"#fff\" stroke-width=\"0.5\""
        let fill = isSelected ? Self.selectedColour : colour
        let tip = "\(p.label): \(format(value)), rank \(rank) of \(n)\(p.outlier ? ", outlier" : "")"
        let circle = "<circle cx=\"\(f(cx))\" cy=\"\(f(cy))\" r=\"\(f(r))\" fill=\"\(fill)\"\(stroke)><title>\(Markup.xmlText(tip))</title></circle>"
        guard let href = p.href else { return circle }
        return "<a href=\"\(Markup.xmlAttribute(href))\">\(circle)</a>"
    }

    private func text(_ s: String, x: Double, y: Double, anchor: String = "start", bold: Bool = false, size: Double = 11, fill: String = "#333") -> String {
        "<text x=\"\(f(x))\" y=\"\(f(y))\" font-size=\"\(f(size))\" text-anchor=\"\(anchor)\" fill=\"\(fill)\"\(bold ? " font-weight=\"bold\"" : "")>\(Markup.xmlText(s))</text>"
    }

    /// Rank along x, value up y.
    private func strip(_ order: [(index: Int, value: Double)], q1: Double, median: Double, q3: Double, into body: inout [String]) -> Double {
        let height = 130.0, left = 66.0, right = width - 8, top = 22.0, bottom = height - 24
        body.append("<rect x=\"\(f(left))\" y=\"\(f(top))\" width=\"\(f(right - left))\" height=\"\(f(bottom - top))\" fill=\"#fafafa\" stroke=\"#ddd\"/>")
        guard !order.isEmpty else {
            body.append(text("no value", x: (left + right) / 2, y: (top + bottom) / 2, anchor: "middle"))
            return height
        }
        let (lo, hi) = Self.span(order.map(\.value))
        func y(_ v: Double) -> Double { bottom - 6 - (v - lo) / (hi - lo) * (bottom - top - 12) }
        let n = order.count
        let step = n > 1 ? (right - left - 16) / Double(n - 1) : 0
        func x(_ k: Int) -> Double { n > 1 ? left + 8 + Double(k) * step : (left + right) / 2 }
        body.append("<rect x=\"\(f(left))\" y=\"\(f(y(q3)))\" width=\"\(f(right - left))\" height=\"\(f(max(0.5, y(q1) - y(q3))))\" fill=\"#e4e4e4\"><title>interquartile range \(Markup.xmlText(format(q1))) to \(Markup.xmlText(format(q3)))</title></rect>")
        body.append("<line x1=\"\(f(left))\" x2=\"\(f(right))\" y1=\"\(f(y(median)))\" y2=\"\(f(y(median)))\" stroke=\"#555\" stroke-dasharray=\"4 3\"><title>median \(Markup.xmlText(format(median)))</title></line>")
        body.append(text(format(order.first!.value), x: left - 4, y: y(order.first!.value) + 4, anchor: "end", size: 10))
        body.append(text(format(order.last!.value), x: left - 4, y: y(order.last!.value) + 4, anchor: "end", size: 10))
        // The median named at the right end of its line, above it (below it when the line is near the top).
        let medianY = y(median) - 3 < top + 10 ? y(median) + 11 : y(median) - 3
        body.append(text("median \(format(median))", x: right - 3, y: medianY, anchor: "end", size: 9, fill: "#555"))
        let highest = Self.short(points[order.first!.index].label, max: 24), lowest = Self.short(points[order.last!.index].label, max: 24)
        if let sel = selected, let k = order.firstIndex(where: { $0.index == sel }) {
            // The selected row named above the plot, where a long name cannot run off its edge.
            body.append(text("\(Self.short(points[sel].label, max: 44)): \(format(order[k].value)), rank \(k + 1) of \(n)",
                             x: left, y: 14, bold: true, fill: "#8a5a00"))
            body.append(text("highest \(highest) · lowest \(lowest)", x: left, y: height - 8, size: 10, fill: "#555"))
        } else {
            body.append(text("highest: \(highest) (\(format(order.first!.value)))", x: left, y: 14, size: 10))
            body.append(text("lowest: \(lowest) (\(format(order.last!.value)))", x: left, y: height - 8, size: 10))
        }
        for (k, entry) in order.enumerated() where entry.index != selected {
            body.append(dot(entry.index, rank: k + 1, of: n, value: entry.value, cx: x(k), cy: y(entry.value)))
        }
        if let sel = selected, let k = order.firstIndex(where: { $0.index == sel }) {
            // The selected row last, so it is drawn on top, with its name and rank beside it.
            body.append("<line x1=\"\(f(x(k)))\" x2=\"\(f(x(k)))\" y1=\"\(f(top))\" y2=\"\(f(bottom))\" stroke=\"\(Self.selectedColour)\" stroke-width=\"1\"/>")
            body.append(dot(sel, rank: k + 1, of: n, value: order[k].value, cx: x(k), cy: y(order[k].value)))
        }
        return height
    }

    /// One line per row: name on the left, value along x.
    private func named(_ order: [(index: Int, value: Double)], q1: Double, median: Double, q3: Double, into body: inout [String]) -> Double {
        let line = 15.0, top = 8.0, nameWidth = min(300, width * 0.45)
        let left = nameWidth + 8, right = width - 70
        let missing = points.indices.filter { i in !order.contains { $0.index == i } }
        let height = top + Double(order.count + missing.count) * line + 30
        guard !order.isEmpty else {
            body.append(text("no value", x: width / 2, y: 20, anchor: "middle"))
            return max(height, 30)
        }
        let (lo, hi) = Self.span(order.map(\.value))
        func x(_ v: Double) -> Double { left + (v - lo) / (hi - lo) * (right - left) }
        let plotBottom = top + Double(order.count) * line
        body.append("<rect x=\"\(f(x(q1)))\" y=\"\(f(top))\" width=\"\(f(max(0.5, x(q3) - x(q1))))\" height=\"\(f(plotBottom - top))\" fill=\"#e4e4e4\"><title>interquartile range \(Markup.xmlText(format(q1))) to \(Markup.xmlText(format(q3)))</title></rect>")
        body.append("<line x1=\"\(f(x(median)))\" x2=\"\(f(x(median)))\" y1=\"\(f(top))\" y2=\"\(f(plotBottom))\" stroke=\"#555\" stroke-dasharray=\"4 3\"><title>median \(Markup.xmlText(format(median)))</title></line>")
        let n = order.count
        for (k, entry) in order.enumerated() {
            let cy = top + (Double(k) + 0.5) * line
            let isSelected = entry.index == selected
            if isSelected {
                body.append("<rect x=\"0\" y=\"\(f(cy - line / 2))\" width=\"\(f(width))\" height=\"\(f(line))\" fill=\"#fdf0d5\"/>")
            }
            body.append("<line x1=\"\(f(left))\" x2=\"\(f(right))\" y1=\"\(f(cy))\" y2=\"\(f(cy))\" stroke=\"#eee\"/>")
            body.append(text(Self.short(points[entry.index].label, max: Int(nameWidth / 6.6)), x: nameWidth, y: cy + 4, anchor: "end", bold: isSelected, size: 11))
            body.append(dot(entry.index, rank: k + 1, of: n, value: entry.value, cx: x(entry.value), cy: cy))
            body.append(text(format(entry.value), x: width - 4, y: cy + 4, anchor: "end", bold: isSelected, size: 10, fill: "#555"))
        }
        for (k, i) in missing.enumerated() {
            let cy = plotBottom + (Double(k) + 0.5) * line
            body.append(text(Self.short(points[i].label, max: Int(nameWidth / 6.6)), x: nameWidth, y: cy + 4, anchor: "end", size: 11, fill: "#888"))
            body.append(text("no value", x: left, y: cy + 4, size: 10, fill: "#888"))
        }
        let axisY = height - 12
        // The ends of the axis, unless the median's label (about 90 px wide, centred) would cover them.
        let medianX = min(max(x(median), left + 45), right - 45)
        if medianX - left > 110 { body.append(text(format(lo), x: left, y: axisY, anchor: "start", size: 10, fill: "#555")) }
        body.append(text("median \(format(median))", x: medianX, y: axisY, anchor: "middle", size: 10, fill: "#555"))
        if right - medianX > 110 { body.append(text(format(hi), x: right, y: axisY, anchor: "end", size: 10, fill: "#555")) }
        return height
    }

    private func f(_ v: Double) -> String { NumberFormat.fixed(v, 1) }

    /// `s` cut to at most `max` characters, ending in "…" when cut (the full name stays in the
    /// dot's tooltip and the description).
    static func short(_ s: String, max: Int = 40) -> String {
        s.count <= max ? s : String(s.prefix(Swift.max(1, max - 1))) + "…"
    }

    /// `id` reduced to `a–z 0–9 -` (other characters become `-`), prefixed `dp-`.
    static func safeID(_ id: String) -> String {
        "dp-" + String(id.lowercased().map { ch -> Character in ch.isASCII && (ch.isLetter || ch.isNumber) ? ch : "-" })
    }
}
