#!/usr/bin/env python3
"""Lay out docs/c264.txt as PDF-extracted text: hard line wraps of prose at 34 characters
(never next to a digit), page marks '— N —' between pages, tables kept as printed."""
import re
SRC = open('tools/c264.src', encoding='utf-8').read()
W = 34

def wrap(par):
    out, line = [], ''
    i = 0
    while i < len(par):
        line += par[i]
        i += 1
        if len(line) >= W and i < len(par):
            # do not break next to a digit, point, percent or inside a number+unit
            near = par[max(0, i - 5):i + 1]
            if re.search(r'[0-9.%‰]', near) or par[i] in '，。；、：）”％%':
                continue
            out.append(line)
            line = ''
    if line:
        out.append(line)
    return out

lines = []
for block in SRC.split('\n\n'):
    if block.startswith('@T\n'):
        lines.extend(block[3:].split('\n'))
    elif block.startswith('@H\n'):
        lines.extend(block[3:].split('\n'))
    else:
        lines.extend(wrap(block.replace('\n', '')))
    lines.append('')
# page marks every 40 lines (at a line boundary, possibly mid-paragraph)
out, page = [], 1
for n, l in enumerate(lines):
    out.append(l)
    if n and n % 37 == 0:
        out.append('')
        out.append(f'— {page} —')
        out.append('')
        page += 1
if not any(l.startswith('— ') for l in out[-3:]):
    out.append('')
    out.append(f'— {page} —')
text = '\n'.join(out).rstrip('\n') + '\n'
text = re.sub(r'\n{3,}', '\n\n', text)
open('docs/c264.txt', 'w', encoding='utf-8').write(text)
print(len(text), page)
