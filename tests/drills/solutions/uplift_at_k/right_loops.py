"""Python loops over rows sorted by (-score, index)."""

import math


def uplift_at_k(scores, y, treatment, k):
    n = len(scores)
    order = sorted(range(n), key=lambda i: (-float(scores[i]), i))
    top = order[: max(1, math.floor(k * n))]
    t_n = t_conv = c_n = c_conv = 0
    for i in top:
        if treatment[i]:
            t_n += 1
            t_conv += int(y[i])
        else:
            c_n += 1
            c_conv += int(y[i])
    if t_n == 0 or c_n == 0:
        return float("nan")
    return t_conv / t_n - c_conv / c_n
