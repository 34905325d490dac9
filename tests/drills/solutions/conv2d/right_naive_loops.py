import numpy as np


def conv2d(x, w, b, stride=1, padding=0):
    n_, c_, h, wd = x.shape
    f_, _, kh, kw = w.shape
    xp = np.zeros((n_, c_, h + 2 * padding, wd + 2 * padding))
    xp[:, :, padding:padding + h, padding:padding + wd] = x
    ho = (h + 2 * padding - kh) // stride + 1
    wo = (wd + 2 * padding - kw) // stride + 1
    out = np.zeros((n_, f_, ho, wo))
    for n in range(n_):
        for f in range(f_):
            for i in range(ho):
                for j in range(wo):
                    r, q = i * stride, j * stride
                    out[n, f, i, j] = np.sum(xp[n, :, r:r + kh, q:q + kw] * w[f]) + b[f]
    return out
