"""Separate weight matrices per gate, and a clipped sigmoid."""

import numpy as np


def _sigmoid(v):
    return 1.0 / (1.0 + np.exp(-np.clip(v, -500, 500)))


def gru_cell(x, h, W, U, b):
    H = h.shape[1]
    W_r, W_z, W_n = W[:, :H], W[:, H:2 * H], W[:, 2 * H:]
    U_r, U_z, U_n = U[:, :H], U[:, H:2 * H], U[:, 2 * H:]
    b_r, b_z, b_n = b[:H], b[H:2 * H], b[2 * H:]
    r = _sigmoid(x @ W_r + h @ U_r + b_r)
    z = _sigmoid(x @ W_z + h @ U_z + b_z)
    n = np.tanh(x @ W_n + b_n + r * (h @ U_n))
    return n + z * (h - n)
