import numpy as np


def dropout_forward(x, p_drop, rng, training=True):
    out = np.array(x, dtype=float)
    mask = np.ones(out.shape, dtype=bool)
    if not training or p_drop == 0:
        return out, mask
    flat_out = out.reshape(-1)
    flat_mask = mask.reshape(-1)
    draws = rng.uniform(0.0, 1.0, size=flat_out.size)
    for i in range(flat_out.size):
        if draws[i] < p_drop:
            flat_mask[i] = False
            flat_out[i] = 0.0
        else:
            flat_out[i] = flat_out[i] / (1.0 - p_drop)
    return out, mask
