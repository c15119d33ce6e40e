#!/usr/bin/env bash
# What the reference-list and citation pass costs inside one `extract` run:
# the share of CPU samples (perf, with call graphs) spent in it, on the
# inputs of bench/extract_inputs.py. Comparing two builds' wall times mixes
# in every other change between them and the machine's noise; the share
# measures the pass alone, in the same run. The pass is what reads the
# running text for lists and citations: each reader's blocks
# (WordTextScanner::add_running_text, text_blocks, docx_body_blocks, …),
# the list finder (find_lists_and_citations) and the linking of citations
# (link_text_citations).
#   bench/list_pass_share.sh [BUILD_DIR] [WORK_DIR]
# The share of the note pass (what a note is for, splitting, lead-ins):
#   PASS='decide_purpose|split_references|drop_discussion' bench/list_pass_share.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=$(realpath "${1:-$root/build}")
work=${2:-$(mktemp -d)}
[ -n "${2:-}" ] || trap 'rm -rf "$work"' EXIT
command -v perf >/dev/null || { echo "needs perf (Debian package: linux-perf)" >&2; exit 1; }

[ -f "$work/footnotes-20000.docx" ] || python3 "$root/bench/extract_inputs.py" "$work" "$root/../shared"

# PASS names another pass to measure: its functions as an awk pattern.
pass=${PASS:-'add_running_text|text_blocks|docx_body_blocks|odt_body_blocks|find_lists_and_citations|link_text_citations'}

echo "| input | samples | in the pass | share |"
echo "|---|---:|---:|---:|"
for input in word-text-100mb.txt footnotes-20000.docx; do
  perf record -q -F 499 --call-graph dwarf,16384 -o "$work/perf.data" \
    "$build/cli/citekit" extract "$work/$input" -o /dev/null >/dev/null 2>&1 || true
  # One line per sample: its stack, innermost first; a sample counts once
  # however many of the pass's functions its stack holds.
  perf script -i "$work/perf.data" -F ip,sym 2>/dev/null | awk -v pass="$pass" '
    /^$/ { if (seen) { total++; if (hit) inside++ } seen = 0; hit = 0; next }
    { seen = 1; if ($0 ~ pass) hit = 1 }
    END { if (seen) { total++; if (hit) inside++ }
          printf "| '"$input"' | %d | %d | %.1f%% |\n", total, inside, 100 * inside / total }'
done
