#!/usr/bin/env bash
# Renders document.md with the works of works.yaml through pandoc's
# citeproc in each style of styles.txt (Debian's
# citation-style-language-styles), as HTML, DOCX, ODT and PDF (through
# LaTeX), and pandoc's own JSON of the same render: the truth the
# extraction is measured against (which works each citation cites, the
# entries in order).
# Usage: make_documents.sh OUT_DIR [STYLE ...]   (default: every style of styles.txt)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$1"
shift || true
styles_dir=/usr/share/citation-style-language/styles
mkdir -p "$out"
# The works as CSL-JSON: the titles a parse is measured against.
pandoc "$here/works.yaml" -s -f markdown -t csljson -o "$out/works.json"
if (($# == 0)); then
  mapfile -t styles < <(grep -v '^\s*#' "$here/styles.txt" | awk 'NF {print $1}')
else
  styles=("$@")
fi
for style in "${styles[@]}"; do
  dir="$out/$style"
  mkdir -p "$dir"
  render() { pandoc "$here/document.md" "$here/works.yaml" --citeproc --csl "$styles_dir/$style.csl" "$@"; }
  render -t json -o "$dir/truth.json"
  render -s --metadata title=Kosovo -o "$dir/document.html"
  render -o "$dir/document.docx"
  render -o "$dir/document.odt"
  render -o "$dir/document.pdf" 2>"$dir/latex.log" || { echo "pdf failed for $style" >&2; cat "$dir/latex.log" >&2; exit 1; }
done
