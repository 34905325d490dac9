import numpy as np


def clip_grad_norm(grads, max_norm):
    return [np.clip(g, -max_norm, max_norm) for g in grads]
