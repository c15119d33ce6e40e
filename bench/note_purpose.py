#!/usr/bin/env python3
"""The labelled set of notes, and how well citekit tells what a note is for.

  python3 bench/note_purpose.py make            # render tests/extract/notes/labelled_notes.jsonl
  python3 bench/note_purpose.py score build [../shared] [-v]  # precision and recall of "cites something"

`make` renders every template of tests/extract/notes/templates.tsv as a
footnote through pandoc's citeproc in each style of styles.txt (with the
works of tests/citeproc/works.yaml), so the citations are written as those
styles write them, first and subsequent forms and "Ibid." included. A note
keeps its template's label; a template's notes are held out for evaluation
together (30% of templates, chosen by a hash of the id), so no style of a
held-out template is ever seen while the rules are written.

`score` writes every note into a Word text export, runs `citekit extract` on
it and compares each note's purpose, and the number of references of each
citing note, with the labels.
"""
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NOTES = os.path.join(ROOT, "tests", "extract", "notes")
WORKS = os.path.join(ROOT, "tests", "citeproc", "works.yaml")
STYLES_DIR = "/usr/share/citation-style-language/styles"
OUT = os.path.join(NOTES, "labelled_notes.jsonl")


def rows(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line and not line.startswith("#"):
                yield line


def templates():
    for line in rows(os.path.join(NOTES, "templates.tsv")):
        id_, label, lang, text = line.split("\t")
        yield {"id": id_, "label": label, "lang": lang, "text": text}


def styles():
    for line in rows(os.path.join(NOTES, "styles.txt")):
        style, locale = line.split()
        yield style, locale


def held_out(template_id):
    return int(hashlib.sha1(template_id.encode()).hexdigest(), 16) % 10 < 3


CLUSTER = re.compile(r"\[[^\[\]]*@[^\[\]]*\]")


def render(items, style, locale):
    """The notes of the templates, each citation written as the style writes it.

    Each citation is rendered where the style puts it, alone in a note of its
    own (pandoc would put a citation inside a footnote in brackets, which
    people do not write), then set into its template's text."""
    clusters = [CLUSTER.findall(t["text"]) for t in items]
    body = "\n\n".join(f"Cited {c}." for found in clusters for c in found)
    out = subprocess.run(
        ["pandoc", "--citeproc", "--csl", os.path.join(STYLES_DIR, style + ".csl"), "-M", "lang=" + locale,
         "-M", "suppress-bibliography=true", "--bibliography", WORKS, "-f", "markdown", "-t", "plain",
         "--wrap=none"],
        input=body, capture_output=True, text=True, check=True).stdout
    rendered = [m.group(1).strip() for m in re.finditer(r"^\[\d+\] (.*)$", out, re.M)]
    if len(rendered) != sum(len(found) for found in clusters):
        sys.exit(f"{style}: {len(rendered)} notes rendered for {sum(map(len, clusters))} citations")
    texts = []
    it = iter(rendered)
    for t in items:
        # The template's own punctuation follows the citation: the note's final period goes.
        texts.append(CLUSTER.sub(lambda m: next(it).removesuffix("."), t["text"]))
    return texts


def make():
    items = list(templates())
    seen = set()
    with open(OUT, "w", encoding="utf-8") as f:
        for style, locale in styles():
            for t, text in zip(items, render(items, style, locale)):
                if text in seen:
                    continue
                seen.add(text)
                row = {"template": t["id"], "style": style, "label": t["label"], "lang": t["lang"],
                       "references": t["text"].count("@") if t["label"] == "citation" else 0,
                       "split": "test" if held_out(t["id"]) else "dev", "text": text}
                f.write(json.dumps(row, ensure_ascii=False) + "\n")


def load():
    with open(OUT, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def extract(citekit, notes):
    """Each note's purpose and number of references, as citekit reads them."""
    markers = " ".join(f"Sentence.[endnoteRef:{i + 1}]" for i in range(len(notes)))
    bodies = "\n".join(f"[{i + 1}: {n['text']}]" for i, n in enumerate(notes))
    with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8", delete=False) as f:
        f.write(markers + "\n\n" + bodies + "\n")
        path = f.name
    try:
        out = subprocess.run([citekit, "extract", path, "--format", "json"], capture_output=True, text=True)
        doc = json.loads(out.stdout)
    finally:
        os.unlink(path)
    purposes = {n["id"]: n.get("purpose", "citation") for n in doc["notes"]}
    doubtful = {p.get("note") for p in doc["problems"] if p.get("code") == "doubtful-note-purpose"}
    texts = {n["id"]: n["text"] for n in doc["notes"]}
    counts = {}
    for r in doc["references"]:
        counts[r["note"]] = counts.get(r["note"], 0) + 1
    for i, n in enumerate(notes):
        key = str(i + 1)
        if " ".join(texts.get(key, "").split()) != " ".join(n["text"].split()):
            sys.exit(f"note {key} read as {texts.get(key)!r}, written {n['text']!r}")
        yield purposes[key], counts.get(key, 0), key in doubtful


def real_notes(citekit, shared):
    """The hand-labelled notes of ../shared's documents, as citekit reads them in their own documents."""
    by_document = {}
    for line in rows(os.path.join(NOTES, "real_notes.tsv")):
        document, note, label = line.split("\t")
        by_document.setdefault(document, {})[note] = label
    notes, results = [], []
    for document, labels in sorted(by_document.items()):
        out = subprocess.run([citekit, "extract", os.path.join(shared, "data", "documents", document), "--format", "json"],
                             capture_output=True, text=True)
        doc = json.loads(out.stdout)
        doubtful = {p.get("note") for p in doc["problems"] if p.get("code") == "doubtful-note-purpose"}
        counts = {}
        for r in doc["references"]:
            if "note" in r:  # entries of the reference list have none
                counts[r["note"]] = counts.get(r["note"], 0) + 1
        for n in doc["notes"]:
            label = labels[n["id"]]
            notes.append({"label": label, "references": 1 if label == "citation" else 0, "text": n["text"],
                          "split": "test" if held_out(document + "#" + n["id"]) else "dev"})
            results.append((n.get("purpose", "citation"), counts.get(n["id"], 0), n["id"] in doubtful))
    return notes, results


def score(build, shared):
    citekit = os.path.join(build, "cli", "citekit")
    notes = load()
    results = list(extract(citekit, notes))
    real, real_results = real_notes(citekit, shared)
    notes += real
    results += real_results
    for split in ("dev", "test"):
        picked = [(n, r) for n, r in zip(notes, results) if n["split"] == split]
        tp = sum(1 for n, (p, _, _) in picked if n["label"] == "citation" and p == "citation")
        fp = sum(1 for n, (p, _, _) in picked if n["label"] != "citation" and p == "citation")
        fn = sum(1 for n, (p, _, _) in picked if n["label"] == "citation" and p != "citation")
        unsaid = sum(1 for n, (p, _, d) in picked if n["label"] == "citation" and p != "citation" and not d)
        exact = sum(1 for n, (p, _, _) in picked if n["label"] == p)
        lost = [n for n, (p, c, _) in picked if n["label"] == "citation" and c < n["references"]]
        print(f"{split}: {len(picked)} notes ({sum(1 for n, _ in picked if n['label'] == 'citation')} citing), "
              f"precision {tp / max(tp + fp, 1):.4f}, recall {tp / max(tp + fn, 1):.4f}, "
              f"purpose exact {exact / len(picked):.4f}, citing notes read as not citing without a doubt raised {unsaid}, "
              f"citing notes giving fewer references than they cite {len(lost)}")
        if "-v" in sys.argv:
            for n, (p, c, _) in picked:
                if n["label"] != p or (n["label"] == "citation" and c != n["references"]):
                    print(f"  {n['label']:>15} -> {p:<15} refs {c}/{n['references']}  {n['text']}")


if __name__ == "__main__":
    if sys.argv[1] == "make":
        make()
    elif sys.argv[1] == "score":
        score(sys.argv[2], sys.argv[3] if len(sys.argv) > 3 and sys.argv[3] != "-v" else "../shared")
