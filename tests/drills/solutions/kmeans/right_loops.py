"""k-means++ and Lloyd's steps written with Python loops over points and clusters."""

import numpy as np


def _d2(a, b):
    return float(((a - b) ** 2).sum())


def kmeans(X, k, n_iter=100, seed=0):
    rng = np.random.default_rng(seed)
    n = len(X)
    centres = [X[int(rng.integers(0, n))].astype(float)]
    while len(centres) < k:
        weights = np.array([min(_d2(x, c) for c in centres) for x in X])
        centres.append(X[int(rng.choice(n, p=weights / weights.sum()))].astype(float))
    C = np.array(centres)
    labels = np.full(n, -1)
    for _ in range(n_iter + 1):
        new = np.array([min(range(k), key=lambda j, x=x: _d2(x, C[j])) for x in X])
        if np.array_equal(new, labels):
            break
        labels = new
        for j in range(k):
            idx = [i for i in range(n) if labels[i] == j]
            if idx:
                C[j] = X[idx].sum(axis=0) / len(idx)
    return C, labels
