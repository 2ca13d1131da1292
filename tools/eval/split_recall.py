#!/usr/bin/env python3
"""Recall of gold statements split by direct (quote_marks true) and indirect (false), using score.py's own matching.

  stancetracker extract ARTICLES --format jsonl > pred.jsonl
  python3 tools/eval/split_recall.py --gold GOLD.jsonl --pred pred.jsonl [--score ../shared/tools/score.py]
"""
import argparse
import importlib.util
import os


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", required=True)
    ap.add_argument("--pred", required=True)
    ap.add_argument("--score", default=os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared", "tools", "score.py"))
    ap.add_argument("--etypes", default="person,organization")
    args = ap.parse_args()
    spec = importlib.util.spec_from_file_location("score", args.score)
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    preds = score.load_predictions("/dev/stdin" if args.pred == "-" else args.pred)
    etypes = set(args.etypes.split(","))
    golds = [g for g in score.load_jsonl(args.gold) if g.get("etype", "person") in etypes]
    for label, want in (("direct", True), ("indirect", False)):
        subset = [g for g in golds if bool(g.get("quote_marks")) == want]
        found = right = 0
        for g in subset:
            statements = preds.get(g["article"], [])
            gt = score.tokens(g["content"])
            best, best_i = 0.0, None
            for i, s in enumerate(statements):
                if not gt:
                    break
                overlap = len(gt & score.tokens(s.get("text", ""))) / len(gt)
                if overlap > best:
                    best, best_i = overlap, i
            if best_i is None or best < 0.3:
                continue
            found += 1
            name = ((statements[best_i].get("speaker") or {}).get("name")) or ""
            if score.same_speaker(name, {"speaker": g["speaker"], "aliases": [g.get("mention", "")]}):
                right += 1
        n = len(subset)
        print(f"{label}: gold {n}, found {found}, recall {found / n if n else 0:.3f}, right speaker {right} ({right / found if found else 0:.3f} of found)")


if __name__ == "__main__":
    main()
