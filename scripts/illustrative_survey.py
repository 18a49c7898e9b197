#!/usr/bin/env python3
"""Writes an ILLUSTRATIVE relationship survey (survey.csv) for Networks/west-yorkshire.

No partner gave these answers. They are generated, from a fixed seed, so that the report's survey
section and `partnerscope quality` have something to show; every row says so in its `provenance`
column (`illustrative`), and Networks/README.md says so too. Rerunning gives the same bytes.

The model (made up, plausible, nothing more):
  - two waves, 2023-03 and 2024-03; a body that did not exist in the middle of a wave's month
    (agencies.csv `start`/`end`) is not surveyed in it (the CCGs closed in 2022, so they appear in
    neither);
  - each body answers a wave with probability 0.8, and rates every partner it has a tie with in
    relationships.csv (ties whose `since` is after the wave are left out);
  - a pair's latent trust is 3.1, minus 1.2 for a conflict tie, plus 0.25 for an informal one,
    plus each side's "reputation" (normal, sd 0.2, one draw per body, kept small so
    that no real body is singled out by the made-up data) and a pair effect (sd 0.35);
    each side sees it with its own bias (sd 0.35), and each of the three trust items adds noise
    (sd 0.45) before rounding to the 1-4 scale; between waves each pair drifts (sd 0.3);
  - value follows the rated body's `power` (2.6 + 0.3 (power - 3)) with the same kind of noise;
  - about 4% of items are left blank (not answered).

Random numbers: SplitMix64 (Steele, Lea & Flood 2014), as Partnerscope's own generators, with
Box-Muller normals, so the output does not depend on Python's `random` module.

Run: python3 scripts/illustrative_survey.py [--network Networks/west-yorkshire] [--seed 2026]
"""
import argparse
import csv
import math
import os

WAVES = ["2023-03", "2024-03"]
TRUST = ["trust_reliability", "trust_mission", "trust_openness"]
VALUE = ["value_power", "value_involvement", "value_resources"]


class SplitMix64:
    def __init__(self, seed):
        self.state = seed & 0xFFFFFFFFFFFFFFFF

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & 0xFFFFFFFFFFFFFFFF
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & 0xFFFFFFFFFFFFFFFF
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & 0xFFFFFFFFFFFFFFFF
        return z ^ (z >> 31)

    def uniform(self):
        return (self.next() >> 11) / float(1 << 53)

    def normal(self, sd):
        u1 = max(self.uniform(), 1e-12)
        u2 = self.uniform()
        return sd * math.sqrt(-2 * math.log(u1)) * math.cos(2 * math.pi * u2)


def exists_on(agency, day):
    """Whether the agency's `start`..`end` (ISO dates, any precision, blank: open) covers `day`."""
    start, end = agency.get("start", ""), agency.get("end", "")
    return (not start or start <= day) and (not end or day[:len(end)] <= end)


def score(x):
    return min(4, max(1, int(math.floor(x + 0.5))))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--network", default=os.path.join(os.path.dirname(__file__), "..", "Networks", "west-yorkshire"))
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    rng = SplitMix64(args.seed)
    with open(os.path.join(args.network, "agencies.csv"), newline="", encoding="utf-8") as f:
        agencies = list(csv.DictReader(f))
    with open(os.path.join(args.network, "relationships.csv"), newline="", encoding="utf-8") as f:
        ties = list(csv.DictReader(f))
    ids = sorted(a["id"] for a in agencies)
    info = {a["id"]: a for a in agencies}
    reputation = {a: rng.normal(0.2) for a in ids}
    partners = {}  # unordered pair -> (types, earliest since)
    for t in ties:
        a, b = sorted((t["source"], t["target"]))
        if a == b:
            continue
        if t.get("until") and t["until"][:4] < WAVES[0][:4]:
            continue  # a tie that ended before the first wave
        types, since = partners.get((a, b), (set(), None))
        types.add(t["type"])
        year = int(t["since"][:4]) if t.get("since") else None
        since = year if since is None else (min(since, year) if year is not None else since)
        partners[(a, b)] = (types, since)
    pair_effect = {p: rng.normal(0.35) for p in sorted(partners)}
    bias = {(a, b): rng.normal(0.35) for a, b in sorted(partners)}
    bias.update({(b, a): rng.normal(0.35) for a, b in sorted(partners)})
    rows = []
    for wave in WAVES:
        year = int(wave[:4])
        surveyed = [a for a in ids if exists_on(info[a], wave + "-15")]
        answers = {a for a in surveyed if rng.uniform() < 0.8}
        for p in sorted(pair_effect):
            pair_effect[p] += rng.normal(0.3) if wave != WAVES[0] else 0.0
        for (a, b) in sorted(partners):
            types, since = partners[(a, b)]
            if since is not None and since > year:  # a tie begun after the wave
                continue
            for rater, rated in ((a, b), (b, a)):
                if rater not in answers or rated not in surveyed:
                    continue
                latent = 3.1 + reputation[rated] + pair_effect[(a, b)] + bias[(rater, rated)]
                if "conflict" in types:
                    latent -= 1.2
                if "informal" in types:
                    latent += 0.25
                power = int(info[rated].get("power") or 3)
                value = 2.6 + 0.3 * (power - 3) + bias[(rater, rated)] / 2
                row = {"respondent": rater, "about": rated, "wave": wave}
                for item in TRUST:
                    row[item] = score(latent + rng.normal(0.45))
                for item in VALUE:
                    row[item] = score(value + rng.normal(0.45))
                for item in TRUST + VALUE:
                    if rng.uniform() < 0.04:
                        row[item] = ""
                row["provenance"] = "illustrative"
                rows.append(row)
    rows.sort(key=lambda r: (r["wave"], r["respondent"], r["about"]))
    out = os.path.join(args.network, "survey.csv")
    with open(out, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=["respondent", "about", "wave"] + TRUST + VALUE + ["provenance"],
                           lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    print("wrote %s: %d illustrative ratings in %d waves (seed %d)" % (out, len(rows), len(WAVES), args.seed))


if __name__ == "__main__":
    main()
