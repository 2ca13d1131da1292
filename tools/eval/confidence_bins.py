#!/usr/bin/env python3
"""How often a predicted position is right, by its confidence: does the review threshold separate doubt from certainty?

    python3 tools/eval/confidence_bins.py --gold GOLD.jsonl --pred PRED.jsonl [--threshold 0.5]

A prediction is right when the gold file holds the same speaker, topic and one of its stances; "the same speaker" is
failure_classes.py's rule, so both tools count the same positions right.
"""
import argparse
import json
import os

from failure_classes import same_speaker


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", required=True)
    ap.add_argument("--pred", required=True)
    ap.add_argument("--threshold", type=float, default=0.5)
    a = ap.parse_args()
    gold = {}
    for line in open(a.gold, encoding="utf-8"):
        if line.strip():
            g = json.loads(line)
            gold.setdefault(g["article"], []).append(g)
    bins = [(0.0, 0.3), (0.3, 0.5), (0.5, 0.7), (0.7, 0.9), (0.9, 1.01)]
    counts = {b: [0, 0, 0] for b in bins}  # right stance, right pair wrong stance, no such gold pair
    for line in open(a.pred, encoding="utf-8"):
        d = json.loads(line)
        if "statements" not in d:
            continue
        article = os.path.splitext(os.path.basename(d["file"]))[0]
        for s in d["statements"]:
            name = s["speaker"]["name"]
            for p in s.get("positions", []):
                b = next(b for b in bins if b[0] <= p["confidence"] < b[1])
                match = [g for g in gold.get(article, []) if g["topic"] == p["topic"] and same_speaker(name, g)]
                if not match:
                    counts[b][2] += 1
                elif any(p["stance"] in g["stance"] for g in match):
                    counts[b][0] += 1
                else:
                    counts[b][1] += 1
    print("confidence   predicted  right  wrong-stance  not-in-gold  share-right")
    for b in bins:
        r, w, x = counts[b]
        n = r + w + x
        print(f"{b[0]:.1f}-{min(b[1], 1.0):.1f}   {n:9d}  {r:5d}  {w:12d}  {x:11d}  {r / n if n else 0:11.2f}")
    below = [sum(counts[b]) for b in bins if b[1] <= a.threshold]
    right_below = [counts[b][0] for b in bins if b[1] <= a.threshold]
    above = [sum(counts[b]) for b in bins if b[0] >= a.threshold]
    right_above = [counts[b][0] for b in bins if b[0] >= a.threshold]
    print(f"below {a.threshold}: {sum(right_below)}/{sum(below)} right; at or above: {sum(right_above)}/{sum(above)} right")


if __name__ == "__main__":
    main()
