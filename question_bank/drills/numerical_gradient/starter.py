"""Numerical gradient by central differences, the tool for checking backpropagation.

Write `numerical_gradient(f, x, h=1e-5) -> grad`:

- `f`: a function taking an array shaped like `x` and returning one number (a loss).
- `x`: a float64 array of **any shape** (0-d, 1-D, 2-D, 3-D...), not necessarily
  contiguous (for example a transposed view).
- For every entry i of x, perturb that entry alone and use the **central** difference

      grad[i] = (f(x + h e_i) - f(x - h e_i)) / (2 h)

  whose error shrinks like h^2 (a one-sided difference only like h).
- Always call `f` with an array of x's shape (f may use that shape, e.g. `x @ W`).
- Return a new float64 array with the shape of x. When the function returns, `x` must hold
  exactly its original values, bit for bit (perturbing in place is fine if you assign the
  saved value back; adding h back after subtracting 2h is off by rounding).

Judged on: gradients of known functions (against their analytic gradients, to about 1e-7),
the central formula (a cubic with a large h gives 3 x^2 + h^2 exactly), matrices and 3-D
arrays, a 0-d array, a transposed (non-contiguous) input, a constant function, `x` left
unchanged, a new array returned.
"""

from collections.abc import Callable

import numpy as np


def numerical_gradient(f: Callable[[np.ndarray], float], x: np.ndarray,
                       h: float = 1e-5) -> np.ndarray:
    """Central-difference estimate of df/dx, same shape as x."""
    raise NotImplementedError
