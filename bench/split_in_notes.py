#!/usr/bin/env python3
"""How notes split into references: every reference string of the gold
sets (../shared/data/references/*.jsonl) placed in a note of its own, and
the same strings shuffled into pairs joined by "; ", each pair a note, as a
Word text export ([endnoteRef:N] markers, [N: text] bodies). A note alone
should give one reference, a pair two. Prints the share right per set.

Usage: bench/split_in_notes.py BUILD_DIR SHARED_DIR WORK_DIR
"""
import collections
import json
import pathlib
import random
import subprocess
import sys


def gold_references(shared):
    for path in sorted((shared / "data/references").glob("*.jsonl")):
        for line in path.open(encoding="utf-8"):
            text = " ".join(json.loads(line)["text"].split())
            if text:
                yield path.name, text


def write_document(path, notes):
    markers = "\n".join(f"Sentence {i}.[endnoteRef:{i}]" for i in range(1, len(notes) + 1))
    bodies = "\n\n".join(f"[{i}: {text}]" for i, text in enumerate(notes, 1))
    path.write_text(markers + "\n\n" + bodies + "\n", encoding="utf-8")


def references_per_note(citekit, document, output):
    subprocess.run([citekit, "extract", str(document), "-o", str(output)], stderr=subprocess.DEVNULL, check=False)
    extraction = json.loads(output.read_text(encoding="utf-8"))
    counts = collections.Counter(str(r["note"]) for r in extraction["references"])
    return len(extraction["notes"]), counts


def main():
    build, shared, work = (pathlib.Path(a) for a in sys.argv[1:4])
    work.mkdir(parents=True, exist_ok=True)
    citekit = str(build / "cli/citekit")
    references = list(gold_references(shared))
    shuffled = references[:]
    random.Random(1).shuffle(shuffled)
    pairs = [shuffled[i:i + 2] for i in range(0, len(shuffled) - 1, 2)]
    runs = {
        "alone": ([[r] for r in references], lambda group: group[0][0]),
        "pairs": (pairs, lambda group: "all pairs"),
    }
    print("| notes | set | right | of | share |\n|---|---|---:|---:|---:|")
    for name, (groups, set_of) in runs.items():
        document = work / f"{name}.txt"
        write_document(document, ["; ".join(text for _, text in group) for group in groups])
        found_notes, counts = references_per_note(citekit, document, work / f"{name}.json")
        right, total = collections.Counter(), collections.Counter()
        for i, group in enumerate(groups, 1):
            total[set_of(group)] += 1
            right[set_of(group)] += counts[str(i)] == len(group)
        for key in sorted(total):
            print(f"| {name} | {key} | {right[key]} | {total[key]} | {right[key] / total[key]:.4f} |")
        all_right, all_total = sum(right.values()), sum(total.values())
        print(f"| {name} | **all** ({found_notes} of {len(groups)} notes read) | {all_right} | {all_total} | "
              f"{all_right / all_total:.4f} |")


if __name__ == "__main__":
    main()
