#!/usr/bin/env bash
# Runs every libFuzzer target for SECONDS each over seed corpora made from
# samples/ and ../shared/data, and prints one line per target. Exits non-zero
# when a target finds a crash, a leak or a timeout (the input is kept under
# BUILD_DIR/fuzz-artifacts/ to become a regression test).
#   tools/fuzz.sh [SECONDS] [BUILD_DIR]
# BUILD_DIR must be configured with -DCITEKIT_FUZZ=ON and clang, e.g.
#   cmake -S . -B build-fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++ \
#         -DCITEKIT_FUZZ=ON -DCITEKIT_SANITIZE=address,undefined
set -euo pipefail
seconds=${1:-60}
build=$(realpath "${2:-build-fuzz}")
root=$(cd "$(dirname "$0")/.." && pwd)
shared=$(realpath "$root/../shared")
corpora=$build/fuzz-corpora
artifacts=$build/fuzz-artifacts
mkdir -p "$corpora" "$artifacts"

# A few hundred reference strings from each labelled corpus, one file each.
reference_seeds() {
  python3 - "$1" "$shared/data/references" <<'PY'
import json, pathlib, sys
out, refs = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
n = 0
for f in sorted(refs.glob('*.jsonl')):
    for i, line in enumerate(open(f, encoding='utf-8')):
        if i % 40: continue
        (out / f'{f.stem}-{i}.txt').write_text(json.loads(line)['text'], encoding='utf-8'); n += 1
PY
}

# Documents whose names end in one of the given suffixes, from samples/ and the shared data.
document_seeds() {
  local dir=$1; shift
  for suffix in "$@"; do
    find "$root/samples" "$shared/data/documents" -maxdepth 2 -type f -name "*$suffix" -size -300k \
      -exec cp {} "$dir"/ \;
  done
}

# One XML member (e.g. word/endnotes.xml) of every package with the suffix.
member_seeds() {
  python3 - "$1" "$2" "$3" "$root/samples" "$shared/data/documents" <<'PY'
import pathlib, sys, zipfile
out, suffix, member = pathlib.Path(sys.argv[1]), sys.argv[2], sys.argv[3]
for top in sys.argv[4:]:
    for f in pathlib.Path(top).rglob('*' + suffix):
        with zipfile.ZipFile(f) as z:
            for name in z.namelist():
                if name.endswith(member):
                    (out / f'{f.stem}-{name.replace("/", "_")}').write_bytes(z.read(name))
PY
}

# References that hold URLs, DOIs or ISBNs, one file each.
identifier_seeds() {
  python3 - "$1" "$shared/data/references" <<'PY2'
import json, pathlib, re, sys
out, refs = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
wanted = re.compile(r'https?://|www\.|doi|isbn|urn:|10\.\d{4}', re.I)
n = 0
for f in sorted(refs.glob('*.jsonl')):
    for i, line in enumerate(open(f, encoding='utf-8')):
        text = json.loads(line)['text']
        if wanted.search(text) and n < 600:
            (out / f'{f.stem}-{i}.txt').write_text(text, encoding='utf-8'); n += 1
PY2
}

date_seeds() {
  local i=0
  for d in "23/11/2020" "11/23/2020" "2020-11-23" "23 November 2020" "November 23, 2020" "2020 Nov 23" \
           "23.11.2020" "3 März 2021" "June 1999" "1999" "Spring 2001" "1999-2001" "n.d."; do
    printf '%s' "$d" > "$1/date-$((i++))"
  done
}

seed() {
  local target=$1 dir=$corpora/$1
  [ -d "$dir" ] && return
  mkdir -p "$dir"
  case $target in
    fuzz_word_text) document_seeds "$dir" .txt ;;
    fuzz_html|fuzz_html_nesting) document_seeds "$dir" .html ;;
    fuzz_markdown) document_seeds "$dir" .md ;;
    fuzz_jats) document_seeds "$dir" .jats.xml ;;
    fuzz_pdf) document_seeds "$dir" .pdf ;;
    fuzz_package) document_seeds "$dir" .docx .odt ;;
    fuzz_docx_endnotes) member_seeds "$dir" .docx notes.xml ;;
    fuzz_odt_content) member_seeds "$dir" .odt content.xml ;;
    fuzz_reference|fuzz_export) reference_seeds "$dir" ;;
    fuzz_dates) date_seeds "$dir" ;;
    fuzz_identifiers) identifier_seeds "$dir" ;;
    *) document_seeds "$dir" .txt ;;
  esac
}

status=0
printf '%-18s %8s %10s %s\n' target seconds runs result   # seconds: as run, up to SECONDS
for binary in "$build"/fuzz/fuzz_*; do
  [ -x "$binary" ] || continue
  target=$(basename "$binary")
  seed "$target"
  log=$build/$target.log
  started=$(date +%s)
  if "$binary" "$corpora/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
       -artifact_prefix="$artifacts/$target-" -print_final_stats=1 >"$log" 2>&1; then
    result="no finding"
  else
    result="FINDING (see $log)"
    status=1
  fi
  ran=$(($(date +%s) - started))
  # The final statistics, or the last progress line before a crash.
  runs=$(awk '/number_of_executed_units/{print $NF}' "$log" | tail -1)
  [ -n "$runs" ] || runs=$(grep -oE '^#[0-9]+' "$log" | tail -1 | tr -d '#')
  printf '%-18s %8s %10s %s\n' "$target" "$ran" "${runs:-?}" "$result"
done
exit $status
