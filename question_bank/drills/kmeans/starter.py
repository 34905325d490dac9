"""K-means clustering with Lloyd's algorithm.

Write `kmeans(X, k, n_iter=100, seed=0) -> (centroids, labels)`:

- `X`: float64 (n, d); `k`: number of clusters, 1 <= k <= number of distinct rows.
- Alternate the two Lloyd steps at most `n_iter` times: assign every point to its nearest
  centroid (squared Euclidean distance), then move every centroid to the mean of its points.
  Stop early once the assignment no longer changes. If a cluster ever ends up empty, keep
  its previous centroid (never return NaN).
- Initialisation: use k-means++ (the first centre uniformly at random, each next one with
  probability proportional to the squared distance to the nearest centre chosen so far),
  drawing randomness only from `np.random.default_rng(seed)`. Any initialisation that
  reliably separates well-separated clusters is accepted; a single plain random pick of k
  points is not (it often puts two centres in one cluster and gets stuck there).
- Return `centroids` (k, d) float64 and `labels` (n,) an integer array with values in
  0..k-1, consistent with each other: each point labelled with its nearest centroid, each
  centroid the mean of the points labelled with it (both hold once the assignment stops
  changing; the checks leave `n_iter` room enough for that). Do not modify `X`.

Cluster numbering is arbitrary, so labels are compared up to a permutation.

Judged on: shapes, integer labels in range, recovering well-separated blobs over several seeds,
each centroid the mean of its points, each point at its nearest centroid, inertia (sum of
squared distances to the assigned centroid) no worse than the reference's, k = 1, repeated
points, the same result for the same seed, input left unchanged.
"""

import numpy as np


def kmeans(X: np.ndarray, k: int, n_iter: int = 100,
           seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Lloyd's algorithm with k-means++ seeding; returns (centroids (k, d), labels (n,))."""
    raise NotImplementedError
