"""Mistake: the next state's value averaged over actions (a uniform policy's value)."""

import numpy as np


def q_learning_update(Q, s, a, r, s_next, lr, gamma, done=False):
    Q = Q.copy()
    target = r if done else r + gamma * np.mean(Q[s_next])
    Q[s, a] += lr * (target - Q[s, a])
    return Q
