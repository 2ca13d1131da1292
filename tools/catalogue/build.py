#!/usr/bin/env python3
"""Generate data/actors.json and data/countries.json for StanceTracker.

Usage: python3 tools/catalogue/build.py   (from the repository root or anywhere)

Wikidata ids are attached only when a reference file under /work/shared/reference/actors
lists the very person (same name or alias, same country); otherwise they stay null.
"""
import csv
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
REF = os.environ.get("ACTOR_REF_DIR", "/work/shared/reference/actors")

from common import fold, slug  # noqa: E402
from countries_data import C, ORGS  # noqa: E402
import actors_data_a, actors_data_b, actors_data_c, actors_data_d  # noqa: E402

NOTE = ("StanceTracker actor catalogue. Facts from public records (Wikidata CC0, Phoenix MIT, public sources); "
        "compiled by the StanceTracker team.")

# Reference country labels -> ISO codes (only those we use).
REF_COUNTRY = {
    "Kingdom of Denmark": "DNK", "Denmark": "DNK", "Kingdom of the Netherlands": "NLD", "Netherlands": "NLD",
    "People's Republic of China": "CHN", "United States of America": "USA", "United Kingdom": "GBR",
    "Republic of Ireland": "IRL", "Czech Republic": "CZE", "Holy See": "VAT", "Vatican City": "VAT",
    "European Union": "EU",
}
NAME_TO_CODE = {c[1]: c[0] for c in C}


def ref_code(label):
    return REF_COUNTRY.get(label) or NAME_TO_CODE.get(label)


def key(s):
    return fold(s).casefold().replace(".", "").replace("-", " ").strip()


def load_refs():
    refs = {}  # (key(name), code) -> qid
    with open(os.path.join(REF, "wikidata-world-leaders", "wikidata.csv"), newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            code, q = ref_code(r["country"]), r["officeholder"]
            if code and q.startswith("Q") and r["officeholderLabel"]:
                refs[(key(r["officeholderLabel"]), code)] = q
    with open(os.path.join(REF, "wikidata-foreign-ministers", "wikidata.csv"), newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            code, q = ref_code(r["countryLabel"]), r["person"]
            if code and q.startswith("Q") and r["name"]:
                refs[(key(r["name"]), code)] = q
    return refs


def main():
    refs = load_refs()
    actors, notes = [], []
    for mod in (actors_data_a, actors_data_b, actors_data_c, actors_data_d):
        for a in mod.ACTORS:
            terms = a["terms"]
            if a["_country"]:
                country = a["_country"]
            else:
                # country spoken for now / most recently: an open term, else the latest-starting term
                def rank(t):
                    return (t["end"] is None, t["end"] or "", t["start"] or "")
                country = max(terms, key=rank)["country"]
            inst = a["kind"] == "institution"
            aid = a.get("_slug") or slug(a["name"], institution=inst)
            qid = None
            if not inst:
                codes = {t["country"] for t in terms}
                for n in [a["name"]] + a["aliases"] + a["_ref"]:
                    for c in codes:
                        if (key(n), c) in refs:
                            qid = refs[(key(n), c)]
                            break
                    if qid:
                        break
            terms = sorted(terms, key=lambda t: (t["start"] or "", t["office"]))
            actors.append({"id": aid, "name": a["name"], "kind": a["kind"], "country": country,
                           "gender": a["gender"], "wikidata": qid, "aliases": a["aliases"], "terms": terms})
            if a["_note"]:
                notes.append(f"{a['name']}: {a['_note']}")
    doc = {"version": 1, "note": NOTE, "actors": actors}
    with open(os.path.join(ROOT, "data", "actors.json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write("\n")
    countries = [{"code": c[0], "name": c[1], "aliases": c[2], "adjectives": c[3], "demonyms": c[4],
                  "capital": c[5], "groups": c[6]} for c in C]
    with open(os.path.join(ROOT, "data", "countries.json"), "w", encoding="utf-8") as f:
        json.dump({"version": 1, "countries": countries}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"wrote {len(actors)} actors, {len(countries)} countries; "
          f"{sum(1 for a in actors if a['wikidata'])} with Wikidata ids")
    if "--notes" in sys.argv:
        print("\n".join(notes))


if __name__ == "__main__":
    main()
