"""Mistake: counts labels with np.bincount, which only accepts non-negative integers, so
labels such as -1 and 1 raise; right for labels 0..K-1."""

from itertools import pairwise

import numpy as np


def gini_impurity(y):
    y = np.asarray(y)
    if y.size == 0:
        return 0.0
    p = np.bincount(y) / y.size
    return float(1.0 - np.sum(p * p))


class DecisionTreeClassifier:
    def __init__(self, max_depth=None, min_samples_split=2):
        self.max_depth = max_depth
        self.min_samples_split = min_samples_split

    def _best(self, X, y):
        n, d = X.shape
        best = None
        for j in range(d):
            values = np.unique(X[:, j])
            for lo, hi in pairwise(values):
                t = (lo + hi) / 2
                left = X[:, j] <= t
                n_left = left.sum()
                score = (n_left * gini_impurity(y[left])
                         + (n - n_left) * gini_impurity(y[~left])) / n
                if best is None or score < best[0]:
                    best = (score, j, t)
        return best

    def _grow(self, X, y, depth):
        if (len(np.unique(y)) == 1 or len(y) < self.min_samples_split
                or (self.max_depth is not None and depth >= self.max_depth)):
            return {"label": np.bincount(y).argmax()}
        best = self._best(X, y)
        if best is None:
            return {"label": np.bincount(y).argmax()}
        _, j, t = best
        left = X[:, j] <= t
        return {"feature": j, "threshold": t,
                "left": self._grow(X[left], y[left], depth + 1),
                "right": self._grow(X[~left], y[~left], depth + 1)}

    def fit(self, X, y):
        self.root_ = self._grow(np.asarray(X, dtype=float), np.asarray(y), 0)
        return self

    def predict(self, X):
        out = []
        for row in np.asarray(X, dtype=float):
            node = self.root_
            while "label" not in node:
                side = "left" if row[node["feature"]] <= node["threshold"] else "right"
                node = node[side]
            out.append(node["label"])
        return np.array(out)
