"""Reference solution: sinusoidal positional encoding."""

import numpy as np


def sinusoidal_positional_encoding(seq_len: int, d_model: int) -> np.ndarray:
    """The (seq_len, d_model) sinusoidal position table."""
    positions = np.arange(seq_len, dtype=np.float64)[:, None]   # (seq_len, 1)
    two_i = np.arange(0, d_model, 2, dtype=np.float64)           # 0, 2, 4, ... (pair index * 2)
    angles = positions / 10000.0 ** (two_i / d_model)            # (seq_len, ceil(d/2))
    pe = np.empty((seq_len, d_model))
    pe[:, 0::2] = np.sin(angles)
    pe[:, 1::2] = np.cos(angles[:, : d_model // 2])               # an odd d_model has one sine more
    return pe
