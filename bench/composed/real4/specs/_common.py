A, T = 'actual', 'target'
L, G, C = 'level', 'growth', 'change'
EQ, GE, LE, AP = 'eq', 'ge', 'le', 'approx'
E, B = 'expected', 'binding'

import os as _os
def line(stem, prefix):
    """The full verbatim line of docs/<stem>.txt that starts with prefix (table rows)."""
    p = _os.path.join(_os.path.dirname(_os.path.abspath(__file__)), '..', 'docs', stem + '.txt')
    for ln in open(p, encoding='utf-8', newline='').read().split('\n'):
        if ln.startswith(prefix):
            return ln
    raise KeyError(prefix)
