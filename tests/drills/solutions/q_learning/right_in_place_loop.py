"""In place, with the best next value found by a loop."""


def q_learning_update(Q, s, a, r, s_next, lr, gamma, done=False):
    best = Q[s_next, 0]
    for value in Q[s_next, 1:]:
        best = max(best, value)
    target = r if done else r + gamma * best
    Q[s, a] = Q[s, a] + lr * (target - Q[s, a])
    return Q
