"""Mistake: Manhattan distance instead of Euclidean."""

import numpy as np


def knn_predict(X_train, y_train, X_test, k):
    labels, codes = np.unique(y_train, return_inverse=True)
    d = np.abs(X_test[:, None, :] - X_train[None]).sum(-1)
    idx = np.argsort(d, axis=1)[:, :k]
    return np.array([labels[np.bincount(codes[row], minlength=len(labels)).argmax()]
                     for row in idx])
