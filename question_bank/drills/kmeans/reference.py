"""Reference solution: k-means (Lloyd's algorithm) with k-means++ seeding."""

import numpy as np


def _sq_distances(X: np.ndarray, C: np.ndarray) -> np.ndarray:
    """(n, k) squared distances, by broadcasting (fine for interview-sized data)."""
    return ((X[:, None, :] - C[None, :, :]) ** 2).sum(axis=2)


def _kmeans_pp(X: np.ndarray, k: int, rng: np.random.Generator) -> np.ndarray:
    n = len(X)
    centres = [X[rng.integers(n)]]
    closest = ((X - centres[0]) ** 2).sum(axis=1)
    for _ in range(1, k):
        # Far points are likely picks, so well-separated clusters each get a centre.
        i = rng.choice(n, p=closest / closest.sum())
        centres.append(X[i])
        closest = np.minimum(closest, ((X - X[i]) ** 2).sum(axis=1))
    return np.array(centres, dtype=np.float64)


def kmeans(X: np.ndarray, k: int, n_iter: int = 100,
           seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Lloyd's algorithm with k-means++ seeding; returns (centroids (k, d), labels (n,))."""
    X = np.asarray(X, dtype=np.float64)
    rng = np.random.default_rng(seed)
    centroids = _kmeans_pp(X, k, rng)
    labels = _sq_distances(X, centroids).argmin(axis=1)
    for _ in range(n_iter):
        # Update step: each centroid moves to the mean of its points (mean over axis 0,
        # one coordinate at a time); an empty cluster keeps its centroid.
        for j in range(k):
            members = X[labels == j]
            if len(members):
                centroids[j] = members.mean(axis=0)
        # Assignment step: nearest centroid.
        new_labels = _sq_distances(X, centroids).argmin(axis=1)
        if np.array_equal(new_labels, labels):
            break  # converged: labels and centroids are consistent
        labels = new_labels
    return centroids, labels
