import numpy as np
def dropout_forward(x, p_drop, rng, training=True):
    if not training:
        return x.copy(), np.ones(x.shape, dtype=bool)
    # drops exactly round(p * size) units: not independent Bernoulli
    n = x.size
    k = int(round(p_drop * n))
    mask = np.ones(n, dtype=bool)
    mask[rng.permutation(n)[:k]] = False
    mask = mask.reshape(x.shape)
    return x * mask / (1 - p_drop), mask
