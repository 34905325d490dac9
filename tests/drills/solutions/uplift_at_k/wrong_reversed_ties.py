"""Mistake: a reversed ascending argsort, which puts later rows first among ties."""

import math

import numpy as np


def uplift_at_k(scores, y, treatment, k):
    top = np.argsort(scores)[::-1][: max(1, math.ceil(k * len(scores)))]
    t = np.asarray(treatment, dtype=bool)[top]
    yy = np.asarray(y, dtype=float)[top]
    if t.all() or not t.any():
        return float("nan")
    return float(yy[t].mean() - yy[~t].mean())
