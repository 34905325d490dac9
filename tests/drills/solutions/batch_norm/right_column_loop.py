import numpy as np


def batch_norm_train(x, gamma, beta, eps=1e-5):
    n, d = x.shape
    out = np.empty((n, d))
    for j in range(d):
        col = x[:, j]
        mu = col.sum() / n
        var = ((col - mu) ** 2).sum() / n
        out[:, j] = gamma[j] * (col - mu) / np.sqrt(var + eps) + beta[j]
    return out
