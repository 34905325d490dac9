"""Power iteration, each vector kept orthogonal to the components already found."""

import numpy as np


def pca(X, n_components):
    centred = X - X.mean(axis=0)
    cov = centred.T @ centred / len(X)
    total = np.trace(cov)
    rng = np.random.default_rng(0)
    comps, ratios = [], []
    for _ in range(n_components):
        v = rng.normal(size=cov.shape[0])
        for _ in range(2000):
            for u in comps:
                v = v - (v @ u) * u
            v = v / np.linalg.norm(v)
            w = cov @ v
            for u in comps:
                w = w - (w @ u) * u
            if np.linalg.norm(w) < 1e-12 * total:
                break  # no variance left: any unit vector orthogonal to the others will do
            w = w / np.linalg.norm(w)
            if abs(abs(w @ v) - 1.0) < 1e-15:
                v = w
                break
            v = w
        v = v / np.linalg.norm(v)
        comps.append(v)
        ratios.append(max(float(v @ cov @ v), 0.0) / total)
    return np.array(comps), np.array(ratios)
