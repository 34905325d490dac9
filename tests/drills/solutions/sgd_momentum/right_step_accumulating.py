def sgd_momentum_step(w, grad, velocity, lr, momentum=0.9):
    velocity *= momentum
    velocity -= lr * grad
    w += velocity
    return w, velocity
