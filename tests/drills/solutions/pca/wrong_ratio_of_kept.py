"""Mistake: the ratio normalised by the kept components only."""

import numpy as np


def pca(X, n_components):
    centred = X - X.mean(axis=0)
    _, s, vt = np.linalg.svd(centred, full_matrices=False)
    kept = s[:n_components] ** 2
    return vt[:n_components], kept / kept.sum()
