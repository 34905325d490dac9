"""Mistake: each window's running maximum starts at 0."""

import numpy as np


def max_pool2d(x, size=2, stride=2):
    N, C, H, W = x.shape
    Ho, Wo = (H - size) // stride + 1, (W - size) // stride + 1
    out = np.zeros((N, C, Ho, Wo))
    for i in range(Ho):
        for j in range(Wo):
            for u in range(size):
                for v in range(size):
                    out[:, :, i, j] = np.maximum(out[:, :, i, j],
                                                 x[:, :, i * stride + u, j * stride + v])
    return out
