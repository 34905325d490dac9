"""Mistake: the centroid update averages over every axis (one number per cluster)."""

import numpy as np


def kmeans(X, k, n_iter=100, seed=0):
    rng = np.random.default_rng(seed)
    C = [X[rng.integers(len(X))]]
    for _ in range(1, k):
        d = np.min([((X - c) ** 2).sum(axis=1) for c in C], axis=0)
        C.append(X[rng.choice(len(X), p=d / d.sum())])
    C = np.array(C, dtype=float)
    labels = np.zeros(len(X), dtype=int)
    for _ in range(n_iter):
        labels = ((X[:, None] - C[None]) ** 2).sum(axis=2).argmin(axis=1)
        new = C.copy()
        for j in range(k):
            if np.any(labels == j):
                new[j] = X[labels == j].mean()
        if np.allclose(new, C):
            break
        C = new
    return C, labels
