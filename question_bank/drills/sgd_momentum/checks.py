"""Hidden checks for the SGD with momentum drill.

Users may keep either velocity convention, so every check compares weights along a
trajectory in which each call gets back the velocity it returned; velocities themselves are
never compared.
"""

import numpy as np

from coach.drills.harness import Suite


def _path(c, step, w0, grads, lr, momentum, on_quadratic=None):
    """Weights after each step. `grads` is a list of gradients, or None to use the gradient
    of 0.5 * sum(a * w**2) at the current weights (a = on_quadratic)."""
    w = w0.copy()
    v = np.zeros_like(w0)
    out = []
    count = len(grads) if grads is not None else 30
    for k in range(count):
        g = grads[k] if grads is not None else on_quadratic * w
        w, v = c.unpack(step(np.array(w, dtype=float), np.array(g, dtype=float),
                             np.array(v, dtype=float), lr, momentum), 2, f"step {k + 1}")
        c.shape(w, w0.shape, what=f"w after step {k + 1}")
        out.append(np.array(w, dtype=float))
    return np.array(out)


def run(suite: Suite, user, ref) -> None:
    step = suite.function(user, "sgd_momentum_step")
    if step is None:
        return
    rng = np.random.default_rng(9)
    w0 = rng.normal(size=5)
    a = np.array([1.0, 2.0, 5.0, 10.0, 0.5])

    with suite.check("returns (w, velocity) shaped like w",
                     hint="return the new weights and the new velocity, in that order") as c:
        w, v = c.unpack(step(w0.copy(), a * w0, np.zeros(5), 0.1, 0.9), 2,
                        "sgd_momentum_step(...)")
        c.shape(w, (5,), what="w")
        c.shape(v, (5,), what="velocity")

    with suite.check("the first step from zero velocity is a plain SGD step",
                     hint="with v = 0, either convention moves w by -lr * grad") as c:
        g = rng.normal(size=5)
        w, _ = c.unpack(step(w0.copy(), g.copy(), np.zeros(5), 0.05, 0.9), 2)
        c.close(w, w0 - 0.05 * g, what="w after one step")

    with suite.check("trajectory on a quadratic (30 steps, lr 0.05, momentum 0.9)",
                     hint="v = momentum * v + grad and w -= lr * v (or the equivalent "
                          "v = momentum * v - lr * grad and w += v)") as c:
        expected = _path(c, ref.sgd_momentum_step, w0, None, 0.05, 0.9, a)
        got = _path(c, step, w0, None, 0.05, 0.9, a)
        c.close(got, expected, what="w after each step (rows = steps)")

    with suite.check("trajectory for a fixed sequence of gradients on a (3, 4) array",
                     hint="no (1 - momentum) factor on the gradient: that is an average, "
                          "and it shrinks the steps ten-fold") as c:
        W0 = rng.normal(size=(3, 4))
        grads = [rng.normal(size=(3, 4)) for _ in range(12)]
        expected = _path(c, ref.sgd_momentum_step, W0, grads, 0.1, 0.8)
        got = _path(c, step, W0, grads, 0.1, 0.8)
        c.close(got, expected, what="w after each step (first axis = steps)")

    with suite.check("momentum = 0 is plain gradient descent",
                     hint="with momentum 0 the velocity is just this step's gradient "
                          "(or -lr times it)") as c:
        grads = [rng.normal(size=5) for _ in range(4)]
        got = _path(c, step, w0, grads, 0.2, 0.0)
        c.close(got, w0 - 0.2 * np.cumsum(grads, axis=0), what="w after each step")

    with suite.check("heavy momentum 0.99 on a quadratic",
                     hint="use the momentum argument, not a fixed 0.9") as c:
        expected = _path(c, ref.sgd_momentum_step, w0, None, 0.01, 0.99, a)
        got = _path(c, step, w0, None, 0.01, 0.99, a)
        c.close(got, expected, what="w after each step")

    with suite.check("two parameter sets stepped alternately keep separate velocities",
                     hint="keep no state between calls (no globals): it all lives in the "
                          "velocity passed in") as c:
        A0, B0 = rng.normal(size=3), rng.normal(size=3)
        grads_a = [rng.normal(size=3) for _ in range(5)]
        grads_b = [rng.normal(size=3) for _ in range(5)]
        expected_a = _path(c, ref.sgd_momentum_step, A0, grads_a, 0.1, 0.9)
        expected_b = _path(c, ref.sgd_momentum_step, B0, grads_b, 0.1, 0.9)
        wa, va, wb, vb = A0.copy(), np.zeros(3), B0.copy(), np.zeros(3)
        got_a, got_b = [], []
        for ga, gb in zip(grads_a, grads_b, strict=True):
            wa, va = c.unpack(step(np.array(wa), ga.copy(), np.array(va), 0.1, 0.9), 2)
            wb, vb = c.unpack(step(np.array(wb), gb.copy(), np.array(vb), 0.1, 0.9), 2)
            got_a.append(np.array(wa, dtype=float))
            got_b.append(np.array(wb, dtype=float))
        c.close(np.array(got_a), expected_a, what="first parameter set's trajectory")
        c.close(np.array(got_b), expected_b, what="second parameter set's trajectory")

    with suite.check("leaves the gradient unchanged",
                     hint="the caller may reuse the gradient; do not scale it in place") as c:
        g = rng.normal(size=5)
        g_copy = g.copy()
        step(w0.copy(), g_copy, np.ones(5), 0.1, 0.9)
        c.equal(g_copy, g, what="grad after the call")
