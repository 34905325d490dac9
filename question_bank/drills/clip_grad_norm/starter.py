"""Gradient clipping by global norm.

Write `clip_grad_norm(grads, max_norm) -> list`:

- `grads`: a list of float64 arrays of any shapes (one per parameter).
- `max_norm`: a positive float.
- The *global* norm is the L2 norm of all the gradients together, as if they were
  concatenated into one vector: `sqrt(sum over arrays of sum(g ** 2))`.
- If the global norm is above `max_norm`, scale **every** array by the same factor
  `max_norm / global_norm`, so the global norm becomes `max_norm` and the direction of the
  whole update is unchanged. Otherwise their values stay as they are. (Adding a tiny
  epsilon such as 1e-6 to the denominator, as PyTorch does, is accepted.)
- Either way, return a new list of new arrays (copies when nothing is clipped), in the same
  order and shapes; do not modify the inputs.
- All-zero gradients must come back as zeros (no division by zero).

Judged on: random gradients above and below the threshold, the clipped global norm, one
common factor for every array, the direction kept, arrays of different shapes (including a
single array), zero gradients, inputs left unchanged and new arrays returned (clipped or
not).
"""

import numpy as np


def clip_grad_norm(grads: list[np.ndarray], max_norm: float) -> list[np.ndarray]:
    """Scale all arrays by one factor so that their global L2 norm is at most `max_norm`."""
    raise NotImplementedError
