#!/usr/bin/env python3
"""Opens a Partnerscope report (index.html) in headless Chromium and checks it as a reader would.

Checks, through the Chrome DevTools Protocol over --remote-debugging-pipe (no network, no extra
Python packages):
  - the page loads with no JavaScript exception, no console error or warning and no browser log
    error (a blocked external resource or a Content-Security-Policy violation is one);
  - every table has as many body rows as its CSV file has records (read with Python's csv module);
  - clicking a numeric heading sorts that column (largest first), clicking again reverses it;
  - the page asks for nothing over the network (every request is file: or data:);
  - no element id is used twice (two inline maps must not share Graphviz's ids);
  - the explorer (scripts/check_report_browser.py's check_explorer): the embedded agency data parses
    and agrees with the centrality table's names (so escaping kept `</script>` in a name from ending
    the block); hovering an agency's node with the mouse shows its card; clicking it marks its node,
    exactly its ties and exactly its rows in every table; the sector, type, tie and community filters
    hide exactly the other agencies, edges and rows; typing in the search box marks the matches and
    Enter selects the first; the wheel, a drag, the buttons and the keyboard zoom and pan a map.
Saves a full-page screenshot (PNG); with --states DIR also one PNG per explorer state (default,
hover, click, filter, search) and the print layout (print.pdf, and print-N.png if pdftoppm exists).

Any other page Partnerscope writes (the comparison and area pages of compare/batch, the trend,
board-theme and diff pages) is checked when the first argument is its .html file: it loads with no
exception, console or log error (a blocked image is a Content-Security-Policy violation) and no
network request, carries the Content-Security-Policy, every image loads, and every sortable table
sorts on its first numeric heading (largest first, then smallest first).

Usage: check_report_browser.py REPORT_DIR|PAGE.html SCREENSHOT.png [--chromium PATH] [--states DIR]
Exit status: 0 all checks pass, 1 a check failed, 77 Chromium is not available (skip).
A self-test first loads a page with a deliberate console error and exception and fails unless
both are caught, so a silent checker cannot pass a broken page.
"""
import argparse
import base64
import csv
import fcntl
import json
import os
import re
import select
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path


class Browser:
    """A minimal CDP client over the pipe transport: fd 3 carries commands to Chromium, fd 4 replies,
    each message one JSON text terminated by NUL."""

    def __init__(self, executable, timeout=60):
        self.timeout = timeout
        to_chrome_r, self.to_chrome = os.pipe()
        self.from_chrome, from_chrome_w = os.pipe()
        self.profile = tempfile.mkdtemp(prefix="partnerscope-chromium-")
        args = [executable, "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--no-default-browser-check", "--disable-extensions", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--mute-audio", "--hide-scrollbars",
                f"--user-data-dir={self.profile}", "--remote-debugging-pipe", "--window-size=1280,900",
                "about:blank"]

        def wire():
            # Move both ends above 10 first so that neither is overwritten by the other's dup2.
            high_r = fcntl.fcntl(to_chrome_r, fcntl.F_DUPFD, 10)
            high_w = fcntl.fcntl(from_chrome_w, fcntl.F_DUPFD, 10)
            os.dup2(high_r, 3, inheritable=True)
            os.dup2(high_w, 4, inheritable=True)

        self.proc = subprocess.Popen(args, preexec_fn=wire,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, close_fds=False)
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self.buffer = b""
        self.next_id = 0
        self.events = []

    def close(self):
        try:
            self.send("Browser.close")
        except Exception:
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        for fd in (self.to_chrome, self.from_chrome):
            try:
                os.close(fd)
            except OSError:
                pass
        shutil.rmtree(self.profile, ignore_errors=True)

    def _read_message(self, deadline):
        while b"\0" not in self.buffer:
            if time.monotonic() > deadline:
                raise TimeoutError("no reply from Chromium")
            ready, _, _ = select.select([self.from_chrome], [], [], 0.5)
            if ready:
                chunk = os.read(self.from_chrome, 1 << 16)
                if not chunk:
                    raise RuntimeError("Chromium closed the pipe: " + self.proc.stderr.read().decode(errors="replace")[-2000:])
                self.buffer += chunk
        message, _, self.buffer = self.buffer.partition(b"\0")
        return json.loads(message)

    def send(self, method, params=None, session=None):
        self.next_id += 1
        mid = self.next_id
        message = {"id": mid, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self.to_chrome, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + self.timeout
        while True:
            reply = self._read_message(deadline)
            if reply.get("id") == mid:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)

    def wait_for(self, method, session, seconds):
        deadline = time.monotonic() + seconds
        while True:
            for k, e in enumerate(self.events):
                if e.get("method") == method and e.get("sessionId") == session:
                    del self.events[k]
                    return e
            self.events.append(self._read_message(deadline))


