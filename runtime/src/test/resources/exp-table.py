#!/usr/bin/env python3
"""Computes Exp.TABLE: for k in [0, 128), 2^(k/128) ~= H * (1 + T) with H the nearest double;
prints the bits of T and the bits of H less (k << 52) / 128, as the algorithm indexes them."""
from decimal import Decimal, getcontext
import struct
getcontext().prec = 80
bits = lambda d: struct.unpack('<Q', struct.pack('<d', d))[0]
ln2, N = Decimal(2).ln(), 128
for k in range(N):
    exact = (ln2 * k / N).exp()
    head = float(exact)
    tail = float((exact - Decimal(head)) / Decimal(head))
    print(f'0x{bits(tail) if tail else 0:016x}L, 0x{(bits(head) - (k << 52) // N) & (2**64 - 1):016x}L,')
