"""Sinusoidal positional encoding ("Attention Is All You Need").

Write `sinusoidal_positional_encoding(seq_len, d_model)`:

- Return a float64 array `pe` of shape (seq_len, d_model) where, for position
  pos = 0..seq_len-1 and pair index i:
    pe[pos, 2i]   = sin(pos / 10000 ** (2i / d_model))
    pe[pos, 2i+1] = cos(pos / 10000 ** (2i / d_model))
  Sines on the even columns, cosines on the odd columns, interleaved.
- `d_model` may be odd: the last column is then a sine (its pair has no cosine).
- seq_len >= 1 and d_model >= 1.

Judged on: the values for several sizes, position 0, the first pair being sin(pos) and
cos(pos), pairs sharing one frequency, odd d_model, a long table.
"""

import numpy as np


def sinusoidal_positional_encoding(seq_len: int, d_model: int) -> np.ndarray:
    """The (seq_len, d_model) sinusoidal position table."""
    raise NotImplementedError
