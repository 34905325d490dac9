def sgd_momentum_step(w, grad, velocity, lr, momentum=0.9):
    velocity = momentum * velocity + (1 - momentum) * grad
    return w - lr * velocity, velocity
