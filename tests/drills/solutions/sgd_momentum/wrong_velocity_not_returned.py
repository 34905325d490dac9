def sgd_momentum_step(w, grad, velocity, lr, momentum=0.9):
    new_velocity = momentum * velocity + grad
    return w - lr * new_velocity, velocity
