import numpy as np


def _sigmoid(z):
    out = np.empty_like(z)
    pos = z >= 0
    out[pos] = 1 / (1 + np.exp(-z[pos]))
    e = np.exp(z[~pos])
    out[~pos] = e / (1 + e)
    return out


def lstm_cell(x, h, c, W, U, b):
    H = h.shape[1]
    gates = []
    for k in range(4):
        cols = slice(k * H, (k + 1) * H)
        gates.append(x @ W[:, cols] + h @ U[:, cols] + b[cols])
    i, f, g, o = _sigmoid(gates[0]), _sigmoid(gates[1]), np.tanh(gates[2]), _sigmoid(gates[3])
    c_new = f * c + i * g
    return o * np.tanh(c_new), c_new
