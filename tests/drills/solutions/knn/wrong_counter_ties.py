"""Mistake: Counter.most_common, which breaks vote ties by the nearest neighbour's label."""

from collections import Counter

import numpy as np


def knn_predict(X_train, y_train, X_test, k):
    d = np.sqrt(((X_test[:, None, :] - X_train[None]) ** 2).sum(-1))
    idx = np.argsort(d, axis=1)[:, :k]
    return np.array([Counter(y_train[row].tolist()).most_common(1)[0][0] for row in idx])
