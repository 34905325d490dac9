"""Mistake: the rates taken over every user, not over the top k."""

import numpy as np


def uplift_at_k(scores, y, treatment, k):
    t = np.asarray(treatment, dtype=bool)
    y = np.asarray(y, dtype=float)
    if t.all() or not t.any():
        return float("nan")
    return float(y[t].mean() - y[~t].mean())
