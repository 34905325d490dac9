"""Mistake: eigenvectors sliced as rows of eigh's result (they are its columns)."""

import numpy as np


def pca(X, n_components):
    centred = X - X.mean(axis=0)
    values, vectors = np.linalg.eigh(np.cov(centred, rowvar=False))
    values, vectors = values[::-1], vectors[:, ::-1]
    return vectors[:n_components], values[:n_components] / values.sum()
