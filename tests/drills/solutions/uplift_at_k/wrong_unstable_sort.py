"""Mistake: np.argsort's default (unstable) sort, so tied rows at the cutoff come in an
arbitrary order once the array is larger than a few elements."""

import numpy as np


def uplift_at_k(scores, y, treatment, k):
    n = len(scores)
    top = np.argsort(-np.asarray(scores))[: max(1, int(np.ceil(k * n)))]
    yt = np.asarray(y, dtype=float)[top]
    tt = np.asarray(treatment).astype(bool)[top]
    if tt.all() or not tt.any():
        return float("nan")
    return float(yt[tt].mean() - yt[~tt].mean())
