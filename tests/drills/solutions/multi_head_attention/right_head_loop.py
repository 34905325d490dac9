import numpy as np


def _softmax_rows(s):
    e = np.exp(s - s.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


def multi_head_attention(X, W_q, W_k, W_v, W_o, n_heads):
    d_k = X.shape[1] // n_heads
    outputs = []
    for h in range(n_heads):
        cols = slice(h * d_k, (h + 1) * d_k)
        q = X @ W_q[:, cols]
        k = X @ W_k[:, cols]
        v = X @ W_v[:, cols]
        outputs.append(_softmax_rows(q @ k.T / np.sqrt(d_k)) @ v)
    return np.concatenate(outputs, axis=1) @ W_o
