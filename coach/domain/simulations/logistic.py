"""L2-regularised logistic regression fitted by Newton's method, in NumPy.

With a handful of features Newton converges in a few steps and needs no learning rate; the
small ridge term keeps the Hessian invertible when a feature separates the classes.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


def sigmoid(z: np.ndarray) -> np.ndarray:
    return 0.5 * (1.0 + np.tanh(0.5 * z))  # the same function, without overflow warnings


@dataclass(frozen=True, eq=False)
class Logistic:
    """Weights for [1, standardised features]; the scaling is part of the model."""

    weights: np.ndarray
    centre: np.ndarray
    scale: np.ndarray

    def design(self, features: np.ndarray) -> np.ndarray:
        z = (features - self.centre) / self.scale
        return np.column_stack([np.ones(len(z)), z])

    def predict(self, features: np.ndarray) -> np.ndarray:
        return sigmoid(self.design(features) @ self.weights)


def fit_logistic(features: np.ndarray, outcome: np.ndarray, *, l2: float = 1.0,
                 iterations: int = 30, tolerance: float = 1e-8) -> Logistic:
    """Minimise the log loss plus l2/2 |w|^2 (intercept unpenalised) by Newton steps."""
    centre = features.mean(axis=0)
    scale = features.std(axis=0)
    scale = np.where(scale > 0, scale, 1.0)
    model = Logistic(np.zeros(features.shape[1] + 1), centre, scale)
    x = model.design(features)
    penalty = np.full(x.shape[1], l2)
    penalty[0] = 0.0
    w = np.zeros(x.shape[1])
    for _ in range(iterations):
        p = sigmoid(x @ w)
        gradient = x.T @ (p - outcome) + penalty * w
        hessian = (x * (p * (1.0 - p))[:, None]).T @ x + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < tolerance:
            break
    return Logistic(w, centre, scale)
