"""Tabular Q-learning: one update of the action-value table.

Write `q_learning_update(Q, s, a, r, s_next, lr, gamma, done=False) -> Q`:

- `Q`: float64 (n_states, n_actions), the current estimates Q(s, a).
- One observed transition: in state `s` (int) the agent took action `a` (int), received
  reward `r` (float) and landed in `s_next` (int). `done` is True when `s_next` is
  terminal (the episode ended there).
- Q-learning is **off-policy**: the target bootstraps from the best action in the next
  state, whatever action the agent will actually take there:

      target = r + gamma * max_a' Q[s_next, a']     (just r when done)
      Q[s, a] += lr * (target - Q[s, a])

- When `done` is True there is no future: the target is the reward alone.
- Only the entry (s, a) changes. You may update `Q` in place or return an updated copy;
  the returned table is judged.

Judged on: a random update against the reference, only (s, a) changing, the max over next
actions (not the action just taken, not an average), done=True, lr = 0 and 1, gamma = 0,
a self-loop (s_next == s), and convergence to the optimal values on a small chain when
your update is applied many times.
"""

import numpy as np


def q_learning_update(Q: np.ndarray, s: int, a: int, r: float, s_next: int, lr: float,
                      gamma: float, done: bool = False) -> np.ndarray:
    """Apply one Q-learning update for the transition (s, a, r, s_next); return Q."""
    raise NotImplementedError
