"""Mistake: the target bootstraps even when the episode has ended."""

import numpy as np


def q_learning_update(Q, s, a, r, s_next, lr, gamma, done=False):
    Q = Q.copy()
    Q[s, a] += lr * (r + gamma * np.max(Q[s_next]) - Q[s, a])
    return Q
