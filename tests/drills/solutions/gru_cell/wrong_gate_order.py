"""Mistake: the blocks read as update, reset, candidate."""

import numpy as np


def _sigmoid(v):
    return 0.5 * (1.0 + np.tanh(0.5 * v))


def gru_cell(x, h, W, U, b):
    H = h.shape[1]
    gx, gh = x @ W + b, h @ U
    z = _sigmoid(gx[:, :H] + gh[:, :H])
    r = _sigmoid(gx[:, H:2 * H] + gh[:, H:2 * H])
    n = np.tanh(gx[:, 2 * H:] + r * gh[:, 2 * H:])
    return (1 - z) * n + z * h
