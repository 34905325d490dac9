"""Mistake: np.linalg.eigh's ascending order kept (smallest variance first)."""

import numpy as np


def pca(X, n_components):
    centred = X - X.mean(axis=0)
    values, vectors = np.linalg.eigh(np.cov(centred, rowvar=False))
    return vectors[:, :n_components].T, values[:n_components] / values.sum()
