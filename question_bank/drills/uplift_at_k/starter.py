"""Uplift at k: the incremental conversion rate among the users a model would target.

Write `uplift_at_k(scores, y, treatment, k) -> float`:

- `scores` (n,) float64: predicted uplift per user (higher = more persuadable).
- `y` (n,): outcome, 1 = converted, 0 = not (integers or booleans).
- `treatment` (n,): 1 = the user was treated (saw the ad, got the coupon), 0 = control,
  from a randomised experiment (integers or booleans).
- `k`: the fraction of users targeted, 0 < k <= 1.

Sort users by score, highest first; rows with equal scores keep their original order (a
stable sort). Take the top `ceil(k * n)` rows (at least 1; when k * n is not a whole number,
rounding down is accepted too). Within those rows only, return

    conversion rate of the treated rows - conversion rate of the control rows

as a float. If the top rows contain no treated row or no control row, the difference is
undefined: return `float("nan")`. Do not modify the inputs.

Judged on: random data against the reference, a hand-made case, k = 1 (the whole
experiment's average effect), the top rows rather than the whole population or the
bottom rows, rates within each group (not counts over the top rows), a fractional
k * n, tied scores at the cutoff, an empty group, boolean inputs, inputs left unchanged.
"""

import numpy as np


def uplift_at_k(scores: np.ndarray, y: np.ndarray, treatment: np.ndarray, k: float) -> float:
    """Treated minus control conversion rate among the top ceil(k * n) users by score."""
    raise NotImplementedError
