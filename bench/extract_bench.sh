#!/usr/bin/env bash
# Whole-document extraction on large inputs (bench/extract_inputs.py makes
# them): a 100 MB Word text export, a DOCX with 20,000 footnotes and a PDF
# of about 300 pages citing 1,000 works. Each is read by this build and,
# when given, by another (the build before a change, to see what it costs),
# three times alternating, and pdftotext reads the PDF: the median wall time
# and the peak memory of each, one Markdown table row per input and program.
#   bench/extract_bench.sh [BUILD_DIR] [OTHER_BUILD_DIR] [WORK_DIR]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=$(realpath "${1:-$root/build}")
other=${2:+$(realpath "$2")}
work=${3:-$(mktemp -d)}
[ -n "${3:-}" ] || trap 'rm -rf "$work"' EXIT
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (Debian package: time)" >&2; exit 1; }
command -v pdftotext >/dev/null || { echo "needs pdftotext (Debian package: poppler-utils)" >&2; exit 1; }

[ -f "$work/list-300-pages.pdf" ] || python3 "$root/bench/extract_inputs.py" "$work" "$root/../shared"

# "seconds peak-MB" of one run of the command.
measure() {
  /usr/bin/time -f '%e %M' -o "$work/.time" "$@" >/dev/null 2>&1 || true
  # time writes "Command exited with non-zero status N" first when citekit reports problems (exit 1).
  tail -n 1 "$work/.time" | awk '{printf "%s %.0f\n", $1, $2/1024}'
}

median() { sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }

echo "| input | program | seconds (median of 3) | peak RSS (MB) |"
echo "|---|---|---:|---:|"
for input in word-text-100mb.txt footnotes-20000.docx list-300-pages.pdf; do
  declare -A times=() peaks=()
  names=("this build")
  [ -n "$other" ] && names+=("other build")
  [[ $input == *.pdf ]] && names+=("pdftotext")
  for run in 1 2 3; do
    for name in "${names[@]}"; do
      case $name in
        "this build") result=$(measure "$build/cli/citekit" extract "$work/$input" -o /dev/null) ;;
        "other build") result=$(measure "$other/cli/citekit" extract "$work/$input" -o /dev/null) ;;
        pdftotext) result=$(measure pdftotext "$work/$input" "$work/.txt") ;;
      esac
      times[$name]+="${result% *} "
      peaks[$name]=${result#* }
    done
  done
  for name in "${names[@]}"; do
    echo "| $input | $name | $(tr ' ' '\n' <<<"${times[$name]}" | grep . | median) | ${peaks[$name]} |"
  done
  unset times peaks
done
