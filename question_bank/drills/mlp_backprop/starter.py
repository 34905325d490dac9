"""Backpropagation through a 3-layer network.

Write `mlp_forward_backward(X, y, params)` for the network

    h1 = relu(X @ W1 + b1)
    h2 = relu(h1 @ W2 + b2)
    logits = h2 @ W3 + b3
    loss = mean over the N examples of -log softmax(logits[i])[y[i]]

- `X`: float64 (N, D). `y`: integer labels (N,), each in 0..C-1.
- `params`: dict with W1 (D, H1), b1 (H1,), W2 (H1, H2), b2 (H2,), W3 (H2, C), b3 (C,).
- `relu(z) = max(z, 0)`; use the derivative 0 where z <= 0 (the checks never sit on z = 0).
- Return `(loss, grads)`: `loss` a float, `grads` a dict with the same six keys, each the
  gradient of the mean loss with respect to that parameter and with its exact shape.
- Keep the softmax numerically stable. Do not modify `X`, `y` or `params`.

Judged on: the loss, each layer's gradients, a finite-difference check through the whole
network, units that are dead for every example, large logits, a batch of one.
"""

import numpy as np


def mlp_forward_backward(X: np.ndarray, y: np.ndarray,
                         params: dict[str, np.ndarray]) -> tuple[float, dict[str, np.ndarray]]:
    """Mean cross-entropy loss of the network on (X, y) and the gradient of every
    parameter, keyed W1 b1 W2 b2 W3 b3."""
    raise NotImplementedError
