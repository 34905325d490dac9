"""Reference solution: scaled dot-product attention."""

import numpy as np


def scaled_dot_product_attention(Q: np.ndarray, K: np.ndarray, V: np.ndarray,
                                 mask: np.ndarray | None = None
                                 ) -> tuple[np.ndarray, np.ndarray]:
    """Attention output (..., n, d_v) and weights (..., n, m)."""
    d_k = Q.shape[-1]
    # swapaxes transposes only the last two axes, so batch and head axes pass through.
    scores = Q @ K.swapaxes(-1, -2) / np.sqrt(d_k)
    if mask is not None:
        # Masked scores become hugely negative before the softmax: their weight is exactly 0
        # and the remaining weights still sum to 1.
        scores = np.where(mask, scores, -1e30)
    scores = scores - scores.max(axis=-1, keepdims=True)
    weights = np.exp(scores)
    weights /= weights.sum(axis=-1, keepdims=True)
    return weights @ V, weights
