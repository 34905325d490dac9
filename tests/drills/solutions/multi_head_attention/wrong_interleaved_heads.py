import numpy as np


def multi_head_attention(X, W_q, W_k, W_v, W_o, n_heads):
    n, d = X.shape
    dk = d // n_heads

    def split(M):
        return M.reshape(n, dk, n_heads).transpose(2, 0, 1)

    Q, K, V = split(X @ W_q), split(X @ W_k), split(X @ W_v)
    s = Q @ K.transpose(0, 2, 1) / np.sqrt(dk)
    s = s - s.max(-1, keepdims=True)
    w = np.exp(s)
    w /= w.sum(-1, keepdims=True)
    return (w @ V).transpose(1, 2, 0).reshape(n, d) @ W_o
