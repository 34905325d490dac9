"""argpartition for the k smallest, and the |a|^2 - 2ab + |b|^2 expansion."""

import numpy as np


def knn_predict(X_train, y_train, X_test, k):
    d2 = (X_test**2).sum(1)[:, None] - 2 * X_test @ X_train.T + (X_train**2).sum(1)[None, :]
    if k < len(X_train):
        idx = np.argpartition(d2, k - 1, axis=1)[:, :k]
    else:
        idx = np.tile(np.arange(len(X_train)), (len(X_test), 1))
    classes = np.unique(y_train)
    counts = (y_train[idx][:, :, None] == classes[None, None, :]).sum(axis=1)
    return classes[counts.argmax(axis=1)]
