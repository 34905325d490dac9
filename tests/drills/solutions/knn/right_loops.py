"""Per test row: sorted distances, then a dictionary of votes."""

import math

import numpy as np


def knn_predict(X_train, y_train, X_test, k):
    out = []
    for q in X_test:
        dist = [(math.dist(q, x), i) for i, x in enumerate(X_train)]
        dist.sort()
        votes = {}
        for _, i in dist[:k]:
            label = int(y_train[i])
            votes[label] = votes.get(label, 0) + 1
        best = max(votes.values())
        out.append(min(label for label, count in votes.items() if count == best))
    return np.array(out)
