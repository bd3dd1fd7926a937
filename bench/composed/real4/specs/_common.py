A, T = 'actual', 'target'
L, G, C = 'level', 'growth', 'change'
EQ, GE, LE, AP = 'eq', 'ge', 'le', 'approx'
E, B = 'expected', 'binding'
