import numpy as np


def _relu(z):
    return np.where(z > 0, z, 0.0)


def mlp_forward_backward(X, y, params):
    grads = {k: np.zeros_like(v, dtype=float) for k, v in params.items()}
    n = len(X)
    total = 0.0
    for x, label in zip(X, y, strict=True):
        z1 = x @ params["W1"] + params["b1"]
        a1 = _relu(z1)
        z2 = a1 @ params["W2"] + params["b2"]
        a2 = _relu(z2)
        z3 = a2 @ params["W3"] + params["b3"]
        m = z3.max()
        lse = m + np.log(np.sum(np.exp(z3 - m)))
        total += lse - z3[label]
        g3 = np.exp(z3 - lse)
        g3[label] -= 1.0
        grads["W3"] += np.outer(a2, g3)
        grads["b3"] += g3
        g2 = (params["W3"] @ g3) * (z2 > 0)
        grads["W2"] += np.outer(a1, g2)
        grads["b2"] += g2
        g1 = (params["W2"] @ g2) * (z1 > 0)
        grads["W1"] += np.outer(x, g1)
        grads["b1"] += g1
    return total / n, {k: g / n for k, g in grads.items()}
