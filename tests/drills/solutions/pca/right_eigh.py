"""Eigendecomposition of the covariance, sorted descending, vectors as rows."""

import numpy as np


def pca(X, n_components):
    centred = X - X.mean(axis=0)
    cov = centred.T @ centred / (len(X) - 1)
    values, vectors = np.linalg.eigh(cov)
    order = np.argsort(values)[::-1]
    values, vectors = values[order], vectors[:, order]
    return vectors[:, :n_components].T, values[:n_components] / values.sum()
