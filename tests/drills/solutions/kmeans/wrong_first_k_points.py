"""Mistake: the first k rows as the initial centroids."""

import numpy as np


def kmeans(X, k, n_iter=100, seed=0):
    C = X[:k].astype(float)
    labels = np.zeros(len(X), dtype=int)
    for _ in range(n_iter):
        labels = ((X[:, None] - C[None]) ** 2).sum(axis=2).argmin(axis=1)
        new = np.array([X[labels == j].mean(axis=0) if np.any(labels == j) else C[j]
                        for j in range(k)])
        if np.allclose(new, C):
            break
        C = new
    return C, labels
