/// A whole page: one head for every page Partnerscope writes — doctype, charset, viewport, a
/// Content-Security-Policy that forbids every request outside the page and its folder
/// (`default-src 'none'`: inline style and the inline script allowed, images only from the page's
/// own folder or `data:`), so a page opened from a shared drive can neither fetch nor send anything
/// — the one stylesheet and the one script (sortable tables) of the package.
///
/// The title is text (escaped); the body is ``HTML``, so every CSV text in it was escaped on the way
/// in. The stylesheet and script are constants of this type (and of ``ReportExplorer``, whose part
/// does nothing on a page without the explorer's data block): no page brings its own.
/// - Complexity: O(length of the page).
public struct HTMLPage: Sendable {
    public var title: String
    public var body: HTML

    public init(title: String, body: HTML) {
        self.title = title
        self.body = body
    }

    /// The policy every page carries.
    public static let contentSecurityPolicy: StaticString = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src 'self' data:"

    /// The page's text: head, `<body><main>` with the body, the script, closing tags.
    public var rendered: String {
        let page: HTML = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="\(Self.contentSecurityPolicy)">
        <title>\(title)</title>
        <style>
        \(Self.stylesheet)
        \(ReportExplorer.style)</style>
        </head>
        <body>
        <main>
        \(body)</main>
        <script>
        \(Self.script)
        \(ReportExplorer.script)</script>
        </body>
        </html>

        """
        return page.description
    }

    /// The one stylesheet of every page (trusted CSS, no CSV text): the analyst report's look, with
    /// the outlier cells and small multiples of the comparison page, the trend charts and the diff
    /// page's pair of maps.
    static let stylesheet: StaticString = """
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
    td.high{background:#f8c9c4;font-weight:bold}td.low{background:#c9dcf8;font-weight:bold}td.top{box-shadow:inset 0 -3px 0 #2a7}
    .illustrative{background:#fff4d6;border-left:4px solid #c88a00;padding:.5rem .8rem;max-width:75ch}
    .fail{color:#a00}.change{font-weight:bold}img.map{max-width:100%}
    .grid{display:flex;flex-wrap:wrap;gap:10px}.grid figure{margin:0;width:230px;padding:4px}.grid figcaption{min-height:3em}.grid+table{margin-top:1.5rem}
    .grid img{width:210px;height:160px;object-fit:contain}
    .pair{display:flex;gap:1rem}.pair figure{flex:1;margin:0}.pair img{width:100%}
    nav a{margin-right:1em}.note{color:#57606a;max-width:75ch}ul.same li{margin:.15rem 0}th.wrap{white-space:normal;min-width:5rem;max-width:9rem}
    .plots{display:flex;flex-wrap:wrap;gap:12px}.plots figure{margin:0;padding:6px 8px;width:min-content}.plots figure svg{margin:0;max-height:none;max-width:none}
    .plots figcaption{font-weight:600;color:#1d2329}.plots figcaption small{display:block;font-weight:normal;color:#57606a}
    svg.dotplot a:hover circle{stroke:#000;stroke-width:2}
    .multiples{display:flex;flex-wrap:wrap;gap:12px;align-items:flex-end}.multiples figure{margin:0;text-align:center}.multiples img{max-width:none}
    .multiples figcaption{max-width:24em;margin:auto}
    """

    /// Sorts a table by the clicked heading: numbers by `data-v` (largest first on the first click),
    /// text alphabetically; empty cells last; equal keys keep their order.
    static let script: StaticString = """
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
}
