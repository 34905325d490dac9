"""Mistake: f called with the flattened vector."""

import numpy as np


def numerical_gradient(f, x, h=1e-5):
    v = np.array(x, dtype=float).ravel()
    grad = np.zeros_like(v)
    for i in range(v.size):
        e = np.zeros_like(v)
        e[i] = h
        grad[i] = (f(v + e) - f(v - e)) / (2 * h)
    return grad.reshape(np.shape(x))
