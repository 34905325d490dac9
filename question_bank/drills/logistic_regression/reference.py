"""Reference solution: penalised logistic regression by (proximal) gradient descent."""

import numpy as np


def _sigmoid(z: np.ndarray) -> np.ndarray:
    # Equal to 1 / (1 + exp(-z)), written with tanh so that large |z| neither overflows
    # nor warns.
    return 0.5 * (1.0 + np.tanh(0.5 * z))


def logistic_regression_fit(X: np.ndarray, y: np.ndarray, l1: float = 0.0, l2: float = 0.0,
                            lr: float = 0.1, epochs: int = 1000) -> tuple[np.ndarray, float]:
    """Minimise mean log loss + l2/2 * ||w||^2 + l1 * ||w||_1; return (w (d,), b)."""
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    n, d = X.shape
    w = np.zeros(d)
    b = 0.0
    for _ in range(epochs):
        p = _sigmoid(X @ w + b)
        err = p - y                      # d(mean log loss)/dz, per row, divided by n below
        grad_w = X.T @ err / n + l2 * w  # l2/2 * ||w||^2 has gradient l2 * w
        grad_b = float(err.mean())       # the bias is not penalised
        w = w - lr * grad_w
        b = b - lr * grad_b
        if l1 > 0:
            # Proximal step for l1 * ||w||_1: soft-threshold by lr * l1. Weights whose
            # gradient cannot overcome the penalty land exactly on zero.
            w = np.sign(w) * np.maximum(np.abs(w) - lr * l1, 0.0)
    return w, b
