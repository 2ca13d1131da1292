#!/usr/bin/env python3
"""Sorts the misses of `stancetracker extract --format jsonl` against a positions gold file into failure classes.

usage: failure_classes.py --gold GOLD.jsonl --pred PRED.jsonl [--examples N]

Each gold position is put in the first class that explains it:
  right            the speaker, topic and stance were found
  no-statement     no extracted statement covers the gold evidence
  speaker          a statement covers the evidence but its speaker is not the gold speaker
  topic            the speaker is right but the statement has no position on the gold topic
  stance           the speaker and topic are right, the stance is not
Predicted positions that match no gold one are counted as extras, split by whether the speaker appears in the gold
for that article (wrong topic or stance) or not (a speaker the gold does not track for it).
"""
import argparse
import collections
import json
import re
import sys
import unicodedata

TITLES = {"president", "prime", "minister", "chancellor", "secretary", "mr", "mrs", "ms", "sir", "dr", "the", "of", "state"}


def fold(text):
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.findall(r"[a-z0-9]+", text)


def names(name):
    return [t for t in fold(name) if t not in TITLES]


def same_speaker(predicted, gold):
    p = names(predicted)
    if not p:
        return False
    for candidate in [gold["speaker"]] + gold.get("aliases", []):
        g = names(candidate)
        if g and (p == g or p[-1] == g[-1] or (len(g) > 1 and set(g) <= set(p))):
            return True
    return False


def covers(statement_text, evidence):
    s, e = " ".join(fold(statement_text)), " ".join(fold(evidence))
    return bool(e) and (e in s or s in e or len(set(s.split()) & set(e.split())) >= 0.6 * len(set(e.split())))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--gold", required=True)
    parser.add_argument("--pred", required=True)
    parser.add_argument("--examples", type=int, default=3)
    args = parser.parse_args()

    gold = [json.loads(line) for line in open(args.gold, encoding="utf-8") if line.strip()]
    predictions = {}
    for line in open(args.pred, encoding="utf-8"):
        if line.strip():
            record = json.loads(line)
            key = re.sub(r"\.[a-z]+$", "", (record.get("file") or "").split("/")[-1])
            predictions[key] = record.get("statements") or []

    classes = collections.Counter()
    examples = collections.defaultdict(list)
    used = set()
    for g in gold:
        statements = predictions.get(g["article"], [])
        covering = [s for s in statements if covers(s.get("text", ""), g.get("evidence", ""))]
        by_speaker = [s for s in statements if same_speaker((s.get("speaker") or {}).get("name", ""), g)]
        on_topic = [(s, p) for s in by_speaker for p in s.get("positions") or [] if p.get("topic") == g["topic"]]
        if on_topic:
            statement, position = max(on_topic, key=lambda sp: sp[1].get("confidence") or 0)
            cls = "right" if position.get("stance") in g["stance"] else "stance"
            used.add((g["article"], tuple(names(statement["speaker"]["name"])), g["topic"]))
            detail = f"said {position.get('stance')}, gold {g['stance'][0]}: {statement['text'][:110]}"
        elif not covering:
            cls, detail = "no-statement", g.get("evidence", "")[:110]
        elif not any(same_speaker((s.get("speaker") or {}).get("name", ""), g) for s in covering):
            cls = "speaker"
            detail = f"gave {covering[0]['speaker']['name']!r} for {g['speaker']}: {covering[0]['text'][:90]}"
        else:
            cls = "topic"
            found = [p.get("topic") for s in covering for p in s.get("positions") or []]
            detail = f"{g['topic']} not found (had {found or 'none'}): {covering[0]['text'][:90]}"
        classes[cls] += 1
        examples[cls].append(f"{g['article'][:2]} {g['speaker']}: {detail}")

    extras = collections.Counter()
    for article, statements in predictions.items():
        gold_here = [g for g in gold if g["article"] == article]
        for s in statements:
            name = (s.get("speaker") or {}).get("name", "")
            for p in s.get("positions") or []:
                key = (article, tuple(names(name)), p.get("topic"))
                if key in used or any(same_speaker(name, g) and g["topic"] == p.get("topic") for g in gold_here):
                    continue
                kind = "extra-known-speaker" if any(same_speaker(name, g) for g in gold_here) else "extra-other-speaker"
                extras[kind] += 1
                examples[kind].append(f"{article[:2]} {name} / {p.get('topic')} = {p.get('stance')}: {s['text'][:90]}")
                used.add(key)

    total = sum(classes.values())
    print(f"gold positions {total}")
    for cls in ["right", "stance", "topic", "speaker", "no-statement"]:
        print(f"  {cls:<14} {classes[cls]:>4}")
        for example in examples[cls][: args.examples if cls != "right" else 0]:
            print(f"      {example}")
    for kind in ["extra-known-speaker", "extra-other-speaker"]:
        print(f"  {kind:<20} {extras[kind]:>4}")
        for example in examples[kind][: args.examples]:
            print(f"      {example}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
