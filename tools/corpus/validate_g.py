#!/usr/bin/env python3
"""Validate corpus writer G's articles and shifts file (data/corpus/shifts-g.tsv)."""
import csv, datetime, json, os, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CORPUS = os.path.join(ROOT, "data", "corpus")
SHIFTS = os.path.join(CORPUS, "shifts-g.tsv")
ACTORS = os.path.join(ROOT, "data", "actors.json")
TOPICS = {"troops-in-ukraine", "ukraine-nato-membership", "ukraine-eu-membership", "sanctions-on-russia",
          "military-aid-to-ukraine", "ceasefire", "peace-negotiations", "security-guarantees",
          "ukraine-at-the-table", "europe-at-the-table", "frozen-russian-assets", "defence-spending",
          "us-russia-normalization", "territorial-concessions"}
STANCES = {"support", "open", "neutral", "oppose"}
KEYS = ["title", "published", "source", "author", "language"]
HEADER = ["actor_id", "country", "topic", "from_stance", "to_stance", "before_date", "after_date",
          "before_file", "after_file", "note"]


def parse(path):
    text = open(path, encoding="utf-8").read()
    m = re.match(r"^---\n(.*?)\n---\n\n(.*)$", text, re.S)
    if not m:
        return None, None
    fm = {}
    for line in m.group(1).split("\n"):
        k, _, v = line.partition(":")
        fm[k.strip()] = v.strip()
    return fm, m.group(2)


def main(files):
    errors = []
    for f in files:
        name = os.path.basename(f)
        fm, body = parse(f)
        if fm is None:
            errors.append(f"{name}: bad front matter"); continue
        if list(fm) != KEYS:
            errors.append(f"{name}: keys {list(fm)}")
        try:
            datetime.date.fromisoformat(fm.get("published", ""))
        except ValueError:
            errors.append(f"{name}: bad date")
        if not name.startswith(fm.get("published", "") + "-"):
            errors.append(f"{name}: file date != published")
        if fm.get("source") != "StanceTracker demo desk" or fm.get("author") != "StanceTracker editors" or fm.get("language") != "en":
            errors.append(f"{name}: source/author/language")
        n = len(body.split())
        if not 150 <= n <= 350:
            errors.append(f"{name}: {n} words")
        if "\n\n" not in body.strip():
            errors.append(f"{name}: single paragraph")
    actors = {a["id"]: a for a in json.load(open(ACTORS, encoding="utf-8"))["actors"]}
    with open(SHIFTS, encoding="utf-8") as fh:
        rows = list(csv.reader(fh, delimiter="\t"))
    if rows[0] != HEADER:
        errors.append(f"shifts header {rows[0]}")
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(HEADER):
            errors.append(f"shifts line {i}: {len(r)} fields"); continue
        d = dict(zip(HEADER, r))
        if d["actor_id"] not in actors:
            errors.append(f"shifts line {i}: unknown actor {d['actor_id']}")
        elif actors[d["actor_id"]]["country"] != d["country"]:
            errors.append(f"shifts line {i}: country mismatch")
        if d["topic"] not in TOPICS:
            errors.append(f"shifts line {i}: topic {d['topic']}")
        if d["from_stance"] not in STANCES or d["to_stance"] not in STANCES or d["from_stance"] == d["to_stance"]:
            errors.append(f"shifts line {i}: stances")
        for side in ("before", "after"):
            p = os.path.join(CORPUS, d[f"{side}_file"])
            if not os.path.exists(p):
                errors.append(f"shifts line {i}: missing {d[side + '_file']}")
            elif not d[f"{side}_file"].startswith(d[f"{side}_date"]):
                errors.append(f"shifts line {i}: {side} date mismatch")
        if d["before_date"] >= d["after_date"]:
            errors.append(f"shifts line {i}: dates not increasing")
    for e in errors:
        print("ERROR", e)
    print(f"{len(files)} articles, {len(rows) - 1} shifts, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    args = sys.argv[1:]
    if not args:
        main_dir = "/work/main/data/corpus"
        existing = set(os.listdir(main_dir)) if os.path.isdir(main_dir) else set()
        args = sorted(os.path.join(CORPUS, f) for f in os.listdir(CORPUS)
                      if f.endswith(".md") and f != "README.md" and f not in existing)
    sys.exit(main(args))
