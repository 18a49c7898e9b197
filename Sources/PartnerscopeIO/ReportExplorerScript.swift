extension ReportExplorer {
    /// The explorer's style: the bar of search and filters (sticky at the top while the tables
    /// scroll by), the hover card, the zoom buttons, the marks of a selected agency and of search
    /// matches, filtered elements hidden; in print, no controls, each map on its own page and every
    /// table in full.
    static let style: StaticString = #"""
    .x-bar{position:sticky;top:0;z-index:5;background:#fff;border-bottom:2px solid #d8dee4;padding:.5rem 0;margin-top:1.5rem;display:flex;flex-wrap:wrap;gap:.4rem .8rem;align-items:center;font-size:.9rem}
    .x-bar input[type=search]{font:inherit;padding:.25rem .5rem;border:1px solid #8c959f;border-radius:4px;min-width:18rem}
    .x-bar select{font:inherit;max-width:14rem}
    .x-filter{color:#57606a}
    .x-button{font:inherit;padding:.2rem .6rem;border:1px solid #8c959f;border-radius:4px;background:#f6f8fa;color:#1d2329;cursor:pointer}
    .x-button:disabled{color:#8c959f;cursor:default}
    .x-button:focus-visible,.x-viewport:focus-visible,.x-bar input:focus-visible,.x-bar select:focus-visible{outline:3px solid #0072B2;outline-offset:1px}
    .x-status{color:#57606a}
    .x-panel{position:relative;flex-basis:100%;background:#fffbe6;border:1px solid #e6c200;border-radius:6px;padding:.5rem 2.2rem .5rem .7rem}
    .x-panel .x-close{position:absolute;top:.3rem;right:.3rem;padding:0 .45rem}
    .x-panel .x-where{margin:.3rem 0 0}.x-note{margin:.3rem 0 0;font-style:italic}
    .x-name{font-size:1rem}.x-kind{color:#57606a;font-size:.85rem}
    dl.x-measures{display:flex;flex-wrap:wrap;gap:.1rem 1rem;margin:.3rem 0}dl.x-measures div{display:flex;gap:.3rem}
    dl.x-measures dt{color:#57606a}dl.x-measures dd{margin:0;font-weight:600}
    ul.x-findings{margin:.2rem 0 0;padding-left:1.1rem}
    .x-tip{position:fixed;z-index:10;max-width:24rem;background:#fff;border:1px solid #8c959f;border-radius:6px;box-shadow:0 4px 14px rgba(0,0,0,.18);padding:.5rem .7rem;font-size:.85rem;pointer-events:none}
    .x-tip .x-hint{color:#57606a;font-size:.8rem;margin-top:.3rem}
    .x-frame{position:relative}
    .x-zoom{position:absolute;top:0;right:0;z-index:2;display:flex;gap:.25rem}
    .x-viewport{overflow:hidden;cursor:grab;touch-action:none}.x-viewport.x-dragging{cursor:grabbing}
    #maps svg g.node[class~=agency],#maps svg g.node[class~=agency-name]{cursor:pointer}
    #maps svg .x-hidden{display:none}
    #maps svg g.x-dim{opacity:.15}
    #maps svg g.node.x-selected polygon,#maps svg g.node.x-selected ellipse{stroke:#000;stroke-width:4px}
    #maps svg g.node.x-selected text{font-weight:700}
    #maps svg g.edge.x-hl>path{stroke-width:3.5px}
    #maps svg g.node.x-match polygon,#maps svg g.node.x-match ellipse{stroke:#000;stroke-width:3px;stroke-dasharray:4 2}
    tr.x-hidden{display:none}
    tbody tr.x-hl,tbody tr.x-hl:nth-child(even){background:#fff0a8}
    tbody tr[data-agencies]{cursor:pointer}
    @media print{
    .x-bar,.x-zoom,.x-tip{display:none!important}
    #maps{break-before:page}
    #maps figure{break-inside:avoid;border:none;overflow:visible}
    #maps figure~figure{break-before:page}
    #maps figure svg{max-height:85vh}
    .x-viewport{overflow:visible;outline:none!important}
    .scroll{max-height:none;overflow:visible;border:none}
    th{position:static}
    }
    """#

    /// The explorer: progressive enhancement of the report page, which reads the same without it.
    /// It joins the maps' SVG (`g.node.a12`, `g.edge.a12`), the tables' rows (`data-agencies`) and
    /// the agencies' data (``data(_:)``) by agency index, and builds with DOM calls (text always as
    /// `textContent`, never parsed as markup):
    ///
    /// - zoom and pan on every map by changing its `viewBox`: wheel at the pointer, drag, the +, −
    ///   and Reset buttons, and keys when the map has focus (+ − 0 and arrows);
    /// - a hover card per agency node: name, id, type, sector, community, measures and findings;
    /// - a click (or a row click, or Enter in the search box) selects an agency: its node and ties
    ///   marked, everything else faded, its rows marked in every table and scrolled into view
    ///   within each table, and a panel saying where it appears; Escape or × clears;
    /// - filters by sector, type, tie type and community hide other agencies, their edges and
    ///   their rows, and each table says how many rows are shown;
    /// - the search box marks matching agencies (name or id, case-insensitive) as one types.
    ///
    /// Tested in headless Chromium by scripts/check_report_browser.py.
    static let script: StaticString = #"""
    (function () {
      "use strict";
      var source = document.getElementById("explorer-data");
      if (!source || !window.JSON) { return; }
      var data = JSON.parse(source.textContent);
      var agencies = data.agencies;
      var count = agencies.length;
      var state = { selected: -1, sector: "", type: "", tie: "", community: "", query: "" };

      function el(tag, attributes, text) {
        var e = document.createElement(tag);
        for (var k in attributes) { if (Object.prototype.hasOwnProperty.call(attributes, k)) { e.setAttribute(k, attributes[k]); } }
        if (text !== undefined) { e.textContent = text; }
        return e;
      }
      function agencyClasses(node) {
        var out = [];
        for (var k = 0; k < node.classList.length; k++) {
          var c = node.classList[k];
          if (/^a[0-9]+$/.test(c)) {
            var i = parseInt(c.slice(1), 10);
            if (i < count) { out.push(i); }
          }
        }
        return out;
      }

      // What each agency answers to: its map nodes (markers and grid names), its map edges, its table rows.
      var nodesOf = [], edgesOf = [], rowsOf = [];
      for (var i = 0; i < count; i++) { nodesOf.push([]); edgesOf.push([]); rowsOf.push([]); }
      var allNodes = [], allEdges = [], allRows = [];
      var figures = Array.prototype.slice.call(document.querySelectorAll("#maps figure"));
      figures.forEach(function (figure) {
        Array.prototype.forEach.call(figure.querySelectorAll("svg g.node"), function (g) {
          var ends = agencyClasses(g);
          if (ends.length !== 1) { return; }
          allNodes.push({ g: g, agency: ends[0] });
          nodesOf[ends[0]].push(g);
          // The page's own tooltip replaces the browser's (which would show Graphviz's node name).
          Array.prototype.forEach.call(g.querySelectorAll("title"), function (t) { t.parentNode.removeChild(t); });
          Array.prototype.forEach.call(g.querySelectorAll("a"), function (a) {
            a.removeAttribute("xlink:title");
          });
        });
        Array.prototype.forEach.call(figure.querySelectorAll("svg g.edge"), function (g) {
          var ends = agencyClasses(g);
          if (ends.length === 0) { return; }
          var type = "";
          g.classList.forEach(function (c) { if (c.indexOf("tie-") === 0) { type = c.slice(4); } });
          var edge = { g: g, ends: ends, type: type };
          allEdges.push(edge);
          ends.forEach(function (a) { edgesOf[a].push(edge); });
        });
      });
      Array.prototype.forEach.call(document.querySelectorAll("tr[data-agencies]"), function (tr) {
        var ends = tr.getAttribute("data-agencies").split(" ").filter(function (s) { return s !== ""; })
          .map(function (s) { return parseInt(s, 10); }).filter(function (a) { return a >= 0 && a < count; });
        var row = { tr: tr, ends: ends };
        allRows.push(row);
        ends.forEach(function (a) { rowsOf[a].push(row); });
      });

      // ---- The bar: search, filters, what is selected ----
      var bar = el("div", { "class": "x-bar", role: "search", "aria-label": "Explore the maps and tables" });
      var search = el("input", { type: "search", id: "x-search", list: "x-names", placeholder: "Find an agency (name or id)",
                                 "aria-label": "Find an agency by name or id", autocomplete: "off", spellcheck: "false" });
      var names = el("datalist", { id: "x-names" });
      agencies.forEach(function (a) { names.appendChild(el("option", { value: a.name + " (" + a.id + ")" })); });
      bar.appendChild(search);
      bar.appendChild(names);
      function choice(key, label, options) {
        var wrap = el("label", { "class": "x-filter" });
        wrap.appendChild(document.createTextNode(label + " "));
        var select = el("select", { id: "x-" + key, "aria-label": "Show only agencies of this " + label });
        select.appendChild(el("option", { value: "" }, "all"));
        options.forEach(function (o) { select.appendChild(el("option", { value: String(o[0]) }, o[1])); });
        select.addEventListener("change", function () { state[key] = select.value; update(); });
        wrap.appendChild(select);
        bar.appendChild(wrap);
        return select;
      }
      var selects = {
        sector: choice("sector", "sector", data.sectors.map(function (s) { return [s, s]; })),
        type: choice("type", "type", data.types.map(function (t) { return [t, t]; })),
        tie: choice("tie", "tie", data.tieTypes.map(function (t) { return [t, t]; })),
        community: choice("community", "community", data.communities.map(function (c) {
          return [c.id, c.id + " (" + c.size + (c.size === 1 ? " agency)" : " agencies)")];
        }))
      };
      var clear = el("button", { type: "button", id: "x-clear", "class": "x-button" }, "Show all");
      clear.addEventListener("click", function () {
        state.sector = state.type = state.tie = state.community = state.query = "";
        state.selected = -1;
        search.value = "";
        for (var k in selects) { if (Object.prototype.hasOwnProperty.call(selects, k)) { selects[k].value = ""; } }
        update();
      });
      bar.appendChild(clear);
      var status = el("span", { "class": "x-status", id: "x-status", role: "status", "aria-live": "polite" });
      bar.appendChild(status);
      var panel = el("div", { "class": "x-panel", id: "x-panel", hidden: "" });
      bar.appendChild(panel);
      var maps = document.getElementById("maps");
      maps.parentNode.insertBefore(bar, maps);

      // ---- Which agencies the filters and the search let through ----
      function passes(i) {
        var a = agencies[i];
        if (state.sector && a.sector !== state.sector) { return false; }
        if (state.type && a.type !== state.type) { return false; }
        if (state.community !== "" && String(a.community) !== state.community) { return false; }
        if (state.tie && a.ties.indexOf(state.tie) < 0) { return false; }
        return true;
      }
      function matches(query) {
        var q = query.trim().toLowerCase();
        if (!q) { return []; }
        var exact = [], prefix = [], inside = [];
        agencies.forEach(function (a, i) {
          var id = a.id.toLowerCase(), name = a.name.toLowerCase(), both = name + " (" + id + ")";
          if (id === q || name === q || both === q) { exact.push(i); }
          else if (name.indexOf(q) === 0 || id.indexOf(q) === 0) { prefix.push(i); }
          else if (name.indexOf(q) >= 0 || id.indexOf(q) >= 0) { inside.push(i); }
        });
        return exact.concat(prefix, inside);
      }

      function update() {
        var shown = [], nShown = 0;
        for (var i = 0; i < count; i++) { shown.push(passes(i)); if (shown[i]) { nShown++; } }
        var filtered = nShown < count || state.tie !== "";
        var found = matches(state.query), isFound = [];
        found.forEach(function (a) { isFound[a] = true; });
        var s = state.selected, near = [];
        if (s >= 0) { near[s] = true; edgesOf[s].forEach(function (e) { e.ends.forEach(function (a) { near[a] = true; }); }); }
        allNodes.forEach(function (n) {
          var c = n.g.classList;
          c.toggle("x-hidden", !shown[n.agency]);
          c.toggle("x-selected", n.agency === s);
          c.toggle("x-dim", s >= 0 && !near[n.agency]);
          c.toggle("x-match", !!isFound[n.agency]);
        });
        allEdges.forEach(function (e) {
          var c = e.g.classList;
          var visible = e.ends.every(function (a) { return shown[a]; }) && (!state.tie || e.type === "" || e.type === state.tie);
          c.toggle("x-hidden", !visible);
          var mine = s >= 0 && e.ends.indexOf(s) >= 0;
          c.toggle("x-hl", mine);
          c.toggle("x-dim", s >= 0 && !mine);
        });
        allRows.forEach(function (r) {
          var visible = !filtered || r.ends.some(function (a) { return shown[a]; });
          r.tr.classList.toggle("x-hidden", !visible);
          r.tr.classList.toggle("x-hl", s >= 0 && r.ends.indexOf(s) >= 0);
        });
        // Each table's count of rows shown, and the first row of the selected agency scrolled into view.
        Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), function (table) {
          var section = table.closest("section");
          var meta = section && section.querySelector(".meta");
          if (!meta) { return; }
          var note = meta.querySelector(".x-count");
          if (!note) { note = el("span", { "class": "x-count" }); meta.appendChild(note); }
          var rows = Array.prototype.slice.call(table.tBodies[0].rows);
          var tagged = rows.filter(function (tr) { return tr.hasAttribute("data-agencies"); });
          var parts = [];
          if (filtered && tagged.length) {
            parts.push(rows.filter(function (tr) { return !tr.classList.contains("x-hidden"); }).length + " shown");
          }
          if (s >= 0 && tagged.length) {
            var mine = rows.filter(function (tr) { return tr.classList.contains("x-hl"); });
            parts.push(mine.length + " about " + agencies[s].name);
            if (mine.length) {
              var box = table.parentNode;
              var top = mine[0].offsetTop - table.tHead.offsetHeight;
              if (top < box.scrollTop || top > box.scrollTop + box.clientHeight - mine[0].offsetHeight) { box.scrollTop = Math.max(0, top); }
            }
          }
          note.textContent = parts.length ? " · " + parts.join(" · ") : "";
        });
        var words = [];
        if (filtered) { words.push(nShown + " of " + count + " agencies shown"); }
        if (state.query.trim()) { words.push(found.length + (found.length === 1 ? " agency matches" : " agencies match") + " “" + state.query.trim() + "”"); }
        status.textContent = words.join("; ");
        clear.disabled = !filtered && s < 0 && !state.query;
        showPanel(s, s >= 0 && !shown[s]);
      }

      // ---- What one agency is: the tooltip and the panel of the selected agency ----
      function card(i, target) {
        var a = agencies[i];
        target.appendChild(el("strong", { "class": "x-name" }, a.name));
        target.appendChild(el("div", { "class": "x-kind" }, a.id + " · " + a.type + " · " + a.sector + " sector"
          + (a.community === null ? "" : " · community " + a.community)));
        var dl = el("dl", { "class": "x-measures" });
        a.measures.forEach(function (m) {
          var div = el("div");
          div.appendChild(el("dt", {}, m[0]));
          div.appendChild(el("dd", {}, m[1]));
          dl.appendChild(div);
        });
        target.appendChild(dl);
        if (a.findings.length) {
          var ul = el("ul", { "class": "x-findings" });
          a.findings.forEach(function (f) { ul.appendChild(el("li", {}, f)); });
          target.appendChild(ul);
        }
      }
      function showPanel(i, hidden) {
        panel.textContent = "";
        if (i < 0) { panel.hidden = true; return; }
        panel.hidden = false;
        card(i, panel);
        if (hidden) { panel.appendChild(el("p", { "class": "x-note" }, "Hidden on the maps by the filters above.")); }
        var where = el("p", { "class": "x-where" });
        var tables = [];
        rowsOf[i].forEach(function (r) {
          var t = r.tr.closest("table");
          if (t && tables.indexOf(t) < 0) { tables.push(t); }
        });
        if (tables.length) {
          where.appendChild(document.createTextNode("In the tables: "));
          tables.forEach(function (t, k) {
            var n = rowsOf[i].filter(function (r) { return r.tr.closest("table") === t; }).length;
            var heading = t.closest("section").querySelector("h2");
            if (k > 0) { where.appendChild(document.createTextNode(", ")); }
            where.appendChild(el("a", { href: "#" + t.closest("section").id }, (heading ? heading.textContent.split(":")[0] : t.id) + " (" + n + ")"));
          });
          panel.appendChild(where);
        }
        var close = el("button", { type: "button", "class": "x-button x-close", "aria-label": "Clear the selection" }, "×");
        close.addEventListener("click", function () { select(-1); });
        panel.appendChild(close);
      }
      function select(i) {
        state.selected = i === state.selected ? -1 : i;
        update();
      }

      var tip = el("div", { "class": "x-tip", id: "x-tip", role: "tooltip", hidden: "" });
      document.body.appendChild(tip);
      function placeTip(x, y) {
        var w = tip.offsetWidth, h = tip.offsetHeight;
        var left = x + 16 + w > window.innerWidth ? Math.max(4, x - 16 - w) : x + 16;
        var top = y + 16 + h > window.innerHeight ? Math.max(4, y - 16 - h) : y + 16;
        tip.style.left = left + "px";
        tip.style.top = top + "px";
      }
      allNodes.forEach(function (n) {
        n.g.addEventListener("mouseenter", function (e) {
          tip.textContent = "";
          card(n.agency, tip);
          tip.appendChild(el("div", { "class": "x-hint" }, "Click to mark its ties and rows"));
          tip.hidden = false;
          placeTip(e.clientX, e.clientY);
        });
        n.g.addEventListener("mousemove", function (e) { placeTip(e.clientX, e.clientY); });
        n.g.addEventListener("mouseleave", function () { tip.hidden = true; });
        n.g.addEventListener("click", function (e) {
          e.preventDefault();
          e.stopPropagation();
          if (n.g.closest(".x-viewport").getAttribute("data-dragged") === "1") { return; }
          select(n.agency);
        });
      });
      allRows.forEach(function (r) {
        if (r.ends.length === 0) { return; }
        r.tr.addEventListener("click", function (e) {
          if (e.target.closest("a") || String(window.getSelection()) !== "") { return; }
          select(r.ends[0]);
        });
      });

      // Search: each keystroke marks the matches on the maps; Enter (or picking a suggestion) selects the best.
      search.addEventListener("input", function () {
        state.query = search.value;
        var exact = agencies.findIndex(function (a) { return a.name + " (" + a.id + ")" === search.value; });
        if (exact >= 0) { state.query = ""; search.value = ""; state.selected = exact; }
        update();
      });
      search.addEventListener("keydown", function (e) {
        if (e.key === "Enter") {
          e.preventDefault();
          var found = matches(search.value);
          if (found.length) { state.selected = found[0]; state.query = ""; search.value = ""; update(); }
        } else if (e.key === "Escape") {
          search.value = ""; state.query = ""; update();
        }
      });
      document.addEventListener("keydown", function (e) {
        if (e.key === "Escape" && state.selected >= 0) { select(-1); }
      });

      // ---- Zoom and pan: every map's viewBox, by wheel, drag, buttons and keys ----
      figures.forEach(function (figure) {
        var svg = figure.querySelector("svg");
        // The key is a legend to read, not a map to explore.
        if (figure.id === "map-key") { return; }
        var box = svg ? (svg.getAttribute("viewBox") || "").trim().split(/[\s,]+/).map(Number) : [];
        if (box.length !== 4 || !(box[2] > 0 && box[3] > 0)) { return; }
        var home = { x: box[0], y: box[1], w: box[2], h: box[3] };
        var view = { x: home.x, y: home.y, w: home.w, h: home.h };
        var frame = el("div", { "class": "x-frame" });
        var port = el("div", { "class": "x-viewport", tabindex: "0", role: "group",
          "aria-label": "Map: drag or arrow keys to move, wheel or + and − to zoom, 0 to reset" });
        svg.parentNode.insertBefore(frame, svg);
        frame.appendChild(port);
        port.appendChild(svg);
        function apply() {
          svg.setAttribute("viewBox", [view.x, view.y, view.w, view.h].map(function (v) { return +v.toFixed(3); }).join(" "));
          port.setAttribute("data-zoom", (home.w / view.w).toFixed(2));
          reset.disabled = view.w === home.w && view.x === home.x && view.y === home.y;
        }
        function clamp() {
          view.w = Math.min(home.w, Math.max(home.w / 24, view.w));
          view.h = view.w * home.h / home.w;
          view.x = Math.min(home.x + home.w - view.w, Math.max(home.x, view.x));
          view.y = Math.min(home.y + home.h - view.h, Math.max(home.y, view.y));
        }
        function toMap(clientX, clientY) {
          var m = svg.getScreenCTM();
          if (!m) { return { x: view.x + view.w / 2, y: view.y + view.h / 2 }; }
          var p = svg.createSVGPoint();
          p.x = clientX; p.y = clientY;
          return p.matrixTransform(m.inverse());
        }
        function zoom(factor, at) {
          at = at || { x: view.x + view.w / 2, y: view.y + view.h / 2 };
          var w = Math.min(home.w, Math.max(home.w / 24, view.w / factor));
          var f = view.w / w;
          view.x = at.x - (at.x - view.x) / f;
          view.y = at.y - (at.y - view.y) / f;
          view.w = w;
          clamp();
          apply();
        }
        function pan(dx, dy) { view.x += dx; view.y += dy; clamp(); apply(); }
        function home_() { view.x = home.x; view.y = home.y; view.w = home.w; view.h = home.h; apply(); }
        var tools = el("div", { "class": "x-zoom" });
        function button(text, label, action) {
          var b = el("button", { type: "button", "class": "x-button", "aria-label": label, title: label }, text);
          b.addEventListener("click", action);
          tools.appendChild(b);
          return b;
        }
        button("+", "Zoom in", function () { zoom(1.5); });
        button("−", "Zoom out", function () { zoom(1 / 1.5); });
        var reset = button("Reset", "Show the whole map", home_);
        frame.appendChild(tools);
        port.addEventListener("wheel", function (e) {
          e.preventDefault();
          var scale = e.deltaMode === 1 ? 33 : (e.deltaMode === 2 ? 400 : 1);
          zoom(Math.exp(-e.deltaY * scale * 0.002), toMap(e.clientX, e.clientY));
        }, { passive: false });
        var drag = null;
        port.addEventListener("pointerdown", function (e) {
          if (e.button !== 0) { return; }
          drag = { id: e.pointerId, x: e.clientX, y: e.clientY, vx: view.x, vy: view.y, moved: false };
          port.setAttribute("data-dragged", "0");
        });
        port.addEventListener("pointermove", function (e) {
          if (!drag || e.pointerId !== drag.id) { return; }
          var dx = e.clientX - drag.x, dy = e.clientY - drag.y;
          if (!drag.moved && Math.abs(dx) + Math.abs(dy) < 4) { return; }
          if (!drag.moved) { drag.moved = true; port.setPointerCapture(e.pointerId); port.classList.add("x-dragging"); tip.hidden = true; }
          var m = svg.getScreenCTM();
          var k = m ? 1 / m.a : view.w / port.clientWidth;
          view.x = drag.vx - dx * k;
          view.y = drag.vy - dy * k;
          clamp();
          apply();
        });
        function end(e) {
          if (!drag || e.pointerId !== drag.id) { return; }
          port.setAttribute("data-dragged", drag.moved ? "1" : "0");
          port.classList.remove("x-dragging");
          drag = null;
        }
        port.addEventListener("pointerup", end);
        port.addEventListener("pointercancel", end);
        port.addEventListener("click", function () {
          if (port.getAttribute("data-dragged") === "1") { port.setAttribute("data-dragged", "0"); return; }
          if (state.selected >= 0) { select(-1); }
        });
        port.addEventListener("keydown", function (e) {
          var step = 0.1;
          var handled = true;
          switch (e.key) {
            case "+": case "=": zoom(1.5); break;
            case "-": case "_": zoom(1 / 1.5); break;
            case "0": home_(); break;
            case "ArrowLeft": pan(-view.w * step, 0); break;
            case "ArrowRight": pan(view.w * step, 0); break;
            case "ArrowUp": pan(0, -view.h * step); break;
            case "ArrowDown": pan(0, view.h * step); break;
            default: handled = false;
          }
          if (handled) { e.preventDefault(); }
        });
        apply();
      });

      update();
    })();
    """#
}
