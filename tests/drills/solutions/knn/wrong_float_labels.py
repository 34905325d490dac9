"""Mistake: the predictions are collected into a float array; the votes themselves are
right (distances laid out (n, m) and sorted along the training axis)."""

import numpy as np


def knn_predict(X_train, y_train, X_test, k):
    d = np.linalg.norm(X_train[:, None] - X_test[None], axis=2)
    nearest = np.argsort(d, axis=0)[:k].T
    out = []
    for row in nearest:
        labels, counts = np.unique(y_train[row], return_counts=True)
        out.append(labels[np.argmax(counts)])
    return np.array(out, dtype=float)
