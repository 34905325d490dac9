"""Reference solution: layer normalisation."""

import numpy as np


def layer_norm(x: np.ndarray, gamma: np.ndarray, beta: np.ndarray,
               eps: float = 1e-5) -> np.ndarray:
    """Normalise over the last axis, then scale and shift; same shape as x."""
    mean = x.mean(axis=-1, keepdims=True)
    var = x.var(axis=-1, keepdims=True)            # biased: divides by D
    x_hat = (x - mean) / np.sqrt(var + eps)        # eps inside the square root
    return gamma * x_hat + beta
