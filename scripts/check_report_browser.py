#!/usr/bin/env python3
"""Opens a Partnerscope report (index.html) in headless Chromium and checks it as a reader would.

Checks, through the Chrome DevTools Protocol over --remote-debugging-pipe (no network, no extra
Python packages):
  - the page loads with no JavaScript exception, no console error or warning and no browser log
    error (a blocked external resource or a Content-Security-Policy violation is one);
  - every table has as many body rows as its CSV file has records (read with Python's csv module);
  - clicking a numeric heading sorts that column (largest first), clicking again reverses it;
  - the page asks for nothing over the network (every request is file: or data:);
  - no element id is used twice (two inline maps must not share Graphviz's ids).
Saves a full-page screenshot (PNG).

Any other page Partnerscope writes (the comparison and area pages of compare/batch, the trend,
board-theme and diff pages) is checked when the first argument is its .html file: it loads with no
exception, console or log error (a blocked image is a Content-Security-Policy violation) and no
network request, carries the Content-Security-Policy, every image loads, and every sortable table
sorts on its first numeric heading (largest first, then smallest first).

Usage: check_report_browser.py REPORT_DIR|PAGE.html SCREENSHOT.png [--chromium PATH]
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
        failures += [p for p in problems(browser, session) if p not in failures]
    finally:
        browser.close()

    if failures:
        for f in failures:
            print("FAIL: " + f, file=sys.stderr)
        return 1
    print(f"ok: {index} loads without errors in {os.path.basename(executable)}; rows "
          + ", ".join(f"{k}={v}" for k, v in sorted(expected.items()))
          + f"; {len(metrics['maps'])} inline maps; sorting works; screenshot {args.screenshot}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
