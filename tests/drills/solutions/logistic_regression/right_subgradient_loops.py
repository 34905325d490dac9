"""Plain sigmoid, per-feature loops, L1 by its subgradient."""

import numpy as np


def logistic_regression_fit(X, y, l1=0.0, l2=0.0, lr=0.1, epochs=1000):
    n, d = X.shape
    w = [0.0] * d
    b = 0.0
    for _ in range(epochs):
        z = X @ np.array(w) + b
        p = 1.0 / (1.0 + np.exp(-z))
        err = p - y
        for j in range(d):
            g = float(np.dot(X[:, j], err)) / n + l2 * w[j] + l1 * float(np.sign(w[j]))
            w[j] -= lr * g
        b -= lr * float(np.sum(err)) / n
    return np.array(w), b
