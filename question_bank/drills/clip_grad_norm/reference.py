"""Reference solution: gradient clipping by global norm."""

import numpy as np


def clip_grad_norm(grads: list[np.ndarray], max_norm: float) -> list[np.ndarray]:
    """Scale all arrays by one factor so that their global L2 norm is at most `max_norm`."""
    grads = [np.asarray(g, dtype=np.float64) for g in grads]
    # One norm over every parameter: clipping is about the size of the whole update step,
    # so all arrays share the factor and the step keeps its direction.
    total = float(np.sqrt(sum(float(np.sum(g * g)) for g in grads)))
    if total <= max_norm:  # also covers all-zero gradients: nothing to divide
        return [g.copy() for g in grads]
    scale = max_norm / total
    return [g * scale for g in grads]
