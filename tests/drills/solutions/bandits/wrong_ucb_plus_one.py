"""Mistake: counts + 1 to avoid dividing by zero, so untried arms are not played first."""

import numpy as np


def ucb1_select(counts, values, t):
    return int(np.argmax(values + np.sqrt(2 * np.log(t + 1) / (counts + 1))))


def thompson_select(alpha, beta, rng):
    return int(np.argmax(rng.beta(alpha, beta)))
