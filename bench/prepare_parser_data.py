#!/usr/bin/env python3
"""Fixed splits and training spans for the reference labeller.

  prepare_parser_data.py SHARED_REFERENCES_DIR OUT_DIR

Splits (decided once, by a hash of the normalised text, so that the same
string in two corpora always lands in the same split):
  bucket = int(sha1(normalised text)[:8], 16) % 100
  * evaluation, never trained or tuned on:
      - AnyStyle core (anystyle_core.jsonl), all of it;
      - GROBID held-back: grobid_train.jsonl rows with bucket < 15.
  * dev (tuning): bucket 15..24 of AnyStyle good/bad/ugly, GROBID and ParsCit.
  * train: every other row of AnyStyle good/bad/ugly, GROBID and ParsCit.
  Any train or dev row whose normalised text equals an evaluation text is
  dropped (AnyStyle core shares hundreds of strings with the other corpora).

Writes to OUT_DIR:
  train.jsonl, dev.jsonl   {"text", "spans": [[label, byte_begin, byte_end], ...], "corpus"}
                           with the labeller's own labels, covering every
                           non-space byte (see label_spans below)
  eval_anystyle_core.jsonl, eval_grobid_heldout.jsonl
  dev_anystyle.jsonl, dev_grobid.jsonl, dev_parscit.jsonl
                           the original gold rows, for score_refs.py
  splits.txt               counts per corpus and split
"""
import collections
import hashlib
import json
import os
import re
import sys

CORPORA = {  # file stem -> corpus convention
    'anystyle_good': 'anystyle', 'anystyle_bad': 'anystyle', 'anystyle_ugly': 'anystyle',
    'grobid_train': 'grobid', 'parscit_tagged': 'parscit',
}
EVAL_BUCKETS = 15     # GROBID buckets held back for evaluation
DEV_BUCKETS = (15, 25)

ACCESS_RX = re.compile(r'(?i)\b(accessed|retrieved|abgerufen|consulted|last visited|zugegriffen|viewed|cited)\b')

# Corpus label -> labeller label. "title?" marks GROBID's booktitle, which is a
# container only when the reference also has an analytic title (a chapter);
# alone it is the title of a monograph.
LABELS = {
    'anystyle': {'author': 'author', 'editor': 'editor', 'translator': 'translator', 'director': 'director',
                 'producer': 'director', 'title': 'title', 'journal': 'container', 'container-title': 'container',
                 'collection-title': 'series', 'publisher': 'publisher', 'location': 'place', 'date': 'date',
                 'pages': 'pages', 'volume': 'volume*', 'url': 'url', 'doi': 'doi', 'isbn': 'identifier',
                 'edition': 'edition', 'genre': 'genre', 'medium': 'genre', 'note': 'note?',
                 'citation-number': 'citation-number', 'source': 'note'},
    'grobid': {'author': 'author', 'editor': 'editor', 'title': 'title', 'journal': 'container',
               'booktitle': 'title?', 'series': 'series', 'publisher': 'publisher', 'location': 'place',
               'date': 'date', 'pages': 'pages', 'volume': 'volume', 'issue': 'issue', 'url': 'url', 'doi': 'doi',
               'arxiv': 'identifier', 'pubnum': 'identifier', 'pmid': 'identifier', 'pmcid': 'identifier',
               'issn': 'identifier', 'isbn': 'identifier', 'pii': 'identifier', 'institution': 'institution',
               'tech': 'genre', 'note': 'note', 'collaboration': 'collaboration', 'chapter': 'note',
               'biblScope': 'note'},
    'parscit': {'author': 'author', 'editor': 'editor', 'title': 'title', 'journal': 'container',
                'booktitle': 'container', 'publisher': 'publisher', 'location': 'place', 'date': 'date',
                'pages': 'pages', 'volume': 'volume*', 'institution': 'institution', 'tech': 'genre',
                'note': 'note'},
}

# Words that close the span before them (role words after names, CJK counters after numbers).
TRAILING = re.compile(r'''^(?:\s*(?:[.,;:)\]}”’»]|["'](?=\s|$)|\((?:eds?|editors?|hrsg|hg|dir|éds?|trans)\.?\)|'''
                      r'''(?:eds?|editors?|edd|hrsg|hg|dir|éds?)\b\.?|[권호期页号集집]))+''', re.IGNORECASE)
# The issue inside a volume span: "12(3)", "Vol. 5, No. 5", "83.3", "19/2".
ISSUE_IN_VOLUME = re.compile(r'^(.*?(?:\d+|\b[IVXLCDMivxlcdm]+\b))(\s*(?:\(|/|\.(?=\d)|[,.]?\s*(?:no|nos|nr|n°|nº|number|'
                             r'issue|iss|heft|h|num|n)\b\.?|,\s*(?=\d))\s*\w.*)$', re.IGNORECASE)


def normalise(text):
    return ' '.join(re.findall(r'\w+', text.casefold()))


def bucket(text):
    return int(hashlib.sha1(normalise(text).encode('utf-8')).hexdigest()[:8], 16) % 100


def located_segments(row):
    """[(label, char_begin, char_end)] for the row's segments, in order."""
    out, pos = [], 0
    for label, value in row['segments']:
        at = row['text'].find(value, pos)
        if at < 0:
            raise ValueError('segment not found: %r in %r' % (value, row['text']))
        out.append([label, at, at + len(value)])
        pos = at + len(value)
    return out


