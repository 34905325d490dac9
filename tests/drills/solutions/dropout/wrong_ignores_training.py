def dropout_forward(x, p_drop, rng, training=True):
    mask = rng.random(x.shape) >= p_drop
    return x * mask / (1 - p_drop), mask
