#!/usr/bin/env python3
"""Validate data/training/train-a.tsv (StanceTracker stance training data).

Checks: exact header; 3 tab-separated fields per line; allowed topic and stance;
`none` only with `neutral`; non-empty text; no tabs/newlines in text; no duplicate
(topic, text) pairs; no surrounding whitespace. Prints counts per topic x stance,
the number of multi-topic statements and the total. Exit code 1 on any error.
Usage: python3 tools/training/validate_train-a.py [path]
"""
import collections
import os
import sys

TOPICS = {
    "troops-in-ukraine", "ukraine-nato-membership", "ukraine-eu-membership",
    "sanctions-on-russia", "military-aid-to-ukraine", "ceasefire",
    "peace-negotiations", "security-guarantees", "ukraine-at-the-table",
    "europe-at-the-table", "frozen-russian-assets", "defence-spending",
    "us-russia-normalization", "territorial-concessions", "none",
}
STANCES = ["support", "open", "neutral", "oppose"]
HEADER = "topic\tstance\ttext"


def main() -> int:
    here = os.path.dirname(os.path.abspath(__file__))
    default = os.path.join(here, "..", "..", "data", "training", "train-a.tsv")
    path = sys.argv[1] if len(sys.argv) > 1 else default
    errors = []
    counts = collections.Counter()
    seen = set()
    texts = collections.Counter()
    with open(path, "rb") as fh:
        raw = fh.read()
    try:
        content = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        print(f"ERROR: not valid UTF-8: {exc}")
        return 1
    if content.startswith("\ufeff"):
        errors.append("file starts with a BOM")
    if "\r" in content:
        errors.append("file contains carriage returns")
    lines = content.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if not lines or lines[0] != HEADER:
        errors.append(f"line 1: header must be exactly {HEADER!r}")
    for no, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        if len(fields) != 3:
            errors.append(f"line {no}: expected 3 fields, got {len(fields)}")
            continue
        topic, stance, text = fields
        if topic not in TOPICS:
            errors.append(f"line {no}: unknown topic {topic!r}")
        if stance not in STANCES:
            errors.append(f"line {no}: unknown stance {stance!r}")
        if topic == "none" and stance != "neutral":
            errors.append(f"line {no}: topic none requires stance neutral")
        if not text.strip():
            errors.append(f"line {no}: empty text")
        elif text != text.strip():
            errors.append(f"line {no}: leading/trailing whitespace in text")
        if "##" in text:
            errors.append(f"line {no}: leftover tag marker in text")
        key = (topic, text)
        if key in seen:
            errors.append(f"line {no}: duplicate (topic, text): {topic} | {text[:60]}")
        seen.add(key)
        counts[(topic, stance)] += 1
        texts[text] += 1
    topics = sorted({t for t, _ in counts})
    print(f"{'topic':28}" + "".join(f"{s:>9}" for s in STANCES) + f"{'total':>9}")
    for t in topics:
        row = [counts[(t, s)] for s in STANCES]
        print(f"{t:28}" + "".join(f"{n:>9}" for n in row) + f"{sum(row):>9}")
    total = sum(counts.values())
    multi = sum(1 for n in texts.values() if n > 1)
    print(f"distinct statements: {len(texts)}; multi-topic statements: {multi} "
          f"({100.0 * multi / max(len(texts), 1):.1f}%)")
    print(f"total lines (excluding header): {total}")
    for e in errors:
        print("ERROR:", e)
    print("OK" if not errors else f"FAILED with {len(errors)} error(s)")
    return 0 if not errors else 1


if __name__ == "__main__":
    sys.exit(main())