def open_page(browser, url):
    target = browser.send("Target.createTarget", {"url": "about:blank"})["targetId"]
    session = browser.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
    for domain in ("Page", "Runtime", "Log", "Network"):
        browser.send(f"{domain}.enable", session=session)
    browser.send("Page.navigate", {"url": url}, session=session)
    browser.wait_for("Page.loadEventFired", session, 60)
    # Let scripts that run after load report their errors.
    browser.send("Runtime.evaluate", {"expression": "new Promise(r => setTimeout(r, 300))", "awaitPromise": True},
                 session=session)
    return session


def problems(browser, session):
    found = []
    for e in browser.events:
        if e.get("sessionId") != session:
            continue
        method, params = e.get("method"), e.get("params", {})
        if method == "Runtime.exceptionThrown":
            d = params.get("exceptionDetails", {})
            found.append("exception: " + (d.get("exception", {}).get("description") or d.get("text", "")))
        elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "warning", "assert"):
            text = " ".join(str(a.get("value", a.get("description", ""))) for a in params.get("args", []))
            found.append(f"console.{params['type']}: {text}")
        elif method == "Log.entryAdded" and params.get("entry", {}).get("level") in ("error", "warning"):
            entry = params["entry"]
            found.append(f"log {entry['level']} ({entry.get('source')}): {entry.get('text')}")
        elif method == "Network.requestWillBeSent":
            url = params.get("request", {}).get("url", "")
            if not (url.startswith("file:") or url.startswith("data:") or url == "about:blank"):
                found.append(f"network request: {url}")
    return found


def evaluate(browser, session, expression):
    result = browser.send("Runtime.evaluate", {"expression": expression, "returnByValue": True}, session=session)
    if "exceptionDetails" in result:
        raise RuntimeError(f"evaluating {expression!r}: {result['exceptionDetails']}")
    return result["result"].get("value")


def self_test(browser):
    """The checker must see a console error and an uncaught exception on a page that has them."""
    with tempfile.TemporaryDirectory() as d:
        page = Path(d) / "canary.html"
        page.write_text("<!DOCTYPE html><title>canary</title><script>console.error('canary');"
                        "setTimeout(function(){ throw new Error('canary-exception'); }, 0);</script>")
        session = open_page(browser, page.as_uri())
        seen = problems(browser, session)
    if not any("canary" in p and "console.error" in p for p in seen) or not any("canary-exception" in p for p in seen):
        raise RuntimeError(f"self-test: the checker did not catch the canary page's errors (saw {seen})")


def shot(browser, session, path, clip=None):
    evaluate(browser, session, "document.activeElement && document.activeElement !== document.getElementById('x-search') && document.activeElement.blur()")
    params = {"format": "png"}
    if clip:
        params["clip"] = dict(clip, scale=1)
    Path(path).write_bytes(base64.b64decode(browser.send("Page.captureScreenshot", params, session=session)["data"]))


def mouse(browser, session, kind, x, y, **extra):
    params = {"type": kind, "x": x, "y": y}
    params.update(extra)
    browser.send("Input.dispatchMouseEvent", params, session=session)


