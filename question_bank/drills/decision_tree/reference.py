"""Reference solution: a decision tree classifier grown by weighted Gini impurity."""

from dataclasses import dataclass

import numpy as np


def gini_impurity(y: np.ndarray) -> float:
    """1 - sum of squared class fractions; 0.0 for an empty array."""
    y = np.asarray(y)
    if y.size == 0:
        return 0.0
    _, counts = np.unique(y, return_counts=True)
    p = counts / y.size  # fractions, not counts: the impurity must lie in [0, 1)
    return float(1.0 - np.sum(p * p))


@dataclass
class _Node:
    label: object                 # majority label, used when this node is a leaf
    feature: int = -1             # -1 marks a leaf
    threshold: float = 0.0
    left: "_Node | None" = None
    right: "_Node | None" = None


def _majority(y: np.ndarray):
    labels, counts = np.unique(y, return_counts=True)  # labels sorted ascending
    return labels[np.argmax(counts)]                   # argmax: first (smallest) on ties


def _best_split(X: np.ndarray, y: np.ndarray) -> tuple[int, float] | None:
    """The (feature, threshold) with the lowest weighted child Gini, or None if no
    threshold separates the rows."""
    n = len(y)
    _, codes = np.unique(y, return_inverse=True)
    onehot = np.eye(codes.max() + 1)[codes]  # (n, K) class indicators
    best: tuple[float, int, float] | None = None
    for j in range(X.shape[1]):
        order = np.argsort(X[:, j], kind="stable")
        xs = X[order, j]
        # Sweep the sorted rows once: after row i the left child holds rows 0..i.
        left = np.cumsum(onehot[order], axis=0)[:-1]  # class counts of each left child
        right = left[-1] + onehot[order[-1]] - left   # the rest
        n_left = np.arange(1, n)[:, None]
        gini_left = 1.0 - np.sum((left / n_left) ** 2, axis=1)
        gini_right = 1.0 - np.sum((right / (n - n_left)) ** 2, axis=1)
        score = (n_left[:, 0] * gini_left + (n - n_left[:, 0]) * gini_right) / n
        # Only cut between two distinct values, so both children are non-empty and equal
        # values never end up on different sides; the threshold is the gap's midpoint.
        score[xs[1:] == xs[:-1]] = np.inf
        i = int(np.argmin(score))
        if np.isfinite(score[i]) and (best is None or score[i] < best[0]):
            best = (float(score[i]), j, float((xs[i] + xs[i + 1]) / 2))
    return None if best is None else (best[1], best[2])


class DecisionTreeClassifier:
    """Binary tree of threshold splits chosen by weighted Gini impurity."""

    def __init__(self, max_depth: int | None = None, min_samples_split: int = 2) -> None:
        self.max_depth = max_depth
        self.min_samples_split = min_samples_split
        self.root: _Node | None = None

    def fit(self, X: np.ndarray, y: np.ndarray) -> "DecisionTreeClassifier":
        """Grow the tree on X (n, d) and labels y (n,); return self."""
        self.root = self._grow(np.asarray(X, dtype=float), np.asarray(y), depth=0)
        return self

    def _grow(self, X: np.ndarray, y: np.ndarray, depth: int) -> _Node:
        node = _Node(label=_majority(y))
        if (len(np.unique(y)) == 1 or len(y) < self.min_samples_split
                or (self.max_depth is not None and depth >= self.max_depth)):
            return node
        split = _best_split(X, y)
        if split is None:  # identical rows: nothing can separate them
            return node
        node.feature, node.threshold = split
        left = X[:, node.feature] <= node.threshold
        node.left = self._grow(X[left], y[left], depth + 1)
        node.right = self._grow(X[~left], y[~left], depth + 1)
        return node

    def predict(self, X: np.ndarray) -> np.ndarray:
        """One label per row of X (m, d)."""
        X = np.asarray(X, dtype=float)
        out = []
        for row in X:
            node = self.root
            while node.feature >= 0:
                node = node.left if row[node.feature] <= node.threshold else node.right
            out.append(node.label)
        return np.array(out)
