"""Reference solution: one GRU step, PyTorch's convention."""

import numpy as np


def _sigmoid(z: np.ndarray) -> np.ndarray:
    # tanh form: equal to 1 / (1 + exp(-z)) but never overflows for large |z|.
    return 0.5 * (1.0 + np.tanh(0.5 * z))


def gru_cell(x: np.ndarray, h: np.ndarray, W: np.ndarray, U: np.ndarray,
             b: np.ndarray) -> np.ndarray:
    """One GRU step (gate blocks r, z, n); returns h_new (N, H)."""
    H = h.shape[1]
    gx = x @ W + b  # all three input projections in one product
    gh = h @ U      # kept apart: the reset gate multiplies only its candidate block
    r = _sigmoid(gx[:, :H] + gh[:, :H])
    z = _sigmoid(gx[:, H:2 * H] + gh[:, H:2 * H])
    n = np.tanh(gx[:, 2 * H:] + r * gh[:, 2 * H:])
    # A convex mix: z is how much of the old state survives, 1 - z how much is replaced.
    return (1.0 - z) * n + z * h