def centre_of(browser, session, selector):
    """Scrolls the first element matching `selector` to the middle of the window; its centre in CSS pixels."""
    box = evaluate(browser, session, f"""(() => {{
        const e = document.querySelector({json.dumps(selector)});
        if (!e) return null;
        e.scrollIntoView({{block: 'center', inline: 'center'}});
        const r = e.getBoundingClientRect();
        return [r.left + r.width / 2, r.top + r.height / 2, r.width, r.height]; }})()""")
    if not box:
        raise RuntimeError(f"nothing on the page matches {selector}")
    return box


# The page's state as the checks read it: per agency whether its nodes are hidden, marked, faded;
# per edge its agencies, its tie type and whether it is hidden or marked; per table row its
# agencies and whether it is hidden or marked. Computed from the DOM only (classes and computed
# display), not from the explorer's own variables.
STATE_JS = r"""(() => {
  const idx = c => { const m = /^a([0-9]+)$/.exec(c); return m ? +m[1] : null; };
  const ends = g => Array.from(g.classList).map(idx).filter(x => x !== null);
  const nodes = Array.from(document.querySelectorAll('#maps svg g.node')).filter(g => ends(g).length === 1).map(g => ({
      a: ends(g)[0], map: g.closest('figure').id, hidden: getComputedStyle(g).display === 'none',
      selected: g.classList.contains('x-selected'), dim: g.classList.contains('x-dim'), match: g.classList.contains('x-match')}));
  const edges = Array.from(document.querySelectorAll('#maps svg g.edge')).filter(g => ends(g).length > 0).map(g => ({
      ends: ends(g), map: g.closest('figure').id, tie: (Array.from(g.classList).find(c => c.startsWith('tie-')) || '').slice(4),
      hidden: getComputedStyle(g).display === 'none', hl: g.classList.contains('x-hl')}));
  const rows = Array.from(document.querySelectorAll('tr[data-agencies]')).map(tr => ({
      table: tr.closest('table').id, ends: tr.getAttribute('data-agencies').split(' ').filter(s => s).map(Number),
      hidden: getComputedStyle(tr).display === 'none', hl: tr.classList.contains('x-hl')}));
  const tip = document.getElementById('x-tip'), panel = document.getElementById('x-panel');
  return {nodes, edges, rows,
          tip: tip && !tip.hidden ? tip.textContent : null,
          panel: panel && !panel.hidden ? panel.textContent : null,
          status: (document.getElementById('x-status') || {}).textContent || ''};
})()"""


