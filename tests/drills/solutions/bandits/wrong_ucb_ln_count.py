"""Mistake: the bonus uses ln of the arm's own count, not of t."""

import numpy as np


def ucb1_select(counts, values, t):
    untried = np.flatnonzero(np.asarray(counts) == 0)
    if untried.size:
        return int(untried[0])
    return int(np.argmax(values + np.sqrt(2 * np.log(counts) / counts)))


def thompson_select(alpha, beta, rng):
    return int(np.argmax(rng.beta(alpha, beta)))
