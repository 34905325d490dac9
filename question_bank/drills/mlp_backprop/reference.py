"""Reference solution: forward and backward pass of a two-hidden-layer ReLU network."""

import numpy as np


def mlp_forward_backward(X: np.ndarray, y: np.ndarray,
                         params: dict[str, np.ndarray]) -> tuple[float, dict[str, np.ndarray]]:
    """Mean cross-entropy loss of the network on (X, y) and the gradient of every
    parameter, keyed W1 b1 W2 b2 W3 b3."""
    W1, b1 = params["W1"], params["b1"]
    W2, b2 = params["W2"], params["b2"]
    W3, b3 = params["W3"], params["b3"]
    n = X.shape[0]
    rows = np.arange(n)

    # Forward: keep pre-activations (for the ReLU masks) and layer inputs (for dW).
    z1 = X @ W1 + b1
    a1 = np.maximum(z1, 0.0)
    z2 = a1 @ W2 + b2
    a2 = np.maximum(z2, 0.0)
    z3 = a2 @ W3 + b3

    shifted = z3 - z3.max(axis=1, keepdims=True)
    log_probs = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    loss = -log_probs[rows, y].mean()

    # Backward: the 1/N of the mean enters once, here.
    dz3 = np.exp(log_probs)
    dz3[rows, y] -= 1.0
    dz3 /= n
    grads = {"W3": a2.T @ dz3, "b3": dz3.sum(axis=0)}
    dz2 = (dz3 @ W3.T) * (z2 > 0)
    grads["W2"] = a1.T @ dz2
    grads["b2"] = dz2.sum(axis=0)
    dz1 = (dz2 @ W2.T) * (z1 > 0)
    grads["W1"] = X.T @ dz1
    grads["b1"] = dz1.sum(axis=0)
    return float(loss), grads
