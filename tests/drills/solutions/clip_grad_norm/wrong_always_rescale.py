import numpy as np


def clip_grad_norm(grads, max_norm):
    total = np.sqrt(sum(np.sum(g**2) for g in grads))
    return [g * max_norm / (total + 1e-12) for g in grads]
