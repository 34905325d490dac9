"""The bias as a column of ones, with a penalty mask that leaves it out."""

import numpy as np


def logistic_regression_fit(X, y, l1=0.0, l2=0.0, lr=0.1, epochs=1000):
    n, d = X.shape
    A = np.hstack([X, np.ones((n, 1))])
    theta = np.zeros(d + 1)
    penalised = np.r_[np.ones(d), 0.0]
    for _ in range(epochs):
        p = 0.5 * (1 + np.tanh(0.5 * (A @ theta)))
        theta -= lr * (A.T @ (p - y) / n + l2 * penalised * theta)
        shrunk = np.sign(theta) * np.maximum(np.abs(theta) - lr * l1, 0.0)
        theta = np.where(penalised > 0, shrunk, theta)
    return theta[:d], float(theta[d])
