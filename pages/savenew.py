#!/usr/bin/env python3
"""Save a NEW page's text into .pages/ from a search result's excerpt, cut between two strings you choose.

  python3 pages/savenew.py NNNN-slug --first 'the text's first characters' --last 'its last characters' <<'EOF_X'
  "the excerpt exactly as the search result's JSON shows it, in its double quotes, escapes and all"
  EOF_X

Cuts from the first occurrence of --first through the first occurrence of --last after it (add --nth K for the K-th),
writes .pages/NNNN-slug.txt (UTF-8, LF, one final newline) and prints first12/last12 as the README's table wants them.
"""
import json, os, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
a = sys.argv[1:]
name = a[0]
first = a[a.index('--first') + 1]; last = a[a.index('--last') + 1]
nth = int(a[a.index('--nth') + 1]) if '--nth' in a else 1
raw = sys.stdin.read().strip()
text = json.loads(raw) if raw.startswith('"') else raw
text = text.replace('\r\n', '\n').replace('\r', '\n')
s = text.find(first)
if s < 0: sys.exit('--first not found')
e = s
for _ in range(nth):
    e = text.find(last, e)
    if e < 0: sys.exit('--last not found after --first')
    e += len(last)
body = text[s:e]
open(os.path.join(ROOT, '.pages', name + '.txt'), 'w', encoding='utf-8', newline='\n').write(body + '\n')
cell = lambda t: t.replace('\n', '⏎').replace('|', '\\|')
print(f'saved {len(body)} characters; table row: | {name.split("-")[0]} | `{cell(body[:12])}` | `{cell(body[-12:])}` |')
