"""Reference solution: one step of SGD with momentum (PyTorch convention)."""

import numpy as np


def sgd_momentum_step(w: np.ndarray, grad: np.ndarray, velocity: np.ndarray, lr: float,
                      momentum: float = 0.9) -> tuple[np.ndarray, np.ndarray]:
    """One momentum SGD step; returns (w_new, velocity_new)."""
    velocity = momentum * velocity + grad     # accumulate gradients
    w = w - lr * velocity
    return w, velocity
