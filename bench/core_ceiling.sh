#!/usr/bin/env bash
# How far this kind of model gets on AnyStyle core when it may learn core's
# own conventions: for each fold of core (bench/core_folds.py), a model is
# trained on the usual training data (train and dev splits) plus the other
# four folds, with the committed recipe, and scored on the fold beside the
# committed model. A diagnostic of the target, not of the parser: these
# models are never committed, and nothing is tuned on what they score.
#   bench/core_ceiling.sh [BUILD_DIR]      FOLDS="0 1" to run some folds only
# Each fold trains for 15-30 minutes on one core.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
shared=${SHARED:-../shared}
data=$build/parser-data
out=$build/core-ceiling
[[ -f $data/train.jsonl ]] || python3 bench/prepare_parser_data.py "$shared/data/references" "$data"
python3 bench/core_folds.py "$shared/data/references" "$out"
cmake --build "$build" --target citekit_train_parser citekit
trainer=$build/tools/citekit_train_parser
score() { python3 "$shared/tools/score_refs.py" "$1" "$2" --map anystyle | awk '$1 == "micro" {f = $4} /^exact/ {e = $NF} END {print f, e}'; }
printf '%-5s %-22s %-22s\n' fold 'committed model' 'with the other folds'
for k in ${FOLDS:-0 1 2 3 4}; do
  others=()
  for j in 0 1 2 3 4; do [[ $j == "$k" ]] || others+=(--train "$out/fold$j.train.jsonl"); done
  "$trainer" --train "$data/train.jsonl" --train "$data/dev.jsonl" "${others[@]}" -o "$out/fold$k.full.crf" \
    --algorithm lbfgs --warm-start 10 --learning-rate 0.5 --iterations 250 --l2 3.0 --threads "${THREADS:-1}" 2> "$out/fold$k.log"
  "$trainer" --prune-model "$out/fold$k.full.crf" --prune 0.01 -o "$out/fold$k.crf" 2>> "$out/fold$k.log"
  "$build/cli/citekit" parse --fields-only "$out/fold$k.gold.jsonl" -o "$out/fold$k.committed.jsonl"
  "$build/cli/citekit" parse --fields-only --model "$out/fold$k.crf" "$out/fold$k.gold.jsonl" -o "$out/fold$k.pred.jsonl"
  printf '%-5s %-22s %-22s\n' "$k" "$(score "$out/fold$k.gold.jsonl" "$out/fold$k.committed.jsonl")" \
    "$(score "$out/fold$k.gold.jsonl" "$out/fold$k.pred.jsonl")"
done

# All folds run so far, pooled: F1 per field, micro F1 and exact match.
pool() { for k in 0 1 2 3 4; do if [[ -f $out/fold$k.pred.jsonl ]]; then cat "$out/fold$k.$1"; fi; done; }
pool gold.jsonl > "$out/pooled.gold.jsonl"
pool committed.jsonl > "$out/pooled.committed.jsonl"
pool pred.jsonl > "$out/pooled.pred.jsonl"
echo
echo "pooled over $(wc -l < "$out/pooled.gold.jsonl") references: committed model, then with the other folds"
paste <(python3 "$shared/tools/score_refs.py" "$out/pooled.gold.jsonl" "$out/pooled.committed.jsonl" --map anystyle) \
  <(python3 "$shared/tools/score_refs.py" "$out/pooled.gold.jsonl" "$out/pooled.pred.jsonl" --map anystyle | awk '/^exact/ {print $NF; next} {print $4}')
