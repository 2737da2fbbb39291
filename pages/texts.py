#!/usr/bin/env python3
"""The real pages' texts in .pages/: which are there, and whether each is the page as annotated.

The texts are third-party copy, kept out of git (pages/README.md); on a new machine each is fetched again from the
`pages` search corpus. This lists what a reader needs to fetch one and checks what was saved against the first and
last characters that pages/README.md (and ../shared/pages/README.md, for the first set) record for it.

  python3 pages/texts.py              one JSON line a page: num, file, source, paper, first12, last12, check
  python3 pages/texts.py 37 38        the same for pages 37 and 38
  python3 pages/texts.py status       one line a page: its number and `ok`, `absent` or what differs
"""
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# The annotated pages, as `npm run accuracy` finds them (scripts/accuracy.ts): ours, and the first set where
# ../shared/pages is beside the repository. Each annotation holds its page's source; the README beside it, the
# paper's name and the first and last characters of the text.
SETS = [os.path.join(ROOT, 'pages'), os.path.join(ROOT, '../shared/pages')]


def cell(text):
    """A table cell's code span as text: ⏎ is a line break, and `\\|` a bar escaped for Markdown."""
    return text.replace('\\|', '|').replace('⏎', '\n')


def readme_tables(readme):
    """From a README: each page's paper (its row in the table of pages) and its text's first and last characters."""
    papers, ends = {}, {}
    if not os.path.exists(readme):
        return papers, ends
    for line in open(readme, encoding='utf-8'):
        cells = [c.strip() for c in re.split(r'(?<!\\)\|', line.strip().strip('|'))]
        if len(cells) >= 3 and re.match(r'^\d+-', cells[0]):
            papers[cells[0]] = cells[2]
        m = re.match(r'^\| (\d+) \| `(.*)` \| `(.*)` \|$', line.strip())
        if m:
            ends[m.group(1)] = (cell(m.group(2)), cell(m.group(3)))
    return papers, ends


def pages():
    rows = {}
    # The first set last, as accuracy.ts reads it: where both hold a page, ours wins.
    for folder in reversed(SETS):
        expected = os.path.join(folder, 'expected')
        if not os.path.isdir(expected):
            continue
        papers, ends = readme_tables(os.path.join(folder, 'README.md'))
        for file in os.listdir(expected):
            if not file.endswith('.json'):
                continue
            name = file[: -len('.json')]
            num = name.split('-')[0]
            source = json.load(open(os.path.join(expected, file), encoding='utf-8')).get('source')
            first, last = ends.get(num, (None, None))
            rows[name] = dict(num=int(num), file=name + '.txt', source=source, paper=papers.get(name), first12=first, last12=last)
    return sorted(rows.values(), key=lambda row: row['num'])


def check(row):
    path = os.path.join(ROOT, '.pages', row['file'])
    if not os.path.exists(path):
        return 'absent'
    text = open(path, encoding='utf-8', newline='').read()
    if '\r' in text:
        return 'has CR'
    if not text.endswith('\n') or text.endswith('\n\n'):
        return 'not one final newline'
    body = text[:-1]
    if row['first12'] is None:
        return 'no first and last characters recorded'
    if not body.startswith(row['first12']):
        return 'first differs: ' + repr(body[:12])
    if not body.endswith(row['last12']):
        return 'last differs: ' + repr(body[-12:])
    return 'ok'


if __name__ == '__main__':
    args = sys.argv[1:]
    for row in pages():
        if args == ['status']:
            print(row['num'], check(row))
        elif not args or str(row['num']) in args:
            print(json.dumps(dict(row, check=check(row)), ensure_ascii=False))
