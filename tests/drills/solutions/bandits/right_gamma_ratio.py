"""Beta draws built from two gamma draws, X / (X + Y); UCB with the bonus made infinite."""

import numpy as np


def ucb1_select(counts, values, t):
    counts = np.asarray(counts, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        bonus = np.where(counts > 0, np.sqrt(2 * np.log(max(t, 1)) / counts), np.inf)
    return int(np.argmax(np.where(counts > 0, values + bonus, np.inf)))


def thompson_select(alpha, beta, rng):
    x = rng.gamma(alpha)
    y = rng.gamma(beta)
    return int(np.argmax(x / (x + y)))
