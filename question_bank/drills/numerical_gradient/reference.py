"""Reference solution: numerical gradient by central differences."""

from collections.abc import Callable

import numpy as np


def numerical_gradient(f: Callable[[np.ndarray], float], x: np.ndarray,
                       h: float = 1e-5) -> np.ndarray:
    """Central-difference estimate of df/dx, same shape as x."""
    point = np.array(x, dtype=np.float64)  # our own contiguous copy: x is never touched
    grad = np.zeros_like(point)
    # nditer visits every index of an array of any shape, including 0-d.
    it = np.nditer(point, flags=["multi_index"])
    for _ in it:
        i = it.multi_index
        original = point[i]
        point[i] = original + h
        f_plus = float(f(point))
        point[i] = original - h
        f_minus = float(f(point))
        point[i] = original  # restore before moving to the next entry
        # Central difference: the h^2 error term cancels the odd terms of the Taylor series.
        grad[i] = (f_plus - f_minus) / (2.0 * h)
    return grad
