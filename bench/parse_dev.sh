#!/usr/bin/env bash
# Scores a labeller model on the dev split (for tuning; never on the
# evaluation sets): bench/parse_dev.sh [MODEL] [BUILD]
set -euo pipefail
cd "$(dirname "$0")/.."
model=${1:-extract/parse/model/parser.crf}
build=${2:-build}
shared=${SHARED:-../shared}
data=$build/parser-data
[[ -f $data/dev_grobid.jsonl ]] || python3 bench/prepare_parser_data.py "$shared/data/references" "$data"
for set in anystyle grobid parscit; do
  "${CITEKIT:-$build/cli/citekit}" parse --fields-only --model "$model" "$data/dev_$set.jsonl" -o "$data/dev_$set.pred.jsonl"
  echo "== dev $set"
  python3 "$shared/tools/score_refs.py" "$data/dev_$set.jsonl" "$data/dev_$set.pred.jsonl" --map "$set" |
    grep -E '^(author|title|container|date|micro|exact)'
done
