"""Mistake: one keep/drop draw per column, broadcast over the rows, so whole columns are
kept or dropped together."""

import numpy as np


def dropout_forward(x, p_drop, rng, training=True):
    if not training:
        return x.copy(), np.ones(x.shape, dtype=bool)
    mask = np.broadcast_to(rng.random(x.shape[-1:]) >= p_drop, x.shape)
    return x * mask / (1 - p_drop), mask
