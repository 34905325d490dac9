import numpy as np


def layer_norm(x, gamma, beta, eps=1e-5):
    d = x.shape[-1]
    flat = x.reshape(-1, d)
    out = np.empty_like(flat, dtype=float)
    for r, row in enumerate(flat):
        mu = sum(row) / d
        var = sum((v - mu) ** 2 for v in row) / d
        out[r] = (row - mu) / (var + eps) ** 0.5
    return out.reshape(x.shape) * gamma + beta
