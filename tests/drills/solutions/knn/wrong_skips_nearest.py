"""Mistake: the nearest neighbour skipped, as in leave-one-out code."""

import numpy as np


def knn_predict(X_train, y_train, X_test, k):
    labels, codes = np.unique(y_train, return_inverse=True)
    d = ((X_test[:, None, :] - X_train[None]) ** 2).sum(-1)
    idx = np.argsort(d, axis=1)[:, 1:k + 1]
    return np.array([labels[np.bincount(codes[row], minlength=len(labels)).argmax()]
                     for row in idx])
