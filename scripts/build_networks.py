#!/usr/bin/env python3
"""Build the Partnerscope sample network folders from the shared public data.

Usage (from the repository root):

    python3 scripts/build_networks.py --shared ../shared/data

Writes, replacing what is there:

    Networks/england/         2024 statutory geography of England (LSOA21)
    Networks/england-2021/    2021 statutory geography of England (LSOA11, CCGs, LEPs)
    Networks/west-yorkshire/  West Yorkshire chief officers' partnership (sample network)
    Networks/README.md        provenance, legal bases, counts and licences

Python 3 standard library only. Output is deterministic: rows are sorted, files use LF line
endings and RFC 4180 quoting (csv.writer, lineterminator='\\n'). The product never reads the
shared data directory at run time; only this script does.
"""

import argparse
import collections
import csv
import os
import shutil
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

SECTORS = {"public", "private", "voluntary", "community"}
LEVELS = {"national", "regional", "subregional", "local", "neighbourhood"}
AGENCY_TYPES = {
    "county-council", "district-council", "unitary-council", "metropolitan-district",
    "london-borough", "combined-authority", "police", "fire", "icb", "ccg", "nhs-trust",
    "gp-federation", "lep", "university", "college", "jobcentre", "housing", "environment",
    "probation", "voluntary-org", "business", "government-office", "rda", "lsc", "chamber",
    "community-org", "pct", "pcc", "transport-authority",
}
REL_TYPES = {
    "partnership", "protocol", "agreement", "funding", "commissioning", "accountability",
    "scrutiny", "informal", "conflict",
}

AGENCY_COLS = ["id", "name", "sector", "type", "level", "power", "interest", "budget_m",
               "statutory", "gss_code"]
AREA_COLS = ["code", "name", "population", "parent"]
BOUNDARY_COLS = ["agency_id", "area_code", "share"]
REL_COLS = ["source", "target", "type", "weight", "directed", "since", "basis"]

# Legal bases used in the england networks (text goes into relationships.csv `basis`).
B_CSP = "Crime and Disorder Act 1998 s.5 (community safety partnership responsible authorities)"
B_HWB = "Health and Social Care Act 2012 s.194 (health and wellbeing board)"
B_CA = "Local Democracy, Economic Development and Construction Act 2009 Part 6 (combined authority constituent council)"
B_TWO_TIER = "Local Government Act 1972 (two-tier county and district councils)"
B_BLUE = "Policing and Crime Act 2017 s.2 (duty of police and fire to collaborate)"
B_LEP = "LEP geography (non-statutory; ONS LSOA11 to LEP April 2017 lookup)"

MYSOC_TYPE = {
    "NMD": "district-council",
    "UA": "unitary-council",
    "MD": "metropolitan-district",
    "LBO": "london-borough",
    "CC": "london-borough",  # City of London Corporation: sui generis, acts as a London borough
    "CTY": "county-council",
    "COMB": "combined-authority",
}


# --------------------------------------------------------------------------------------------
# I/O helpers


def read_csv(path):
    with open(path, newline="", encoding="utf-8-sig") as f:
        # some ONS files carry stray spaces around codes (e.g. "E31000048 " in LAD21_FRA21)
        return [{k.strip(): (v or "").strip() for k, v in r.items()} for r in csv.DictReader(f)]


