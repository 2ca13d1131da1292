#!/usr/bin/env python3
"""Validate data/training/train-c.tsv (StanceTracker training statements).

Checks: exact header; 3 tab-separated fields per line; allowed topic ids;
one of the four stances; `none` only with `neutral`; non-empty text without
tabs; no duplicate (topic, text) pairs; the same text must not carry two
stances on one topic. Also warns about texts repeated on several topics (the
multi-topic lines, expected at about 5 per cent) and prints counts per
topic x stance and the total. Exit status 1 on any error.

Usage: python3 tools/training/validate_train-c.py [path]
"""
import collections
import os
import sys

TOPICS = [
    "troops-in-ukraine", "ukraine-nato-membership", "ukraine-eu-membership",
    "sanctions-on-russia", "military-aid-to-ukraine", "ceasefire",
    "peace-negotiations", "security-guarantees", "ukraine-at-the-table",
    "europe-at-the-table", "frozen-russian-assets", "defence-spending",
    "us-russia-normalization", "territorial-concessions", "none",
]
STANCES = ["support", "open", "neutral", "oppose"]
HEADER = "topic\tstance\ttext"


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    default = os.path.join(here, "..", "..", "data", "training", "train-c.tsv")
    path = sys.argv[1] if len(sys.argv) > 1 else default
    errors = []
    counts = collections.Counter()
    seen = {}
    topics_by_text = collections.defaultdict(list)
    with open(path, "rb") as fb:
        raw = fb.read()
    try:
        content = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        print(f"ERROR: not UTF-8: {e}")
        return 1
    if content.startswith("\ufeff"):
        errors.append("file starts with a BOM")
    if "\r" in content:
        errors.append("file contains carriage returns (use LF line endings)")
    lines = content.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines or lines[0] != HEADER:
        errors.append(f"line 1: header must be exactly {HEADER!r}, got {lines[0] if lines else ''!r}")
    for n, line in enumerate(lines[1:], start=2):
        parts = line.split("\t")
        if len(parts) != 3:
            errors.append(f"line {n}: expected 3 tab-separated fields, got {len(parts)}")
            continue
        topic, stance, text = parts
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
            errors.append(f"line {n}: duplicate (topic, text) pair, first on line {seen[key]}")
        else:
            seen[key] = n
        topics_by_text[text].append((topic, stance))
        counts[(topic, stance)] += 1
    for text, labs in topics_by_text.items():
        ts = [t for t, _ in labs]
        if "none" in ts and len(labs) > 1:
            errors.append(f"text labelled none also has other topics: {text[:60]!r}")
    multi = sum(1 for labs in topics_by_text.values() if len(labs) > 1)
    statements = len(topics_by_text)

    used = [t for t in TOPICS if any(counts[(t, s)] for s in STANCES)]
    w = max(len(t) for t in used) if used else 10
    print(f"{'topic':<{w}}  " + "  ".join(f"{s:>7}" for s in STANCES) + "    total")
    for t in used:
        row = [counts[(t, s)] for s in STANCES]
        print(f"{t:<{w}}  " + "  ".join(f"{c:>7}" for c in row) + f"  {sum(row):>7}")
    total = sum(counts.values())
    print(f"total lines: {total}; distinct statements: {statements}; "
          f"multi-topic statements: {multi} ({100.0 * multi / max(statements, 1):.1f}%)")
    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"{len(errors)} error(s)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
