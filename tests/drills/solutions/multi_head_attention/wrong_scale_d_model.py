import numpy as np


def multi_head_attention(X, W_q, W_k, W_v, W_o, n_heads):
    n, d = X.shape
    dk = d // n_heads
    Q = (X @ W_q).reshape(n, n_heads, dk).transpose(1, 0, 2)
    K = (X @ W_k).reshape(n, n_heads, dk).transpose(1, 0, 2)
    V = (X @ W_v).reshape(n, n_heads, dk).transpose(1, 0, 2)
    s = Q @ K.transpose(0, 2, 1) / np.sqrt(d)
    s = s - s.max(-1, keepdims=True)
    w = np.exp(s)
    w /= w.sum(-1, keepdims=True)
    return (w @ V).transpose(1, 0, 2).reshape(n, d) @ W_o
