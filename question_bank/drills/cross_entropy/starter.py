"""Softmax cross-entropy and its gradient.

Write `cross_entropy(logits, labels)`:

- `logits`: float64 array of shape (N, C), one row of unnormalised scores per example.
- `labels`: integer array of shape (N,), each in 0..C-1, the true class of each row.
- Return `(loss, dlogits)`:
  - `loss`: a Python float (or 0-d array), the MEAN over the N examples of
    `-log softmax(logits[i])[labels[i]]`.
  - `dlogits`: float64 array of shape (N, C), the gradient of that mean loss with respect
    to `logits`.
- Stay finite and exact for logits in the thousands, including when the true class scores
  far below the others. Do not modify the inputs.

Judged on: loss and gradient on random batches, a finite-difference gradient check, huge and
confidently wrong logits, a batch of one, two classes, int32 labels, inputs left unchanged.
"""

import numpy as np


def cross_entropy(logits: np.ndarray, labels: np.ndarray) -> tuple[float, np.ndarray]:
    """Mean softmax cross-entropy of `logits` (N, C) against `labels` (N,), and its
    gradient (N, C) with respect to `logits`."""
    raise NotImplementedError
