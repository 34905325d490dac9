"""Mistake: ln(t + 1) in the bonus, the number of the coming play instead of the plays so far."""

import numpy as np


def ucb1_select(counts, values, t):
    if (counts == 0).any():
        return int(np.argmin(counts))
    return int(np.argmax(values + np.sqrt(2 * np.log(t + 1) / counts)))


def thompson_select(alpha, beta, rng):
    return int(np.argmax(rng.beta(alpha, beta)))
