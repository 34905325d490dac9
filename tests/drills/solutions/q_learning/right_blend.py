"""A copy with the entry replaced by the blend (1 - lr) * old + lr * target."""


def q_learning_update(Q, s, a, r, s_next, lr, gamma, done=False):
    target = r + gamma * (1.0 - float(done)) * Q[s_next].max()
    out = Q.copy()
    out[s, a] = (1 - lr) * Q[s, a] + lr * target
    return out
