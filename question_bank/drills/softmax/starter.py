"""Numerically stable softmax.

Write `softmax(x, axis=-1)`:

- `x` is a float64 array of any shape (at least one dimension) holding logits.
- Normalise along `axis` (default: the last). Every 1-D slice along that axis becomes a
  probability vector: non-negative, summing to 1, `exp(x_i) / sum_j exp(x_j)`.
- Return a new float64 array with the same shape as `x`; do not modify `x`.
- It must stay finite and exact for logits in the thousands (positive or negative) and for
  slices where all logits are equal.

Judged on: random logits of several shapes and axes, huge and tiny logits, ties, a single
class, shape and input left unchanged.
"""

import numpy as np


def softmax(x: np.ndarray, axis: int = -1) -> np.ndarray:
    """Probabilities along `axis`; same shape as `x`."""
    raise NotImplementedError
