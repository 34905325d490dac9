"""Mistake: below the threshold, returns the caller's own list and arrays instead of new
ones, so a later in-place update of the result edits the inputs."""

import numpy as np


def clip_grad_norm(grads, max_norm):
    total = np.sqrt(sum((g**2).sum() for g in grads))
    if total <= max_norm:
        return grads
    return [g * (max_norm / total) for g in grads]
