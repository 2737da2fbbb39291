#!/usr/bin/env python3
"""Save one real page's text into .pages/ from a search result's excerpt.

  python3 pages/savepage.py NUM [--nth K] <<'EOF'
  "the excerpt exactly as the search result's JSON shows it, in its double quotes, escapes and all"
  EOF

Cuts from the page's first12 through last12 (pages/texts.py), writes UTF-8 with one final newline, no CR, and prints
the check. Where last12 occurs more than once after first12, it lists the ends and cuts at the K-th (1-based; default:
the last one); pick K so the text ends where the annotation's last item ends.
"""
import json, os, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # the repository
sys.path.insert(0, os.path.join(ROOT, 'pages'))
import texts  # noqa

num = int(sys.argv[1])
nth = int(sys.argv[sys.argv.index('--nth') + 1]) if '--nth' in sys.argv else None
raw = sys.stdin.read().strip()
text = json.loads(raw) if raw.startswith('"') else raw
text = text.replace('\r\n', '\n').replace('\r', '\n')
row = next(r for r in texts.pages() if r['num'] == num)
first, last = row['first12'], row['last12']
start = text.find(first)
if start < 0:
    sys.exit(f'{num}: first12 {first!r} not in the excerpt (excerpt starts {text[:20]!r})')
ends, i = [], start
while True:
    j = text.find(last, i)
    if j < 0:
        break
    ends.append(j + len(last))
    i = j + 1
if not ends:
    sys.exit(f'{num}: last12 {last!r} not after first12 (the excerpt ends {text[-20:]!r}; it may be cut short)')
if len(ends) > 1:
    print(f'{num}: last12 occurs {len(ends)} times; ends at characters {[e - start for e in ends]} of {len(text) - start}')
end = ends[(nth or len(ends)) - 1]
with open(os.path.join(ROOT, '.pages', row['file']), 'w', encoding='utf-8', newline='\n') as f:
    f.write(text[start:end] + '\n')
print(num, texts.check(row), f'{end - start} characters')
