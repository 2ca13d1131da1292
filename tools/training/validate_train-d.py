#!/usr/bin/env python3
"""Validate a StanceTracker training TSV (default: data/training/train-d.tsv).

Checks: exact header; 3 tab-separated fields per line; known topic; known stance;
`none` only with `neutral`; non-empty text; no tabs/newlines inside text;
no duplicate (topic, text) pairs. Prints counts per topic x stance and the total.
Exit code 1 if any problem is found.
"""
import sys
from collections import Counter
from pathlib import Path

TOPICS = {
    "troops-in-ukraine", "ukraine-nato-membership", "ukraine-eu-membership",
    "sanctions-on-russia", "military-aid-to-ukraine", "ceasefire",
    "peace-negotiations", "security-guarantees", "ukraine-at-the-table",
    "europe-at-the-table", "frozen-russian-assets", "defence-spending",
    "us-russia-normalization", "territorial-concessions", "none",
}
STANCES = ("support", "open", "neutral", "oppose")
HEADER = "topic\tstance\ttext"


def main() -> int:
    default = Path(__file__).resolve().parents[2] / "data" / "training" / "train-d.tsv"
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else default
    raw = path.read_bytes()
    errors = []
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        print(f"{path}: not valid UTF-8: {e}")
        return 1
    if text.startswith("\ufeff"):
        errors.append("file starts with a BOM")
    if "\r" in text:
        errors.append("file contains carriage returns")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines or lines[0] != HEADER:
        errors.append(f"line 1: header must be exactly {HEADER!r}")
    counts = Counter()
    seen = {}
    for n, line in enumerate(lines[1:], start=2):
        parts = line.split("\t")
        if len(parts) != 3:
            errors.append(f"line {n}: expected 3 fields, got {len(parts)}")
            continue
        topic, stance, body = parts
        if topic not in TOPICS:
            errors.append(f"line {n}: unknown topic {topic!r}")
        if stance not in STANCES:
            errors.append(f"line {n}: unknown stance {stance!r}")
        if topic == "none" and stance != "neutral":
            errors.append(f"line {n}: topic none must have stance neutral")
        if not body.strip():
            errors.append(f"line {n}: empty text")
        elif body != body.strip():
            errors.append(f"line {n}: leading/trailing whitespace in text")
        key = (topic, body)
        if key in seen:
            errors.append(f"line {n}: duplicate of line {seen[key]} ({topic})")
        else:
            seen[key] = n
        counts[(topic, stance)] += 1

    topics = sorted({t for t, _ in counts})
    print(f"{'topic':28}" + "".join(f"{s:>9}" for s in STANCES) + f"{'total':>9}")
    for t in topics:
        row = [counts[(t, s)] for s in STANCES]
        print(f"{t:28}" + "".join(f"{c:>9}" for c in row) + f"{sum(row):>9}")
    total = sum(counts.values())
    print(f"total statements: {total}; distinct texts: {len({b for _, b in seen})}")
    for e in errors:
        print("ERROR:", e)
    print("OK" if not errors else f"{len(errors)} problem(s)")
    return 0 if not errors else 1


if __name__ == "__main__":
    sys.exit(main())
