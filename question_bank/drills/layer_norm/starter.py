"""Layer normalisation.

Write `layer_norm(x, gamma, beta, eps=1e-5)`:

- `x`: float64 array (..., D), any number of leading axes (e.g. (N, D) or (B, T, D)).
- `gamma`, `beta`: float64 (D,), the learned scale and shift.
- For every vector along the LAST axis: subtract its mean, divide by
  sqrt(variance + eps) using the biased variance (divide by D), then multiply by gamma
  and add beta.
- Return an array with the shape of `x`. Do not modify the inputs.

Judged on: random (N, D) and (B, T, D) inputs, statistics per example and not per batch,
a batch of one, the biased variance, eps inside the square root, constant rows, inputs left
unchanged.
"""

import numpy as np


def layer_norm(x: np.ndarray, gamma: np.ndarray, beta: np.ndarray,
               eps: float = 1e-5) -> np.ndarray:
    """Normalise over the last axis, then scale and shift; same shape as x."""
    raise NotImplementedError
