#!/usr/bin/env python3
"""Reference values for Partnerscope's relationship-survey analysis (partnerscope quality).

An independent implementation, with the Python standard library only, of the definitions written
in docs/quality.md (PARTNER trust and value scores after Varda, Chandra, Stern & Lurie 2008, J
Public Health Manag Pract 14(5); UCINET-style symmetrisation over the sides that answered). It
reads the fixture network Tests/TestSupport/Fixtures/survey-fixture/ (agencies.csv,
relationships.csv, survey.csv) and writes Tests/TestSupport/Fixtures/survey_reference.json with,
for each symmetrisation (mean, min, max, one-sided) and the latest wave (2024):

  - the summary of every wave (respondents, response rate, pairs rated, both ways, tie coverage,
    relationships, one-sided, trust/value mean, sample sd and percent of 4, mean gap, per-question
    mean and count),
  - every relationship (trust, value, both sides, gap, previous-wave trust, formal weight, tension),
  - every agency (trust received mean/sd/min, low-trust raters, value received, trust/value given,
    answered, previous trust received),
  - the disagreements (gap >= 1, largest first), agencies rated low (< 2.5) by 2 or more partners,
    and the median formal weight.

Run: python3 scripts/reference/survey_reference.py
"""
import csv
import json
import os
import statistics

ROOT = os.path.join(os.path.dirname(__file__), "..", "..")
FIXTURE = os.path.join(ROOT, "Tests", "TestSupport", "Fixtures", "survey-fixture")
OUT = os.path.join(ROOT, "Tests", "TestSupport", "Fixtures", "survey_reference.json")

TRUST = ["trust_reliability", "trust_mission", "trust_openness"]
VALUE = ["value_power", "value_involvement", "value_resources"]
FORMAL_EXCLUDED = {"informal", "conflict"}
LOW, HIGH, LOW_RATERS, GAP = 2.5, 3.0, 2, 1.0


