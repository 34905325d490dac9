"""np.lexsort on (index, -score); group means through np.mean on masks."""

import numpy as np


def uplift_at_k(scores, y, treatment, k):
    n = len(scores)
    order = np.lexsort((np.arange(n), -np.asarray(scores, dtype=float)))
    top = order[: max(1, int(np.ceil(k * n)))]
    t = np.asarray(treatment, dtype=bool)[top]
    outcome = np.asarray(y, dtype=float)[top]
    if t.sum() == 0 or (~t).sum() == 0:
        return float("nan")
    return float(np.mean(outcome[t]) - np.mean(outcome[~t]))
