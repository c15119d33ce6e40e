#!/usr/bin/env python3
"""Inputs for bench/extract_bench.sh, every reference a different text:

- word-text-100mb.txt: a Word text export (Apache POI form) of about 100 MB,
  paragraphs with [endnoteRef:N] markers and [N: text] bodies;
- footnotes-20000.docx: 20,000 footnotes, made by pandoc from Markdown;
- list-300-pages.pdf: about 300 pages of text citing 1,000 works in an
  author-date style, with their reference list, made by pandoc's citeproc
  and LaTeX.

The reference strings come from ../shared/data/references (gold sets),
varied by a page number so that no two are the same.
Usage: extract_inputs.py OUT_DIR SHARED_DIR
"""
import json
import pathlib
import random
import subprocess
import sys

WORDS = ("peace state war mission law order council report policy region nation border court rights "
         "security transition conflict treaty history memory reform crisis sovereignty identity").split()
SURNAMES = ("Weller Judah Malcolm King Mason Paris Zaum Caplan Tansey Visoka Pula Gow Roux Silva Costa Brand "
            "Mertus Clark Hehir Richmond Franks Yannis Everts Ahtisaari Chesterman Schmidt Meyer Lopez Hoxha").split()


def reference_strings(shared):
    strings = []
    for path in sorted((shared / "data/references").glob("*.jsonl")):
        for line in path.open(encoding="utf-8"):
            text = json.loads(line)["text"].replace("\n", " ").replace("[", "(").replace("]", ")")
            if 20 < len(text) < 400:
                strings.append(text)
    return strings


def word_text(out, strings, target=100_000_000):
    rng = random.Random(1)
    with (out / "word-text-100mb.txt").open("w", encoding="utf-8") as f:
        written, note, k = 0, 0, 0
        while written < target:
            markers, bodies = "", []
            for _ in range(rng.randint(1, 3)):
                note += 1
                markers += f"Sentence {note} of the argument.[endnoteRef:{note}] "
                refs = [f"{strings[k % len(strings)]} p. {k // len(strings) + 1}."]
                k += 1
                if rng.random() < 0.12:
                    refs.append(f"{strings[k % len(strings)]} p. {k // len(strings) + 1}.")
                    k += 1
                bodies.append(f"[{note}: {'; '.join(refs)}]")
            line = markers + "\n" + "\n".join(bodies) + "\n"
            f.write(line)
            written += len(line.encode("utf-8"))


def footnotes_docx(out, strings, count=20_000):
    md = out / "footnotes-20000.md"
    with md.open("w", encoding="utf-8") as f:
        for i in range(1, count + 1):
            f.write(f"Claim {i} of the text.[^{i}]\n\n")
        for i in range(1, count + 1):
            f.write(f"[^{i}]: {strings[i % len(strings)]} p. {i}.\n\n".replace("*", ""))
    subprocess.run(["pandoc", str(md), "-o", str(out / "footnotes-20000.docx")], check=True)
    md.unlink()


def list_pdf(out, works=1_000, pages=300):
    rng = random.Random(2)
    items = []
    for i in range(works):
        title = " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 8))).capitalize()
        items.append({"id": f"w{i}", "type": rng.choice(["book", "article-journal"]),
                      "author": [{"family": f"{rng.choice(SURNAMES)}{'abcdefghij'[i % 10]}{i}", "given": "A."}],
                      "title": f"{title} {i}", "container-title": "Journal of Studies", "publisher": "Press",
                      "publisher-place": "London", "volume": str(i % 40 + 1), "page": f"{i}-{i + 20}",
                      "issued": {"date-parts": [[1950 + i % 70]]}})
    (out / "works.json").write_text(json.dumps(items), encoding="utf-8")
    text = ["# Text", ""]
    paragraphs = pages * 2
    for p in range(paragraphs):
        words = " ".join(rng.choice(WORDS) for _ in range(200))
        # Every work cited once, spread evenly: one or two to a paragraph.
        first, last = works * p // paragraphs, works * (p + 1) // paragraphs
        keys = "; ".join(f"@w{w}" for w in range(first, max(last, first + 1)))
        text += [f"{words.capitalize()} [{keys}].", ""]
    text += ["# References", ""]
    md = out / "list.md"
    md.write_text("\n".join(text), encoding="utf-8")
    subprocess.run(["pandoc", str(md), "--citeproc", "--bibliography", str(out / "works.json"), "--csl",
                    "/usr/share/citation-style-language/styles/chicago-author-date.csl", "-o",
                    str(out / "list-300-pages.pdf")], check=True)
    md.unlink()
    (out / "works.json").unlink()


def main():
    out, shared = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    strings = reference_strings(shared)
    word_text(out, strings)
    footnotes_docx(out, strings)
    list_pdf(out)


if __name__ == "__main__":
    main()
