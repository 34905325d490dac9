import math

import numpy as np


def sinusoidal_positional_encoding(seq_len, d_model):
    pe = np.zeros((seq_len, d_model))
    for i in range(0, d_model, 2):
        inv_freq = math.exp(-math.log(10000.0) * i / d_model)
        for pos in range(seq_len):
            pe[pos, i] = math.sin(pos * inv_freq)
            if i + 1 < d_model:
                pe[pos, i + 1] = math.cos(pos * inv_freq)
    return pe
