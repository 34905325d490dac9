"""k-nearest-neighbours classification.

Write `knn_predict(X_train, y_train, X_test, k) -> labels`:

- `X_train`: float64 (n, d); `y_train`: integer labels (n,), any integer values (for
  example -1 and 1, or 3, 7 and 9); `X_test`: float64 (m, d); `k`: 1 <= k <= n.
- For each test row, find the k training rows closest to it in **Euclidean** distance and
  return the most common label among them (a majority vote, each neighbour one vote).
- A tie in the vote goes to the **smallest** label among those tied (not to the label of
  the nearest neighbour). Exact ties in distance do not occur in the checks.
- Return an integer array (m,) of labels taken from `y_train`. Do not modify the inputs.

Judged on: random data against the reference, an integer label array, k = 1 (each training
point predicts its own label), k = n (the overall majority), vote ties, Euclidean rather
than Manhattan distance, labels such as -1/1, a single test row, a batch predicted like its
rows one by one, inputs left unchanged.
"""

import numpy as np


def knn_predict(X_train: np.ndarray, y_train: np.ndarray, X_test: np.ndarray,
                k: int) -> np.ndarray:
    """Majority label of the k nearest training rows for each test row (ties: smallest)."""
    raise NotImplementedError