def write_csv(path, header, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow(["" if r.get(c) is None else r.get(c) for c in header])


def fmt_bool(b):
    return "true" if b else "false"


# --------------------------------------------------------------------------------------------
# Network container with validation


class Network:
    def __init__(self, name):
        self.name = name
        self.agencies = {}  # id -> dict
        self.areas = {}  # code -> dict
        self.boundaries = {}  # (agency, area) -> share
        self.rels = collections.OrderedDict()  # key -> dict

    def add_agency(self, **a):
        aid = a["id"]
        if aid in self.agencies:
            raise ValueError("%s: duplicate agency id %s" % (self.name, aid))
        self.agencies[aid] = a

    def add_area(self, code, name, population=None, parent=""):
        if code in self.areas:
            raise ValueError("%s: duplicate area %s" % (self.name, code))
        self.areas[code] = {"code": code, "name": name, "population": population,
                            "parent": parent or ""}

    def cover(self, agency, area, share=1.0):
        key = (agency, area)
        if key in self.boundaries and abs(self.boundaries[key] - share) > 1e-12:
            raise ValueError("%s: conflicting share for %s" % (self.name, key))
        self.boundaries[key] = share

    def tie(self, source, target, rtype, basis, directed=False, weight=None, since="", until=""):
        """Add a tie; identical ties (same pair and type, same direction rule) are merged and
        their bases joined. With weight=None the weight is the number of distinct bases."""
        if source == target:
            return
        if directed:
            key = (rtype, source, target, True)
        else:
            a, b = sorted((source, target))
            key = (rtype, a, b, False)
            source, target = a, b
        r = self.rels.get(key)
        if r is None:
            r = {"source": source, "target": target, "type": rtype, "directed": directed,
                 "bases": [], "weight": weight, "since": since, "until": until}
            self.rels[key] = r
        if basis and basis not in r["bases"]:
            r["bases"].append(basis)
        if weight is not None:
            r["weight"] = weight
        if since and (not r["since"] or since < r["since"]):
            r["since"] = since
        if until and (not r["until"] or until > r["until"]):
            r["until"] = until

    # ---- checks
    def validate(self):
        errs = []
        for aid, a in self.agencies.items():
            if not aid or not aid.isascii() or "," in aid or aid != aid.strip():
                errs.append("bad id %r" % aid)
            if not a.get("name"):
                errs.append("empty name %s" % aid)
            if a["sector"] not in SECTORS:
                errs.append("sector %s %s" % (aid, a["sector"]))
            if a["type"] not in AGENCY_TYPES:
                errs.append("type %s %s" % (aid, a["type"]))
            if a.get("level") and a["level"] not in LEVELS:
                errs.append("level %s" % aid)
            for k in ("power", "interest"):
                v = a.get(k)
                if v not in (None, "") and not (isinstance(v, int) and 1 <= v <= 5):
                    errs.append("%s %s %r" % (k, aid, v))
            bm = a.get("budget_m")
            if bm not in (None, "") and not (float(bm) >= 0):
                errs.append("budget %s" % aid)
        for code, ar in self.areas.items():
            if not code:
                errs.append("empty area code")
            p = ar["parent"]
            if p and p not in self.areas:
                errs.append("area %s parent %s missing" % (code, p))
            pop = ar["population"]
            if pop not in (None, "") and not (isinstance(pop, int) and pop >= 0):
                errs.append("population %s" % code)
        # parent chains must not loop
        for code in self.areas:
            seen = set()
            c = code
            while c:
                if c in seen:
                    errs.append("parent cycle at %s" % code)
                    break
                seen.add(c)
                c = self.areas[c]["parent"]
        for (ag, ar), s in self.boundaries.items():
            if ag not in self.agencies:
                errs.append("boundary agency %s" % ag)
            if ar not in self.areas:
                errs.append("boundary area %s" % ar)
            if not (0 < s <= 1):
                errs.append("share %s %s %s" % (ag, ar, s))
        for r in self.rels.values():
            for end in ("source", "target"):
                if r[end] not in self.agencies:
                    errs.append("rel %s %s missing" % (end, r[end]))
            if r["type"] not in REL_TYPES:
                errs.append("rel type %s" % r["type"])
            w = r["weight"] if r["weight"] is not None else len(r["bases"]) or 1
            if not w > 0:
                errs.append("weight")
        if errs:
            raise SystemExit("%s: %d validation errors, e.g. %s" % (self.name, len(errs), errs[:10]))

    def components(self):
        adj = collections.defaultdict(set)
        for r in self.rels.values():
            adj[r["source"]].add(r["target"])
            adj[r["target"]].add(r["source"])
        seen, comps = set(), []
        for a in sorted(self.agencies):
            if a in seen:
                continue
            stack, comp = [a], []
            seen.add(a)
            while stack:
                x = stack.pop()
                comp.append(x)
                for y in adj[x]:
                    if y not in seen:
                        seen.add(y)
                        stack.append(y)
            comps.append(sorted(comp))
        return comps

    # ---- writing
    def write(self, folder, agency_cols=AGENCY_COLS, rel_cols=REL_COLS):
        if os.path.isdir(folder):
            shutil.rmtree(folder)
        os.makedirs(folder)
        ag_rows = []
        for aid in sorted(self.agencies):
            a = dict(self.agencies[aid])
            if "statutory" in a and isinstance(a["statutory"], bool):
                a["statutory"] = fmt_bool(a["statutory"])
            if isinstance(a.get("budget_m"), float):
                a["budget_m"] = ("%g" % a["budget_m"])
            ag_rows.append(a)
        write_csv(os.path.join(folder, "agencies.csv"), agency_cols, ag_rows)
        write_csv(os.path.join(folder, "areas.csv"), AREA_COLS,
                  [self.areas[c] for c in sorted(self.areas)])
        b_rows = [{"agency_id": ag, "area_code": ar, "share": fmt_share(s)}
                  for (ag, ar), s in sorted(self.boundaries.items())]
        write_csv(os.path.join(folder, "boundaries.csv"), BOUNDARY_COLS, b_rows)
        r_rows = []
        for r in self.rels.values():
            row = dict(r)
            row["weight"] = r["weight"] if r["weight"] is not None else (len(r["bases"]) or 1)
            row["directed"] = fmt_bool(r["directed"])
            row["basis"] = "; ".join(r["bases"])
            r_rows.append(row)
        r_rows.sort(key=lambda x: (x["source"], x["target"], x["type"]))
        write_csv(os.path.join(folder, "relationships.csv"), rel_cols, r_rows)

    # ---- summaries
    def stats(self):
        lsoa_pop = sum(a["population"] or 0 for c, a in self.areas.items()
                       if c[:3] in ("E01", "W01"))
        return {
            "agencies": len(self.agencies),
            "agencies_by_type": collections.Counter(a["type"] for a in self.agencies.values()),
            "agencies_by_sector": collections.Counter(a["sector"] for a in self.agencies.values()),
            "relationships": len(self.rels),
            "rels_by_type": collections.Counter(r["type"] for r in self.rels.values()),
            "areas": len(self.areas),
            "lsoas": sum(1 for c in self.areas if c[:3] in ("E01", "W01")),
            "boundaries": len(self.boundaries),
            "population": lsoa_pop,
            "components": len(self.components()),
        }


def fmt_share(s):
    if s == 1:
        return "1"
    return ("%.6f" % s).rstrip("0").rstrip(".")


# --------------------------------------------------------------------------------------------
# Naming helpers


def police_name(pfa_name):
    special = {"Metropolitan Police": "Metropolitan Police Service",
               "London, City of": "City of London Police"}
    if pfa_name in special:
        return special[pfa_name]
    return "%s Police" % pfa_name


def fire_name(fra_name):
    if "Authority" in fra_name:
        return fra_name
    return "%s Fire and Rescue Authority" % fra_name


class Register:
    """mySociety register of local authorities, looked up by GSS code."""

    def __init__(self, shared):
        rows = read_csv(os.path.join(shared, "geo", "mysociety_uk_local_authorities.csv"))
        self.by_gss = {}
        self.by_code = {}
        for r in rows:
            self.by_code[r["local-authority-code"]] = r
            g = r["gss-code"]
            if not g:
                continue
            old = self.by_gss.get(g)
            # prefer the current authority where a code was reused
            if old is None or (r["current-authority"] == "True" and old["current-authority"] != "True"):
                self.by_gss[g] = r

    def council(self, gss):
        r = self.by_gss.get(gss)
        if r is None:
            raise SystemExit("no mySociety register entry for %s" % gss)
        return r

    def predecessors(self, gss):
        """GSS codes of authorities whose replaced-by points at this one."""
        me = self.council(gss)["local-authority-code"]
        return sorted(r["gss-code"] for r in self.by_code.values()
                      if r["replaced-by"] == me and r["gss-code"])


# --------------------------------------------------------------------------------------------
# England builder (shared by the 2024 and 2021 vintages)


def build_england(name, reg, lsoas, lads, pfa_of, fra_of, health_type, health_label,
                  health_of_lsoa, lep_of_lsoa=None, lep_names=None):
    """lsoas: list of (code, name, lad, pop). lads: dict lad -> row of the lad/utla/region/cauth
    lookup (England only). pfa_of / fra_of: lad -> (code, name). health_of_lsoa: lsoa ->
    (code, name). lep_of_lsoa: lsoa -> [lep codes]."""
    net = Network(name)

    # ---- areas: regions, LADs, LSOAs
    lad_pop = collections.Counter()
    for code, nm, lad, pop in lsoas:
        lad_pop[lad] += pop
    region_pop = collections.Counter()
    regions = {}
    for lad, r in lads.items():
        regions[r["region_code"]] = r["region_name"]
        region_pop[r["region_code"]] += lad_pop[lad]
    for rc, rn in regions.items():
        net.add_area(rc, rn, region_pop[rc], "")
    for lad, r in lads.items():
        net.add_area(lad, r["lad_name"], lad_pop[lad], r["region_code"])
    for code, nm, lad, pop in lsoas:
        net.add_area(code, nm, pop, lad)

    lsoas_of_lad = collections.defaultdict(list)
    for code, nm, lad, pop in lsoas:
        lsoas_of_lad[lad].append(code)

    def aid_council(gss):
        return ("cty-" if gss.startswith("E10") else "lad-") + gss

    # ---- councils
    districts_of_county = collections.defaultdict(list)
    for lad, r in sorted(lads.items()):
        reg_row = reg.council(lad)
        two_tier = r["utla_code"] != lad
        t = MYSOC_TYPE[reg_row["local-authority-type"]]
        if two_tier and t != "district-council":
            raise SystemExit("%s is lower tier but typed %s" % (lad, t))
        if not two_tier and t == "district-council":
            raise SystemExit("%s is single tier but typed district" % lad)
        net.add_agency(id=aid_council(lad), name=reg_row["official-name"], sector="public",
                       type=t, level="local", statutory=True, gss_code=lad)
        for l in lsoas_of_lad[lad]:
            net.cover(aid_council(lad), l)
        if two_tier:
            districts_of_county[r["utla_code"]].append(lad)
    for cty, dists in sorted(districts_of_county.items()):
        reg_row = reg.council(cty)
        if MYSOC_TYPE[reg_row["local-authority-type"]] != "county-council":
            raise SystemExit("%s expected county" % cty)
        net.add_agency(id=aid_council(cty), name=reg_row["official-name"], sector="public",
                       type="county-council", level="subregional", statutory=True, gss_code=cty)
        for d in dists:
            for l in lsoas_of_lad[d]:
                net.cover(aid_council(cty), l)
            net.tie(aid_council(cty), aid_council(d), "partnership", B_TWO_TIER)

    # ---- combined authorities
    ca_members = collections.defaultdict(list)
    for lad, r in lads.items():
        if r["cauth_code"]:
            ca_members[r["cauth_code"]].append(lad)
    for ca, members in sorted(ca_members.items()):
        reg_row = reg.council(ca)
        cid = "ca-" + ca
        net.add_agency(id=cid, name=reg_row["official-name"], sector="public",
                       type="combined-authority", level="subregional", statutory=True,
                       gss_code=ca)
        for m in members:
            for l in lsoas_of_lad[m]:
                net.cover(cid, l)
            net.tie(aid_council(m), cid, "accountability", B_CA, directed=True)

    # ---- police and fire
    for kind, table, prefix, namer in (("police", pfa_of, "pfa-", police_name),
                                       ("fire", fra_of, "fra-", fire_name)):
        for lad in sorted(lads):
            code, nm = table[lad]
            aid = prefix + code
            if aid not in net.agencies:
                net.add_agency(id=aid, name=namer(nm), sector="public", type=kind,
                               level="subregional", statutory=True, gss_code=code)
            for l in lsoas_of_lad[lad]:
                net.cover(aid, l)

    # ---- health bodies (ICB or CCG), at LSOA level
    health_prefix = health_type + "-"
    health_of_lad = collections.defaultdict(set)
    for code, nm, lad, pop in lsoas:
        hc, hn = health_of_lsoa[code]
        aid = health_prefix + hc
        if aid not in net.agencies:
            net.add_agency(id=aid, name=hn, sector="public", type=health_type,
                           level="subregional", statutory=True, gss_code=hc)
        net.cover(aid, code)
        health_of_lad[lad].add(aid)

    # ---- LEPs (2021 vintage), at LSOA level
    lep_of_lad = collections.defaultdict(set)
    if lep_of_lsoa is not None:
        for code, nm, lad, pop in lsoas:
            for lc in lep_of_lsoa[code]:
                aid = "lep-" + lc
                if aid not in net.agencies:
                    net.add_agency(id=aid, name=lep_names[lc] + " LEP", sector="public",
                                   type="lep", level="subregional", statutory=False,
                                   gss_code=lc)
                net.cover(aid, code)
                lep_of_lad[lad].add(aid)

    # ---- statutory ties
    for lad, r in sorted(lads.items()):
        council = aid_council(lad)
        police = "pfa-" + pfa_of[lad][0]
        fire = "fra-" + fra_of[lad][0]
        csp_members = [council]
        if r["utla_code"] != lad:
            csp_members.append(aid_council(r["utla_code"]))
        for c in csp_members:
            net.tie(c, police, "partnership", B_CSP)
            net.tie(c, fire, "partnership", B_CSP)
            for h in sorted(health_of_lad[lad]):
                net.tie(c, h, "partnership", B_CSP)
        # health and wellbeing board: upper tier (county or unitary) with overlapping health body
        upper = aid_council(r["utla_code"])
        for h in sorted(health_of_lad[lad]):
            net.tie(upper, h, "partnership", B_HWB)
        # police and fire collaboration duty
        net.tie(police, fire, "agreement", B_BLUE)
        # LEP membership (non-statutory)
        for lep in sorted(lep_of_lad[lad]):
            net.tie(council, lep, "partnership", B_LEP)
            if r["utla_code"] != lad:
                net.tie(upper, lep, "partnership", B_LEP)

    net.validate()
    info = {
        "health_of_lad": health_of_lad,
        "lad_pop": lad_pop,
        "lsoas_of_lad": lsoas_of_lad,
        "lep_of_lad": lep_of_lad,
        "pfa_of": pfa_of,
        "fra_of": fra_of,
    }
    return net, info


def coverage_by_lad(net, info, lad, prefix):
    pop = collections.Counter()
    lsoas = set(info["lsoas_of_lad"][lad])
    for (ag, ar), s in net.boundaries.items():
        if ar in lsoas and ag.startswith(prefix):
            pop[ag] += net.areas[ar]["population"] * s
    return pop


def split_report(net, info, lads, prefix):
    rows = []
    for lad in sorted(lads):
        cov = coverage_by_lad(net, info, lad, prefix)
        if len(cov) > 1:
            tot = info["lad_pop"][lad]
            parts = ", ".join("%s %s %.1f%%" % (a, net.agencies[a]["name"], 100.0 * p / tot)
                              for a, p in sorted(cov.items(), key=lambda x: -x[1]))
            rows.append((lad, lads[lad]["lad_name"], parts))
    return rows


def england_2024(shared, reg):
    g = os.path.join(shared, "geo")
    lads = {r["lad_code"]: r for r in read_csv(os.path.join(g, "lad24_utla_region_cauth_ew.csv"))
            if r["lad_code"].startswith("E")}
    pfa_of = {}
    for r in read_csv(os.path.join(g, "lad24_csp24_pfa24_ew.csv")):
        prev = pfa_of.setdefault(r["lad24_code"], (r["pfa24_code"], r["pfa24_name"]))
        if prev[0] != r["pfa24_code"]:
            raise SystemExit("LAD %s in two PFAs" % r["lad24_code"])
    fra_of = {r["lad24_code"]: (r["fra24_code"], r["fra24_name"])
              for r in read_csv(os.path.join(g, "lad24_fra24_ew.csv"))}
    lsoas, icb = [], {}
    for r in read_csv(os.path.join(g, "lsoa21_sicbl24_icb24_lad24_pop2021_en.csv")):
        lsoas.append((r["lsoa21_code"], r["lsoa21_name"], r["lad24_code"],
                      int(r["census2021_usual_residents"])))
        icb[r["lsoa21_code"]] = (r["icb24_code"], r["icb24_name"])
    net, info = build_england("england", reg, lsoas, lads, pfa_of, fra_of, "icb", "ICB", icb)
    icb_successions(net, shared)
    return net, info, lads


# ICBs whose GSS code changed between the July 2022 lookup and the 2024 one (the same board, matched
# by name): Surrey Heartlands and Sussex, recoded when their boundary moved on 1 April 2024.
ICB22_TO_ICB24 = {"E54000052": "E54000063", "E54000053": "E54000064"}


def icb_successions(net, shared):
    """successor_of on each ICB of the 2024 network: the CCGs (2021 vintage ids, `ccg-<CCG21>`, as in
    england-2021) with an LSOA in the ICB's July 2022 footprint, from the ONS LSOA11 -> CCG21 ->
    ICB22 lookup (geo/lsoa11_ccg21_stp21_icb22_lad21_pop2020_en.csv): the Health and Care Act 2022
    abolished the CCGs on 30 June 2022 and the ICBs took over on 1 July 2022. A CCG split between
    two ICBs (3 of 106: E38000026, E38000182, E38000250) is a predecessor of both."""
    preds = collections.defaultdict(set)
    for r in read_csv(os.path.join(shared, "geo", "lsoa11_ccg21_stp21_icb22_lad21_pop2020_en.csv")):
        icb = ICB22_TO_ICB24.get(r["icb22_code"], r["icb22_code"])
        preds["icb-" + icb].add("ccg-" + r["ccg21_code"])
    for aid, a in net.agencies.items():
        if a["type"] == "icb":
            if aid not in preds:
                raise SystemExit("ICB %s has no CCG in the 2022 lookup" % aid)
            a["successor_of"] = "|".join(sorted(preds[aid]))
    unknown = set(preds) - set(net.agencies)
    if unknown:
        raise SystemExit("ICB22 codes with no 2024 ICB: %s" % sorted(unknown))


def england_2021(shared, reg):
    g = os.path.join(shared, "geo")
    raw = os.path.join(g, "ons_raw_2019")
    lads = {r["lad_code"]: r for r in read_csv(os.path.join(g, "lad21_utla_region_cauth_ew.csv"))
            if r["lad_code"].startswith("E")}
    pfa19 = {}
    for r in read_csv(os.path.join(raw, "LAD19_CSP19_PFA19_EW_LU.csv")):
        prev = pfa19.setdefault(r["LAD19CD"], (r["PFA19CD"], r["PFA19NM"]))
        if prev[0] != r["PFA19CD"]:
            raise SystemExit("LAD19 %s in two PFAs" % r["LAD19CD"])
    pfa_of, police_mapped = {}, {}
    for lad in lads:
        if lad in pfa19:
            pfa_of[lad] = pfa19[lad]
            continue
        # LAD21 codes absent from the 2019 lookup are the unitaries created in 2020-21; map
        # them through their predecessor districts (mySociety `replaced-by`).
        preds = [p for p in reg.predecessors(lad) if p in pfa19]
        forces = {pfa19[p] for p in preds}
        if len(forces) != 1:
            raise SystemExit("cannot map %s to a PFA: %s" % (lad, forces))
        pfa_of[lad] = forces.pop()
        police_mapped[lad] = preds
    fra_of = {r["lad21_code"]: (r["fra21_code"], r["fra21_name"])
              for r in read_csv(os.path.join(g, "lad21_fra21_ew.csv"))}
    lsoas, ccg, icb22 = [], {}, {}
    for r in read_csv(os.path.join(g, "lsoa11_ccg21_stp21_icb22_lad21_pop2020_en.csv")):
        lsoas.append((r["lsoa11_code"], r["lsoa11_name"], r["lad21_code"], int(r["pop_mid2020"])))
        ccg[r["lsoa11_code"]] = (r["ccg21_code"], r["ccg21_name"])
        icb22[r["lsoa11_code"]] = r["icb22_code"]
    lep_of, lep_names = {}, {}
    for r in read_csv(os.path.join(raw, "LSOA11_LEP17_EN_LU_v2.csv")):
        codes = [r["LEP17CD1"]]
        lep_names[r["LEP17CD1"]] = r["LEP17NM1"]
        if r["LEP17CD2"]:
            codes.append(r["LEP17CD2"])
            lep_names[r["LEP17CD2"]] = r["LEP17NM2"]
        lep_of[r["LSOA11CD"]] = codes
    net, info = build_england("england-2021", reg, lsoas, lads, pfa_of, fra_of, "ccg", "CCG",
                              ccg, lep_of, lep_names)
    # LADs split across ICB22 (not agencies in this vintage; reported only)
    icb_of_lad = collections.defaultdict(set)
    for code, nm, lad, pop in lsoas:
        icb_of_lad[lad].add(icb22[code])
    info["icb22_split"] = sorted(l for l, s in icb_of_lad.items() if len(s) > 1)
    info["police_mapped"] = police_mapped
    return net, info, lads


# --------------------------------------------------------------------------------------------
# West Yorkshire sample network

WY_LADS = {
    "E08000032": "Bradford",
    "E08000033": "Calderdale",
    "E08000034": "Kirklees",
    "E08000035": "Leeds",
    "E08000036": "Wakefield",
}
BRA, CAL, KIR, LEE, WAK = sorted(WY_LADS)
ALL_WY = tuple(sorted(WY_LADS))
YH_REGION = "E12000003"

# Sources of the dates (`basis` column of agencies.csv): statutes and statutory instruments that
# established or abolished each body, or the body's own founding date where it is not statutory.
D_MET = "Local Government Act 1972 (metropolitan districts from 1 April 1974)"
D_WYCA = "West Yorkshire Combined Authority Order 2014 (SI 2014/864), in force 1 April 2014; it abolished the West Yorkshire Integrated Transport Authority and took its functions; the mayor took the police and crime commissioner's functions on 10 May 2021 (West Yorkshire Combined Authority (Election of Mayor and Functions) Order 2021, SI 2021/112)"
D_ITA = "Local Government Act 1985 s.28 (West Yorkshire Passenger Transport Authority from 1 April 1986; integrated transport authority under the Local Transport Act 2008 s.77); abolished 31 March 2014 by SI 2014/864"
D_FORCE = "West Yorkshire Police (West Yorkshire Metropolitan Police from 1 April 1974 under the Local Government Act 1972; named West Yorkshire Police from 1986)"
D_POLICE_AUTH = "Police and Magistrates' Courts Act 1994 (free-standing police authorities from 1 April 1995); abolished 22 November 2012 by the Police Reform and Social Responsibility Act 2011 s.1 and Sch.16"
D_PCC = "Police Reform and Social Responsibility Act 2011 s.1 (police and crime commissioners from 22 November 2012); functions transferred to the Mayor of West Yorkshire on 10 May 2021 (SI 2021/112)"
D_FIRE = "Local Government Act 1985 s.26 (metropolitan county fire and civil defence authorities from 1 April 1986)"
D_PROB_BOARD = "Criminal Justice and Court Services Act 2000 s.4 (local probation boards from 1 April 2001; West Yorkshire Probation Trust from 2010 under the Offender Management Act 2007 s.5); trusts dissolved 31 May 2014 (Transforming Rehabilitation: National Probation Service and community rehabilitation companies from 1 June 2014)"
D_PROB_REGION = "Probation Service regions from 26 June 2021 (unification of probation: Ministry of Justice, Future of Probation, 2021); start of this regional body"
D_PCT = "primary care trust (NHS Act 2006 s.18); in existence before the data begins, its start not recorded; abolished 31 March 2013 by the Health and Social Care Act 2012 s.34 (commenced 1 April 2013)"
D_CCG = "clinical commissioning group (Health and Social Care Act 2012 s.25), established on the date in `start` (Leeds 2018, Bradford District and Craven and Kirklees 2020 were mergers of the district's earlier CCGs, which the sample does not hold); abolished 30 June 2022 by the Health and Care Act 2022 s.14 (ICBs from 1 July 2022)"
D_ICB = "Health and Care Act 2022 s.19 and the Integrated Care Boards (Establishment) Order 2022 (ICBs from 1 July 2022), taking over from the CCGs of West Yorkshire"
D_LSC = "Learning and Skills Act 2000 (Learning and Skills Council from 1 April 2001); dissolved 31 March 2010 by the Apprenticeships, Skills, Children and Learning Act 2009 (Skills Funding Agency and Young People's Learning Agency from 1 April 2010)"
D_GO = "Government Offices for the Regions (from April 1994); closed 31 March 2011 (Spending Review 2010)"
D_RDA = "Regional Development Agencies Act 1998 (Yorkshire Forward from 1 April 1999); abolished by the Public Bodies Act 2011, closed 31 March 2012"
D_LEP = "Local enterprise partnership (Local Growth white paper, 2010; Leeds City Region LEP approved 2011); government support for LEPs ended 31 March 2024 and their functions passed to the combined authority (DLUHC and DBT letter to LEP chairs, 4 August 2023)"
D_EA = "Environment Act 1995 (Environment Agency from 1 April 1996)"
D_JCP = "Jobcentre Plus (launched 2002)"
D_FOUNDED = "founding year of the body (own records)"
D_UNDATED = "dates not recorded: in existence throughout the period the sample covers"

# id, name, sector, type, level, power, interest, budget_m, statutory, gss_code, start, end,
# successor_of (ids joined by |), basis (source of the dates), districts covered (LAD codes)
WY_AGENCIES = [
    # councils and the combined authority
    ("bradford-mdc", "City of Bradford Metropolitan District Council", "public", "metropolitan-district", "local", 4, 5, 450, True, BRA, "1974-04-01", "", "", D_MET, (BRA,)),
    ("calderdale-mbc", "Calderdale Metropolitan Borough Council", "public", "metropolitan-district", "local", 3, 5, 200, True, CAL, "1974-04-01", "", "", D_MET, (CAL,)),
    ("kirklees-c", "Kirklees Council", "public", "metropolitan-district", "local", 4, 5, 350, True, KIR, "1974-04-01", "", "", D_MET, (KIR,)),
    ("leeds-cc", "Leeds City Council", "public", "metropolitan-district", "local", 5, 5, 600, True, LEE, "1974-04-01", "", "", D_MET, (LEE,)),
    ("wakefield-mdc", "Wakefield Metropolitan District Council", "public", "metropolitan-district", "local", 3, 5, 300, True, WAK, "1974-04-01", "", "", D_MET, (WAK,)),
    ("wyca", "West Yorkshire Combined Authority", "public", "combined-authority", "subregional", 5, 5, 700, True, "E47000003", "2014-04-01", "", "wy-ita|wy-pcc", D_WYCA, ALL_WY),
    ("wy-ita", "West Yorkshire Integrated Transport Authority (Metro)", "public", "transport-authority", "subregional", 3, 3, "", True, "", "1986-04-01", "2014-03-31", "", D_ITA, ALL_WY),
    # blue light and justice
    ("wy-police", "West Yorkshire Police", "public", "police", "subregional", 5, 4, 600, True, "E23000010", "1974-04-01", "", "", D_FORCE, ALL_WY),
    ("wy-police-authority", "West Yorkshire Police Authority", "public", "pcc", "subregional", 4, 4, "", True, "", "1995-04-01", "2012-11-21", "", D_POLICE_AUTH, ALL_WY),
    ("wy-pcc", "West Yorkshire Police and Crime Commissioner", "public", "pcc", "subregional", 4, 4, "", True, "", "2012-11-22", "2021-05-09", "wy-police-authority", D_PCC, ALL_WY),
    ("wyfrs", "West Yorkshire Fire and Rescue Authority", "public", "fire", "subregional", 3, 3, 100, True, "E31000045", "1986-04-01", "", "", D_FIRE, ALL_WY),
    ("wy-probation", "West Yorkshire Probation Board (Probation Trust from 2010)", "public", "probation", "subregional", 3, 3, "", True, "", "2001-04-01", "2014-05-31", "", D_PROB_BOARD, ALL_WY),
    ("yh-probation", "Yorkshire and the Humber Probation Service", "public", "probation", "regional", 3, 3, "", True, "", "2021-06-26", "", "", D_PROB_REGION, ALL_WY),
    # NHS
    ("pct-bradford", "Bradford and Airedale Teaching Primary Care Trust", "public", "pct", "local", 4, 3, "", True, "", "", "2013-03-31", "", D_PCT, (BRA,)),
    ("pct-calderdale", "Calderdale Primary Care Trust", "public", "pct", "local", 3, 3, "", True, "", "", "2013-03-31", "", D_PCT, (CAL,)),
    ("pct-kirklees", "Kirklees Primary Care Trust", "public", "pct", "local", 3, 3, "", True, "", "", "2013-03-31", "", D_PCT, (KIR,)),
    ("pct-leeds", "Leeds Primary Care Trust (NHS Leeds)", "public", "pct", "local", 4, 3, "", True, "", "", "2013-03-31", "", D_PCT, (LEE,)),
    ("pct-wakefield", "Wakefield District Primary Care Trust (NHS Wakefield District)", "public", "pct", "local", 3, 3, "", True, "", "", "2013-03-31", "", D_PCT, (WAK,)),
    ("wy-icb", "NHS West Yorkshire Integrated Care Board", "public", "icb", "subregional", 5, 4, 4000, True, "E54000054", "2022-07-01", "", "ccg-bradford|ccg-calderdale|ccg-kirklees|ccg-leeds|ccg-wakefield", D_ICB, ALL_WY),
    ("ccg-bradford", "NHS Bradford District and Craven CCG", "public", "ccg", "local", 4, 3, "", True, "E38000232", "2020-04-01", "2022-06-30", "pct-bradford", D_CCG, (BRA,)),
    ("ccg-calderdale", "NHS Calderdale CCG", "public", "ccg", "local", 3, 3, "", True, "E38000025", "2013-04-01", "2022-06-30", "pct-calderdale", D_CCG, (CAL,)),
    ("ccg-kirklees", "NHS Kirklees CCG", "public", "ccg", "local", 3, 3, "", True, "E38000254", "2020-04-01", "2022-06-30", "pct-kirklees", D_CCG, (KIR,)),
    ("ccg-leeds", "NHS Leeds CCG", "public", "ccg", "local", 4, 3, "", True, "E38000225", "2018-04-01", "2022-06-30", "pct-leeds", D_CCG, (LEE,)),
    ("ccg-wakefield", "NHS Wakefield CCG", "public", "ccg", "local", 3, 3, "", True, "E38000190", "2013-04-01", "2022-06-30", "pct-wakefield", D_CCG, (WAK,)),
    ("leeds-th", "Leeds Teaching Hospitals NHS Trust", "public", "nhs-trust", "local", 4, 3, 1500, True, "", "1998", "", "", D_FOUNDED, (LEE,)),
    ("bradford-th", "Bradford Teaching Hospitals NHS Foundation Trust", "public", "nhs-trust", "local", 3, 3, 500, True, "", "2004", "", "", D_FOUNDED + " (foundation trust from 2004)", (BRA,)),
    ("mid-yorks", "Mid Yorkshire Teaching NHS Trust", "public", "nhs-trust", "local", 3, 3, 700, True, "", "2002", "", "", D_FOUNDED, (KIR, WAK)),
    ("cht", "Calderdale and Huddersfield NHS Foundation Trust", "public", "nhs-trust", "local", 3, 3, 450, True, "", "2001", "", "", D_FOUNDED, (CAL, KIR)),
    ("lypft", "Leeds and York Partnership NHS Foundation Trust", "public", "nhs-trust", "local", 2, 3, 250, True, "", "2007", "", "", D_FOUNDED, (LEE,)),
    ("swyft", "South West Yorkshire Partnership NHS Foundation Trust", "public", "nhs-trust", "subregional", 2, 3, 300, True, "", "2002", "", "", D_FOUNDED, (CAL, KIR, WAK)),
    ("yas", "Yorkshire Ambulance Service NHS Trust", "public", "nhs-trust", "regional", 3, 2, 400, True, "", "2006-07-01", "", "", "Yorkshire Ambulance Service NHS Trust (Establishment) Order 2006 (from 1 July 2006)", ALL_WY),
    # universities
    ("uni-leeds", "University of Leeds", "public", "university", "local", 3, 3, 900, False, "", "1904", "", "", D_FOUNDED + " (royal charter 1904)", (LEE,)),
    ("leeds-beckett", "Leeds Beckett University", "public", "university", "local", 2, 3, 250, False, "", "1992", "", "", D_FOUNDED + " (university title 1992 as Leeds Metropolitan University; renamed 2014)", (LEE,)),
    ("uni-bradford", "University of Bradford", "public", "university", "local", 2, 3, 150, False, "", "1966", "", "", D_FOUNDED + " (royal charter 1966)", (BRA,)),
    ("uni-huddersfield", "University of Huddersfield", "public", "university", "local", 2, 3, 200, False, "", "1992", "", "", D_FOUNDED + " (university title 1992)", (KIR,)),
    ("leeds-trinity", "Leeds Trinity University", "public", "university", "local", 1, 2, 50, False, "", "", "", "", D_UNDATED + " (a college of higher education before its university title of 2012)", (LEE,)),
    # further education
    ("leeds-city-college", "Leeds City College", "public", "college", "local", 2, 4, 100, False, "", "2009-04-01", "", "", D_FOUNDED + " (merger of Park Lane College, Leeds Thomas Danby and Leeds College of Technology, 1 April 2009)", (LEE,)),
    ("bradford-college", "Bradford College", "public", "college", "local", 2, 4, 70, False, "", "", "", "", D_UNDATED, (BRA,)),
    ("calderdale-college", "Calderdale College", "public", "college", "local", 1, 4, 30, False, "", "", "", "", D_UNDATED, (CAL,)),
    ("kirklees-college", "Kirklees College", "public", "college", "local", 2, 4, 60, False, "", "2008-08-01", "", "", D_FOUNDED + " (merger of Huddersfield Technical College and Dewsbury College, 1 August 2008)", (KIR,)),
    ("wakefield-college", "Wakefield College", "public", "college", "local", 1, 4, 40, False, "", "", "", "", D_UNDATED, (WAK,)),
    # national and regional (some historic)
    ("lsc-wy", "Learning and Skills Council (West Yorkshire)", "public", "lsc", "subregional", 4, 4, "", True, "", "2001-04-01", "2010-03-31", "", D_LSC, ALL_WY),
    ("jcp-wy", "Jobcentre Plus (West Yorkshire district)", "public", "jobcentre", "subregional", 3, 3, "", True, "", "2002", "", "", D_JCP, ALL_WY),
    ("go-yh", "Government Office for Yorkshire and the Humber", "public", "government-office", "regional", 4, 3, "", True, "", "1994-04", "2011-03-31", "", D_GO, ALL_WY),
    ("yorkshire-forward", "Yorkshire Forward", "public", "rda", "regional", 4, 4, "", True, "", "1999-04-01", "2012-03-31", "", D_RDA, ALL_WY),
    ("lcr-lep", "Leeds City Region Enterprise Partnership", "public", "lep", "subregional", 3, 4, "", False, "E37000020", "2011", "2024-03-31", "", D_LEP, ALL_WY),
    ("env-agency", "Environment Agency (Yorkshire area)", "public", "environment", "national", 3, 2, "", True, "", "1996-04-01", "", "", D_EA, ALL_WY),
    # voluntary and community
    ("val", "Voluntary Action Leeds", "voluntary", "voluntary-org", "local", 2, 4, "", False, "", "", "", "", D_UNDATED, (LEE,)),
    ("cabad", "Community Action Bradford & District", "voluntary", "voluntary-org", "local", 2, 4, "", False, "", "", "", "", D_UNDATED, (BRA,)),
    ("nova-wakefield", "Nova Wakefield District", "voluntary", "voluntary-org", "local", 1, 4, "", False, "", "", "", "", D_UNDATED, (WAK,)),
    ("incommunities", "Incommunities (housing association)", "voluntary", "housing", "local", 2, 3, "", False, "", "2003", "", "", D_FOUNDED + " (stock transfer from Bradford Council, 2003)", (BRA,)),
    ("leeds-tenants", "Leeds Tenants Federation", "community", "community-org", "local", 1, 4, "", False, "", "", "", "", D_UNDATED, (LEE,)),
    # private
    ("wny-chamber", "West & North Yorkshire Chamber of Commerce", "private", "chamber", "subregional", 2, 2, "", False, "", "", "", "", D_UNDATED, ALL_WY),
    ("yorkshire-water", "Yorkshire Water", "private", "business", "regional", 3, 1, "", False, "", "", "", "", D_UNDATED, ALL_WY),
]

COUNCIL_OF = {BRA: "bradford-mdc", CAL: "calderdale-mbc", KIR: "kirklees-c", LEE: "leeds-cc",
              WAK: "wakefield-mdc"}
CCG_OF = {BRA: "ccg-bradford", CAL: "ccg-calderdale", KIR: "ccg-kirklees", LEE: "ccg-leeds",
          WAK: "ccg-wakefield"}
PCT_OF = {BRA: "pct-bradford", CAL: "pct-calderdale", KIR: "pct-kirklees", LEE: "pct-leeds",
          WAK: "pct-wakefield"}
COLLEGE_OF = {BRA: "bradford-college", CAL: "calderdale-college", KIR: "kirklees-college",
              LEE: "leeds-city-college", WAK: "wakefield-college"}

# date each CCG of the sample was established (Leeds, Bradford District and Craven, and Kirklees
# CCGs were mergers of earlier CCGs); ties to a CCG start no earlier than this
CCG_START = {"ccg-bradford": "2020-04-01", "ccg-calderdale": "2013-04-01",
             "ccg-kirklees": "2020-04-01", "ccg-leeds": "2018-04-01",
             "ccg-wakefield": "2013-04-01"}

S = "statutory"
I = "illustrative"

WB_MAPPA = "Criminal Justice Act 2003 s.325 (MAPPA responsible authority)"
WB_JOINT = "Local Government Act 1985 (West Yorkshire joint arrangements after the metropolitan county council was abolished)"
WB_LAA = "Local Government and Public Involvement in Health Act 2007 Part 5 (Local Area Agreement)"
WB_LSC = "Learning and Skills Act 2000 (LSC funding of further education)"
WB_SCRUTINY = "NHS Act 2006 s.244 and the 2013 health scrutiny regulations (council health scrutiny)"
WB_CCA = "Civil Contingencies Act 2004 (category 1 responders, West Yorkshire Local Resilience Forum)"
WB_MAYOR_PCC = "Police Reform and Social Responsibility Act 2011 as applied by the West Yorkshire Combined Authority (Election of Mayor and Functions) Order 2021 (mayor holds PCC functions)"


WB_CSP_PCT = "Crime and Disorder Act 1998 s.5(1)(e) as inserted by the Police Reform Act 2002 s.97 (primary care trust a responsible authority)"
WB_CSP_PA = "Crime and Disorder Act 1998 s.5(1)(c) as inserted by the Police Reform Act 2002 s.97 (police authority a responsible authority)"
WB_PCC_CSP = "Police Reform and Social Responsibility Act 2011 s.10 (police and crime commissioner and the responsible authorities co-operate)"
WB_PA_FORCE = "Police Act 1996 s.6 (the police authority secures an efficient and effective force)"
WB_PCC_FORCE = "Police Reform and Social Responsibility Act 2011 s.1 (the police and crime commissioner holds the chief constable to account)"
WB_ITA = "Local Government Act 1985 s.28 (the district councils' joint passenger transport authority; integrated transport authority from 2009)"
WB_MAPPA_2000 = "Criminal Justice and Court Services Act 2000 ss.67-68 (MAPPA responsible authority), re-enacted as Criminal Justice Act 2003 s.325"
PCT_END = "2013-03-31"
PA_END = "2012-11-21"
PCC_START, PCC_END = "2012-11-22", "2021-05-09"
PROBATION_REGION_START = "2021-06-26"


def wy_ties():
    """(source, target, type, weight, directed, since, basis, provenance[, until])"""
    t = []
    add = lambda *x: t.append(x)
    for lad in ALL_WY:
        c = COUNCIL_OF[lad]
        # community safety partnership responsible authorities
        add(c, "wy-police", "partnership", 4, False, "", B_CSP, S)
        add(c, "wyfrs", "partnership", 3, False, "", B_CSP, S)
        add(c, "yh-probation", "partnership", 2, False, PROBATION_REGION_START, B_CSP, S)
        add(c, PCT_OF[lad], "partnership", 4, False, "", WB_CSP_PCT, S, PCT_END)
        add(c, "wy-police-authority", "partnership", 3, False, "", WB_CSP_PA, S, PA_END)
        add(c, "wy-pcc", "partnership", 3, False, PCC_START, WB_PCC_CSP, S, PCC_END)
        # the district councils' transport authority until the combined authority took it over
        add(c, "wy-ita", "accountability", 4, True, "1986-04-01", WB_ITA, S, "2014-03-31")
        # health and wellbeing boards (and CSP health member)
        add(c, CCG_OF[lad], "partnership", 4, False, CCG_START[CCG_OF[lad]], B_HWB + "; " + B_CSP, S)
        add(c, "wy-icb", "partnership", 4, False, "2022-07-01", B_HWB + "; " + B_CSP, S)
        # combined authority constituent council
        add(c, "wyca", "accountability", 5, True, "2014-04-01", B_CA, S)
        # local area agreement negotiated with the government office
        add("go-yh", c, "agreement", 3, False, "2008-04-01", WB_LAA, S)
        # LSC funded the FE college of each district
        add("lsc-wy", COLLEGE_OF[lad], "funding", 4, True, "2001-04-01", WB_LSC, S)
        # devolved adult education budget (illustrative weights)
        add("wyca", COLLEGE_OF[lad], "funding", 3, True, "2021-08-01", "Devolved adult education budget (from 2021/22)", I)
        # college and its home council
        add(c, COLLEGE_OF[lad], "partnership", 2, False, "", "Local skills and employment partnership", I)
        # LEP board membership of the five leaders
        add(c, "lcr-lep", "partnership", 3, False, "2011-01-01", "LEP board membership", I)
    # joint arrangements among the five councils
    for i, a in enumerate(ALL_WY):
        for b in ALL_WY[i + 1:]:
            add(COUNCIL_OF[a], COUNCIL_OF[b], "partnership", 3, False, "1986-04-01", WB_JOINT, S)
    # blue light
    add("wy-police", "wyfrs", "agreement", 3, False, "2017-04-03", B_BLUE, S)
    add("wy-police", "wyca", "accountability", 5, True, "2021-05-10", WB_MAYOR_PCC, S)
    add("wy-police", "yh-probation", "partnership", 4, False, PROBATION_REGION_START, WB_MAPPA, S)
    add("wy-police", "wy-probation", "partnership", 4, False, "2001-04-01", WB_MAPPA_2000, S, "2014-05-31")
    add("wy-police", "wy-police-authority", "accountability", 5, True, "", WB_PA_FORCE, S, PA_END)
    add("wy-police", "wy-pcc", "accountability", 5, True, PCC_START, WB_PCC_FORCE, S, PCC_END)
    add("wy-police", "yas", "protocol", 3, False, "", WB_CCA, S)
    add("wy-police", "env-agency", "protocol", 2, False, "", WB_CCA, S)
    add("wyfrs", "yas", "protocol", 3, False, "", WB_CCA, S)
    add("wyfrs", "env-agency", "protocol", 2, False, "", WB_CCA, S)
    # health scrutiny of the main acute trust of each district
    for c, trust in (("bradford-mdc", "bradford-th"), ("calderdale-mbc", "cht"),
                     ("kirklees-c", "cht"), ("leeds-cc", "leeds-th"), ("wakefield-mdc", "mid-yorks")):
        add(c, trust, "scrutiny", 3, True, "2013-04-01", WB_SCRUTINY, S)
    # NHS commissioning (commissioner -> provider)
    for ccg, trusts in (("ccg-bradford", ("bradford-th",)),
                        ("ccg-calderdale", ("cht", "swyft")),
                        ("ccg-kirklees", ("cht", "mid-yorks", "swyft")),
                        ("ccg-leeds", ("leeds-th", "lypft")),
                        ("ccg-wakefield", ("mid-yorks", "swyft"))):
        for tr in trusts:
            add(ccg, tr, "commissioning", 5, True, CCG_START[ccg], "NHS standard contract (CCG commissioner to provider)", I)
    for pct, trusts in (("pct-bradford", ("bradford-th",)),
                        ("pct-calderdale", ("cht", "swyft")),
                        ("pct-kirklees", ("cht", "mid-yorks", "swyft")),
                        ("pct-leeds", ("leeds-th", "lypft")),
                        ("pct-wakefield", ("mid-yorks", "swyft"))):
        for tr in trusts:
            add(pct, tr, "commissioning", 5, True, "", "NHS contract (PCT commissioner to provider)", I, PCT_END)
    for tr in ("bradford-th", "cht", "leeds-th", "lypft", "mid-yorks", "swyft", "yas"):
        add("wy-icb", tr, "commissioning", 5, True, "2022-07-01", "NHS standard contract (ICB commissioner to provider)", I)
    # provider collaboratives
    acute = ("bradford-th", "cht", "leeds-th", "mid-yorks")
    for i, a in enumerate(acute):
        for b in acute[i + 1:]:
            add(a, b, "partnership", 3, False, "2016-01-01", "Acute provider collaborative (West Yorkshire Association of Acute Trusts)", I)
    add("lypft", "swyft", "partnership", 3, False, "", "Mental health provider collaborative", I)
    add("wy-icb", "wyca", "partnership", 3, False, "2022-07-01", "Integrated care partnership membership", I)
    add("kirklees-c", "cht", "conflict", 2, False, "2016-01-01", "Dispute over reconfiguration of hospital services (referred to the Secretary of State)", I)
    # universities
    add("uni-leeds", "leeds-th", "partnership", 4, False, "", "Teaching hospital and medical school", I)
    add("uni-bradford", "bradford-th", "partnership", 3, False, "", "Teaching hospital and health research", I)
    add("uni-huddersfield", "cht", "partnership", 2, False, "", "Clinical education placements", I)
    add("uni-leeds", "leeds-cc", "partnership", 3, False, "", "Civic/anchor institution partnership", I)
    add("leeds-beckett", "leeds-cc", "informal", 2, False, "", "", I)
    add("leeds-trinity", "leeds-city-college", "informal", 1, False, "", "", I)
    add("uni-bradford", "bradford-mdc", "partnership", 2, False, "", "Civic partnership", I)
    add("uni-huddersfield", "kirklees-c", "partnership", 2, False, "", "Civic partnership", I)
    add("uni-bradford", "bradford-college", "agreement", 2, False, "", "Progression and validation agreement", I)
    add("uni-leeds", "lcr-lep", "partnership", 2, False, "2011-01-01", "LEP board membership", I)
    add("uni-huddersfield", "lcr-lep", "informal", 1, False, "", "", I)
    add("yorkshire-forward", "uni-leeds", "funding", 2, True, "1999-04-01", "Regional innovation funding", I)
    # employment and skills
    add("jcp-wy", "leeds-city-college", "partnership", 2, False, "", "Employability provision", I)
    add("jcp-wy", "bradford-college", "partnership", 2, False, "", "Employability provision", I)
    add("jcp-wy", "leeds-cc", "partnership", 2, False, "", "Employment and skills board", I)
    add("jcp-wy", "bradford-mdc", "partnership", 2, False, "", "Employment and skills board", I)
    add("jcp-wy", "wyca", "partnership", 2, False, "", "Employment and skills board", I)
    add("jcp-wy", "lsc-wy", "partnership", 2, False, "2002-04-01", "Skills and employment co-ordination", I)
    add("lsc-wy", "yorkshire-forward", "partnership", 3, False, "2001-04-01", "Regional skills partnership", I)
    # regional bodies and the LEP
    add("go-yh", "yorkshire-forward", "partnership", 3, False, "1999-04-01", "Regional strategy", I)
    add("go-yh", "wy-police", "partnership", 2, False, "", "Crime reduction team liaison", I)
    add("yorkshire-forward", "leeds-cc", "funding", 3, True, "1999-04-01", "Single regeneration and RDA single pot funding", I)
    add("yorkshire-forward", "bradford-mdc", "funding", 3, True, "1999-04-01", "Single regeneration and RDA single pot funding", I)
    add("yorkshire-forward", "wny-chamber", "funding", 1, True, "", "Business support funding", I)
    add("lcr-lep", "wyca", "accountability", 4, True, "2014-04-01", "Combined authority is the LEP's accountable body", I)
    add("wny-chamber", "lcr-lep", "partnership", 2, False, "", "Private-sector LEP board representation", I)
    add("wny-chamber", "leeds-cc", "informal", 1, False, "", "", I)
    # environment
    add("env-agency", "leeds-cc", "partnership", 3, False, "", "Flood alleviation scheme", I)
    add("env-agency", "calderdale-mbc", "partnership", 3, False, "2016-01-01", "Flood recovery and resilience programme", I)
    add("env-agency", "yorkshire-water", "conflict", 2, False, "", "Regulatory enforcement over discharges", I)
    add("yorkshire-water", "calderdale-mbc", "informal", 1, False, "", "", I)
    # voluntary, community and housing
    add("leeds-cc", "val", "funding", 3, True, "", "Infrastructure support grant", I)
    add("bradford-mdc", "cabad", "funding", 3, True, "", "Infrastructure support grant", I)
    add("wakefield-mdc", "nova-wakefield", "funding", 2, True, "", "Infrastructure support grant", I)
    add("wy-icb", "val", "partnership", 2, False, "2022-07-01", "VCSE representation in the integrated care partnership", I)
    add("ccg-leeds", "val", "funding", 2, True, CCG_START["ccg-leeds"], "Third-sector health grants", I)
    add("val", "cabad", "informal", 2, False, "", "West Yorkshire VCSE infrastructure network", I)
    add("cabad", "nova-wakefield", "informal", 1, False, "", "West Yorkshire VCSE infrastructure network", I)
    add("cabad", "bradford-th", "informal", 1, False, "", "", I)
    add("nova-wakefield", "mid-yorks", "informal", 1, False, "", "", I)
    add("bradford-mdc", "incommunities", "agreement", 3, False, "2003-01-01", "Housing stock transfer agreement", I)
    add("incommunities", "cabad", "informal", 1, False, "", "", I)
    add("incommunities", "wy-police", "informal", 1, False, "", "Neighbourhood anti-social behaviour work", I)
    add("leeds-tenants", "leeds-cc", "partnership", 2, False, "", "Tenant involvement agreement", I)
    add("leeds-tenants", "val", "informal", 1, False, "", "", I)
    return t


# The `budget_provenance` of every west-yorkshire budget_m: no annual accounts were at hand to
# source them from, so they stay marked as written for the sample.
WY_BUDGET_PROVENANCE = "illustrative"


def west_yorkshire(shared, eng_net):
    """Builds the sample from the hand-written lists above; areas and populations come from the
    2024 england network (LSOA21, Census 2021)."""
    net = Network("west-yorkshire")
    lsoas_of = collections.defaultdict(list)
    for code, a in eng_net.areas.items():
        if a["parent"] in WY_LADS:
            lsoas_of[a["parent"]].append(code)
    yh = eng_net.areas[YH_REGION]
    net.add_area(YH_REGION, yh["name"], yh["population"], "")
    for lad in ALL_WY:
        la = eng_net.areas[lad]
        net.add_area(lad, la["name"], la["population"], YH_REGION)
        for l in lsoas_of[lad]:
            a = eng_net.areas[l]
            net.add_area(l, a["name"], a["population"], lad)
    for (aid, name, sector, typ, level, power, interest, budget, statutory, gss, start, end,
         successor_of, basis, lads) in WY_AGENCIES:
        # Every budget here is a rough order of magnitude written for the sample, not a figure from
        # annual accounts: the data say so on the row (`budget_provenance`), and `spend` repeats it.
        net.add_agency(id=aid, name=name, sector=sector, type=typ, level=level, power=power,
                       interest=interest, budget_m=budget, statutory=statutory, gss_code=gss,
                       start=start, end=end, successor_of=successor_of, basis=basis,
                       budget_provenance=WY_BUDGET_PROVENANCE if budget not in (None, "") else "")
        for lad in lads:
            for l in lsoas_of[lad]:
                net.cover(aid, l)
    for row in wy_ties():
        (s, tg, typ, w, d, since, basis, prov), until = row[:8], (row[8] if len(row) > 8 else "")
        key = (typ, s, tg, True) if d else (typ,) + tuple(sorted((s, tg))) + (False,)
        if key in net.rels:
            raise SystemExit("duplicate WY tie %s" % (key,))
        net.tie(s, tg, typ, basis, directed=d, weight=w, since=since, until=until)
        net.rels[key]["provenance"] = prov
    net.validate()
    comps = net.components()
    if len(comps) != 1:
        raise SystemExit("west-yorkshire is not connected: %s" % comps)
    return net


# --------------------------------------------------------------------------------------------
# Boards (boards.csv, memberships.csv): partnership boards as units, built from the same lookups

BOARD_COLS = ["id", "name", "theme", "area", "basis", "start", "end", "source"]
MEMBERSHIP_COLS = ["board_id", "agency_id", "role", "seats", "since", "until", "source"]

BB_CSP = "Crime and Disorder Act 1998 ss.5-6 (responsible authorities)"
BB_HWB = "Health and Social Care Act 2012 s.194"
BB_ICP = "NHS Act 2006 s.116ZA as inserted by the Health and Care Act 2022 s.26"
BB_LRF = "Civil Contingencies Act 2004 and the Civil Contingencies Act 2004 (Contingency Planning) Regulations 2005 reg.4 (one forum per police area)"
BB_CA = "Local Democracy, Economic Development and Construction Act 2009 Part 6 and the authority's establishment order"
SRC_CSP = "ONS LAD to CSP to PFA lookup (lad24_csp24_pfa24_ew.csv; 2021 vintage LAD19_CSP19_PFA19_EW_LU.csv)"
SRC_UTLA = "ONS LAD to UTLA to region to CAUTH lookup"
SRC_HEALTH = "ONS LSOA to sub-ICB location to ICB lookup (2021 vintage: LSOA11 to CCG21)"


class Boards:
    """Boards and memberships of one network; write() adds boards.csv and memberships.csv."""

    def __init__(self, net):
        self.net = net
        self.boards = {}
        self.members = {}

    def board(self, bid, name, theme, areas, basis, source, start="", end=""):
        if bid in self.boards:
            raise SystemExit("duplicate board %s" % bid)
        for a in areas:
            if a not in self.net.areas:
                raise SystemExit("board %s: unknown area %s" % (bid, a))
        self.boards[bid] = {"id": bid, "name": name, "theme": theme, "area": "|".join(sorted(areas)),
                            "basis": basis, "start": start, "end": end, "source": source}

    def member(self, bid, aid, role="statutory-member", source="", since="", until="", seats=1):
        if aid not in self.net.agencies:
            raise SystemExit("board %s: unknown agency %s" % (bid, aid))
        key = (bid, aid)
        if key in self.members:
            return
        self.members[key] = {"board_id": bid, "agency_id": aid, "role": role, "seats": seats,
                             "since": since, "until": until, "source": source}

    def validate(self):
        seated = {b for b, a in self.members}
        empty = sorted(set(self.boards) - seated)
        if empty:
            raise SystemExit("boards without members: %s" % empty)

    def write(self, folder):
        self.validate()
        write_csv(os.path.join(folder, "boards.csv"), BOARD_COLS,
                  [self.boards[b] for b in sorted(self.boards)])
        write_csv(os.path.join(folder, "memberships.csv"), MEMBERSHIP_COLS,
                  [self.members[k] for k in sorted(self.members)])

    def counts(self):
        return collections.Counter(b["theme"] for b in self.boards.values())


def england_boards(net, info, lads, csp_of, pfa_of, fra_of, health_type, icps):
    """Every CSP, HWB, LRF and combined authority board of an England network (and, when `icps`,
    every integrated care partnership). csp_of: lad -> (csp code, name). Rules in Networks/README.md."""
    bd = Boards(net)
    health_of_lad = info["health_of_lad"]

    def council(gss):
        return ("cty-" if gss.startswith("E10") else "lad-") + gss

    def councils_of(lad_list):
        out = set()
        for lad in lad_list:
            out.add(council(lad))
            if lads[lad]["utla_code"] != lad:
                out.add(council(lads[lad]["utla_code"]))
        return out

    # community safety partnerships: the councils (district and county), police, fire and the NHS
    # commissioners overlapping the CSP's districts
    csps = collections.defaultdict(list)
    for lad in sorted(lads):
        csps[csp_of[lad]].append(lad)
    for (code, name), members in sorted(csps.items()):
        bid = "csp-" + code
        bd.board(bid, "%s Community Safety Partnership" % name, "community-safety", members, BB_CSP, SRC_CSP)
        for c in sorted(councils_of(members)):
            bd.member(bid, c, source=BB_CSP + " s.5(1)(a)")
        for lad in members:
            bd.member(bid, "pfa-" + pfa_of[lad][0], source=BB_CSP + " s.5(1)(b)")
            bd.member(bid, "fra-" + fra_of[lad][0], source=BB_CSP + " s.5(1)(d)")
            for h in sorted(health_of_lad[lad]):
                bd.member(bid, h, source=BB_CSP + " s.5(1)(e)")

    # health and wellbeing boards: one per upper-tier council, with each NHS commissioner
    # overlapping its area
    utlas = collections.defaultdict(list)
    for lad in sorted(lads):
        utlas[lads[lad]["utla_code"]].append(lad)
    for utla, members in sorted(utlas.items()):
        bid = "hwb-" + utla
        nm = lads[members[0]]["utla_name"]
        bd.board(bid, "%s Health and Wellbeing Board" % nm, "health-and-wellbeing", members, BB_HWB,
                 SRC_UTLA, start="2013-04-01")
        bd.member(bid, council(utla), role="chair", source=BB_HWB + "(1)-(2)(d)")
        for lad in members:
            for h in sorted(health_of_lad[lad]):
                bd.member(bid, h, source=BB_HWB + "(2)(f)")

    # integrated care partnerships (from July 2022): the ICB and every upper-tier council whose
    # area falls wholly or partly within it
    if icps:
        icb_lads = collections.defaultdict(set)
        for lad in lads:
            for h in health_of_lad[lad]:
                icb_lads[h].add(lad)
        for icb in sorted(icb_lads):
            members = sorted(icb_lads[icb])
            bid = "icp-" + icb[len("icb-"):]
            uppers = sorted({lads[l]["utla_code"] for l in members})
            footprint = sorted({l for u in uppers for l in utlas[u]})
            bd.board(bid, "%s Integrated Care Partnership" % net.agencies[icb]["name"].replace(" Integrated Care Board", "").replace("NHS ", ""),
                     "integrated-care", footprint, BB_ICP, SRC_HEALTH, start="2022-07-01")
            bd.member(bid, icb, source=BB_ICP + "(1)")
            for u in uppers:
                bd.member(bid, council(u), source=BB_ICP + "(1)")

    # local resilience forums: one per police area, with the category 1 responders in the network
    pfas = collections.defaultdict(list)
    for lad in sorted(lads):
        pfas[pfa_of[lad]].append(lad)
    for (code, name), members in sorted(pfas.items()):
        bid = "lrf-" + code
        bd.board(bid, "%s Local Resilience Forum" % name, "resilience", members, BB_LRF, SRC_CSP)
        cat1 = "Civil Contingencies Act 2004 Sch.1 Part 1 (category 1 responder)"
        for c in sorted(councils_of(members)):
            bd.member(bid, c, source=cat1)
        bd.member(bid, "pfa-" + code, role="chair", source=cat1)
        for lad in members:
            bd.member(bid, "fra-" + fra_of[lad][0], source=cat1)
            if health_type == "icb":  # CCGs were category 2 responders, not members
                for h in sorted(health_of_lad[lad]):
                    bd.member(bid, h, source=cat1 + " as amended by the Health and Care Act 2022")

    # combined authority boards: the constituent councils (districts and their county)
    cas = collections.defaultdict(list)
    for lad in sorted(lads):
        if lads[lad]["cauth_code"]:
            cas[lads[lad]["cauth_code"]].append(lad)
    for ca, members in sorted(cas.items()):
        bid = "cab-" + ca
        bd.board(bid, "%s board" % net.agencies["ca-" + ca]["name"], "combined-authority", members,
                 BB_CA, SRC_UTLA)
        for c in sorted(councils_of(members)):
            bd.member(bid, c, role="member", source=BB_CA + " (constituent council)")
    return bd


def csp_lookup_2024(shared):
    out = {}
    for r in read_csv(os.path.join(shared, "geo", "lad24_csp24_pfa24_ew.csv")):
        out[r["lad24_code"]] = (r["csp24_code"], r["csp24_name"])
    return out


def csp_lookup_2021(shared, reg, lads):
    """LAD21 -> CSP19. The unitaries created in 2020-21 (absent from the 2019 lookup) form one
    CSP of their own, named after the council (their predecessor districts' CSPs merged)."""
    raw = os.path.join(shared, "geo", "ons_raw_2019", "LAD19_CSP19_PFA19_EW_LU.csv")
    csp19 = {r["LAD19CD"]: (r["CSP19CD"], r["CSP19NM"]) for r in read_csv(raw)}
    out = {}
    for lad in lads:
        out[lad] = csp19.get(lad) or ("new-" + lad, lads[lad]["lad_name"])
    return out


def write_boards(out, shared, reg, eng, eng_info, lads24, e21, e21_info, lads21, wy):
    """Builds and writes boards.csv and memberships.csv of the three networks."""
    sets = {
        "england": england_boards(eng, eng_info, lads24, csp_lookup_2024(shared), eng_info["pfa_of"],
                                  eng_info["fra_of"], "icb", icps=True),
        "england-2021": england_boards(e21, e21_info, lads21, csp_lookup_2021(shared, reg, lads21),
                                       e21_info["pfa_of"], e21_info["fra_of"], "ccg", icps=False),
        "west-yorkshire": west_yorkshire_boards(wy),
    }
    for name, bd in sets.items():
        bd.write(os.path.join(out, name))
        print("%-15s boards %s, memberships %d" % (name, dict(sorted(bd.counts().items())), len(bd.members)))
    return sets


def append_boards_readme(path, sets):
    """Appends the boards section (rules, approximations, counts) to Networks/README.md."""
    rows = []
    themes = sorted({t for bd in sets.values() for t in bd.counts()})
    for name, bd in sets.items():
        c = bd.counts()
        rows.append("| `%s` | %s | %d |" % (name, " | ".join(str(c.get(t, 0)) for t in themes), len(bd.members)))
    text = """
## Boards (`boards.csv`, `memberships.csv`)

Partnership boards as units: each board has a `theme` (a requirements theme where one applies),
an `area` footprint (LAD codes joined by `|`), its legal `basis` and the lookup it was derived
from (`source`); each membership names its statutory `source`. Built by `england_boards` and
`west_yorkshire_boards` in `scripts/build_networks.py`.

| network | %s | memberships |
|---|%s---|
%s

Rules (England, both vintages):

- **Community safety partnerships** (`csp-<CSP code>`, theme `community-safety`): one per CSP
  code of the ONS LAD→CSP→PFA lookup (2024: `lad24_csp24_pfa24_ew.csv`; 2021 vintage:
  `LAD19_CSP19_PFA19_EW_LU.csv`), footprint its districts. Members: the responsible authorities
  the network holds (Crime and Disorder Act 1998 s.5): every council of the footprint (district
  and county in two-tier areas), the police force area, the fire and rescue authority, and every
  ICB (2024) or CCG (2021) with an LSOA in the footprint. Joint CSPs (one code for several
  districts, e.g. Dorset, North Hampshire, South Worcester) are one board. In the 2021 vintage the
  unitaries created in 2020-21 (absent from the 2019 lookup) form one CSP each, named after the
  council. Probation, a responsible authority since 2007, is not in the England networks: every
  CSP is reported without it, and the report says the network lists no such body.
- **Health and wellbeing boards** (`hwb-<UTLA code>`, `health-and-wellbeing`, from
  2013-04-01): one per upper-tier council (Health and Social Care Act 2012 s.194), footprint its
  districts; the council (chair) and every ICB/CCG overlapping it. Joint boards and sub-boards
  are not modelled; Healthwatch is not in the England networks.
- **Integrated care partnerships** (`icp-<ICB code>`, `integrated-care`, from 2022-07-01, 2024
  only): the ICB and every upper-tier council whose area falls wholly or partly within it
  (NHS Act 2006 s.116ZA); footprint those councils' districts, so it can exceed the ICB where a
  council is split between ICBs.
- **Local resilience forums** (`lrf-<PFA code>`, `resilience`): one per police force area
  (Contingency Planning Regulations 2005 reg.4), footprint its districts; the category 1
  responders present: councils, the police (chair), fire authorities and (2024) ICBs. CCGs were
  category 2 and are not members in 2021; NHS trusts, ambulance services and the Environment
  Agency are not in the England networks. The London forum is the Metropolitan Police area (the
  City of London Police area is its own PFA and so its own forum here).
- **Combined authority boards** (`cab-<CAUTH code>`, `combined-authority`): the constituent
  councils of the CAUTH lookup (districts, and their county in two-tier areas); the authority
  itself is the board. Non-constituent members are not modelled.

Names of CSPs and LRFs are derived from the lookup names ("Cleveland Local Resilience Forum"),
not the boards' own titles.

West Yorkshire (`west-yorkshire`): the West Yorkshire Combined Authority (West Yorkshire
Combined Authority Order 2014, SI 2014/864; the mayor chairs, SI 2021/112), the five CSPs
(council, West Yorkshire Police, the fire authority, the primary care trust until 2013-03-31 and
the police authority until 2012-11-21 (s.5(1)(e) and (c) as inserted by the Police Reform Act 2002),
the Probation Service from 2021-06-26, the CCG until 2022-06-30 and the ICB from 2022-07-01), the
five health and wellbeing boards (council, CCG then ICB), the West Yorkshire Health and Care
Partnership (ICB and the five councils, NHS Act 2006 s.116ZA) and the West Yorkshire Resilience
Forum (category 1 responders of the sample: councils, police, fire, Environment Agency, the acute
trusts and Yorkshire Ambulance Service, the primary care trusts until 2013 and the ICB from 2022).
Memberships and boards carry their dates, so `--as-at` shows each board as it sat that day.
Only statutory members are listed; the boards' co-opted and voluntary-sector members are not.
""" % (" | ".join(themes), "---|" * len(themes), "\n".join(rows))
    with open(path, "a", newline="\n") as f:
        f.write(text)


# West Yorkshire: the real boards of the sample, with sources. Membership beyond the statutory
# core is labelled in `source`.
WY_CSP_NAMES = {BRA: "Bradford District Community Safety Partnership", CAL: "Calderdale Community Safety Partnership",
                KIR: "Kirklees Community Safety Partnership", LEE: "Safer Leeds (Leeds Community Safety Partnership)",
                WAK: "Wakefield District Community Safety Partnership"}
WY_HWB_NAMES = {BRA: "Bradford Health and Wellbeing Board", CAL: "Calderdale Health and Wellbeing Board",
                KIR: "Kirklees Health and Wellbeing Board", LEE: "Leeds Health and Wellbeing Board",
                WAK: "Wakefield Health and Wellbeing Board"}
WY_ACUTE = ["leeds-th", "bradford-th", "mid-yorks", "cht", "yas"]
WY_ICB_START = "2022-07-01"
WY_CCG_END = "2022-06-30"


def west_yorkshire_boards(wy):
    bd = Boards(wy)
    wyca_order = "West Yorkshire Combined Authority Order 2014 (SI 2014/864)"
    bd.board("wyca-board", "West Yorkshire Combined Authority", "combined-authority", list(ALL_WY),
             BB_CA, wyca_order, start="2014-04-01")
    for lad in ALL_WY:
        bd.member("wyca-board", COUNCIL_OF[lad], role="member", source=wyca_order + " art.3 (constituent councils)")
    bd.member("wyca-board", "wyca", role="chair",
              source="West Yorkshire Combined Authority (Election of Mayor and Functions) Order 2021 (SI 2021/112): the mayor chairs")
    for lad in ALL_WY:
        csp = "csp-" + lad
        bd.board(csp, WY_CSP_NAMES[lad], "community-safety", [lad], BB_CSP, SRC_CSP, start="1998")
        bd.member(csp, COUNCIL_OF[lad], role="chair", source=BB_CSP + " s.5(1)(a)")
        bd.member(csp, "wy-police", source=BB_CSP + " s.5(1)(b)")
        bd.member(csp, "wyfrs", source=BB_CSP + " s.5(1)(d)")
        bd.member(csp, "yh-probation", source=BB_CSP + " s.5(1)(aa)", since=PROBATION_REGION_START)
        bd.member(csp, PCT_OF[lad], source=BB_CSP + " s.5(1)(e) as inserted by the Police Reform Act 2002 s.97 (primary care trust)",
                  until=PCT_END)
        bd.member(csp, "wy-police-authority", source=BB_CSP + " s.5(1)(c) as inserted by the Police Reform Act 2002 s.97 (police authority)",
                  until=PA_END)
        bd.member(csp, CCG_OF[lad], source=BB_CSP + " s.5(1)(e)", since=CCG_START[CCG_OF[lad]], until=WY_CCG_END)
        bd.member(csp, "wy-icb", source=BB_CSP + " s.5(1)(e) as amended by the Health and Care Act 2022", since=WY_ICB_START)
        hwb = "hwb-" + lad
        bd.board(hwb, WY_HWB_NAMES[lad], "health-and-wellbeing", [lad], BB_HWB, SRC_UTLA, start="2013-04-01")
        bd.member(hwb, COUNCIL_OF[lad], role="chair", source=BB_HWB + "(1)-(2)(d)")
        bd.member(hwb, CCG_OF[lad], source=BB_HWB + "(2)(f)", since=CCG_START[CCG_OF[lad]], until=WY_CCG_END)
        bd.member(hwb, "wy-icb", source=BB_HWB + "(2)(f) as amended by the Health and Care Act 2022", since=WY_ICB_START)
    bd.board("wy-hcp", "West Yorkshire Health and Care Partnership (integrated care partnership)", "integrated-care",
             list(ALL_WY), BB_ICP, "West Yorkshire Health and Care Partnership; NHS Act 2006 s.116ZA", start=WY_ICB_START)
    bd.member("wy-hcp", "wy-icb", role="statutory-member", source=BB_ICP + "(1)")
    for lad in ALL_WY:
        bd.member("wy-hcp", COUNCIL_OF[lad], source=BB_ICP + "(1)")
    bd.board("wy-lrf", "West Yorkshire Resilience Forum", "resilience", list(ALL_WY), BB_LRF, WB_CCA, start="2005")
    cat1 = "Civil Contingencies Act 2004 Sch.1 Part 1 (category 1 responder)"
    for lad in ALL_WY:
        bd.member("wy-lrf", COUNCIL_OF[lad], source=cat1)
    bd.member("wy-lrf", "wy-police", role="chair", source=cat1)
    for aid in ["wyfrs", "env-agency"] + WY_ACUTE:
        bd.member("wy-lrf", aid, source=cat1)
    for lad in ALL_WY:
        bd.member("wy-lrf", PCT_OF[lad], source=cat1 + " (primary care trusts, until their abolition)", until=PCT_END)
    bd.member("wy-lrf", "wy-icb", source=cat1 + " as amended by the Health and Care Act 2022", since=WY_ICB_START)
    return bd


# --------------------------------------------------------------------------------------------
# README


LICENCE = """Source: Office for National Statistics licensed under the Open Government Licence v.3.0.
Contains OS data © Crown copyright and database right.

The lookups reached us through these repositories, whose code and data packaging are MIT licensed:
humaniverse/geographr (British Red Cross, commit `c026be5cc76cb576358082b53f1f13d69ab577ae`),
humaniverse/demographr (British Red Cross, commit `d0417101e5cad5fe1eca059ac60859e9157a29d2`) and
mysociety/uk_local_authority_names_and_codes (mySociety, commit `67ef8b118938678401a452f4f19f669a7221cc73`,
council names and types). jtrim-ons/ons-lookups (commit `85d0ba6e476badf3861d8dc7485aecf40598d031`) holds
unmodified ONS downloads under OGL v3."""


def table(counter, head):
    lines = ["| %s | count |" % head, "|---|---|"]
    for k, v in sorted(counter.items(), key=lambda x: (-x[1], x[0])):
        lines.append("| %s | %d |" % (k, v))
    lines.append("| **total** | %d |" % sum(counter.values()))
    return "\n".join(lines)


def counts_block(net):
    s = net.stats()
    return "\n".join([
        "* agencies: %d; relationships: %d; areas: %d (%d LSOAs); boundary rows: %d; "
        "connected components: %d" % (s["agencies"], s["relationships"], s["areas"], s["lsoas"],
                                     s["boundaries"], s["components"]),
        "* total population (sum over LSOAs): %s" % format(s["population"], ","),
        "",
        table(s["agencies_by_type"], "agency type"),
        "",
        table(s["rels_by_type"], "relationship type"),
    ])


def split_md(rows):
    return "\n".join("* %s %s: %s" % r for r in rows)


def _first_day(text):
    return text + ("-01-01" if len(text) == 4 else "-01" if len(text) == 7 else "")


def _last_day(text):
    if len(text) == 4:
        return text + "-12-31"
    if len(text) == 7:
        y, m = int(text[:4]), int(text[5:])
        days = [31, 29 if (y % 4 == 0 and y % 100 != 0) or y % 400 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return "%s-%02d" % (text, days[m - 1])
    return text


def wy_eras(wy):
    """(agencies, ties) on 2009-06-30, the default day, (agencies, ties) on it: the same rule as
    Network.asAt (an agency exists from the first day of start to the last of end; a tie is in
    force when both its bodies exist and since <= day <= until)."""
    def exists(a, day):
        return (not a["start"] or _first_day(a["start"]) <= day) and (not a["end"] or day <= _last_day(a["end"]))

    def counts(day):
        alive = {aid for aid, a in wy.agencies.items() if exists(a, day)}
        ties = sum(1 for r in wy.rels.values() if r["source"] in alive and r["target"] in alive
                   and (not r["since"] or _first_day(r["since"]) <= day)
                   and (not r.get("until") or day <= _last_day(r["until"])))
        return len(alive), ties

    latest = max([_first_day(a["start"]) for a in wy.agencies.values() if a["start"]]
                 + [_first_day(r["since"]) for r in wy.rels.values() if r["since"]])
    return counts("2009-06-30") + (latest,) + counts(latest)


def wy_agency_table():
    rows = []
    for row in sorted(WY_AGENCIES, key=lambda r: r[0]):
        aid, name, start, end, succ, basis = row[0], row[1], row[10], row[11], row[12], row[13]
        if not (start or end or succ) and basis == D_UNDATED:
            continue
        rows.append("| `%s` %s | %s | %s | %s | %s |" % (aid, name, start or "–", end or "–",
                                                        ", ".join("`%s`" % x for x in succ.split("|")) if succ else "",
                                                        basis))
    return "\n".join(rows) + "\n\nAgencies not listed (voluntary and community bodies, three colleges, Leeds Trinity University, the chamber and Yorkshire Water) have no recorded dates: they are read as existing throughout."


def write_readme(path, eng, eng_splits, e21, e21_ccg_splits, e21_info, wy, used_types):
    wy_stat = sum(1 for r in wy.rels.values() if r.get("provenance") == S)
    wy_ill = sum(1 for r in wy.rels.values() if r.get("provenance") == I)
    police_mapped = "; ".join("%s via %s" % (k, ", ".join(v))
                              for k, v in sorted(e21_info["police_mapped"].items()))
    text = """# Networks

Sample and reference networks for Partnerscope. **Generated files: do not edit by hand.** Rebuild with

    python3 scripts/build_networks.py --shared ../shared/data

(`--shared` defaults to `../shared/data` relative to the repository root). The script uses only the Python
standard library and writes deterministic output (sorted rows, LF line endings, RFC 4180 quoting). The
shared data directory is read only by this script; the product reads only these folders.

Each folder has `agencies.csv`, `areas.csv`, `boundaries.csv` and `relationships.csv` in the Partnerscope
network schema. Extra columns: `agencies.gss_code` (ONS GSS code where the body has one), and in
west-yorkshire `agencies.basis` (the source of the body's `start`, `end` and `successor_of`) and
`relationships.provenance` (`statutory` or `illustrative`). `relationships.basis` gives the legal basis
or the reason for each tie.

## Agency type vocabulary used

%s

Metropolitan districts and London boroughs are single-tier councils, typed `metropolitan-district` and
`london-borough`; other single-tier councils are `unitary-council`. The City of London Corporation (the
register's type "CC", a sui generis authority) is typed `london-borough`. Council types come from the
mySociety register's `local-authority-type` (NMD → district-council, UA → unitary-council, MD →
metropolitan-district, LBO/CC → london-borough, CTY → county-council, COMB → combined-authority) and are
checked against the ONS two-tier rule (lad ≠ utla ⇔ district).

## Conventions

* `accountability` ties are directed from the member or constituent body to the body it sits within or
  answers to (constituent council → combined authority; West Yorkshire Police → the combined authority,
  whose mayor holds the police and crime commissioner's functions; LEP → its accountable body).
  `funding` is funder → recipient, `commissioning` is commissioner → provider and `scrutiny` is
  scrutineer → scrutinised. All other types are undirected.
* Boundaries are given on LSOAs only (never on the LAD or region rows). LSOAs are the smallest unit, so
  every share in england and england-2021 is 1 (an LSOA lies wholly in one ICB/CCG, one LAD, etc.).
  `areas.parent` chains LSOA → LAD → region; regions have no parent. LAD and region populations are
  sums of their LSOAs.
* Ids: `lad-<GSS>` (district, unitary, metropolitan and London councils), `cty-<GSS>` (county councils),
  `ca-<GSS>`, `pfa-<GSS>` (police force), `fra-<GSS>` (fire and rescue authority), `icb-<GSS>`,
  `ccg-<GSS>`, `lep-<GSS>`; readable slugs in west-yorkshire.

## Statutory relationship types (england and england-2021)

| tie | type | who | legal basis |
|---|---|---|---|
| community safety partnership | partnership | each district/unitary council, and in two-tier areas its county council, with the police force, the fire and rescue authority and every ICB (2024) / CCG (2021) that covers any of the district's LSOAs | %s |
| health and wellbeing board | partnership | each upper-tier council (county or single-tier) with every ICB / CCG covering any of its LSOAs | %s |
| combined authority | accountability, directed council → CA | each constituent council with its combined authority (the May 2023 set of 10 CAs, 53 councils; the CAs formed in 2024 are not in the source) | %s |
| two-tier local government | partnership | each county council with each of its districts | %s |
| police and fire collaboration | agreement | each police force with each fire and rescue authority that shares a LAD with it | %s |
| LEP membership (england-2021 only) | partnership | each LEP with each council (and county council) that has an LSOA in the LEP | %s |

Including the county council in the district's community safety partnership follows s.5(1)(b) of the
1998 Act (every county council in the area is a responsible authority). Probation, also a responsible
authority, is not in the england networks because no probation-area lookup is in the shared data.
Ties with the same pair and type are merged: `basis` lists every basis (joined by `; `) and **`weight`
is the number of distinct bases** (1 or 2; for example a unitary council and its ICB are tied both by the
community safety partnership and by the health and wellbeing board, weight 2).

## england/ — 2024 statutory geography of England

Real data throughout; no illustrative ties.

* areas: LSOA21 (code, name, Census 2021 usual residents, parent LAD24) from
  `geo/lsoa21_sicbl24_icb24_lad24_pop2021_en.csv` (geographr `lookup_lsoa21_icb24` and
  `lookup_lsoa21_ward24_ltla24`; population from demographr `ethnicity21_lsoa21`, Census 2021 TS021);
  LAD24 and region names and the LAD → region parent from `geo/lad24_utla_region_cauth_ew.csv`.
* councils: every English LAD24, plus county councils (the UTLA codes that are not LADs) covering their
  districts' LSOAs (`geo/lad24_utla_region_cauth_ew.csv`); names and types from
  `geo/mysociety_uk_local_authorities.csv`. Combined authorities: `cauth_code` of the same file.
* police: `geo/lad24_csp24_pfa24_ew.csv` (LAD24_CSP24_PFA24_EW_LU, December 2024); LADs nest in PFAs.
  Community safety partnerships are represented as ties, not agencies. Police names are generic
  ("<force area> Police").
* fire: `geo/lad24_fra24_ew.csv` (LAD24_FRA24_EW_LU).
* ICBs: `icb24_code` of the LSOA lookup (LSOA21_SICBL24_ICB24_CAL24_LAD24_EN_LU), so a council split
  across ICBs is partly covered by each. `successor_of` names the CCGs each ICB took over on 1 July
  2022 (Health and Care Act 2022), with england-2021's ids (`ccg-<CCG21 code>`): every CCG with an
  LSOA in the ICB's July 2022 footprint (ONS LSOA11 → CCG21 → ICB22 lookup,
  `geo/lsoa11_ccg21_stp21_icb22_lad21_pop2020_en.csv`). Three CCGs were split between two ICBs and
  precede both (E38000026 Cambridgeshire and Peterborough, E38000182 Tameside and Glossop, E38000250
  Black Country and West Birmingham). Surrey Heartlands and Sussex ICBs were recoded in April 2024
  (E54000052 → E54000063, E54000053 → E54000064, matched by name). These ids are not agencies of
  this folder: the loader keeps them as bodies of another snapshot, so that `diff
  Networks/england-2021 Networks/england` reads the reform as a succession.
* Wales is dropped.
* The network is not connected: there is no national body in it and the statutory ties are local, so
  each component is a group of places joined by shared police forces, fire authorities, ICBs and combined
  authorities (e.g. Greater Manchester, or London with the Metropolitan Police).

%s

Councils (LAD24) split across more than one ICB (%d; share of the LAD's Census 2021 population in each ICB):

%s

## england-2021/ — 2021 vintage, before the 2022 NHS reform

Real data throughout; no illustrative ties.

* areas: LSOA11 (code, name, ONS mid-2020 small-area population estimate, parent LAD21) from
  `geo/lsoa11_ccg21_stp21_icb22_lad21_pop2020_en.csv` (geographr `lookup_lsoa11_ccg21_stp21_ltla21` joined
  with `lookup_lsoa11_sicbl22_icb22_ltla22`; population from demographr `population20_lsoa11`); LAD21 and
  region from `geo/lad21_utla_region_cauth_ew.csv` (before the 2023 reorganisations of Cumbria, North
  Yorkshire and Somerset, so 24 county councils).
* councils and combined authorities: `geo/lad21_utla_region_cauth_ew.csv` and the mySociety register
  (which keeps the abolished councils with their GSS codes).
* police: `geo/ons_raw_2019/LAD19_CSP19_PFA19_EW_LU.csv` (ONS, December 2019) mapped onto LAD21. All
  LAD21 codes are in the 2019 lookup except the unitaries created in 2020–21; these were mapped through
  their predecessor districts (the mySociety register's `replaced-by`), which all lie in one force:
  %s.
* fire: `geo/lad21_fra21_ew.csv` (LAD21_FRA21_EW_LU).
* CCGs (type `ccg`): `ccg21_code` of the LSOA lookup (LSOA11_CCG21_STP21_LAD21_EN_LU, April 2021), so a
  council split across CCGs is partly covered by each. Health and wellbeing boards and community safety
  partnerships tie councils to CCGs.
* LEPs (type `lep`, not statutory): at LSOA level from `geo/ons_raw_2019/LSOA11_LEP17_EN_LU_v2.csv`
  (ONS, April 2017, v2). An LSOA in two overlapping LEPs (`LEP17CD2` filled) is covered by **both, with
  share 1 each**, because each LEP's area includes the whole LSOA; the overlaps were official in 2017.
  (The LAD-level `share_of_lad_pop` of `geo/lad21_lep17_derived_en.csv` is therefore not needed: the
  Hampshire and Buckinghamshire partial splits appear as LSOAs in one LEP or the other.) The LEP
  boundaries are the 2017 ones; LEP codes are the 2017 ones (e.g. Leeds City Region E37000020, which the
  2020 names-and-codes file lists as E37000050).
* As in england/, the network has several components (places with no shared statutory body).

%s

Councils (LAD21) split across more than one CCG21 (%d; share of the LAD's mid-2020 population in each CCG):

%s

LADs split across more than one ICB22 (July 2022; the ICBs are not agencies in this vintage) (%d): %s.

## west-yorkshire/ — the West Yorkshire partnership of chief officers (sample network)

A hand-built sample of the kind of network Partnerscope analyses: %d agencies around the five
metropolitan district councils of West Yorkshire, dated so that `--as-at` shows each era. Agencies
have `start` and `end` (ISO dates; the day the body was established and its last day) and
`successor_of` (the bodies whose functions it took over); ties have `since` and `until`, and end
with either of their bodies. `--as-at 2009-06-30` is the partnership of the chief officers' summit
era (%d agencies, %d ties: the primary care trusts, the police authority, the Learning and Skills
Council, Yorkshire Forward, the Government Office, the integrated transport authority, the probation
board and the partners of the local strategic partnerships); the default, the latest `start`/`since`
date (%s), is today's (%d agencies, %d ties: the ICB, and the combined authority whose mayor has held
the police and crime commissioner's functions since 10 May 2021); `--as-at all` reads every body of
every era.

Successions (`successor_of`): each primary care trust → the district's CCG (the earlier CCGs of
Leeds to 2018 and of Bradford and Kirklees to 2020 are not in the sample, so those districts have no
NHS commissioner between 1 April 2013 and the merger) → the West Yorkshire ICB; the police authority
→ the police and crime commissioner → the combined authority; the integrated transport authority →
the combined authority.

| agency | start | end | successor of | source of the dates |
|---|---|---|---|---|
%s

**What is real:** the area rows (LSOA21 codes, names and Census 2021 populations of Bradford, Calderdale,
Kirklees, Leeds and Wakefield, from the same file as england/; region Yorkshire and The Humber
E12000003 with its all-LSOA population), the GSS codes of the councils, combined authority, police
force area, fire authority, ICB, CCGs and LEP (from the shared lookups; the LEP code is the 2017 one),
the existence of the organisations, their dates and successions (table above, `basis` column of
agencies.csv), and the legal bases named for the `statutory` ties (%d ties: community safety
partnership (with the primary care trusts and the police authority as responsible authorities before
2013 and 2012), health and wellbeing board, combined authority, the transport authority of the
district councils, the police authority and the police and crime commissioner over the force, police
and fire collaboration, MAPPA, local resilience forum, health scrutiny, local area agreements, LSC
funding of colleges, the West Yorkshire joint arrangements after 1986).

**What is illustrative:** all %d ties marked `provenance=illustrative` (commissioning pairs of PCTs,
CCGs and the ICB, provider
collaboratives, universities, colleges, Jobcentre Plus, Yorkshire Forward, LEP, voluntary, community,
housing and private-sector ties, and the two `conflict` ties) are plausible but were written for the
sample and not checked against records. All weights (1–5), power and interest scores, `since` dates
other than statutory commencement or founding dates, and `budget_m` (rough order-of-magnitude annual
spend in £ millions, left blank where not estimated; no year, and no annual accounts behind them) are
illustrative too. Every budget says so in the data: `agencies.budget_provenance` is `illustrative` on
each row with a `budget_m`, and `partnerscope spend` and the audit's question F repeat it. Boundaries: councils,
CCGs, colleges, universities and voluntary bodies cover their district's LSOAs; NHS trusts cover their
main district(s) with share 1 (a whole-district approximation of catchments: Mid Yorkshire covers
Kirklees and Wakefield, Calderdale and Huddersfield covers Calderdale and Kirklees, South West Yorkshire
Partnership covers Calderdale, Kirklees and Wakefield); each PCT covers its district; the combined
authority, transport authority, police, police authority, PCC, fire, ICB, LEP, Jobcentre Plus, LSC,
Government Office, Yorkshire Forward, both probation bodies, ambulance, Environment Agency, chamber and
Yorkshire Water cover all five districts (only West Yorkshire LSOAs are in this network,
although several of these bodies also cover areas outside it).

By design the private sector (the chamber of commerce and Yorkshire Water) is only weakly attached
(three and two ties, weights 1–2), reflecting that the first chief officers' summit had no private
sector members. The network is connected.

%s

## Licence

%s
""" % (
        ", ".join("`%s`" % t for t in sorted(used_types)),
        B_CSP, B_HWB, B_CA, B_TWO_TIER, B_BLUE, B_LEP,
        counts_block(eng), len(eng_splits), split_md(eng_splits),
        police_mapped,
        counts_block(e21), len(e21_ccg_splits), split_md(e21_ccg_splits),
        len(e21_info["icb22_split"]), ", ".join(e21_info["icb22_split"]),
        len(wy.agencies), *wy_eras(wy), wy_agency_table(), wy_stat, wy_ill,
        counts_block(wy), LICENCE)
    with open(path, "w", newline="", encoding="utf-8") as f:
        f.write(text)


# --------------------------------------------------------------------------------------------


SURVEY_README = """
## west-yorkshire/survey.csv — an ILLUSTRATIVE relationship survey

**No partner gave these answers.** `survey.csv` (the PARTNER trust and value items, 1–4, in two
waves, 2023-03 and 2024-03) was generated by `scripts/illustrative_survey.py` (seed 2026,
SplitMix64) from this folder's agencies and ties, so that `partnerscope quality` and the report's
survey section have something to show. Every row says so in its `provenance` column
(`illustrative`); the report opens its survey section with the same warning. The model (latent
trust lowered by a conflict tie, value following the rated body's illustrative `power`, random
reputations, biases and blanks) is described in the script. Read nothing about West Yorkshire's
partners into it. See docs/quality.md.

## west-yorkshire/audit.csv — an ILLUSTRATIVE partnership audit

**No partner gave these answers either.** `audit.csv` (the nine audit questions A–I, scored 0–3,
for the whole network and each board in existence in March 2024, answered by the members then in
force) was generated by `scripts/illustrative_audit.py` (seed 2027), with `provenance=illustrative`
on every row and no made-up comments; the report's audit section opens with the same warning.
See docs/audit.md.
"""


def append_survey_readme(path, network_dir):
    """Writes the illustrative survey and audit of west-yorkshire (scripts/illustrative_survey.py
    and scripts/illustrative_audit.py, seeded) and says so in the README."""
    import subprocess
    import sys
    here = os.path.dirname(os.path.abspath(__file__))
    subprocess.run([sys.executable, os.path.join(here, "illustrative_survey.py"), "--network", network_dir, "--seed", "2026"],
                   check=True)
    subprocess.run([sys.executable, os.path.join(here, "illustrative_audit.py"), "--network", network_dir, "--seed", "2027"],
                   check=True)
    with open(path, "a", encoding="utf-8", newline="\n") as f:
        f.write(SURVEY_README)


def append_england_2019_readme(path, shared):
    """Why there is no Networks/england-2019: the figures are computed here from the lookups, so
    the README states what the data allow, not what was remembered (issue 19)."""
    raw = os.path.join(shared, "geo", "ons_raw_2019")
    ccg20 = read_csv(os.path.join(raw, "CCG20_STP20_EN_LU.csv"))
    lsoa21 = read_csv(os.path.join(shared, "geo", "lsoa11_ccg21_stp21_icb22_lad21_pop2020_en.csv"))
    ccg21_stp = {r["ccg21_code"]: r["stp21_code"] for r in lsoa21}
    codes20 = {r["CCG20CD"] for r in ccg20}
    kept = codes20 & set(ccg21_stp)
    gone = sorted(codes20 - kept)
    new = sorted(set(ccg21_stp) - codes20)
    files = sorted(f for f in os.listdir(raw) if f.endswith(".csv"))
    text = """
## No england-2019/ — why the 2019 lookups do not allow a faithful network

`geo/ons_raw_2019/` holds %d ONS lookups (%s). They give councils (LAD19), police force areas and
community safety partnerships (December 2019), fire authorities (December 2019), combined authorities
(December 2019) and counties (April 2020) **at LAD level**, but the NHS commissioners of the time only as
a list: `CCG20_STP20_EN_LU.csv` names %d CCGs of April 2020 and their STPs, with **no lookup from any
area (LSOA or LAD) to a 2019 or 2020 CCG**. The 2019 CCGs (December 2019, before the April 2020
mergers) are not in the shared data at all.

The 2020 CCG footprints can be placed only in part, through the April 2021 LSOA lookup: %d of the %d
CCG20 codes are still CCG21 codes (GSS codes change when a boundary changes, so their footprints are
the 2021 ones), but the other %d merged in April 2021 into %d new CCGs (%s), and nothing in the data says
which LSOAs each of those %d belonged to. Placing them by name (e.g. "NHS Sandwell and West Birmingham
CCG", part of a LAD) would be a guess. A 2019 network would therefore lack exactly the council-NHS
boundaries the vintage is wanted for (the README's worked example of `partnerscope trend`), or carry
invented ones, so it is not built. With an LSOA11 to CCG19 (or CCG20) lookup from the ONS Open Geography
Portal added to the shared data, `england_2021` could be reused for it as is.
""" % (len(files), ", ".join("`%s`" % f for f in files), len(codes20), len(kept), len(codes20),
       len(gone), len(new), ", ".join(new), len(gone))
    with open(path, "a", newline="", encoding="utf-8") as f:
        f.write(text)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default=os.path.join(REPO, "..", "shared", "data"),
                    help="shared data directory (default ../shared/data from the repo root)")
    ap.add_argument("--out", default=os.path.join(REPO, "Networks"),
                    help="output directory (default Networks/ in the repo)")
    args = ap.parse_args(argv)
    shared = os.path.abspath(args.shared)
    if not os.path.isfile(os.path.join(shared, "README.md")):
        raise SystemExit("shared data not found at %s" % shared)
    reg = Register(shared)

    eng, eng_info, lads24 = england_2024(shared, reg)
    e21, e21_info, lads21 = england_2021(shared, reg)
    wy = west_yorkshire(shared, eng)

    eng_splits = split_report(eng, eng_info, lads24, "icb-")
    e21_ccg_splits = split_report(e21, e21_info, lads21, "ccg-")

    os.makedirs(args.out, exist_ok=True)
    eng.write(os.path.join(args.out, "england"), agency_cols=AGENCY_COLS + ["successor_of"])
    e21.write(os.path.join(args.out, "england-2021"))
    wy.write(os.path.join(args.out, "west-yorkshire"),
             agency_cols=AGENCY_COLS + ["start", "end", "successor_of", "basis", "budget_provenance"],
             rel_cols=["source", "target", "type", "weight", "directed", "since", "until", "basis", "provenance"])
    board_sets = write_boards(args.out, shared, reg, eng, eng_info, lads24, e21, e21_info, lads21, wy)
    used = set()
    for n in (eng, e21, wy):
        used |= {a["type"] for a in n.agencies.values()}
    write_readme(os.path.join(args.out, "README.md"), eng, eng_splits, e21, e21_ccg_splits,
                 e21_info, wy, used)
    append_boards_readme(os.path.join(args.out, "README.md"), board_sets)
    append_england_2019_readme(os.path.join(args.out, "README.md"), shared)
    append_survey_readme(os.path.join(args.out, "README.md"), os.path.join(args.out, "west-yorkshire"))

    # ---- report
    for n in (eng, e21, wy):
        s = n.stats()
        print("%-15s agencies %5d  relationships %5d  areas %6d  lsoas %6d  boundaries %6d  "
              "population %s  components %d" % (n.name, s["agencies"], s["relationships"],
                                                s["areas"], s["lsoas"], s["boundaries"],
                                                format(s["population"], ","), s["components"]))
        print("    types: %s" % dict(sorted(s["agencies_by_type"].items())))
        print("    ties:  %s" % dict(sorted(s["rels_by_type"].items())))
    print("england: %d LADs split across ICB24: %s" % (len(eng_splits), [r[0] for r in eng_splits]))
    print("england-2021: %d LADs split across CCG21; %d across ICB22: %s"
          % (len(e21_ccg_splits), len(e21_info["icb22_split"]), e21_info["icb22_split"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
