#!/usr/bin/env python3
"""Validates labelled statement files (topic<TAB>stance<TAB>text), each file on its own.

Checks: UTF-8 without BOM, LF line endings, the exact header, three fields per line, topic ids from data/topics.json
(plus `none`), one of the four stances, `none` only with `neutral` and never on a text that also has a tracked topic,
non-empty text without surrounding whitespace or leftover `##` markers, no duplicate (topic, text) pair. Prints counts
per topic x stance and the share of multi-topic statements. Exit status 1 on any error.

    python3 tools/training/validate.py                      # every data/training/*.tsv and heldout/heldout.tsv
    python3 tools/training/validate.py FILE [--expect N] [--expect-none N]   # N lines per cell, as for the held-out file
"""
import argparse
import collections
import glob
import json
import os
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
STANCES = ["support", "open", "neutral", "oppose"]
HEADER = "topic\tstance\ttext"


def known_topics():
    with open(os.path.join(ROOT, "data", "topics.json"), encoding="utf-8") as handle:
        return [t["id"] for t in json.load(handle)["topics"]] + ["none"]


def validate(path, topics, expect=None, expect_none=None):
    errors = []
    with open(path, "rb") as handle:
        raw = handle.read()
    try:
        content = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        return [f"not UTF-8: {e}"]
    if content.startswith("\ufeff"):
        errors.append("file starts with a BOM")
    if "\r" in content:
        errors.append("file contains carriage returns (use LF line endings)")
    lines = content.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines or lines[0] != HEADER:
        errors.append(f"line 1: header must be exactly {HEADER!r}, got {lines[0] if lines else ''!r}")

    counts = collections.Counter()
    seen = {}
    topics_by_text = collections.defaultdict(list)
    for number, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        if len(fields) != 3:
            errors.append(f"line {number}: expected 3 tab-separated fields, got {len(fields)}")
            continue
        topic, stance, text = fields
        if topic not in topics:
            errors.append(f"line {number}: unknown topic {topic!r}")
        if stance not in STANCES:
            errors.append(f"line {number}: unknown stance {stance!r}")
        if topic == "none" and stance != "neutral":
            errors.append(f"line {number}: topic none must have stance neutral")
        if not text.strip():
            errors.append(f"line {number}: empty text")
        elif text != text.strip():
            errors.append(f"line {number}: leading/trailing whitespace in text")
        if "##" in text:
            errors.append(f"line {number}: leftover tag marker in text")
        if (topic, text) in seen:
            errors.append(f"line {number}: duplicate (topic, text) pair, first on line {seen[(topic, text)]}")
        else:
            seen[(topic, text)] = number
        topics_by_text[text].append(topic)
        counts[(topic, stance)] += 1
    for text, labels in topics_by_text.items():
        if "none" in labels and len(labels) > 1:
            errors.append(f"text labelled none also has a tracked topic: {text[:60]!r}")
    if expect is not None:
        for topic in (t for t in topics if t != "none"):
            for stance in STANCES:
                if counts[(topic, stance)] != expect:
                    errors.append(f"{topic}/{stance}: {counts[(topic, stance)]} lines, expected {expect}")
    if expect_none is not None and counts[("none", "neutral")] != expect_none:
        errors.append(f"none/neutral: {counts[('none', 'neutral')]} lines, expected {expect_none}")

    used = [t for t in topics if any(counts[(t, s)] for s in STANCES)]
    width = max((len(t) for t in used), default=10)
    print(f"== {os.path.relpath(path, ROOT)}")
    print(f"{'topic':<{width}}  " + "  ".join(f"{s:>7}" for s in STANCES) + "    total")
    for topic in used:
        row = [counts[(topic, s)] for s in STANCES]
        print(f"{topic:<{width}}  " + "  ".join(f"{c:>7}" for c in row) + f"  {sum(row):>7}")
    statements = len(topics_by_text)
    multi = sum(1 for labels in topics_by_text.values() if len(labels) > 1)
    print(f"total lines: {sum(counts.values())}; distinct statements: {statements}; "
          f"multi-topic statements: {multi} ({100.0 * multi / max(statements, 1):.1f}%)")
    return errors


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="*")
    parser.add_argument("--expect", type=int, help="exactly N lines in every tracked topic x stance cell")
    parser.add_argument("--expect-none", type=int, help="exactly N none/neutral lines")
    args = parser.parse_args()
    paths = args.paths or sorted(glob.glob(os.path.join(ROOT, "data", "training", "*.tsv"))) + \
        [os.path.join(ROOT, "data", "training", "heldout", "heldout.tsv")]
    topics = known_topics()
    failed = 0
    for path in paths:
        errors = validate(path, topics, args.expect, args.expect_none)
        for error in errors:
            print("ERROR:", error)
        print(f"{len(errors)} error(s)" if errors else "OK")
        failed += bool(errors)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
