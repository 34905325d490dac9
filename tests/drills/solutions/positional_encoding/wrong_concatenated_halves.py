import numpy as np


def sinusoidal_positional_encoding(seq_len, d_model):
    pos = np.arange(seq_len)[:, None]
    half = d_model // 2
    freqs = 1.0 / 10000 ** (np.arange(half) * 2 / d_model)
    angles = pos * freqs
    return np.concatenate([np.sin(angles), np.cos(angles)], axis=1)
