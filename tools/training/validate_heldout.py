#!/usr/bin/env python3
"""Validate the held-out evaluation set data/training/heldout/heldout.tsv.

Checks: exact header; three tab-separated fields per line; known topic and stance;
`none` only with `neutral`; non-empty text without tabs; no duplicate (topic, text)
pairs; no text labelled twice for the same topic.  Prints counts per topic x stance,
the number of multi-topic statements and the total.  Exit code 1 on any problem.
Optional: --expect N checks every tracked topic x stance cell holds exactly N lines.
"""
import argparse
import collections
import pathlib
import sys

TOPICS = [
    "troops-in-ukraine", "ukraine-nato-membership", "ukraine-eu-membership",
    "sanctions-on-russia", "military-aid-to-ukraine", "ceasefire", "peace-negotiations",
    "security-guarantees", "ukraine-at-the-table", "europe-at-the-table",
    "frozen-russian-assets", "defence-spending", "us-russia-normalization",
    "territorial-concessions", "none",
]
STANCES = ["support", "open", "neutral", "oppose"]
HEADER = "topic\tstance\ttext"

DEFAULT = pathlib.Path(__file__).resolve().parents[2] / "data/training/heldout/heldout.tsv"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("path", nargs="?", default=str(DEFAULT))
    ap.add_argument("--expect", type=int, default=None,
                    help="exact number of lines required per tracked topic x stance")
    ap.add_argument("--expect-none", type=int, default=None,
                    help="exact number of lines required for topic none")
    args = ap.parse_args()

    errors = []
    raw = pathlib.Path(args.path).read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        print(f"not UTF-8: {e}")
        return 1
    if text.startswith("\ufeff"):
        errors.append("file starts with a BOM")
    if "\r" in text:
        errors.append("file contains carriage returns")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if not lines or lines[0] != HEADER:
        errors.append(f"header must be exactly {HEADER!r}, got {lines[0] if lines else ''!r}")

    counts = collections.Counter()
    seen = set()
    topics_of_text = collections.defaultdict(list)
    for no, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        if len(fields) != 3:
            errors.append(f"line {no}: expected 3 fields, got {len(fields)}")
            continue
        topic, stance, body = fields
        if topic not in TOPICS:
            errors.append(f"line {no}: unknown topic {topic!r}")
        if stance not in STANCES:
            errors.append(f"line {no}: unknown stance {stance!r}")
        if topic == "none" and stance != "neutral":
            errors.append(f"line {no}: topic none must have stance neutral")
        if not body.strip():
            errors.append(f"line {no}: empty text")
        if body != body.strip():
            errors.append(f"line {no}: leading/trailing whitespace in text")
        if (topic, body) in seen:
            errors.append(f"line {no}: duplicate (topic, text): {body[:60]!r}")
        seen.add((topic, body))
        topics_of_text[body].append(topic)
        counts[(topic, stance)] += 1

    for body, tops in topics_of_text.items():
        if "none" in tops and len(tops) > 1:
            errors.append(f"text labelled none and a tracked topic: {body[:60]!r}")

    width = max(len(t) for t in TOPICS)
    print(f"{'topic':<{width}} " + " ".join(f"{s:>8}" for s in STANCES) + "    total")
    for t in TOPICS:
        row = [counts[(t, s)] for s in STANCES]
        print(f"{t:<{width}} " + " ".join(f"{n:>8}" for n in row) + f" {sum(row):>8}")
        if args.expect is not None and t != "none":
            for s, n in zip(STANCES, row):
                if n != args.expect:
                    errors.append(f"{t}/{s}: {n} lines, expected {args.expect}")
    if args.expect_none is not None and counts[("none", "neutral")] != args.expect_none:
        errors.append(f"none/neutral: {counts[('none', 'neutral')]} lines, expected {args.expect_none}")

    total = sum(counts.values())
    multi = sum(1 for tops in topics_of_text.values() if len(tops) > 1)
    multi_lines = sum(len(tops) for tops in topics_of_text.values() if len(tops) > 1)
    print(f"total lines: {total}; distinct statements: {len(topics_of_text)}; "
          f"multi-topic statements: {multi} ({multi_lines} lines, {100 * multi_lines / max(total, 1):.1f}%)")

    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  " + e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
