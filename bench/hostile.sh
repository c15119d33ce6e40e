#!/usr/bin/env bash
# Measures citekit on hostile documents (bench/hostile_inputs.py writes
# them): exit code, wall time, peak memory and the first line of the error,
# one Markdown table row per document, as docs/readers.md records them.
#   bench/hostile.sh [BUILD_DIR] [WORK_DIR]
# BUILD_DIR holds cli/citekit (default: build); WORK_DIR receives the inputs
# (default: a temporary directory, removed afterwards; about 230 MB).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
citekit=$(realpath "${1:-$root/build}")/cli/citekit
work=${2:-$(mktemp -d)}
[ -n "${2:-}" ] || trap 'rm -rf "$work"' EXIT
[ -x "$citekit" ] || { echo "no citekit at $citekit: build first" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (Debian package: time)" >&2; exit 1; }

python3 "$root/bench/hostile_inputs.py" "$work"
echo "| document | size | exit | seconds | peak RSS (MB) | result |"
echo "|---|---:|---:|---:|---:|---|"
for file in "$work"/*; do
  name=$(basename "$file")
  size=$(stat -c %s "$file")
  set +e
  /usr/bin/time -v -o "$work/.time" "$citekit" extract "$file" -o "$work/.out" 2>"$work/.err"
  code=$?
  set -e
  seconds=$(awk -F': ' '/Elapsed \(wall clock\)/{n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$work/.time")
  rss=$(awk -F': ' '/Maximum resident set size/{printf "%.0f", $2/1024}' "$work/.time")
  if [ "$code" -eq 2 ]; then
    result=$(head -1 "$work/.err" | sed "s|$work/||; s/^citekit: //")
  else
    result=$(python3 - "$work/.out" <<'PY2'
import json, sys
s = json.load(open(sys.argv[1]))['summary']
print(f"{s['notes']} note(s), {s['references']} reference(s), {s['errors']} error(s), {s['warnings']} warning(s)")
PY2
)
  fi
  echo "| $name | $size | $code | $seconds | $rss | $result |"
done
