import numpy as np


def softmax(x, axis=-1):
    shifted = x - np.max(x)
    e = np.exp(shifted)
    return e / np.sum(e, axis=1, keepdims=True)
