"""Reference solution: uplift at k (the "overall" strategy: one cut over everybody)."""

import math

import numpy as np


def uplift_at_k(scores: np.ndarray, y: np.ndarray, treatment: np.ndarray, k: float) -> float:
    """Treated minus control conversion rate among the top ceil(k * n) users by score."""
    scores = np.asarray(scores, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    treated = np.asarray(treatment).astype(bool)
    # Rounded first so that float noise (0.07 * 100 = 7.000000000000001) does not add a row.
    n_top = max(1, math.ceil(round(k * len(scores), 9)))
    # Highest scores first; "stable" keeps tied rows in their original order, so the cut
    # is reproducible when the model outputs equal scores.
    top = np.argsort(-scores, kind="stable")[:n_top]
    top_y, top_treated = y[top], treated[top]
    if top_treated.all() or not top_treated.any():
        return float("nan")  # no comparison group among the targeted users
    # Rates within each group: the groups differ in size, so compare means, not counts.
    return float(top_y[top_treated].mean() - top_y[~top_treated].mean())
