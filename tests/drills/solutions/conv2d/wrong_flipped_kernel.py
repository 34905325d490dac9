import numpy as np


def conv2d(x, w, b, stride=1, padding=0):
    n, _, h, wd = x.shape
    f, _, kh, kw = w.shape
    ho = (h + 2 * padding - kh) // stride + 1
    wo = (wd + 2 * padding - kw) // stride + 1
    xp = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    wf = w[:, :, ::-1, ::-1]  # textbook convolution flips the kernel
    out = np.zeros((n, f, ho, wo))
    for i in range(ho):
        for j in range(wo):
            win = xp[:, :, i * stride:i * stride + kh, j * stride:j * stride + kw]
            out[:, :, i, j] = np.tensordot(win, wf, axes=([1, 2, 3], [1, 2, 3]))
    return out + b[None, :, None, None]
