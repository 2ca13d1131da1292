#!/usr/bin/env python3
"""Validate data/training/train-b.tsv (StanceTracker training data, writer b).

Checks: exact header; 3 tab-separated fields per line; known topic; known stance;
`none` only with `neutral`; non-empty text; no tab/newline in text; no duplicate
(topic, text) pairs; one stance per (topic, text). Prints counts per topic x stance.
Usage: python3 tools/training/validate_train-b.py [path]
"""
import collections
import os
import sys

TOPICS = {
    "troops-in-ukraine", "ukraine-nato-membership", "ukraine-eu-membership",
    "sanctions-on-russia", "military-aid-to-ukraine", "ceasefire", "peace-negotiations",
    "security-guarantees", "ukraine-at-the-table", "europe-at-the-table",
    "frozen-russian-assets", "defence-spending", "us-russia-normalization",
    "territorial-concessions", "none",
}
STANCES = ["support", "open", "neutral", "oppose"]
HEADER = "topic\tstance\ttext"


def main() -> int:
    here = os.path.dirname(os.path.abspath(__file__))
    default = os.path.join(here, "..", "..", "data", "training", "train-b.tsv")
    path = sys.argv[1] if len(sys.argv) > 1 else default
    errors = []
    counts = collections.Counter()
    seen = {}
    texts = collections.Counter()
    with open(path, "rb") as fb:
        raw = fb.read()
    try:
        data = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        print(f"ERROR: not UTF-8: {e}")
        return 1
    if data.startswith("\ufeff"):
        errors.append("file starts with a BOM")
    if "\r" in data:
        errors.append("file contains carriage returns")
    lines = data.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if not lines or lines[0] != HEADER:
        errors.append(f"line 1: header must be exactly {HEADER!r}")
    for n, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        if len(fields) != 3:
            errors.append(f"line {n}: expected 3 fields, got {len(fields)}")
            continue
        topic, stance, text = fields
        if topic not in TOPICS:
            errors.append(f"line {n}: unknown topic {topic!r}")
        if stance not in STANCES:
            errors.append(f"line {n}: unknown stance {stance!r}")
        if topic == "none" and stance != "neutral":
            errors.append(f"line {n}: topic none must have stance neutral")
        if not text.strip():
            errors.append(f"line {n}: empty text")
        if text != text.strip():
            errors.append(f"line {n}: leading/trailing whitespace in text")
        key = (topic, text)
        if key in seen:
            errors.append(f"line {n}: duplicate (topic, text) pair, first at line {seen[key]}")
        else:
            seen[key] = n
        counts[(topic, stance)] += 1
        texts[text] += 1
    # a text labelled `none` must not also carry a tracked topic
    none_texts = {t for (tp, t) in seen if tp == "none"}
    for (tp, t), n in seen.items():
        if tp != "none" and t in none_texts:
            errors.append(f"line {n}: text labelled none also has topic {tp}")

    topics = sorted({t for t, _ in counts})
    print(f"{'topic':28}" + "".join(f"{s:>9}" for s in STANCES) + f"{'total':>9}")
    for t in topics:
        row = [counts[(t, s)] for s in STANCES]
        print(f"{t:28}" + "".join(f"{c:>9}" for c in row) + f"{sum(row):>9}")
    total = sum(counts.values())
    multi = sum(1 for c in texts.values() if c > 1)
    print(f"total lines: {total}; distinct texts: {len(texts)}; multi-topic texts: {multi}")
    if errors:
        for e in errors[:200]:
            print("ERROR:", e)
        print(f"{len(errors)} error(s)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
