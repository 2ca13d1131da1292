#!/usr/bin/env python3
"""Checks the demo corpus: front matter, dates, length, and that every expected shift points at real files and ids.

    python3 tools/corpus/validate.py            # from anywhere in the repository
"""
import csv
import json
import os
import re
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
CORPUS = os.path.join(ROOT, "data", "corpus")
STANCES = {"support", "open", "neutral", "oppose"}


def front_matter(path):
    text = open(path, encoding="utf-8").read()
    match = re.match(r"---\n(.*?)\n---\n(.*)", text, re.S)
    if not match:
        return None, text
    fields = dict(line.split(":", 1) for line in match.group(1).splitlines() if ":" in line)
    return {k.strip(): v.strip() for k, v in fields.items()}, match.group(2)


def main():
    errors = []
    topics = {t["id"] for t in json.load(open(os.path.join(ROOT, "data", "topics.json")))["topics"]}
    actors = {a["id"] for a in json.load(open(os.path.join(ROOT, "data", "actors.json")))["actors"]}
    articles = sorted(f for f in os.listdir(CORPUS) if f.endswith(".md") and f != "README.md")
    for name in articles:
        fields, body = front_matter(os.path.join(CORPUS, name))
        if fields is None:
            errors.append(f"{name}: no front matter")
            continue
        for key in ("title", "published", "source", "author", "language"):
            if not fields.get(key):
                errors.append(f"{name}: missing {key}")
        if not name.startswith(fields.get("published", "?")):
            errors.append(f"{name}: file name date differs from published {fields.get('published')}")
        words = len(body.split())
        if not 120 <= words <= 420:
            errors.append(f"{name}: {words} words")
    with open(os.path.join(ROOT, "data", "expected-shifts.tsv"), encoding="utf-8") as handle:
        shifts = list(csv.DictReader(handle, delimiter="\t"))
    for line, row in enumerate(shifts, start=2):
        where = f"expected-shifts.tsv:{line}"
        if row["level"] not in ("actor", "country"):
            errors.append(f"{where}: level {row['level']}")
        if row["actor_id"] not in actors:
            errors.append(f"{where}: unknown actor {row['actor_id']}")
        if row["topic"] not in topics:
            errors.append(f"{where}: unknown topic {row['topic']}")
        if row["from_stance"] not in STANCES or row["to_stance"] not in STANCES or row["from_stance"] == row["to_stance"]:
            errors.append(f"{where}: stances {row['from_stance']} -> {row['to_stance']}")
        for key in ("before_file", "after_file"):
            if row[key] not in articles:
                errors.append(f"{where}: {key} {row[key]} not in the corpus")
        if row["before_date"] >= row["after_date"]:
            errors.append(f"{where}: before_date is not before after_date")
    for error in errors:
        print(error)
    print(f"{len(articles)} articles, {len(shifts)} expected shifts, {len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
