"""Mistake: votes counted with np.bincount on the raw labels (fails for negative labels)."""

import numpy as np


def knn_predict(X_train, y_train, X_test, k):
    d = ((X_test[:, None, :] - X_train[None]) ** 2).sum(-1)
    idx = np.argsort(d, axis=1)[:, :k]
    return np.array([np.bincount(y_train[row]).argmax() for row in idx])
