#!/usr/bin/env python3
"""Writes an ILLUSTRATIVE partnership audit (audit.csv) for Networks/west-yorkshire.

No partner gave these answers. They are generated, from a fixed seed, so that `partnerscope audit`
and the report's audit section have something to show; every row says so in its `provenance`
column (`illustrative`), and Networks/README.md says so too. Rerunning gives the same bytes.

The model (made up, nothing more): one audit, in March 2024, of the whole network and of every
board then in existence. Each member in force on 2024-03-15 (memberships.csv since/until) answers
each of the nine questions A-I with probability 0.85; for the whole network, each body then in
existence answers with probability 0.5. A score is 1.8 plus a question effect (H capacity -0.6,
F resources -0.4, D boundaries -0.3, G leadership +0.3, the others 0), a board effect (normal, sd
0.3), the member's own bias (sd 0.35) and noise (sd 0.6), rounded to 0-3. No comments are made up.

Random numbers: SplitMix64 with Box-Muller normals, as scripts/illustrative_survey.py.

Run: python3 scripts/illustrative_audit.py [--network Networks/west-yorkshire] [--seed 2027]
"""
import argparse
import csv
import math
import os

from illustrative_survey import SplitMix64, exists_on

DAY = "2024-03-15"
QUESTIONS = list("ABCDEFGHI")
EFFECT = {"H": -0.6, "F": -0.4, "D": -0.3, "G": 0.3}


def in_force(row, start_key, end_key):
    start, end = row.get(start_key, ""), row.get(end_key, "")
    return (not start or start <= DAY) and (not end or DAY[:len(end)] <= end)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--network", default=os.path.join(os.path.dirname(__file__), "..", "Networks", "west-yorkshire"))
    parser.add_argument("--seed", type=int, default=2027)
    args = parser.parse_args()
    rng = SplitMix64(args.seed)

    def read(name):
        with open(os.path.join(args.network, name), newline="", encoding="utf-8") as f:
            return list(csv.DictReader(f))

    agencies = {a["id"]: a for a in read("agencies.csv")}
    boards = [b for b in read("boards.csv") if in_force(b, "start", "end")]
    members = {b["id"]: [] for b in boards}
    for m in read("memberships.csv"):
        if m["board_id"] in members and in_force(m, "since", "until") and exists_on(agencies[m["agency_id"]], DAY):
            members[m["board_id"]].append(m["agency_id"])
    bias = {a: rng.normal(0.35) for a in sorted(agencies)}
    scopes = [("", sorted(a for a in agencies if exists_on(agencies[a], DAY)), 0.5)]
    scopes += [(b["id"], sorted(set(members[b["id"]])), 0.85) for b in boards]
    rows = []
    for board, people, p in scopes:
        board_effect = rng.normal(0.3)
        for a in people:
            if rng.uniform() >= p:
                continue
            for q in QUESTIONS:
                if rng.uniform() >= 0.95:
                    continue  # a question left unanswered
                x = 1.8 + EFFECT.get(q, 0.0) + board_effect + bias[a] + rng.normal(0.6)
                rows.append({"board": board, "respondent": a, "question": q,
                             "score": min(3, max(0, int(math.floor(x + 0.5)))), "comment": "", "provenance": "illustrative"})
    out = os.path.join(args.network, "audit.csv")
    with open(out, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=["board", "respondent", "question", "score", "comment", "provenance"], lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    print("wrote %s: %d illustrative answers on %d scopes (seed %d)" % (out, len(rows), len(scopes), args.seed))


if __name__ == "__main__":
    main()
