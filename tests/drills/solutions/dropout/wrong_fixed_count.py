"""Mistake: drops exactly round(p_drop * size) units by a permutation, so the units are not
kept independently and the number kept never varies."""

import numpy as np


def dropout_forward(x, p_drop, rng, training=True):
    if not training:
        return x.copy(), np.ones(x.shape, dtype=bool)
    n = x.size
    mask = np.ones(n, dtype=bool)
    mask[rng.permutation(n)[: round(p_drop * n)]] = False
    mask = mask.reshape(x.shape)
    return x * mask / (1 - p_drop), mask
