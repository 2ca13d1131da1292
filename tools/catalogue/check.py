#!/usr/bin/env python3
"""Validate data/actors.json and data/countries.json. Exit status 1 on any error."""
import datetime as dt
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import slug  # noqa: E402

ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
OFFICES = {"head-of-state", "head-of-government", "foreign-minister", "defence-minister", "minister", "spokesperson",
           "ambassador", "envoy", "adviser", "organisation-head", "official", "legislator", "institution"}
EXCLUSIVE = {"head-of-state", "head-of-government", "foreign-minister", "defence-minister"}
GROUPS = {"EU", "NATO", "G7", "G20", "BRICS", "CSTO", "SCO"}
ORGS = {"NATO", "EU", "UN"}
OVERLAP_DAYS = 3  # handovers on the same day count as touching, not overlapping
# (country, office, title) groups whose holders legitimately overlap (co-princes, collective presidencies ...).
OVERLAP_EXCEPTIONS = {
    # ("AND", "head-of-state", "Co-Prince"),  # Andorra's two co-princes (not in the catalogue yet)
}
ACTOR_KEYS = ["id", "name", "kind", "country", "gender", "wikidata", "aliases", "terms"]
TERM_KEYS = ["office", "title", "country", "start", "end"]

errors = []


def err(msg):
    errors.append(msg)


