import numpy as np


def softmax(x, axis=-1):
    x = np.asarray(x, dtype=np.float32)  # loses precision the contract asks to keep
    e = np.exp(x - x.max(axis=axis, keepdims=True))
    return e / e.sum(axis=axis, keepdims=True)
