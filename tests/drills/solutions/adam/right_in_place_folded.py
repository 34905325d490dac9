import math

import numpy as np


def adam_step(w, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):
    m *= beta1
    m += (1 - beta1) * grad
    v *= beta2
    v += (1 - beta2) * grad * grad
    bc1 = 1 - beta1 ** t
    bc2 = 1 - beta2 ** t
    # the paper's folded form, with eps rescaled so it stays after the square root of v_hat
    step = lr / bc1
    w -= step * m / (np.sqrt(v) / math.sqrt(bc2) + eps)
    return w, m, v