def read(name):
    with open(os.path.join(FIXTURE, name), newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def num(x):
    return None if x is None or x.strip() == "" else float(x)


def mean(xs):
    return sum(xs) / len(xs) if xs else None


def stats(xs):
    xs = [x for x in xs if x is not None]
    return {"count": len(xs), "mean": mean(xs), "sd": statistics.stdev(xs) if len(xs) > 1 else None,
            "min": min(xs) if xs else None, "max": max(xs) if xs else None}


agencies = [r["id"] for r in read("agencies.csv")]
index = {a: k for k, a in enumerate(agencies)}
ties = {}
for r in read("relationships.csv"):
    a, b = sorted((index[r["source"]], index[r["target"]]))
    if a == b:
        continue
    t = ties.setdefault((a, b), {"types": set(), "formal": 0.0})
    t["types"].add(r["type"])
    if r["type"] not in FORMAL_EXCLUDED:
        t["formal"] += float(r["weight"] or 1)
formal = sorted(t["formal"] for t in ties.values() if t["formal"] > 0)
n = len(formal)
strong = (formal[n // 2] if n % 2 else (formal[n // 2 - 1] + formal[n // 2]) / 2) if n else None

rows = read("survey.csv")
extra = ["frequency"]  # the fixture's one numeric extra column; 'comment' is text
dims = [d for d in TRUST + VALUE if d in rows[0]] + extra
waves = sorted({r["wave"] for r in rows})
ratings = {}  # (wave, respondent, about) -> scores
for r in rows:
    ratings[(r["wave"], index[r["respondent"]], index[r["about"]])] = {d: num(r[d]) for d in dims}


def trust(s):
    return mean([s[d] for d in TRUST if s[d] is not None]) if s else None


def value(s):
    return mean([s[d] for d in VALUE if s[d] is not None]) if s else None


def combine(mode, ab, ba):
    if mode == "one-sided":
        return ab
    if ab is None:
        return ba
    if ba is None:
        return ab
    return {"mean": (ab + ba) / 2, "min": min(ab, ba), "max": max(ab, ba)}[mode]


def units(mode, wave):
    rs = {(a, b): s for (w, a, b), s in ratings.items() if w == wave}
    if mode == "one-sided":
        keys = list(rs)
    else:
        keys = sorted({(min(a, b), max(a, b)) for a, b in rs})
    out = {}
    for a, b in keys:
        ab, ba = rs.get((a, b)), rs.get((b, a))
        tab, tba, vab, vba = trust(ab), trust(ba), value(ab), value(ba)
        out[(a, b)] = {"ab": ab, "ba": ba, "trust_a_b": tab, "trust_b_a": tba, "value_a_b": vab, "value_b_a": vba,
                       "trust": combine(mode, tab, tba), "value": combine(mode, vab, vba),
                       "gap": abs(tab - tba) if tab is not None and tba is not None else None,
                       "both_sides": ab is not None and ba is not None}
    return rs, out


def wave_summary(mode, wave):
    rs, us = units(mode, wave)
    pairs = {(min(a, b), max(a, b)) for a, b in rs}
    both = {p for p in pairs if (p[0], p[1]) in rs and (p[1], p[0]) in rs}
    gaps = [u["gap"] for (a, b), u in us.items() if mode != "one-sided" or a < b]
    t, v = stats([u["trust"] for u in us.values()]), stats([u["value"] for u in us.values()])
    per_dim = {}
    for d in dims:
        per_dim[d] = stats([combine(mode, u["ab"][d] if u["ab"] else None, u["ba"][d] if u["ba"] else None)
                            for u in us.values()])
    return {
        "wave": wave, "agencies": len(agencies), "respondents": len({a for a, _ in rs}),
        "response_rate": len({a for a, _ in rs}) / len(agencies), "ratings": len(rs),
        "pairs_rated": len(pairs), "pairs_rated_both_ways": len(both),
        "tied_pairs": len(ties), "tied_pairs_rated": len([p for p in ties if p in pairs]),
        "relationships": len(us), "one_sided": len([u for u in us.values() if not u["both_sides"]]),
        "trust": t, "trust_percent": t["mean"] / 4 * 100, "value": v, "value_percent": v["mean"] / 4 * 100,
        "gap": stats(gaps), "dimensions": per_dim,
    }


def analyse(mode):
    wave, prev = waves[-1], waves[-2]
    _, us = units(mode, wave)
    _, before = units(mode, prev)
    rels = []
    for (a, b), u in us.items():
        t = ties.get((min(a, b), max(a, b)), {"types": set(), "formal": 0.0})
        tension = None
        if u["trust"] is not None:
            if strong is not None and t["formal"] >= strong and u["trust"] < LOW:
                tension = "strong-formal-tie-low-trust"
            elif "conflict" in t["types"] and u["trust"] >= HIGH:
                tension = "conflict-tie-high-trust"
        rels.append({"a": agencies[a], "b": agencies[b], "trust": u["trust"], "value": u["value"],
                     "trust_a_b": u["trust_a_b"], "trust_b_a": u["trust_b_a"], "gap": u["gap"],
                     "both_sides": u["both_sides"], "formal_weight": t["formal"], "tension": tension,
                     "previous_trust": before[(a, b)]["trust"] if (a, b) in before else None})
    rels.sort(key=lambda r: (r["trust"] is None, r["trust"] if r["trust"] is not None else 0, r["a"], r["b"]))
    seen, dis = set(), []
    for k, r in enumerate(rels):
        if r["gap"] is not None and r["gap"] >= GAP and frozenset((r["a"], r["b"])) not in seen:
            seen.add(frozenset((r["a"], r["b"])))
            dis.append((r["gap"], k))
    dis.sort(key=lambda x: (-x[0], x[1]))

    def received(w, v):
        return [(a, trust(s)) for (ww, a, b), s in ratings.items() if ww == w and b == v and trust(s) is not None]

    ags = []
    for v, name in enumerate(agencies):
        rec = received(wave, v)
        given = [s for (w, a, b), s in ratings.items() if w == wave and a == v]
        prec = [t for _, t in received(prev, v)]
        ags.append({"id": name, "trust_received": stats([t for _, t in rec]),
                    "value_received": stats([value(s) for (w, a, b), s in ratings.items() if w == wave and b == v]),
                    "low_trust_raters": [agencies[a] for a, t in sorted(rec) if t < LOW],
                    "trust_given": stats([trust(s) for s in given]), "value_given": stats([value(s) for s in given]),
                    "responded": bool(given), "previous_trust_received": mean(prec)})
    ags.sort(key=lambda g: (g["trust_received"]["mean"] is None, g["trust_received"]["mean"] or 0, g["id"]))
    low = [k for k, g in enumerate(ags) if len(g["low_trust_raters"]) >= LOW_RATERS]
    low.sort(key=lambda k: (-len(ags[k]["low_trust_raters"]), k))
    return {"waves": [wave_summary(mode, w) for w in waves], "relationships": rels, "agencies": ags,
            "disagreements": [[rels[k]["a"], rels[k]["b"]] for _, k in dis],
            "low_trust_agencies": [ags[k]["id"] for k in low],
            "tensions": [[r["a"], r["b"], r["tension"]] for r in rels if r["tension"]]}


out = {"source": "scripts/reference/survey_reference.py (Python standard library, statistics.stdev)",
       "strong_formal_weight": strong, "waves": waves, "dimensions": dims,
       "by_symmetrisation": {m: analyse(m) for m in ["mean", "min", "max", "one-sided"]}}
with open(OUT, "w", encoding="utf-8") as f:
    json.dump(out, f, indent=1, sort_keys=True)
    f.write("\n")
print("wrote", os.path.relpath(OUT, ROOT))
