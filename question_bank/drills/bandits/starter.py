"""Arm selection for two multi-armed bandit strategies: UCB1 and Thompson sampling.

Each function picks the arm to play next and returns its index as an integer.

`ucb1_select(counts, values, t) -> int`
- `counts` (K,): how many times each arm has been played; `values` (K,) float64: the mean
  reward observed on each arm (rewards in [0, 1]); `t`: the total number of plays so far
  (equal to `counts.sum()`).
- If some arm has never been played, return the **lowest index** among the untried arms
  (every arm is played once before any bonus is computed).
- Otherwise return the arm maximising `values[i] + sqrt(2 * ln(t) / counts[i])`: the
  logarithm of the *total* plays t over the arm's own count (Auer et al., 2002). Ties go
  to the lowest index.

`thompson_select(alpha, beta, rng) -> int`
- `alpha`, `beta` (K,) float64 > 0: each arm's Beta posterior over its success rate (with
  a Beta(1, 1) prior, alpha = successes + 1 and beta = failures + 1).
- Draw one sample per arm from Beta(alpha[i], beta[i]) using `rng` (a
  `numpy.random.Generator`; for example `rng.beta(alpha, beta)`), and return the arm with
  the largest sample. Draw nothing from `np.random.*`.
- Judged statistically: over many calls with one generator, each arm must be chosen about
  as often as the probability that its draw is the largest; the same seed must give the
  same choices.

Judged on: untried arms first, random counts and values against the reference, ln t against
ln counts[i] and ln(t + 1), ties, choice frequencies for Thompson sampling, reproducibility
and use of the generator given, a single arm.
"""

import numpy as np


def ucb1_select(counts: np.ndarray, values: np.ndarray, t: int) -> int:
    """Index of the arm with the highest UCB1 score; untried arms first (lowest index)."""
    raise NotImplementedError


def thompson_select(alpha: np.ndarray, beta: np.ndarray, rng: np.random.Generator) -> int:
    """Index of the arm whose Beta(alpha, beta) sample is the largest."""
    raise NotImplementedError
