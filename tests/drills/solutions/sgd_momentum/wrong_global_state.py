import numpy as np

_state = {}


def sgd_momentum_step(w, grad, velocity, lr, momentum=0.9):
    v = _state.get("v")
    if v is None or v.shape != w.shape or not velocity.any():
        v = np.zeros_like(w)
    v = momentum * v + grad
    _state["v"] = v
    return w - lr * v, v
