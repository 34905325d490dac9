import numpy as np
def clip_grad_norm(grads, max_norm):
    total = np.sqrt(sum((g ** 2).sum() for g in grads))
    if total <= max_norm:
        return grads
    return [g * (max_norm / total) for g in grads]
