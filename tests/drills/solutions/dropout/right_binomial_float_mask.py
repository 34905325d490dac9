import numpy as np


def dropout_forward(x, p_drop, rng, training=True):
    if not training:
        return np.array(x, dtype=float), np.ones_like(x)
    keep = 1.0 - p_drop
    mask = rng.binomial(1, keep, size=x.shape).astype(float)
    return x * mask / keep, mask
