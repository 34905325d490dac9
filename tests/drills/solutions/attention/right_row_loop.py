import math

import numpy as np


def scaled_dot_product_attention(Q, K, V, mask=None):
    lead = Q.shape[:-2]
    n, m = Q.shape[-2], K.shape[-2]
    full_mask = np.broadcast_to(True if mask is None else mask, (*lead, n, m))
    weights = np.zeros((*lead, n, m))
    out = np.zeros((*lead, n, V.shape[-1]))
    for idx in np.ndindex(*lead):
        for i in range(n):
            allowed = full_mask[idx][i]
            s = np.array([Q[idx][i] @ K[idx][j] for j in range(m)]) / math.sqrt(Q.shape[-1])
            top = s[allowed].max()
            e = np.where(allowed, np.exp(np.where(allowed, s - top, 0.0)), 0.0)
            weights[idx][i] = e / e.sum()
            out[idx][i] = weights[idx][i] @ V[idx]
    return out, weights
