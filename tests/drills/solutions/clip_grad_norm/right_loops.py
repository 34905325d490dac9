import math


def clip_grad_norm(grads, max_norm):
    squares = 0.0
    for g in grads:
        for value in g.ravel():
            squares += float(value) * float(value)
    norm = math.sqrt(squares)
    factor = max_norm / norm if norm > max_norm else 1.0
    clipped = []
    for g in grads:
        c = g.astype(float)
        c *= factor
        clipped.append(c)
    return clipped
