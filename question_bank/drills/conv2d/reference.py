"""Reference solution: 2-D convolution (cross-correlation) forward pass."""

import numpy as np


def conv2d(x: np.ndarray, w: np.ndarray, b: np.ndarray, stride: int = 1,
           padding: int = 0) -> np.ndarray:
    """Cross-correlate x (N, C, H, W) with w (F, C, KH, KW), add b; (N, F, H_out, W_out)."""
    n, _, h, wd = x.shape
    f, _, kh, kw = w.shape
    s, p = stride, padding
    h_out = (h + 2 * p - kh) // s + 1
    w_out = (wd + 2 * p - kw) // s + 1
    xp = np.pad(x, ((0, 0), (0, 0), (p, p), (p, p)))   # zeros on every side
    out = np.zeros((n, f, h_out, w_out))
    # One pass per kernel offset (u, v): the strided slice holds, for every output position,
    # the input value that meets w[:, :, u, v] there.
    for u in range(kh):
        for v in range(kw):
            patch = xp[:, :, u:u + s * h_out:s, v:v + s * w_out:s]    # (N, C, H_out, W_out)
            out += np.einsum("nchw,fc->nfhw", patch, w[:, :, u, v])
    return out + b[None, :, None, None]
