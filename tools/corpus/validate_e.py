#!/usr/bin/env python3
"""Validate corpus writer E's articles and shifts file.

Checks: front matter keys and values, ISO dates, file name date = published,
150-350 body words, and that every line of shifts-e.tsv names existing files,
known actor ids, topics and stances, with dates matching the files.
Usage: python3 tools/corpus/validate_e.py [repo_root]
"""
import csv, datetime, json, os, re, sys

ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "..")
CORPUS = os.path.join(ROOT, "data", "corpus")
SHIFTS = os.path.join(CORPUS, "shifts-e.tsv")
ACTORS = os.path.join(ROOT, "data", "actors.json")
TOPICS = {"troops-in-ukraine", "ukraine-nato-membership", "ukraine-eu-membership", "sanctions-on-russia",
          "military-aid-to-ukraine", "ceasefire", "peace-negotiations", "security-guarantees",
          "ukraine-at-the-table", "europe-at-the-table", "frozen-russian-assets", "defence-spending",
          "us-russia-normalization", "territorial-concessions"}
STANCES = {"support", "open", "neutral", "oppose"}
KEYS = ["title", "published", "source", "author", "language"]
NAME = re.compile(r"^(\d{4}-\d{2}-\d{2})-[a-z0-9-]+\.md$")
errors = []

def iso(s):
    try:
        return datetime.date.fromisoformat(s)
    except ValueError:
        return None

def check_article(path):
    name = os.path.basename(path)
    m = NAME.match(name)
    if not m:
        errors.append(f"{name}: bad file name"); return None
    text = open(path, encoding="utf-8").read()
    parts = text.split("---\n")
    if not text.startswith("---\n") or len(parts) < 3:
        errors.append(f"{name}: no front matter"); return None
    fm = {}
    for line in parts[1].strip().splitlines():
        k, _, v = line.partition(":")
        fm[k.strip()] = v.strip()
    if list(fm) != KEYS:
        errors.append(f"{name}: front matter keys {list(fm)}")
    if fm.get("source") != "StanceTracker demo desk" or fm.get("author") != "StanceTracker editors" or fm.get("language") != "en":
        errors.append(f"{name}: source/author/language")
    pub = fm.get("published", "")
    if not iso(pub):
        errors.append(f"{name}: published not ISO: {pub}")
    elif pub != m.group(1):
        errors.append(f"{name}: file date != published {pub}")
    elif not ("2022-01-01" <= pub <= "2026-12-31"):
        errors.append(f"{name}: date out of range")
    body = "---\n".join(parts[2:]).strip()
    words = len(body.split())
    if not 150 <= words <= 350:
        errors.append(f"{name}: {words} body words")
    if "\n\n" not in body:
        errors.append(f"{name}: one paragraph only")
    return pub

def main():
    actors = {a["id"] for a in json.load(open(ACTORS, encoding="utf-8"))["actors"]}
    rows = list(csv.reader(open(SHIFTS, encoding="utf-8"), delimiter="\t"))
    header = ["actor_id", "country", "topic", "from_stance", "to_stance", "before_date", "after_date", "before_file", "after_file", "note"]
    if rows[0] != header:
        errors.append("shifts: bad header")
    files = set()
    for i, r in enumerate(rows[1:], 2):
        if len(r) != 10:
            errors.append(f"shifts line {i}: {len(r)} fields"); continue
        a, c, t, fs, ts, bd, ad, bf, af, note = r
        if a not in actors: errors.append(f"shifts line {i}: unknown actor {a}")
        if not re.fullmatch(r"[A-Z]{3}", c): errors.append(f"shifts line {i}: country {c}")
        if t not in TOPICS: errors.append(f"shifts line {i}: topic {t}")
        if fs not in STANCES or ts not in STANCES or fs == ts: errors.append(f"shifts line {i}: stances {fs}->{ts}")
        if not (iso(bd) and iso(ad) and bd < ad): errors.append(f"shifts line {i}: dates {bd} {ad}")
        for d, fname in ((bd, bf), (ad, af)):
            if not os.path.exists(os.path.join(CORPUS, fname)): errors.append(f"shifts line {i}: missing {fname}")
            elif not fname.startswith(d): errors.append(f"shifts line {i}: {fname} not dated {d}")
            files.add(fname)
        if not note.strip(): errors.append(f"shifts line {i}: empty note")
    own = [f for f in os.listdir(CORPUS) if f.endswith(".md") and not f.startswith("README")]
    for f in sorted(own):
        check_article(os.path.join(CORPUS, f))
    print(f"{len(own)} articles, {len(rows) - 1} shifts checked")
    for e in errors: print("ERROR", e)
    return 1 if errors else 0

if __name__ == "__main__":
    sys.exit(main())
