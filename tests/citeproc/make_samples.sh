#!/usr/bin/env bash
# Remakes the citeproc samples in samples/ from sample.md and works.yaml:
# an author-date DOCX (APA), a numeric PDF (IEEE, through LaTeX) and a
# notes-and-bibliography ODT (Chicago). Their golden outputs are then
# rewritten with CITEKIT_UPDATE_GOLDEN=1 (samples/README.md).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
samples="$here/../../samples"
styles=/usr/share/citation-style-language/styles
render() { pandoc "$here/sample.md" "$here/works.yaml" --citeproc --csl "$styles/$1.csl" -o "$samples/$2"; }
render apa citeproc-apa.docx
render ieee citeproc-ieee.pdf
render chicago-note-bibliography citeproc-chicago-notes.odt
