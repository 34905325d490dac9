"""Mistake: Beta(beta, alpha), successes and failures swapped."""

import numpy as np


def ucb1_select(counts, values, t):
    untried = np.flatnonzero(np.asarray(counts) == 0)
    if untried.size:
        return int(untried[0])
    return int(np.argmax(values + np.sqrt(2 * np.log(t) / counts)))


def thompson_select(alpha, beta, rng):
    return int(np.argmax(rng.beta(beta, alpha)))
