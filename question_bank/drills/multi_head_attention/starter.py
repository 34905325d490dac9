"""Multi-head self-attention.

Write `multi_head_attention(X, W_q, W_k, W_v, W_o, n_heads)`:

- `X`: float64 (n, d_model), one row per position. `W_q`, `W_k`, `W_v`, `W_o`: each
  (d_model, d_model). `n_heads` divides d_model; `d_k = d_model // n_heads`.
- Q = X @ W_q, K = X @ W_k, V = X @ W_v. Head h uses the feature columns
  h*d_k to (h+1)*d_k (contiguous blocks) of Q, K and V.
- Each head: softmax(Q_h @ K_h.T / sqrt(d_k)) @ V_h, softmax over the keys, no mask, no
  biases, numerically stable.
- Concatenate the heads' outputs side by side in head order, giving (n, d_model), then
  multiply by W_o.
- Return the result, shape (n, d_model). Do not modify the inputs.

Judged on: random cases with 1, 2, 4 and d_model heads, the per-head sqrt(d_k) scaling,
contiguous head blocks, the output projection, a sequence of length 1, permutation
equivariance, large inputs.
"""

import numpy as np


def multi_head_attention(X: np.ndarray, W_q: np.ndarray, W_k: np.ndarray, W_v: np.ndarray,
                         W_o: np.ndarray, n_heads: int) -> np.ndarray:
    """Multi-head self-attention of X (n, d_model); returns (n, d_model)."""
    raise NotImplementedError
