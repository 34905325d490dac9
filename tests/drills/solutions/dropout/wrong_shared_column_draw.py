import numpy as np
def dropout_forward(x, p_drop, rng, training=True):
    if not training:
        return x.copy(), np.ones(x.shape, dtype=bool)
    # broadcasting mistake: one keep/drop decision per last-axis column shared by all rows
    mask = np.broadcast_to(rng.random(x.shape[-1:]) >= p_drop, x.shape)
    return x * mask / (1 - p_drop), mask
