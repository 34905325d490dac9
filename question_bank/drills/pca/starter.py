"""Principal component analysis.

Write `pca(X, n_components) -> (components, explained_variance_ratio)`:

- `X`: float64 (n, d), rows are samples; 1 <= n_components <= min(n, d).
- Centre the data (subtract the column means) before anything else; do not modify `X`.
- `components`: float64 (n_components, d). Each **row** is a principal direction, a unit
  vector, rows mutually orthogonal, ordered by the variance they explain, largest first.
  A direction and its negative are equally right: signs are not judged.
- `explained_variance_ratio`: float64 (n_components,), the variance along each component
  divided by the *total* variance of the data (the sum over all d directions, not only the
  kept ones). It is non-increasing and sums to at most 1 (exactly 1 when every component is
  kept).

SVD of the centred data or an eigendecomposition of its covariance are both fine (the
ratio does not depend on dividing by n or n - 1).

Judged on: components against the reference up to sign, unit and orthogonal rows, order,
the ratio (against the total variance), data with a large offset (centring), wide data
(n < d), a single component, all components, input left unchanged.
"""

import numpy as np


def pca(X: np.ndarray, n_components: int) -> tuple[np.ndarray, np.ndarray]:
    """Principal directions as unit rows (largest variance first) and their variance ratios."""
    raise NotImplementedError
