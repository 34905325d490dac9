"""Reference solution: one LSTM time step."""

import numpy as np


def _sigmoid(z: np.ndarray) -> np.ndarray:
    # Same as 1 / (1 + exp(-z)), without overflow warnings for very negative z.
    return 0.5 * (1.0 + np.tanh(0.5 * z))


def lstm_cell(x: np.ndarray, h: np.ndarray, c: np.ndarray, W: np.ndarray, U: np.ndarray,
              b: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """One LSTM step; returns (h_new, c_new), each (N, H)."""
    hidden = h.shape[1]
    z = x @ W + h @ U + b                       # (N, 4H): all gates in one product
    i = _sigmoid(z[:, 0 * hidden:1 * hidden])    # input gate
    f = _sigmoid(z[:, 1 * hidden:2 * hidden])    # forget gate
    g = np.tanh(z[:, 2 * hidden:3 * hidden])     # candidate
    o = _sigmoid(z[:, 3 * hidden:4 * hidden])    # output gate
    c_new = f * c + i * g                        # additive cell update
    h_new = o * np.tanh(c_new)
    return h_new, c_new
