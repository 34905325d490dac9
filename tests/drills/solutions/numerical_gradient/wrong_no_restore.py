"""Mistake: each entry is left at x_i - h after it is perturbed."""

import numpy as np


def numerical_gradient(f, x, h=1e-5):
    grad = np.zeros(x.shape)
    for idx in np.ndindex(x.shape):
        x[idx] += h
        up = f(x)
        x[idx] -= 2 * h
        down = f(x)
        grad[idx] = (up - down) / (2 * h)
    return grad
