"""Reference solution: inverted dropout."""

import numpy as np


def dropout_forward(x: np.ndarray, p_drop: float, rng: np.random.Generator,
                    training: bool = True) -> tuple[np.ndarray, np.ndarray]:
    """Inverted dropout; returns `(out, mask)` shaped like `x` (mask True = kept)."""
    x = np.asarray(x, dtype=np.float64)
    if not training or p_drop == 0.0:
        # Evaluation uses the full network; inverted dropout already rescaled during
        # training, so nothing is needed here.
        return x.copy(), np.ones(x.shape, dtype=bool)
    keep = 1.0 - p_drop
    # rng.random is uniform on [0, 1): "< keep" is True with probability exactly `keep`.
    mask = rng.random(x.shape) < keep
    # Dividing by `keep` makes E[out] = x, so test time needs no correction.
    out = np.where(mask, x / keep, 0.0)
    return out, mask
