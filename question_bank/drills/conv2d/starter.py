"""2-D convolution forward pass (as deep learning libraries compute it).

Write `conv2d(x, w, b, stride=1, padding=0)`:

- `x`: float64 (N, C, H, W) input batch.
- `w`: float64 (F, C, KH, KW), F filters; `b`: float64 (F,), one bias per filter.
- `stride`, `padding`: ints, the same for height and width. Padding adds `padding` rows
  and columns of zeros on every side of each image.
- Cross-correlation (the kernel is NOT flipped):
    out[n, f, i, j] = b[f] + sum over c, u, v of
                      x_padded[n, c, i*stride + u, j*stride + v] * w[f, c, u, v]
- Return `out` of shape (N, F, H_out, W_out) with
  H_out = (H + 2*padding - KH) // stride + 1 and W_out likewise.
- Do not modify the inputs.

Judged on: random batches with several channels and filters, the bias, the kernel's
orientation, zero padding, strides where the floor matters, non-square inputs and kernels,
1x1 kernels, single example/channel/filter, inputs left unchanged.
"""

import numpy as np


def conv2d(x: np.ndarray, w: np.ndarray, b: np.ndarray, stride: int = 1,
           padding: int = 0) -> np.ndarray:
    """Cross-correlate x (N, C, H, W) with w (F, C, KH, KW), add b; (N, F, H_out, W_out)."""
    raise NotImplementedError
