"""Max over the size * size strided slices, one per offset inside the window."""

import numpy as np


def max_pool2d(x, size=2, stride=2):
    H, W = x.shape[2:]
    Ho, Wo = (H - size) // stride + 1, (W - size) // stride + 1
    out = np.full((*x.shape[:2], Ho, Wo), -np.inf)
    for u in range(size):
        for v in range(size):
            part = x[:, :, u:u + stride * (Ho - 1) + 1:stride, v:v + stride * (Wo - 1) + 1:stride]
            out = np.maximum(out, part)
    return out
