"""Python loops: first untried arm, explicit scores; one rng.beta call per arm."""

import math


def ucb1_select(counts, values, t):
    for i, n in enumerate(counts):
        if n == 0:
            return i
    best, best_score = 0, -math.inf
    for i, (n, v) in enumerate(zip(counts, values, strict=True)):
        score = v + math.sqrt(2 * math.log(t) / n)
        if score > best_score:
            best, best_score = i, score
    return best


def thompson_select(alpha, beta, rng):
    best, best_draw = 0, -1.0
    for i, (a, b) in enumerate(zip(alpha, beta, strict=True)):
        draw = rng.beta(a, b)
        if draw > best_draw:
            best, best_draw = i, draw
    return best
