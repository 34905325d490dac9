import numpy as np


def dropout_forward(x, p_drop, rng, training=True):
    if not training or p_drop == 0:
        return x.copy(), np.ones(x.shape, dtype=bool)
    mask = rng.random(x.shape) < p_drop
    return x * mask / (1 - p_drop), mask
