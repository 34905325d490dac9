"""Reference solution: multi-head self-attention."""

import numpy as np


def multi_head_attention(X: np.ndarray, W_q: np.ndarray, W_k: np.ndarray, W_v: np.ndarray,
                         W_o: np.ndarray, n_heads: int) -> np.ndarray:
    """Multi-head self-attention of X (n, d_model); returns (n, d_model)."""
    n, d_model = X.shape
    d_k = d_model // n_heads

    def split(M: np.ndarray) -> np.ndarray:
        # (n, d_model) -> (n_heads, n, d_k): head h gets columns h*d_k:(h+1)*d_k.
        return M.reshape(n, n_heads, d_k).transpose(1, 0, 2)

    Q, K, V = split(X @ W_q), split(X @ W_k), split(X @ W_v)
    scores = Q @ K.transpose(0, 2, 1) / np.sqrt(d_k)          # (n_heads, n, n)
    scores -= scores.max(axis=-1, keepdims=True)
    weights = np.exp(scores)
    weights /= weights.sum(axis=-1, keepdims=True)
    heads = weights @ V                                         # (n_heads, n, d_k)
    concat = heads.transpose(1, 0, 2).reshape(n, d_model)       # heads side by side
    return concat @ W_o
