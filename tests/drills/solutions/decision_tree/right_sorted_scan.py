"""Sort each feature once and sweep class counts; thresholds at the left value; dict nodes."""

import numpy as np


def gini_impurity(y):
    n = len(y)
    if n == 0:
        return 0.0
    counts = np.unique(np.asarray(y), return_counts=True)[1]
    return 1.0 - float(((counts / n) ** 2).sum())


def _gini_from_counts(counts, n):
    return 1.0 - ((counts / n) ** 2).sum() if n else 0.0


class DecisionTreeClassifier:
    def __init__(self, max_depth=None, min_samples_split=2):
        self.max_depth = max_depth
        self.min_samples_split = min_samples_split

    def fit(self, X, y):
        self.classes_, codes = np.unique(y, return_inverse=True)
        self.tree_ = self._build(np.asarray(X, float), codes, 0)
        return self

    def _leaf(self, codes):
        return {"leaf": int(np.bincount(codes, minlength=len(self.classes_)).argmax())}

    def _build(self, X, codes, depth):
        n = len(codes)
        done = (len(set(codes.tolist())) == 1 or n < self.min_samples_split
                or (self.max_depth is not None and depth >= self.max_depth))
        if done:
            return self._leaf(codes)
        k = len(self.classes_)
        best = None
        for j in range(X.shape[1]):
            order = np.argsort(X[:, j], kind="stable")
            xs, cs = X[order, j], codes[order]
            left = np.zeros(k)
            total = np.bincount(cs, minlength=k).astype(float)
            for i in range(n - 1):
                left[cs[i]] += 1
                if xs[i] == xs[i + 1]:
                    continue
                nl = i + 1
                score = (nl * _gini_from_counts(left, nl)
                         + (n - nl) * _gini_from_counts(total - left, n - nl)) / n
                if best is None or score < best[0] - 1e-12:
                    best = (score, j, xs[i])
        if best is None:
            return self._leaf(codes)
        _, j, t = best
        mask = X[:, j] <= t
        return {"feature": j, "threshold": t,
                "left": self._build(X[mask], codes[mask], depth + 1),
                "right": self._build(X[~mask], codes[~mask], depth + 1)}

    def predict(self, X):
        out = []
        for row in np.asarray(X, float):
            node = self.tree_
            while "leaf" not in node:
                node = node["left"] if row[node["feature"]] <= node["threshold"] else node["right"]
            out.append(self.classes_[node["leaf"]])
        return np.array(out)
