import numpy as np


def _sig(z):
    return 1 / (1 + np.exp(-z))


def lstm_cell(x, h, c, W, U, b):
    H = h.shape[1]
    z = x @ W + h @ U + b
    i, f, o, g = (z[:, k * H:(k + 1) * H] for k in range(4))  # i, f, o, g order
    c_new = _sig(f) * c + _sig(i) * np.tanh(g)
    return _sig(o) * np.tanh(c_new), c_new
