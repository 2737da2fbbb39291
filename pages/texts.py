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
READMES = [os.path.join(ROOT, 'pages/README.md'), os.path.join(ROOT, '../shared/pages/README.md')]


def cell(text):
    """A table cell's code span as text: ⏎ is a line break, and `\\|` a bar escaped for Markdown."""
    return text.replace('\\|', '|').replace('⏎', '\n')


def pages():
    rows = []
    for readme in READMES:
        if not os.path.exists(readme):
            continue
        sources, ends = {}, {}
        for line in open(readme, encoding='utf-8'):
            cells = [c.strip() for c in line.strip().strip('|').split('|')]
            if len(cells) >= 4 and re.match(r'^\d+-', cells[0]) and cells[1].startswith('http'):
                sources[cells[0]] = (cells[1], cells[2])
            m = re.match(r'^\| (\d+) \| `(.*)` \| `(.*)` \|$', line.strip())
            if m:
                ends[m.group(1)] = (cell(m.group(2)), cell(m.group(3)))
        for name, (url, paper) in sources.items():
            num = name.split('-')[0]
            first, last = ends.get(num, (None, None))
            rows.append(dict(num=int(num), file=name + '.txt', source=url, paper=paper, first12=first, last12=last))
    return sorted(rows, key=lambda row: row['num'])


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
