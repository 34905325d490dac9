"""Mistake: the labels start as np.zeros(n) and stay float, so they cannot index the
centroids; the clustering itself is right."""

import numpy as np


def kmeans(X, k, n_iter=100, seed=0):
    rng = np.random.default_rng(seed)
    n = X.shape[0]
    centres = [X[rng.integers(n)]]
    for _ in range(1, k):
        d2 = ((X[:, None, :] - np.array(centres)[None]) ** 2).sum(-1).min(1)
        pick = rng.choice(n, p=d2 / d2.sum()) if d2.sum() > 0 else rng.integers(n)
        centres.append(X[pick])
    C = np.array(centres, dtype=float)
    labels = np.zeros(n)
    for _ in range(n_iter):
        changed = False
        for i in range(n):
            j = float(((C - X[i]) ** 2).sum(1).argmin())
            if j != labels[i]:
                labels[i] = j
                changed = True
        for j in range(k):
            if (labels == j).any():
                C[j] = X[labels == j].mean(0)
        if not changed:
            break
    return C, labels
