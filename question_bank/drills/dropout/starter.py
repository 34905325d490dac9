"""Inverted dropout (forward pass).

Write `dropout_forward(x, p_drop, rng, training=True) -> (out, mask)`:

- `x`: float64 array of any shape (activations).
- `p_drop`: the probability of *dropping* each unit, with 0 <= p_drop < 1.
- `rng`: a `numpy.random.Generator`. Draw all randomness from it (for example
  `rng.random(x.shape)`), never from `np.random.*`, so the same seed gives the same mask.
- `training`: when False (evaluation), dropout does nothing.

Return `(out, mask)`, both with the shape of `x`:

- `mask` says which units were kept: boolean (True = kept) or 0/1 floats. Each unit is kept
  independently with probability `1 - p_drop`.
- `out = x * mask / (1 - p_drop)`: *inverted* dropout scales the kept units up at training
  time so the expected value of every unit is unchanged and evaluation needs no rescaling.
- When `training` is False, or `p_drop` is 0, `out` equals `x` and `mask` is all ones (True).
- Do not modify `x`.

Judged on: mask shape and values, kept values scaled by 1 / (1 - p_drop), dropped values 0,
about 1 - p_drop of the units kept on a large array, each unit kept independently (the
number kept varies from call to call like a binomial count), the mean activation preserved,
the same result for the same seed (and none of it from the global `np.random` state),
evaluation mode and p_drop = 0, input left unchanged.
"""

import numpy as np


def dropout_forward(x: np.ndarray, p_drop: float, rng: np.random.Generator,
                    training: bool = True) -> tuple[np.ndarray, np.ndarray]:
    """Inverted dropout; returns `(out, mask)` shaped like `x` (mask True = kept)."""
    raise NotImplementedError
