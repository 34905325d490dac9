"""Reference solution: one tabular Q-learning update."""

import numpy as np


def q_learning_update(Q: np.ndarray, s: int, a: int, r: float, s_next: int, lr: float,
                      gamma: float, done: bool = False) -> np.ndarray:
    """Apply one Q-learning update for the transition (s, a, r, s_next); return Q."""
    Q = np.array(Q, dtype=np.float64)  # a copy: the caller's table is left as it was
    # Off-policy target: the value of acting greedily from s_next, regardless of what the
    # exploring agent will really do. A terminal state has no future, so no bootstrap.
    future = 0.0 if done else float(np.max(Q[s_next]))
    target = r + gamma * future
    # Move the estimate a fraction lr of the way towards the target (the TD error).
    Q[s, a] += lr * (target - Q[s, a])
    return Q