def check_explorer(browser, session, states):
    """Drives the explorer as a reader would (real mouse and key events through CDP) and checks the
    DOM after each step; returns a list of failures. `states`: folder for one screenshot per state."""
    failures = []
    data = evaluate(browser, session, "JSON.parse(document.getElementById('explorer-data').textContent)")
    agencies = data["agencies"]
    if not agencies:
        return failures
    if not evaluate(browser, session, "!!document.querySelector('.x-bar')"):
        return ["the explorer's bar is missing: its script did not run"]
    # The data block and the tables name the same agencies (escaping intact both ways).
    mismatched = evaluate(browser, session, """(() => {
        const data = JSON.parse(document.getElementById('explorer-data').textContent).agencies;
        const out = [];
        for (const tr of document.querySelectorAll('#centrality tbody tr')) {
            const i = +tr.getAttribute('data-agencies');
            if (data[i].id !== tr.cells[0].textContent || data[i].name !== tr.cells[1].textContent) out.push(tr.cells[0].textContent);
        }
        return out; })()""")
    if mismatched:
        failures.append(f"explorer data and centrality table disagree on agencies {mismatched[:3]}")
    first = evaluate(browser, session, STATE_JS)
    mapped = sorted({n["a"] for n in first["nodes"]})
    if not mapped:
        return failures + ["no agency node on any map carries the class agency aN"]
    if any(n["hidden"] or n["dim"] or n["selected"] for n in first["nodes"]) or any(r["hidden"] or r["hl"] for r in first["rows"]):
        failures.append("on opening, some node or row is already hidden, faded or marked")
    if states:
        evaluate(browser, session, "document.querySelector('.x-bar').scrollIntoView({block: 'start'})")
        shot(browser, session, states / "explore-default.png")

    # Hover: the agency with the most rows in the tables, on the influence map (or the first map).
    figure = "#map-network" if evaluate(browser, session, "!!document.querySelector('#map-network g.node.agency')") else ""
    rows_of = {i: sum(1 for r in first["rows"] if i in r["ends"]) for i in mapped}
    target = max(mapped, key=lambda i: (rows_of[i], -i))
    name = agencies[target]["name"]
    x, y, _, _ = centre_of(browser, session, f"{figure} svg g.node.a{target}".strip())
    mouse(browser, session, "mouseMoved", x, y)
    state = evaluate(browser, session, STATE_JS)
    if not state["tip"] or name not in state["tip"] or agencies[target]["type"] not in state["tip"]:
        failures.append(f"hovering agency {target} shows no card with its name and type (card: {state['tip']!r})")
    if states:
        shot(browser, session, states / "explore-hover.png")

    # Click: its nodes marked, exactly its ties marked, its rows marked, the rest faded.
    mouse(browser, session, "mousePressed", x, y, button="left", clickCount=1)
    mouse(browser, session, "mouseReleased", x, y, button="left", clickCount=1)
    state = evaluate(browser, session, STATE_JS)
    wrong_nodes = [n for n in state["nodes"] if n["selected"] != (n["a"] == target)]
    wrong_edges = [e for e in state["edges"] if e["hl"] != (target in e["ends"])]
    wrong_rows = [r for r in state["rows"] if r["hl"] != (target in r["ends"])]
    if wrong_nodes or wrong_edges or wrong_rows or not any(e["hl"] for e in state["edges"]) and any(target in e["ends"] for e in state["edges"]):
        failures.append(f"clicking agency {target}: {len(wrong_nodes)} nodes, {len(wrong_edges)} edges, {len(wrong_rows)} rows marked wrongly")
    if not any(r["hl"] for r in state["rows"]):
        failures.append(f"clicking agency {target} marks no table row")
    if not state["panel"] or name not in state["panel"]:
        failures.append("clicking an agency shows no panel naming it")
    neighbours = {a for e in state["edges"] if target in e["ends"] for a in e["ends"]} | {target}
    if any(n["dim"] == (n["a"] in neighbours) for n in state["nodes"]):
        failures.append("clicking an agency fades its partners or leaves others unfaded")
    if states:
        mouse(browser, session, "mouseMoved", 5, 5)
        shot(browser, session, states / "explore-click.png")
        evaluate(browser, session, "document.getElementById('section-centrality').scrollIntoView({block: 'start'}); window.scrollBy(0, -260)")
        shot(browser, session, states / "explore-click-table.png")
    # Escape clears the selection.
    browser.send("Input.dispatchKeyEvent", {"type": "keyDown", "key": "Escape", "code": "Escape", "windowsVirtualKeyCode": 27}, session=session)
    browser.send("Input.dispatchKeyEvent", {"type": "keyUp", "key": "Escape", "code": "Escape", "windowsVirtualKeyCode": 27}, session=session)
    state = evaluate(browser, session, STATE_JS)
    if any(n["selected"] or n["dim"] for n in state["nodes"]) or any(r["hl"] for r in state["rows"]) or state["panel"]:
        failures.append("Escape does not clear the selection")

    # Filters: each hides exactly the agencies it excludes, their edges and their rows.
    def choose(select, value):
        evaluate(browser, session, f"""(() => {{ const s = document.getElementById({json.dumps(select)});
            s.value = {json.dumps(value)}; s.dispatchEvent(new Event('change')); }})()""")

    def passes(i, key, value):
        a = agencies[i]
        if key == "tie":
            return value in a["ties"]
        return str(a[key]) == str(value)

    from collections import Counter
    tried = []
    for key, select, values in (("sector", "x-sector", data["sectors"]), ("type", "x-type", data["types"]),
                                ("tie", "x-tie", data["tieTypes"]), ("community", "x-community", [c["id"] for c in data["communities"]])):
        if len(values) < 2 and key != "tie":
            continue
        if not values:
            continue
        # A value held by some agencies and not others (the median count), so the filter shows and hides.
        counts = Counter(v for v in values for i in range(len(agencies)) if passes(i, key, v))
        ranked = sorted((v for v in values if counts[v] > 0), key=lambda v: (counts[v], str(v)))
        value = ranked[len(ranked) // 2] if ranked else values[0]
        choose(select, str(value))
        state = evaluate(browser, session, STATE_JS)
        keep = {i for i in range(len(agencies)) if passes(i, key, value)}
        bad_nodes = [n for n in state["nodes"] if n["hidden"] == (n["a"] in keep)]
        bad_edges = [e for e in state["edges"] if not e["hidden"] and (not all(a in keep for a in e["ends"])
                                                                     or key == "tie" and e["tie"] and e["tie"] != value)]
        bad_rows = [r for r in state["rows"] if r["hidden"] == any(a in keep for a in r["ends"])]
        if bad_nodes or bad_edges or bad_rows:
            failures.append(f"filter {key}={value}: {len(bad_nodes)} nodes, {len(bad_edges)} edges, {len(bad_rows)} rows wrongly shown or hidden")
        if f"{len(keep)} of {len(agencies)}" not in state["status"]:
            failures.append(f"filter {key}={value}: the status says {state['status']!r}, not {len(keep)} of {len(agencies)}")
        tried.append((key, value, len(keep)))
        if states and key == "community":
            evaluate(browser, session, f"document.querySelector({json.dumps(figure or '#maps figure')}).scrollIntoView({{block: 'start'}}); window.scrollBy(0, -70)")
            shot(browser, session, states / "explore-filter.png")
        choose(select, "")
    state = evaluate(browser, session, STATE_JS)
    if any(n["hidden"] for n in state["nodes"]) or any(r["hidden"] for r in state["rows"]):
        failures.append("setting every filter back to 'all' leaves something hidden")

    # Search: typing marks the matches; Enter selects the first.
    # A word of its name that other agencies share (but not all), as a reader might type it.
    def hits(w):
        return sum(1 for a in agencies if w.lower() in a["name"].lower() or w.lower() in a["id"].lower())
    words = [w for w in re.split(r"[^A-Za-z]+", agencies[target]["name"]) if len(w) >= 4] or [agencies[target]["id"]]
    word = max(words, key=lambda w: (hits(w) < len(agencies), hits(w), len(w)))
    x0, y0, _, _ = centre_of(browser, session, "#x-search")
    mouse(browser, session, "mousePressed", x0, y0, button="left", clickCount=1)
    mouse(browser, session, "mouseReleased", x0, y0, button="left", clickCount=1)
    browser.send("Input.insertText", {"text": word}, session=session)
    state = evaluate(browser, session, STATE_JS)
    expected = {i for i, a in enumerate(agencies) if word.lower() in a["name"].lower() or word.lower() in a["id"].lower()}
    marked = {n["a"] for n in state["nodes"] if n["match"]}
    if marked != expected & set(mapped):
        failures.append(f"searching {word!r} marks agencies {sorted(marked)}, expected {sorted(expected & set(mapped))}")
    if states:
        evaluate(browser, session, f"document.querySelector({json.dumps(figure or '#maps figure')}).scrollIntoView({{block: 'start'}}); window.scrollBy(0, -70)")
        shot(browser, session, states / "explore-search.png")
    browser.send("Input.dispatchKeyEvent", {"type": "keyDown", "key": "Enter", "code": "Enter", "windowsVirtualKeyCode": 13}, session=session)
    browser.send("Input.dispatchKeyEvent", {"type": "keyUp", "key": "Enter", "code": "Enter", "windowsVirtualKeyCode": 13}, session=session)
    state = evaluate(browser, session, STATE_JS)
    chosen = {n["a"] for n in state["nodes"] if n["selected"]}
    if len(chosen) != 1 or not chosen <= expected:
        failures.append(f"Enter in the search box selects {sorted(chosen)}, not one of the matches")
    evaluate(browser, session, "document.getElementById('x-clear').click()")

    # Zoom and pan on the first map with agencies: wheel, drag, keys, buttons.
    sel = (figure or "#maps figure:not(#map-key):has(g.node.agency)") + " svg"
    def view():
        return evaluate(browser, session, f"document.querySelector({json.dumps(sel)}).getAttribute('viewBox').split(/[ ,]+/).map(Number)")
    home = view()
    centre_of(browser, session, sel)
    # Zoom at the agency's node, then drag starting on it: a drag must not select what it starts on.
    x, y, _, _ = evaluate(browser, session, f"""(() => {{ const r = document.querySelector({json.dumps(sel + " g.node.a" + str(target))})
        .getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2, r.width, r.height]; }})()""")
    mouse(browser, session, "mouseWheel", x, y, deltaX=0, deltaY=-300)
    zoomed = view()
    if not zoomed[2] < home[2] * 0.9:
        failures.append(f"the wheel does not zoom the map in (viewBox {home} -> {zoomed})")
    mouse(browser, session, "mousePressed", x, y, button="left", clickCount=1)
    for k in range(1, 6):
        mouse(browser, session, "mouseMoved", x + 20 * k, y + 10 * k, button="left", buttons=1)
    mouse(browser, session, "mouseReleased", x + 100, y + 50, button="left", clickCount=1)
    panned = view()
    if not (panned[0] < zoomed[0] and panned[2] == zoomed[2]):
        failures.append(f"dragging does not pan the map (viewBox {zoomed} -> {panned})")
    if any(n["selected"] for n in evaluate(browser, session, STATE_JS)["nodes"]):
        failures.append("a drag that ends over a node selects it")
    evaluate(browser, session, f"document.querySelector({json.dumps(sel)}).closest('.x-viewport').focus()")
    for key in ("0", "+"):
        browser.send("Input.dispatchKeyEvent", {"type": "keyDown", "key": key, "text": key}, session=session)
        browser.send("Input.dispatchKeyEvent", {"type": "keyUp", "key": key}, session=session)
    keyed = view()
    if not (abs(keyed[2] - home[2] / 1.5) < 1e-3 * home[2]):
        failures.append(f"keys 0 then + do not reset and zoom (viewBox {keyed}, whole {home})")
    evaluate(browser, session, f"document.querySelector({json.dumps(sel)}).closest('figure').querySelector('.x-zoom button:last-child').click()")
    if view() != home:
        failures.append("the Reset button does not show the whole map again")
    evaluate(browser, session, "window.scrollTo(0, 0)")
    return failures


def print_layout(browser, session, states):
    """The page as printed: A4 landscape PDF; the controls must be gone and each map must start a page."""
    failures = []
    browser.send("Emulation.setEmulatedMedia", {"media": "print"}, session=session)
    hidden = evaluate(browser, session, """Array.from(document.querySelectorAll('.x-bar, .x-zoom'))
        .every(e => getComputedStyle(e).display === 'none')""")
    # The maps section starts a page with its first map; every later map starts its own.
    breaks = evaluate(browser, session, """[getComputedStyle(document.getElementById('maps')).breakBefore].concat(
        Array.from(document.querySelectorAll('#maps figure')).slice(1).map(f => getComputedStyle(f).breakBefore))""")
    browser.send("Emulation.setEmulatedMedia", {"media": ""}, session=session)
    if not hidden:
        failures.append("in print, the explorer's controls are still shown")
    if any(b != "page" for b in breaks):
        failures.append(f"in print, not every map starts a page (break-before: {breaks})")
    if states:
        pdf = browser.send("Page.printToPDF", {"landscape": True, "paperWidth": 8.27, "paperHeight": 11.69,
                                               "printBackground": True, "marginTop": 0.4, "marginBottom": 0.4,
                                               "marginLeft": 0.4, "marginRight": 0.4}, session=session)
        path = states / "print.pdf"
        path.write_bytes(base64.b64decode(pdf["data"]))
        if shutil.which("pdftoppm"):
            subprocess.run(["pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "7", str(path), str(states / "print")], check=True)
    return failures


SORTS = """(() => {
    const failed = [];
    for (const t of document.querySelectorAll('table.sortable')) {
        if (t.tBodies[0].rows.length < 2) continue;
        const heads = Array.from(t.tHead.rows[0].cells);
        const col = heads.findIndex(h => h.classList.contains('num'));
        if (col < 0) continue;
        const values = () => Array.from(t.tBodies[0].rows).map(r => r.cells[col].getAttribute('data-v'))
            .filter(v => v !== null).map(parseFloat);
        heads[col].click();
        const first = values();
        heads[col].click();
        const second = values();
        const desc = first.every((v, i) => i === 0 || first[i - 1] >= v);
        const asc = second.every((v, i) => i === 0 || second[i - 1] <= v);
        if (!(desc && asc && heads[col].getAttribute('aria-sort') === 'ascending')) failed.push(t.id || heads[col].textContent);
    }
    return failed; })()"""


def check_page(browser, page, screenshot):
    """The checks every page gets (see the module's doc); returns the failures."""
    session = open_page(browser, page.as_uri())
    failures = problems(browser, session)
    policy = evaluate(browser, session,
                      "(document.querySelector('meta[http-equiv=\"Content-Security-Policy\"]') || {}).content || ''")
    if "default-src 'none'" not in policy:
        failures.append(f"no Content-Security-Policy with default-src 'none' (found {policy!r})")
    broken = evaluate(browser, session,
                      "Array.from(document.images).filter(i => !(i.complete && i.naturalWidth > 0)).map(i => i.src).slice(0, 5)")
    if broken:
        failures.append(f"images that did not load: {broken}")
    shot = browser.send("Page.captureScreenshot", {"format": "png"}, session=session)
    Path(screenshot).parent.mkdir(parents=True, exist_ok=True)
    Path(screenshot).write_bytes(base64.b64decode(shot["data"]))
    unsorted = evaluate(browser, session, SORTS)
    if unsorted:
        failures.append(f"clicking a numeric heading did not sort tables {unsorted}")
    return failures + [p for p in problems(browser, session) if p not in failures]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("report")
    parser.add_argument("screenshot")
    parser.add_argument("--chromium", default=None)
    parser.add_argument("--states", default=None,
                        help="folder for screenshots of each explorer state and the print layout (for looking at)")
    parser.add_argument("--parts", type=int, default=0,
                        help="also save the page in N screen-high slices, SCREENSHOT-1.png ... (for looking at)")
    args = parser.parse_args()
    executable = args.chromium or shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if not executable:
        print("SKIP: no Chromium on this machine (apt-get install chromium)", file=sys.stderr)
        return 77
    report = Path(args.report).resolve()
    if report.suffix == ".html":
        browser = Browser(executable)
        try:
            self_test(browser)
            browser.events.clear()
            failures = check_page(browser, report, args.screenshot)
        finally:
            browser.close()
        for f in failures:
            print("FAIL: " + f, file=sys.stderr)
        if not failures:
            print(f"ok: {report} loads without errors in {os.path.basename(executable)}; Content-Security-Policy; "
                  f"images load; sortable tables sort; screenshot {args.screenshot}")
        return 1 if failures else 0
    index = report / "index.html"
    metrics = json.loads((report / "metrics.json").read_text())
    expected = {}
    for t in metrics["tables"]:
        with open(report / t["file"], newline="", encoding="utf-8") as f:
            records = list(csv.reader(f))
        expected[t["id"]] = len(records) - 1
        if expected[t["id"]] != t["rows"]:
            print(f"FAIL: {t['file']} has {expected[t['id']]} records, metrics.json says {t['rows']}", file=sys.stderr)
            return 1

    browser = Browser(executable)
    failures = []
    try:
        self_test(browser)
        browser.events.clear()
        session = open_page(browser, index.as_uri())
        failures += problems(browser, session)
        counts = evaluate(browser, session, """(() => {
            const out = {};
            for (const t of document.querySelectorAll('table.sortable')) out[t.id] = t.tBodies[0].rows.length;
            return out; })()""")
        if sorted(counts) != sorted(expected):
            failures.append(f"tables on the page {sorted(counts)} differ from the CSVs {sorted(expected)}")
        for tid, n in expected.items():
            if counts.get(tid) != n:
                failures.append(f"table {tid}: {counts.get(tid)} rows on the page, {n} in {tid}.csv")
        svgs = evaluate(browser, session, "document.querySelectorAll('#maps svg').length")
        expected_svgs = len(metrics["maps"])
        if svgs != expected_svgs:
            failures.append(f"{svgs} inline SVG maps on the page, metrics.json lists {expected_svgs}")
        duplicates = evaluate(browser, session, """(() => {
            const seen = new Set(), dup = new Set();
            for (const e of document.querySelectorAll('[id]')) { if (seen.has(e.id)) dup.add(e.id); seen.add(e.id); }
            return Array.from(dup).slice(0, 5); })()""")
        if duplicates:
            failures.append(f"element ids used more than once: {duplicates}")
        # The screenshot shows the page as it opens, before the sorting check reorders a table.
        metrics_js = browser.send("Page.getLayoutMetrics", session=session)
        size = metrics_js.get("cssContentSize") or metrics_js["contentSize"]
        width, height = 1280, min(int(size["height"]) + 1, 16000)
        browser.send("Emulation.setDeviceMetricsOverride",
                     {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False}, session=session)
        shot = browser.send("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True}, session=session)
        Path(args.screenshot).parent.mkdir(parents=True, exist_ok=True)
        Path(args.screenshot).write_bytes(base64.b64decode(shot["data"]))
        stem = str(Path(args.screenshot).with_suffix(""))
        for k in range(args.parts):
            if k * 1000 >= height:
                break
            part = browser.send("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True, "clip": {
                "x": 0, "y": k * 1000, "width": width, "height": min(1000, height - k * 1000), "scale": 1}}, session=session)
            Path(f"{stem}-{k + 1}.png").write_bytes(base64.b64decode(part["data"]))
        # Sorting: click the first numeric heading of the centrality table twice.
        order = evaluate(browser, session, """(() => {
            const t = document.getElementById('centrality');
            if (!t || t.tBodies[0].rows.length < 2) return 'skip';
            const heads = Array.from(t.tHead.rows[0].cells);
            const col = heads.findIndex(h => h.classList.contains('num'));
            const values = () => Array.from(t.tBodies[0].rows).map(r => parseFloat(r.cells[col].getAttribute('data-v')));
            heads[col].click();
            const first = values();
            heads[col].click();
            const second = values();
            const desc = first.every((v, i) => i === 0 || first[i - 1] >= v);
            const asc = second.every((v, i) => i === 0 || second[i - 1] <= v);
            return desc && asc && heads[col].getAttribute('aria-sort') === 'ascending' ? 'ok' : 'unsorted';
        })()""")
        if order not in ("ok", "skip"):
            failures.append("clicking a numeric heading of the centrality table did not sort it")
        states = Path(args.states) if args.states else None
        if states:
            states.mkdir(parents=True, exist_ok=True)
        browser.send("Emulation.setDeviceMetricsOverride",
                     {"width": 1280, "height": 900, "deviceScaleFactor": 1, "mobile": False}, session=session)
        failures += check_explorer(browser, session, states)
        failures += print_layout(browser, session, states)
        failures += [p for p in problems(browser, session) if p not in failures]
    finally:
        browser.close()

    if failures:
        for f in failures:
            print("FAIL: " + f, file=sys.stderr)
        return 1
    print(f"ok: {index} loads without errors in {os.path.basename(executable)}; rows "
          + ", ".join(f"{k}={v}" for k, v in sorted(expected.items()))
          + f"; {len(metrics['maps'])} inline maps; sorting, hover, click, filters, search, zoom and print work; screenshot {args.screenshot}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
