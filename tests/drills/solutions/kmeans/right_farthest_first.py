"""Farthest-first seeding from a random first point; vectorised Lloyd steps."""

import numpy as np


def kmeans(X, k, n_iter=100, seed=0):
    rng = np.random.default_rng(seed)
    C = [X[rng.integers(len(X))]]
    for _ in range(1, k):
        d = np.min([((X - c) ** 2).sum(axis=1) for c in C], axis=0)
        C.append(X[np.argmax(d)])
    C = np.array(C, dtype=float)
    labels = None
    for _ in range(n_iter):
        d = (X**2).sum(1)[:, None] - 2 * X @ C.T + (C**2).sum(1)[None, :]
        new = d.argmin(axis=1)
        if labels is not None and np.array_equal(new, labels):
            break
        labels = new
        counts = np.bincount(labels, minlength=k)
        sums = np.zeros_like(C)
        np.add.at(sums, labels, X)
        nonempty = counts > 0
        C[nonempty] = sums[nonempty] / counts[nonempty, None]
    return C, labels