def date(s, where):
    if s is None:
        return None
    if not isinstance(s, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        err(f"{where}: bad date {s!r}")
        return None
    try:
        return dt.date.fromisoformat(s)
    except ValueError:
        err(f"{where}: invalid date {s!r}")
        return None


def main():
    with open(os.path.join(ROOT, "data", "actors.json"), encoding="utf-8") as f:
        adoc = json.load(f)
    with open(os.path.join(ROOT, "data", "countries.json"), encoding="utf-8") as f:
        cdoc = json.load(f)

    # ---- countries ----
    if cdoc.get("version") != 1:
        err("countries.json: version must be 1")
    codes = set()
    for c in cdoc["countries"]:
        if list(c.keys()) != ["code", "name", "aliases", "adjectives", "demonyms", "capital", "groups"]:
            err(f"country {c.get('code')}: keys {list(c.keys())}")
        if c["code"] in codes:
            err(f"duplicate country {c['code']}")
        codes.add(c["code"])
        if c["code"] not in ORGS and not re.fullmatch(r"[A-Z]{3}", c["code"]):
            err(f"country {c['code']}: not an ISO alpha-3 code")
        bad = set(c["groups"]) - GROUPS
        if bad:
            err(f"country {c['code']}: unknown groups {bad}")
    for o in ORGS:
        if o not in codes:
            err(f"countries.json lacks organisation {o}")

    # ---- actors ----
    if adoc.get("version") != 1 or "note" not in adoc:
        err("actors.json: version/note missing")
    actors = adoc["actors"]
    ids = Counter(a["id"] for a in actors)
    for i, n in ids.items():
        if n > 1:
            err(f"duplicate id {i}")
    used = set()
    by_office = Counter()
    spans = defaultdict(list)  # (country, office, title) -> [(start, end, id)]
    for a in actors:
        w = a.get("id")
        if list(a.keys()) != ACTOR_KEYS:
            err(f"{w}: keys {list(a.keys())}")
        inst = a["kind"] == "institution"
        if a["kind"] not in ("person", "institution"):
            err(f"{w}: kind {a['kind']}")
        if a["id"] != slug(a["name"], institution=inst):
            err(f"{w}: id is not slug(name) ({slug(a['name'], institution=inst)})")
        if inst and a["gender"] is not None or not inst and a["gender"] not in ("m", "f"):
            err(f"{w}: gender {a['gender']!r}")
        if a["wikidata"] is not None and not re.fullmatch(r"Q\d+", a["wikidata"]):
            err(f"{w}: wikidata {a['wikidata']!r}")
        if not a["aliases"] or len(set(a["aliases"])) != len(a["aliases"]):
            err(f"{w}: empty or duplicate aliases")
        if not a["terms"]:
            err(f"{w}: no terms")
        used.add(a["country"])
        if a["country"] not in codes:
            err(f"{w}: country {a['country']} not in countries.json")
        for t in a["terms"]:
            where = f"{w} {t.get('office')} {t.get('start')}"
            if list(t.keys()) != TERM_KEYS:
                err(f"{where}: term keys {list(t.keys())}")
            if t["office"] not in OFFICES:
                err(f"{where}: office {t['office']}")
            if (t["office"] == "institution") != inst:
                err(f"{where}: institution office only for institutions")
            if t["country"] not in codes:
                err(f"{where}: term country {t['country']} not in countries.json")
            used.add(t["country"])
            if not t["title"]:
                err(f"{where}: empty title")
            s, e = date(t["start"], where), date(t["end"], where)
            if s and e and s > e:
                err(f"{where}: start after end")
            by_office[t["office"]] += 1
            if t["office"] in EXCLUSIVE and not inst:
                spans[(t["country"], t["office"], t["title"])].append((s or dt.date.min, e or dt.date.max, a["id"]))
        if not inst and a["country"] not in {t["country"] for t in a["terms"]}:
            err(f"{w}: actor country {a['country']} matches none of its terms")

    for k, lst in spans.items():
        if k in OVERLAP_EXCEPTIONS:
            continue
        lst.sort()
        for i in range(len(lst)):
            for j in range(i + 1, len(lst)):
                s1, e1, p1 = lst[i]
                s2, e2, p2 = lst[j]
                if p1 == p2:
                    continue
                overlap = (min(e1, e2) - max(s1, s2)).days
                if overlap > OVERLAP_DAYS:
                    err(f"overlap {k}: {p1} and {p2} ({overlap} days)")

    # ---- spot checks ----
    def holder(country, office, day, title=None):
        d = dt.date.fromisoformat(day)
        out = []
        for a in actors:
            for t in a["terms"]:
                if t["country"] == country and t["office"] == office and (title is None or t["title"] == title):
                    s = date(t["start"], "") or dt.date.min
                    e = date(t["end"], "") or dt.date.max
                    if s <= d <= e:
                        out.append(a["name"])
        return sorted(set(out))

    spot = [
        ("DEU", "head-of-government", "2025-02-19", "Olaf Scholz"),
        ("DEU", "head-of-government", "2025-06-15", "Friedrich Merz"),
        ("GBR", "head-of-government", "2024-07-01", "Rishi Sunak"),
        ("GBR", "head-of-government", "2024-07-10", "Keir Starmer"),
        ("RUS", "foreign-minister", "2022-03-01", "Sergey Lavrov"),
        ("RUS", "foreign-minister", "2026-06-01", "Sergey Lavrov"),
        ("USA", "foreign-minister", "2024-06-01", "Antony Blinken"),
        ("USA", "foreign-minister", "2025-03-01", "Marco Rubio"),
        ("POL", "head-of-government", "2023-12-01", "Mateusz Morawiecki"),
        ("POL", "head-of-government", "2024-01-15", "Donald Tusk"),
        ("FRA", "head-of-government", "2022-03-01", "Jean Castex"),
        ("FRA", "head-of-government", "2023-06-01", "Élisabeth Borne"),
        ("FRA", "head-of-government", "2024-03-01", "Gabriel Attal"),
        ("FRA", "head-of-government", "2024-11-01", "Michel Barnier"),
        ("FRA", "head-of-government", "2025-03-01", "François Bayrou"),
        ("FRA", "head-of-government", "2025-11-01", "Sébastien Lecornu"),
        ("NLD", "head-of-government", "2024-06-01", "Mark Rutte"),
        ("NLD", "head-of-government", "2024-07-10", "Dick Schoof"),
        ("UKR", "head-of-state", "2023-01-01", "Volodymyr Zelensky"),
        ("NATO", "organisation-head", "2024-06-01", "Jens Stoltenberg"),
        ("NATO", "organisation-head", "2025-01-01", "Mark Rutte"),
        ("EU", "foreign-minister", "2024-06-01", "Josep Borrell"),
        ("EU", "foreign-minister", "2025-06-01", "Kaja Kallas"),
        ("USA", "head-of-state", "2024-06-01", "Joe Biden"),
        ("USA", "head-of-state", "2025-06-01", "Donald Trump"),
    ]
    for country, office, day, want in spot:
        got = holder(country, office, day)
        ok = got == [want]
        print(f"  spot {'OK ' if ok else 'BAD'} {country} {office} {day}: {', '.join(got) or '-'}")
        if not ok:
            err(f"spot check {country} {office} {day}: want {want}, got {got}")

    # ---- coverage ----
    persons = sum(1 for a in actors if a["kind"] == "person")
    insts = len(actors) - persons
    real = {c for c in used if c not in ORGS}
    print(f"actors: {len(actors)} ({persons} persons, {insts} institutions); with wikidata: "
          f"{sum(1 for a in actors if a['wikidata'])}")
    print(f"countries used by actors: {len(real)} (+ organisations {sorted(used & ORGS)}); "
          f"countries.json entries: {len(codes)}")
    print("terms by office: " + ", ".join(f"{k}={v}" for k, v in sorted(by_office.items(), key=lambda x: -x[1])))
    if len(actors) < 320:
        err("fewer than 320 actors")
    if len(real) < 55:
        err("fewer than 55 countries")
    if not ORGS <= used:
        err(f"organisations without officials: {ORGS - used}")
    unused = codes - used
    if unused:
        err(f"countries.json entries without actors: {sorted(unused)}")

    for e in errors:
        print("ERROR:", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
