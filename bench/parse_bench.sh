#!/usr/bin/env bash
# The reference-parsing benchmark: accuracy on the two evaluation sets, speed
# on one core and peak memory on a large input.
#   bench/parse_bench.sh [BUILD_DIR]
# Evaluation sets (never trained or tuned on; see bench/prepare_parser_data.py):
#   AnyStyle core, and GROBID's held-back rows (hash bucket < 15).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
shared=${SHARED:-../shared}
citekit=$build/cli/citekit
data=$build/parser-data
out=$build/parse-bench
mkdir -p "$out"
[[ -f $data/eval_grobid_heldout.jsonl ]] || python3 bench/prepare_parser_data.py "$shared/data/references" "$data"

for set in anystyle_core grobid_heldout; do
  "$citekit" parse "$data/eval_$set.jsonl" -o "$out/$set.pred.jsonl"
  python3 "$shared/tools/score_refs.py" "$data/eval_$set.jsonl" "$out/$set.pred.jsonl" --map "${set%%_*}" > "$out/$set.score.txt"
done

# Speed: the evaluation texts repeated to 50,000 references, parsed on core 0 (full output: fields and CSL item).
python3 - "$data" "$out/speed.txt" 50000 <<'PY'
import json, sys
texts = [json.loads(l)['text'] for f in ('eval_anystyle_core.jsonl', 'eval_grobid_heldout.jsonl') for l in open(f'{sys.argv[1]}/{f}', encoding='utf-8')]
n = int(sys.argv[3])
with open(sys.argv[2], 'w', encoding='utf-8') as f:
    for i in range(n): f.write(texts[i % len(texts)] + '\n')
PY
# Three runs, the median reported: on a shared machine one run can be slowed by its neighbours.
for run in 1 2 3; do
  /usr/bin/time -v taskset -c 0 "$citekit" parse "$out/speed.txt" -o "$out/speed.pred.jsonl" 2> "$out/speed.time.$run.txt"
done
# Memory: peak resident size for 5,000 and for 500,000 references (flat when it barely grows).
head -n 5000 "$out/speed.txt" > "$out/small.txt"
for i in $(seq 10); do cat "$out/speed.txt"; done > "$out/large.txt"
/usr/bin/time -v "$citekit" parse "$out/small.txt" -o /dev/null 2> "$out/small.time.txt"
/usr/bin/time -v "$citekit" parse "$out/large.txt" -o /dev/null 2> "$out/large.time.txt"
rm -f "$out/large.txt"

python3 - "$out" <<'PY'
import re, sys
out = sys.argv[1]
def score(name):
    text = open(f'{out}/{name}.score.txt').read()
    f1 = {m.group(1): float(m.group(2)) for m in re.finditer(r'^(\w+)\s+[\d.]+\s+[\d.]+\s+([\d.]+)', text, re.M)}
    exact = re.search(r'exact-match references: \d+/\d+ = ([\d.]+)', text).group(1)
    return f1, exact
def timing(name):
    text = open(f'{out}/{name}.txt' if name.startswith('speed.time.') else f'{out}/{name}.time.txt').read()
    user = float(re.search(r'User time \(seconds\): ([\d.]+)', text).group(1))
    system = float(re.search(r'System time \(seconds\): ([\d.]+)', text).group(1))
    wall = re.search(r'Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([\d:.]+)', text).group(1)
    seconds = sum(float(x) * 60 ** i for i, x in enumerate(reversed(wall.split(':'))))
    rss = int(re.search(r'Maximum resident set size \(kbytes\): (\d+)', text).group(1))
    return user + system, seconds, rss
print('| set | micro F1 | exact match | author | title | container | date |')
print('|---|---|---|---|---|---|---|')
for name, label in (('anystyle_core', 'AnyStyle core'), ('grobid_heldout', 'GROBID held-back')):
    f1, exact = score(name)
    print(f"| {label} | {f1['micro']:.3f} | {float(exact):.3f} | {f1['author']:.3f} | {f1['title']:.3f} | {f1['container']:.3f} | {f1['date']:.3f} |")
runs = sorted((timing(f'speed.time.{run}') for run in (1, 2, 3)), key=lambda t: t[0])
cpu, wall, rss = runs[1]
print(f'\nspeed (one core, median of 3 runs): 50000 references in {cpu:.2f} s CPU ({50000 / cpu:,.0f} refs/s), '
      f'{wall:.2f} s wall ({50000 / wall:,.0f} refs/s); runs: {", ".join(f"{t[0]:.2f}" for t in runs)} s CPU')
for name, n in (('small', 5000), ('large', 500000)):
    print(f'peak memory, {n:,} references: {timing(name)[2] / 1024:.1f} MiB')
PY