def relabel(row, convention):
    labels = LABELS[convention]
    has_title = 'title' in row['fields']
    spans = []
    for label, begin, end in located_segments(row):
        target = labels.get(label, 'note')
        value = row['text'][begin:end]
        if target == 'title?':
            target = 'container' if has_title else 'title'
        if target == 'note?':
            target = 'accessed' if ACCESS_RX.search(value) and re.search(r'\d', value) else 'note'
        if target == 'volume*':
            m = ISSUE_IN_VOLUME.match(value)
            if m:
                cut = begin + len(m.group(1))
                rest = m.group(2)
                lead = len(rest) - len(rest.lstrip(' ,.;:'))
                spans.append(['volume', begin, cut + lead])
                spans.append(['issue', cut + lead, end])
                continue
            target = 'volume'
        spans.append([target, begin, end])
    return spans


CITATION_NUMBER = re.compile(r'^\s*(?:[\[(]\s*\d{1,4}\s*[\])]|\d{1,4}\s*[.)\]]|\d{1,4}(?=\s))\s*')


def cover_gaps(text, spans):
    """Gives every unlabelled stretch to a neighbour, as AnyStyle's spans do:
    closing punctuation and role words to the span before, lead-ins ("In",
    "pp.", "Vol.", opening brackets) to the span after. A date after an
    access word is the access date; a number leading the reference ("[12]",
    "12.") is its citation number."""
    if not spans:
        return []
    out = [list(s) for s in spans]
    m = CITATION_NUMBER.match(text[:out[0][1]])
    if m and m.end() > 0 and out[0][0] != 'citation-number':
        out.insert(0, ['citation-number', 0, m.end()])
    for i in range(len(out) + 1):
        gap_begin = out[i - 1][2] if i > 0 else 0
        gap_end = out[i][1] if i < len(out) else len(text)
        gap = text[gap_begin:gap_end]
        if not gap.strip():
            continue
        if i == 0:
            out[0][1] = gap_begin
            continue
        if i == len(out):
            out[-1][2] = gap_end
            continue
        m = TRAILING.match(gap)
        split = gap_begin + (m.end() if m else 0)
        out[i - 1][2] = split
        out[i][1] = split
        if out[i][0] == 'date' and ACCESS_RX.search(text[split:gap_end]):
            out[i][0] = 'accessed'
    return out


def byte_spans(text, spans):
    """Character offsets to UTF-8 byte offsets, leading/trailing spaces trimmed."""
    offsets = [0]
    for ch in text:
        offsets.append(offsets[-1] + len(ch.encode('utf-8')))
    out = []
    for label, begin, end in spans:
        while begin < end and text[begin].isspace():
            begin += 1
        while end > begin and text[end - 1].isspace():
            end -= 1
        if begin < end:
            out.append([label, offsets[begin], offsets[end]])
    return out


def main():
    source, out_dir = sys.argv[1], sys.argv[2]
    os.makedirs(out_dir, exist_ok=True)
    load = lambda stem: [json.loads(line) for line in open(os.path.join(source, stem + '.jsonl'), encoding='utf-8')]

    core = load('anystyle_core')
    grobid_heldout = [r for r in load('grobid_train') if bucket(r['text']) < EVAL_BUCKETS]
    evaluation = {normalise(r['text']) for r in core + grobid_heldout}

    files = {name: open(os.path.join(out_dir, name), 'w', encoding='utf-8') for name in (
        'train.jsonl', 'dev.jsonl', 'dev_anystyle.jsonl', 'dev_grobid.jsonl', 'dev_parscit.jsonl')}
    counts = collections.Counter()
    for stem, convention in CORPORA.items():
        for row in load(stem):
            b = bucket(row['text'])
            if convention == 'grobid' and b < EVAL_BUCKETS:
                counts[(stem, 'eval')] += 1
                continue
            if normalise(row['text']) in evaluation:
                counts[(stem, 'dropped: equals an evaluation text')] += 1
                continue
            split = 'dev' if DEV_BUCKETS[0] <= b < DEV_BUCKETS[1] else 'train'
            counts[(stem, split)] += 1
            spans = byte_spans(row['text'], cover_gaps(row['text'], relabel(row, convention)))
            line = json.dumps({'text': row['text'], 'spans': spans, 'corpus': convention}, ensure_ascii=False)
            files[split + '.jsonl'].write(line + '\n')
            if split == 'dev':
                files['dev_%s.jsonl' % convention].write(json.dumps(row, ensure_ascii=False) + '\n')
    for f in files.values():
        f.close()
    for name, rows in (('eval_anystyle_core.jsonl', core), ('eval_grobid_heldout.jsonl', grobid_heldout)):
        with open(os.path.join(out_dir, name), 'w', encoding='utf-8') as f:
            for row in rows:
                f.write(json.dumps(row, ensure_ascii=False) + '\n')
    counts[('anystyle_core', 'eval')] = len(core)
    with open(os.path.join(out_dir, 'splits.txt'), 'w', encoding='utf-8') as f:
        for (stem, split), n in sorted(counts.items()):
            f.write('%-16s %-36s %6d\n' % (stem, split, n))


if __name__ == '__main__':
    main()
