#!/usr/bin/env python3
"""Reference values for Partnerscope's partnership audit (partnerscope audit), computed with the
Python standard library from Tests/TestSupport/Fixtures/audit-fixture/: per scope (whole network,
then boards in boards.csv order) and question (A-I, then audit-questions.csv's own): answers,
median (statistics.median: mean of the middle two for an even count), mean, min, max, sample sd
(statistics.stdev), disagreement (max - min >= 2), counts of 0/1/2/3; the action order (median,
then mean, ascending; ties in scope-question order); per scope the members' mean board load, the
most loaded member (ties: smaller id) and the conflict ties between members.

Writes Tests/TestSupport/Fixtures/audit_reference.json. Run: python3 scripts/reference/audit_reference.py
"""
import csv
import json
import os
import statistics

ROOT = os.path.join(os.path.dirname(__file__), "..", "..")
FIX = os.path.join(ROOT, "Tests", "TestSupport", "Fixtures", "audit-fixture")
OUT = os.path.join(ROOT, "Tests", "TestSupport", "Fixtures", "audit_reference.json")


def read(name):
    with open(os.path.join(FIX, name), newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


agencies = [r["id"] for r in read("agencies.csv")]
boards = [r["id"] for r in read("boards.csv")]
members = {b: [] for b in boards}
for m in read("memberships.csv"):
    members[m["board_id"]].append(m["agency_id"])
load = {a: sum(a in ms for ms in members.values()) for a in agencies}
questions = list("ABCDEFGHI") + [q["id"] for q in read("audit-questions.csv") if q["id"] not in "ABCDEFGHI"]
groups = {}
for r in read("audit.csv"):
    scope = boards.index(r["board"]) if r["board"] else -1
    q = questions.index(r["question"].upper() if r["question"].upper() in questions else r["question"])
    groups.setdefault((scope, q), []).append(int(r["score"]))
results = []
for (scope, q) in sorted(groups):
    s = groups[(scope, q)]
    results.append({"board": boards[scope] if scope >= 0 else None, "question": questions[q], "responses": len(s),
                    "median": statistics.median(s), "mean": statistics.mean(s), "min": min(s), "max": max(s),
                    "sd": statistics.stdev(s) if len(s) > 1 else None, "disagree": max(s) - min(s) >= 2,
                    "counts": [s.count(k) for k in range(4)]})
actions = sorted(range(len(results)), key=lambda k: (results[k]["median"], results[k]["mean"], k))
conflicts = [(r["source"], r["target"]) for r in read("relationships.csv") if r["type"] == "conflict"]
evidence = []
for b in dict.fromkeys(r["board"] for r in results):
    ms = members[b] if b else agencies
    most = sorted(ms, key=lambda a: (-load[a], a))[0]
    evidence.append({"board": b, "members": len(ms), "mean_board_load": sum(load[a] for a in ms) / len(ms),
                     "most_loaded": most, "most_loaded_boards": load[most],
                     "conflict_ties": sum(1 for x, y in conflicts if x in ms and y in ms)})
with open(OUT, "w", encoding="utf-8") as f:
    json.dump({"source": "scripts/reference/audit_reference.py", "questions": questions, "results": results,
               "actions": actions, "evidence": evidence}, f, indent=1, sort_keys=True)
    f.write("\n")
print("wrote", os.path.relpath(OUT, ROOT))
