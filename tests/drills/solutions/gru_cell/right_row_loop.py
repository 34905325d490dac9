"""One example at a time, with math.exp guarded for large arguments."""

import math

import numpy as np


def _sig(v):
    if v >= 0:
        return 1.0 / (1.0 + math.exp(-v))
    e = math.exp(v)
    return e / (1.0 + e)


def gru_cell(x, h, W, U, b):
    N, H = h.shape
    out = np.zeros((N, H))
    for i in range(N):
        gx = x[i] @ W + b
        gh = h[i] @ U
        for j in range(H):
            r = _sig(gx[j] + gh[j])
            z = _sig(gx[H + j] + gh[H + j])
            n = math.tanh(gx[2 * H + j] + r * gh[2 * H + j])
            out[i, j] = (1 - z) * n + z * h[i, j]
    return out
