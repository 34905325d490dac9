"""Mistake: the SVD of the raw data, without subtracting the mean."""

import numpy as np


def pca(X, n_components):
    _, s, vt = np.linalg.svd(X, full_matrices=False)
    return vt[:n_components], (s**2 / (s**2).sum())[:n_components]
