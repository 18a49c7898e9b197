#!/usr/bin/env python3
"""Checks that Partnerscope maps can be read when printed on A4 landscape.

For each SVG written by `partnerscope map` (or a report's maps/*.svg), the drawing is scaled as a
print dialog's "fit to page" would scale it into the printable area of A4 landscape (297 x 210 mm
less 10 mm margins: 785.2 x 538.6 pt), never enlarged beyond its own size (so a small drawing is
judged at 100 %), and every <text> element's font size is multiplied by that scale (and by the
drawing's own transform). The smallest result is the size of the smallest label on paper, in points;
the check fails when any label is under --min-pt (default 8), or when the labels of two nodes
overlap (their boxes estimated from the text with 0.45 em per character, a lower bound).

The font size is the em size of the text, the measure a word processor calls "8 pt"; Helvetica's
capital letters are about 0.72 of it.

With --png DIR, each map is also drawn as the printed page at 150 dpi (1754 x 1240 px) by headless
Chromium, so the result can be looked at, not only measured.

Usage: check_map_legibility.py [--min-pt 8] [--png DIR] [--chromium PATH] MAP.svg...
Prints one line per map:  FILE  drawing W x H in  scale S  smallest label P pt  (N labels, K under, L overlapping label pairs)
Exit status: 0 every map passes, 1 a label is too small, 2 a file is not a Graphviz SVG.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

PT_PER_MM = 72 / 25.4
A4_LANDSCAPE_PT = (297 * PT_PER_MM, 210 * PT_PER_MM)
MARGIN_PT = 10 * PT_PER_MM
PRINTABLE_PT = (A4_LANDSCAPE_PT[0] - 2 * MARGIN_PT, A4_LANDSCAPE_PT[1] - 2 * MARGIN_PT)
SVG_NS = "{http://www.w3.org/2000/svg}"


def length_pt(text):
    """An SVG length in points ('1234pt', '1234px' at 96 px per inch, or a bare number in px)."""
    m = re.fullmatch(r"\s*([0-9.]+)\s*(pt|px|in|mm)?\s*", text or "")
    if not m:
        raise ValueError(f"unreadable length {text!r}")
    value, unit = float(m.group(1)), m.group(2) or "px"
    return value * {"pt": 1, "px": 0.75, "in": 72, "mm": PT_PER_MM}[unit]


def measure(path):
    """(width_pt, height_pt, page_scale, [(font_pt_on_paper, text)]) for one Graphviz SVG."""
    root = ET.parse(path).getroot()
    if root.tag != SVG_NS + "svg":
        raise ValueError("not an SVG document")
    width, height = length_pt(root.get("width")), length_pt(root.get("height"))
    view = [float(v) for v in (root.get("viewBox") or f"0 0 {width} {height}").split()]
    # User units per point of the drawing's own size (Graphviz writes the viewBox in points).
    unit = min(width / view[2], height / view[3]) if view[2] > 0 and view[3] > 0 else 1.0
    graph = root.find(SVG_NS + "g")
    inner = 1.0
    if graph is not None:
        m = re.search(r"scale\(([0-9.]+)", graph.get("transform") or "")
        if m:
            inner = float(m.group(1))
    page = min(1.0, PRINTABLE_PT[0] / width, PRINTABLE_PT[1] / height)
    labels = []
    for text in root.iter(SVG_NS + "text"):
        size = text.get("font-size")
        content = "".join(text.itertext()).strip()
        if size is None or not content:
            continue
        labels.append((float(size) * inner * unit * page, content))
    return width, height, page, labels


def label_boxes(path):
    """Per node group (Graphviz's <g class="node">): the box around its label lines, in user units.
    Widths use 0.45 em per character, a lower bound of Helvetica's average advance, so an overlap
    found is real rather than an artefact of overestimating text."""
    root = ET.parse(path).getroot()
    boxes = []
    for group in root.iter(SVG_NS + "g"):
        if "node" not in group.get("class", "").split():
            continue
        xs0, ys0, xs1, ys1 = [], [], [], []
        for text in group.iter(SVG_NS + "text"):
            content = "".join(text.itertext()).strip()
            if not content or text.get("font-size") is None:
                continue
            x, y, size = float(text.get("x")), float(text.get("y")), float(text.get("font-size"))
            w = len(content) * size * 0.45
            anchor = text.get("text-anchor", "start")
            left = x - w / 2 if anchor == "middle" else x - w if anchor == "end" else x
            xs0.append(left); xs1.append(left + w); ys0.append(y - size * 0.7); ys1.append(y)
        if xs0:
            title = group.find(SVG_NS + "title")
            boxes.append(((min(xs0), min(ys0), max(xs1), max(ys1)), title.text if title is not None else "?"))
    return boxes


def overlapping_labels(path):
    """Pairs of nodes whose label boxes meet."""
    boxes = label_boxes(path)
    out = []
    for i in range(len(boxes)):
        (a, na) = boxes[i]
        for j in range(i + 1, len(boxes)):
            (b, nb) = boxes[j]
            if a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]:
                out.append((na, nb))
    return out


def screenshot(svg, png, chromium):
    """The page as printed: A4 landscape at 150 dpi, 10 mm margins, the map fitted inside."""
    px = (round(297 / 25.4 * 150), round(210 / 25.4 * 150))
    margin = round(10 / 25.4 * 150)
    with tempfile.TemporaryDirectory(prefix="partnerscope-a4-") as tmp:
        page = Path(tmp) / "page.html"
        page.write_text(
            "<!doctype html><meta charset=utf-8><style>html,body{margin:0;background:#fff}"
            f"div{{position:absolute;left:{margin}px;top:{margin}px;right:{margin}px;bottom:{margin}px}}"
            "img{width:100%;height:100%;object-fit:contain;object-position:left top}</style>"
            f"<div><img src=\"{Path(svg).resolve().as_uri()}\"></div>", encoding="utf-8")
        subprocess.run([chromium, "--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                        f"--user-data-dir={tmp}/profile", f"--window-size={px[0]},{px[1]}",
                        f"--screenshot={Path(png).resolve()}", page.as_uri()],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("svgs", nargs="+", metavar="MAP.svg")
    parser.add_argument("--min-pt", type=float, default=8.0)
    parser.add_argument("--png", metavar="DIR", help="also draw each map as the printed A4 page (150 dpi) into DIR")
    parser.add_argument("--chromium", default=shutil.which("chromium") or shutil.which("chromium-browser"))
    args = parser.parse_args()
    status = 0
    for svg in args.svgs:
        try:
            width, height, page, labels = measure(svg)
        except (ET.ParseError, ValueError, OSError) as error:
            print(f"{svg}: error: {error}", file=sys.stderr)
            status = max(status, 2)
            continue
        smallest = min(labels, default=(float("inf"), ""))
        under = [l for l in labels if l[0] < args.min_pt - 1e-9]
        clashes = overlapping_labels(svg)
        print(f"{svg}  drawing {width / 72:.1f} x {height / 72:.1f} in  scale {page:.3f}  "
              f"smallest label {smallest[0]:.1f} pt  ({len(labels)} labels, {len(under)} under {args.min_pt:g} pt, "
              f"{len(clashes)} overlapping label pairs)")
        for a, b in clashes[:5]:
            print(f"    labels of {a} and {b} overlap")
        for size, text in sorted(under)[:5]:
            print(f"    {size:.1f} pt: {text[:60]}")
        if under or clashes:
            status = max(status, 1)
        if args.png:
            if not args.chromium:
                print("check_map_legibility: --png needs chromium", file=sys.stderr)
                return 2
            os.makedirs(args.png, exist_ok=True)
            screenshot(svg, Path(args.png) / (Path(svg).stem + "-a4.png"), args.chromium)
    return status


if __name__ == "__main__":
    sys.exit(main())
