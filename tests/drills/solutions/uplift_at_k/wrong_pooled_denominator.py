"""Mistake: treated minus control conversions divided by the size of the top group."""

import math

import numpy as np


def uplift_at_k(scores, y, treatment, k):
    n_top = max(1, math.ceil(k * len(scores)))
    top = np.argsort(-scores, kind="stable")[:n_top]
    t = np.asarray(treatment, dtype=bool)[top]
    yy = np.asarray(y, dtype=float)[top]
    if t.all() or not t.any():
        return float("nan")
    return float((yy[t].sum() - yy[~t].sum()) / n_top)
