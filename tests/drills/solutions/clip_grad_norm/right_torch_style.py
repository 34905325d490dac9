import numpy as np


def clip_grad_norm(grads, max_norm):
    total = np.linalg.norm(np.concatenate([np.ravel(g) for g in grads]))
    coef = min(1.0, max_norm / (total + 1e-6))
    return [np.array(g, dtype=float) * coef for g in grads]
