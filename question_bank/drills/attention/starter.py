"""Scaled dot-product attention with a boolean mask.

Write `scaled_dot_product_attention(Q, K, V, mask=None)`:

- `Q`: float64 (..., n, d_k) queries; `K`: (..., m, d_k) keys; `V`: (..., m, d_v) values.
  The leading `...` dimensions (batch, heads) are the same for all three, or absent.
- `mask`: None, or a boolean array broadcastable to (..., n, m); True means "query i may
  attend to key j", False means the weight must be exactly 0. Every query row the checks
  use has at least one True.
- weights = softmax over the keys (last axis) of Q @ K^T / sqrt(d_k), masked as above.
- Return `(out, weights)`: `out` of shape (..., n, d_v) = weights @ V, and `weights` of
  shape (..., n, m).
- Stay finite for large scores. Do not modify the inputs.

Judged on: random cases with n != m and d_v != d_k, the sqrt(d_k) scaling, weight rows that
sum to 1, causal and padding masks (masked weights exactly 0), batch and head dimensions,
large scores, and mask=None equal to an all-True mask.
"""

import numpy as np


def scaled_dot_product_attention(Q: np.ndarray, K: np.ndarray, V: np.ndarray,
                                 mask: np.ndarray | None = None
                                 ) -> tuple[np.ndarray, np.ndarray]:
    """Attention output (..., n, d_v) and weights (..., n, m)."""
    raise NotImplementedError
