"""Reference solution: PCA by singular value decomposition of the centred data."""

import numpy as np


def pca(X: np.ndarray, n_components: int) -> tuple[np.ndarray, np.ndarray]:
    """Principal directions as unit rows (largest variance first) and their variance ratios."""
    X = np.asarray(X, dtype=np.float64)
    centred = X - X.mean(axis=0)  # a new array: the caller's X is untouched
    # Centred = U S Vt. The rows of Vt are the eigenvectors of the covariance, already
    # unit, orthogonal and sorted by singular value (largest first). The SVD avoids
    # forming X^T X, which squares the condition number.
    _, s, vt = np.linalg.svd(centred, full_matrices=False)
    variance = s**2  # proportional to the variance along each direction
    ratio = variance / variance.sum()  # over all directions, kept or not
    return vt[:n_components].copy(), ratio[:n_components]
