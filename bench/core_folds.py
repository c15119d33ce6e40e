#!/usr/bin/env python3
"""Five folds of AnyStyle core, for bench/core_ceiling.sh.

  core_folds.py SHARED_REFERENCES_DIR OUT_DIR

AnyStyle core is an evaluation set: neither the committed model nor any rule
learns from it. These folds serve one diagnostic only, how far a model of
this kind gets on core when it may learn core's own conventions (trained on
four folds besides the usual training data, scored on the fifth). Each fold
gets fold{k}.gold.jsonl (the original rows, for score_refs.py) and
fold{k}.train.jsonl (training spans, as prepare_parser_data.py writes them).
A row's fold is decided by a hash of its normalised text.
"""
import hashlib
import importlib.util
import json
import os
import sys

FOLDS = 5


def load_prepare():
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'prepare_parser_data.py')
    spec = importlib.util.spec_from_file_location('prepare_parser_data', path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main():
    source, out_dir = sys.argv[1], sys.argv[2]
    prepare = load_prepare()
    os.makedirs(out_dir, exist_ok=True)
    gold = [open(os.path.join(out_dir, 'fold%d.gold.jsonl' % k), 'w', encoding='utf-8') for k in range(FOLDS)]
    train = [open(os.path.join(out_dir, 'fold%d.train.jsonl' % k), 'w', encoding='utf-8') for k in range(FOLDS)]
    for line in open(os.path.join(source, 'anystyle_core.jsonl'), encoding='utf-8'):
        row = json.loads(line)
        digest = hashlib.sha1(prepare.normalise(row['text']).encode('utf-8')).hexdigest()
        k = int(digest[8:16], 16) % FOLDS   # not the split's digits [:8], which are all evaluation here
        spans = prepare.byte_spans(row['text'], prepare.cover_gaps(row['text'], prepare.relabel(row, 'anystyle')))
        gold[k].write(json.dumps(row, ensure_ascii=False) + '\n')
        train[k].write(json.dumps({'text': row['text'], 'spans': spans, 'corpus': 'anystyle'}, ensure_ascii=False) + '\n')
    for f in gold + train:
        f.close()


if __name__ == '__main__':
    main()
