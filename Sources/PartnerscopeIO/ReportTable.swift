/// One table of the analyst's report, written both as a CSV file and as a sortable HTML table with
/// the same rows in the same order, so the page and the files never disagree.
public struct ReportTable: Sendable {
    /// One cell: what the CSV holds (full precision), what the page shows, and for numbers the
    /// value the page sorts by.
    public struct Cell: Sendable {
        public var csv: String
        public var display: String
        public var sortValue: Double?

        public static func text(_ s: String) -> Cell { Cell(csv: s, display: s, sortValue: nil) }

        /// A number shown with `digits` decimals; nil, NaN and infinity are empty cells.
        public static func number(_ d: Double?, digits: Int) -> Cell {
            guard let d, d.isFinite else { return Cell(csv: "", display: "", sortValue: nil) }
            return Cell(csv: NumberFormat.json(d), display: NumberFormat.fixed(d, digits), sortValue: d)
        }

        public static func int(_ n: Int) -> Cell { Cell(csv: String(n), display: String(n), sortValue: Double(n)) }

        public static func bool(_ b: Bool) -> Cell { Cell(csv: b ? "true" : "false", display: b ? "yes" : "no", sortValue: b ? 1 : 0) }
    }

    public struct Column: Sendable {
        /// The CSV header.
        public var name: String
        /// The page's header.
        public var title: String
        public var numeric: Bool
        /// A hover explanation for the page's header.
        public var help: String
        /// Sentences or lists (a reason, a community's members): given a wide column on the page, while
        /// other text columns wrap early, so that a table's key text is in view without scrolling sideways.
        public var long: Bool

        public init(_ name: String, _ title: String? = nil, numeric: Bool = false, help: String = "", long: Bool = false) {
            self.name = name
            self.title = title ?? name
            self.numeric = numeric
            self.help = help
            self.long = long
        }
    }

    /// File stem and HTML id: `<id>.csv`, `<table id="<id>">`.
    public var id: String
    public var title: String
    /// What the table shows and how it was computed, for a reader who is not an analyst.
    public var explanation: String
    /// Said instead of an empty table (e.g. "no boundaries, so no gaps can be measured").
    public var emptyNote: String
    public var columns: [Column]
    public var rows: [[Cell]]
    /// For each row, the agencies it is about (their indices in the network), written on the page
    /// as `<tr data-agencies="3 12">` so that the page's explorer can mark an agency's rows and
    /// hide the rows of agencies filtered out (``ReportExplorer``). Empty: the table's rows are
    /// about no agency in particular. Not part of the CSV.
    public var rowAgencies: [[Int]] = []

    public init(id: String, title: String, explanation: String, emptyNote: String = "Nothing to list.",
                columns: [Column], rows: [[Cell]]) {
        precondition(rows.allSatisfy { $0.count == columns.count }, "row width differs from the header")
        self.id = id
        self.title = title
        self.explanation = explanation
        self.emptyNote = emptyNote
        self.columns = columns
        self.rows = rows
    }

    public var fileName: String { id + ".csv" }

    /// The table with ``rowAgencies`` set: one list of agency indices per row.
    public func about(_ agencies: [[Int]]) -> ReportTable {
        precondition(agencies.count == rows.count, "one list of agencies per row")
        var t = self
        t.rowAgencies = agencies
        return t
    }

    /// The CSV text: the header, then every row (escaped by ``CSVWriter``).
    public func csv() -> String {
        var writer = CSVWriter(header: columns.map(\.name))
        for row in rows { writer.appendRow(row.map(\.csv)) }
        return writer.text
    }

    /// The HTML section: heading, explanation, and the table (`class="sortable"`; numeric cells
    /// carry `data-v`, their full value, for sorting). Every text is escaped.
    public func html() -> HTML {
        var out: HTML = "<section class=\"table\" id=\"section-\(id)\">\n"
        out += "<h2>\(title)</h2>\n"
        out += "<p class=\"explain\">\(explanation)</p>\n"
        out += "<p class=\"meta\">\(rows.count) row\(rows.count == 1 ? "" : "s") · <a href=\"\(fileName)\">\(fileName)</a></p>\n"
        if rows.isEmpty { out += "<p class=\"empty\">\(emptyNote)</p>\n" }
        out += "<div class=\"scroll\"><table class=\"sortable\" id=\"\(id)\">\n<thead><tr>"
        for c in columns {
            let help: HTML = c.help.isEmpty ? "" : " title=\"\(c.help)\""
            let numeric: HTML = c.numeric ? " class=\"num\"" : ""
            out += "<th\(numeric)\(help) scope=\"col\">\(c.title)</th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        for (r, row) in rows.enumerated() {
            if r < rowAgencies.count {
                out += "<tr data-agencies=\"\(rowAgencies[r].map(String.init).joined(separator: " "))\">"
            } else {
                out += "<tr>"
            }
            for (k, cell) in row.enumerated() {
                if columns[k].numeric {
                    let v: HTML = cell.sortValue.map { " data-v=\"\(NumberFormat.json($0))\"" } ?? ""
                    out += "<td class=\"num\"\(v)>\(cell.display)</td>"
                } else {
                    let long: HTML = columns[k].long ? " class=\"long\"" : ""
                    out += "<td\(long)>\(cell.display)</td>"
                }
            }
            out += "</tr>\n"
        }
        out += "</tbody>\n</table></div>\n</section>\n"
        return out
    }
}

extension ReportTable {
    /// The rows as JSON objects keyed by the CSV column names: numbers for numeric columns (null
    /// when empty), text otherwise.
    public func jsonRows() -> JSONValue {
        .array(rows.map { row in
            .object(zip(columns, row).map { column, cell in
                (column.name, column.numeric ? (cell.sortValue.map { JSONValue.number($0) } ?? .null) : .string(cell.csv))
            })
        })
    }

    /// The terminal view of some columns (named by their CSV names) and the first `top` rows (0:
    /// all): a blank line, the title (saying when rows were left out), then the aligned table.
    public func terminalText(columns keep: [String], top: Int) -> String {
        let picked = keep.compactMap { name in columns.firstIndex { $0.name == name } }
        var text = TextTable(header: picked.map { columns[$0].title },
                             rightAligned: Set(picked.indices.filter { columns[picked[$0]].numeric }))
        for row in rows.prefix(top > 0 ? top : rows.count) { text.append(picked.map { row[$0].display }) }
        return "\n\(title)\(top > 0 && rows.count > top ? " (first \(top) of \(rows.count))" : "")\n" + text.rendered()
    }
}
