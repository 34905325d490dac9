"""Mistake: an ascending sort, so the k lowest scores are taken."""

import math

import numpy as np


def uplift_at_k(scores, y, treatment, k):
    top = np.argsort(scores, kind="stable")[: max(1, math.ceil(k * len(scores)))]
    t = np.asarray(treatment, dtype=bool)[top]
    yy = np.asarray(y, dtype=float)[top]
    if t.all() or not t.any():
        return float("nan")
    return float(yy[t].mean() - yy[~t].mean())
