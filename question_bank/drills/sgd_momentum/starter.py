"""SGD with momentum.

Write `sgd_momentum_step(w, grad, velocity, lr, momentum=0.9)`:

- `w`: float64 array of parameters (any shape); `grad`: the gradient at `w`, same shape;
  `velocity`: the state returned by your previous call, same shape (zeros before the
  first step); `lr`: the learning rate; `momentum`: the momentum coefficient.
- Return `(w_new, velocity_new)`, both shaped like `w`.
- Either standard convention is accepted:
    v = momentum * v + grad;       w = w - lr * v     (PyTorch)
    v = momentum * v - lr * grad;  w = w + v          (Sutskever et al.)
  With a constant lr both give the same weights. All state must live in `velocity`.
- You may update `w` and `velocity` in place, as long as you return them.

Judged on: the trajectory of w over many steps (on a quadratic and on a fixed sequence of
gradients), the first step from zero velocity, momentum = 0 being plain SGD, a momentum of
0.99, and two parameter sets stepped alternately.
"""

import numpy as np


def sgd_momentum_step(w: np.ndarray, grad: np.ndarray, velocity: np.ndarray, lr: float,
                      momentum: float = 0.9) -> tuple[np.ndarray, np.ndarray]:
    """One momentum SGD step; returns (w_new, velocity_new)."""
    raise NotImplementedError
