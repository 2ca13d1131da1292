#!/usr/bin/env bash
# Measures the pipeline on the real-text sets in ../shared/eval: dev-open and seed positions, gum-news attribution.
#   tools/eval/measure.sh OUT_DIR [extract options, e.g. --model transformer]
# Uses STANCETRACKER (default: the CLI built in Release) and writes each set's predictions and score to OUT_DIR.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
shared=${SHARED:-$root/../shared}
cli=${STANCETRACKER:-$root/src/StanceTracker.Cli/bin/Release/net10.0/stancetracker}
out=${1:?usage: measure.sh OUT_DIR [extract options]}
shift
[ -d "$shared/eval" ] || { echo "error: $shared/eval not found (set SHARED)" >&2; exit 2; }
mkdir -p "$out"
score() { python3 "$shared/tools/score.py" "$@"; }
"$cli" extract "$shared/eval/dev-open/articles" --format jsonl "$@" > "$out/dev-open.jsonl"
score positions --gold "$shared/eval/dev-open/gold.jsonl" --pred "$out/dev-open.jsonl" -v > "$out/dev-open.score"
"$cli" extract "$shared/corpus/seed/riyadh-talks.txt" --format jsonl "$@" > "$out/seed.jsonl"
score positions --gold "$shared/eval/seed/gold.jsonl" --pred "$out/seed.jsonl" -v > "$out/seed.score"
# One gum-news article carries no date; attribution does not depend on it.
"$cli" extract "$shared/eval/gum-news/articles" --format jsonl --no-classify --published 2015-01-01 > "$out/gum-news.jsonl"
score attribution --gold "$shared/eval/gum-news/gold.jsonl" --pred "$out/gum-news.jsonl" -v > "$out/gum-news.score"
for set in dev-open seed gum-news; do printf '%-9s %s\n' "$set" "$(tail -1 "$out/$set.score")"; done
