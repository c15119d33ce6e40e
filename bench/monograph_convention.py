#!/usr/bin/env python3
"""What GROBID's way of filing a monograph's title costs on its own data.

  monograph_convention.py GOLD.jsonl PRED.jsonl OUT.jsonl

GROBID's gold files the title of a standalone work sometimes as `booktitle`
(scored as container) and sometimes as `title`. citekit always gives a
book's title as its title (CSL's and AnyStyle's convention). OUT is PRED with
the title moved to the container wherever the gold row has a `booktitle` and
neither a `title` nor a `journal` and the prediction has a title but no
container: the score of OUT (score_refs.py GOLD OUT --map grobid) is what
the parser would get if it could follow GROBID's choice row by row. A
diagnostic of the data, read from the gold; never a way to parse.
"""
import json
import sys


def main():
    gold_path, pred_path, out_path = sys.argv[1:4]
    moved = 0
    with open(gold_path, encoding='utf-8') as gold, open(pred_path, encoding='utf-8') as pred, \
            open(out_path, 'w', encoding='utf-8') as out:
        for gold_line, pred_line in zip(gold, pred):
            want = json.loads(gold_line)['fields']
            row = json.loads(pred_line)
            got = row['fields']
            monograph = 'booktitle' in want and 'title' not in want and 'journal' not in want
            if monograph and got.get('title') and not got.get('container'):
                got['container'] = got.pop('title')
                moved += 1
            out.write(json.dumps(row, ensure_ascii=False) + '\n')
    print('%d titles moved to the container' % moved, file=sys.stderr)


if __name__ == '__main__':
    main()
