import math

import numpy as np


def cross_entropy(logits, labels):
    n, c = logits.shape
    total = 0.0
    grad = np.zeros((n, c))
    for i in range(n):
        row = logits[i]
        m = max(row)
        exps = [math.exp(v - m) for v in row]
        s = sum(exps)
        total += -(row[labels[i]] - m - math.log(s))
        for j in range(c):
            grad[i, j] = exps[j] / s - (1.0 if j == labels[i] else 0.0)
    return total / n, grad / n
