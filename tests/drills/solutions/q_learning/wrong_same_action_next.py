"""Mistake: the next state's value read at the action just taken, not the best one."""


def q_learning_update(Q, s, a, r, s_next, lr, gamma, done=False):
    Q = Q.copy()
    target = r if done else r + gamma * Q[s_next, a]
    Q[s, a] += lr * (target - Q[s, a])
    return Q
