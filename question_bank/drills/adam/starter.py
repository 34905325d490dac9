"""The Adam optimiser.

Write `adam_step(w, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8)`:

- `w`: float64 parameters (any shape); `grad`: the gradient at `w`; `m`, `v`: the first
  and second moment estimates returned by your previous call (zeros before the first step).
- `t`: the number of this step, starting at 1.
- m = beta1 * m + (1 - beta1) * grad;  v = beta2 * v + (1 - beta2) * grad**2
- Bias-correct: m_hat = m / (1 - beta1**t),  v_hat = v / (1 - beta2**t)
- w = w - lr * m_hat / (sqrt(v_hat) + eps)   (eps added after the square root)
- Return `(w_new, m_new, v_new)` with the UNcorrected m and v, all shaped like `w`.
  You may update the arrays in place, as long as you return them.

Judged on: the first step, the moments after several steps, a 40-step trajectory, the
bias correction, eps placement with tiny gradients, custom hyperparameters, a late step, a
zero gradient, and two parameter sets stepped alternately.
"""

import numpy as np


def adam_step(w: np.ndarray, grad: np.ndarray, m: np.ndarray, v: np.ndarray, t: int,
              lr: float = 1e-3, beta1: float = 0.9, beta2: float = 0.999,
              eps: float = 1e-8) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """One Adam step; returns (w_new, m_new, v_new)."""
    raise NotImplementedError
