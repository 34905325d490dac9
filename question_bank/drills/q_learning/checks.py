"""Hidden checks for the Q-learning drill."""

import numpy as np

from coach.drills.harness import Suite


def _update(c, fn, Q, *args, **kw):
    out = fn(Q.copy(), *args, **kw)
    c.shape(out, Q.shape, what="the returned Q")
    return np.asarray(out, dtype=float)


def _chain_optimum(n: int, gamma: float) -> np.ndarray:
    """Q* of the chain: states 0..n-1, action 0 = left, 1 = right; reaching n-1 pays 1 and
    ends the episode; every other step pays 0."""
    Q = np.zeros((n, 2))
    for _ in range(200):
        new = np.zeros_like(Q)
        for s in range(n - 1):
            for a, nxt in ((0, max(s - 1, 0)), (1, s + 1)):
                new[s, a] = 1.0 if nxt == n - 1 else gamma * Q[nxt].max()
        Q = new
    return Q


def run(suite: Suite, user, ref) -> None:
    update = suite.function(user, "q_learning_update")
    if update is None:
        return
    rng = np.random.default_rng(0)

    with suite.check("matches on a random update",
                     hint="Q[s, a] += lr * (r + gamma * max(Q[s_next]) - Q[s, a])") as c:
        Q = rng.normal(size=(5, 3))
        args = (2, 1, 0.7, 4, 0.3, 0.9)
        c.close(_update(c, update, Q, *args), ref.q_learning_update(Q, *args),
                what="Q after one update")

    with suite.check("only Q[s, a] changes",
                     hint="update one entry; the other actions of s were not taken") as c:
        Q = rng.normal(size=(4, 4))
        out = _update(c, update, Q, 1, 2, 1.0, 3, 0.5, 0.9)
        changed = ~np.isclose(out, Q, rtol=0, atol=0)
        c.true(changed[1, 2], "Q[1, 2] changed")
        changed[1, 2] = False
        c.true(not changed.any(), f"every other entry unchanged (changed: "
                                  f"{np.argwhere(changed).tolist()})")

    with suite.check("bootstraps from the best next action",
                     hint="Q-learning is off-policy: use max over Q[s_next], not the action "
                          "just taken and not an average over actions") as c:
        Q = np.zeros((3, 3))
        Q[2] = [0.0, 5.0, 1.0]
        out = _update(c, update, Q, 0, 0, 0.0, 2, 1.0, 0.9)
        c.close(out[0, 0], 4.5, what="Q[0, 0] with lr 1, r 0, gamma 0.9, Q[s_next] = [0, 5, 1]")

    with suite.check("no bootstrap when done",
                     hint="a terminal next state has no future reward: target = r") as c:
        Q = rng.normal(size=(3, 2)) + 10.0
        out = _update(c, update, Q, 1, 0, 2.0, 2, 0.5, 0.9, done=True)
        c.close(out[1, 0], Q[1, 0] + 0.5 * (2.0 - Q[1, 0]), what="Q[1, 0] after a terminal step")

    with suite.check("learning rates 0 and 1, discount 0",
                     hint="lr = 0 leaves Q as it was; lr = 1 sets Q[s, a] to the target; "
                          "gamma = 0 makes the target the reward") as c:
        Q = rng.normal(size=(3, 2))
        c.close(_update(c, update, Q, 0, 1, 3.0, 2, 0.0, 0.9), Q, what="Q with lr = 0")
        out = _update(c, update, Q, 0, 1, 3.0, 2, 1.0, 0.9)
        c.close(out[0, 1], 3.0 + 0.9 * Q[2].max(), what="Q[0, 1] with lr = 1")
        out = _update(c, update, Q, 0, 1, 3.0, 2, 0.5, 0.0)
        c.close(out[0, 1], Q[0, 1] + 0.5 * (3.0 - Q[0, 1]), what="Q[0, 1] with gamma = 0")

    with suite.check("a self-loop (s_next == s) uses the values before the update",
                     hint="compute the target from the old Q before writing Q[s, a]") as c:
        Q = np.array([[1.0, 4.0], [0.0, 0.0]])
        out = _update(c, update, Q, 0, 1, 1.0, 0, 0.5, 0.5)
        c.close(out[0, 1], 4.0 + 0.5 * (1.0 + 0.5 * 4.0 - 4.0), what="Q[0, 1]")

    with suite.check("converges to the optimal values on a chain",
                     hint="with random exploration, repeated updates must reach Q*: the "
                          "terminal step pays r with no bootstrap (whatever the table holds "
                          "for the terminal state), others r + gamma * max") as c:
        n, gamma = 5, 0.9
        Q = np.ones((n, 2))  # optimistic start; the terminal row is never updated
        walk = np.random.default_rng(1)
        s = 0
        for _ in range(3000):
            a = int(walk.integers(2))
            nxt = max(s - 1, 0) if a == 0 else s + 1
            done = nxt == n - 1
            Q = np.asarray(update(Q, s, a, 1.0 if done else 0.0, nxt, 0.5, gamma, done=done),
                           dtype=float)
            s = 0 if done else nxt
        expected = _chain_optimum(n, gamma)
        c.close(Q[: n - 1], expected[: n - 1], atol=1e-3,
                what="Q of the non-terminal states after 3000 random steps")
