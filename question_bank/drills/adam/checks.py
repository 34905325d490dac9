"""Hidden checks for the Adam drill."""

import numpy as np

from coach.drills.harness import Suite


def _run(c, step, w0, grads, **hyper):
    """(weights after each step, final m, final v), threading the returned state."""
    w, m, v = w0.copy(), np.zeros_like(w0), np.zeros_like(w0)
    path = []
    for t, g in enumerate(grads, start=1):
        g = g(w) if callable(g) else g
        w, m, v = c.unpack(step(np.array(w, dtype=float), np.array(g, dtype=float),
                                np.array(m, dtype=float), np.array(v, dtype=float), t,
                                **hyper), 3, f"adam_step at t = {t}")
        c.shape(w, w0.shape, what=f"w at t = {t}")
        path.append(np.array(w, dtype=float))
    return np.array(path), np.asarray(m, dtype=float), np.asarray(v, dtype=float)


def run(suite: Suite, user, ref) -> None:
    adam = suite.function(user, "adam_step")
    if adam is None:
        return
    rng = np.random.default_rng(10)
    w0 = rng.normal(size=6)
    g0 = rng.normal(size=6)
    zeros = np.zeros(6)

    with suite.check("returns (w, m, v), each shaped like w",
                     hint="return the new weights, then the first and second moments") as c:
        w, m, v = c.unpack(adam(w0.copy(), g0.copy(), zeros.copy(), zeros.copy(), 1), 3,
                           "adam_step(...)")
        for name, got in (("w", w), ("m", m), ("v", v)):
            c.shape(got, (6,), what=name)

    with suite.check("the first step moves every weight by lr against its gradient",
                     hint="bias-correct with 1 - beta**t: at t = 1, m_hat = g and "
                          "v_hat = g**2") as c:
        w, _, _ = c.unpack(adam(w0.copy(), g0.copy(), zeros.copy(), zeros.copy(), 1, lr=0.01), 3)
        c.close(w, w0 - 0.01 * np.sign(g0), rtol=1e-5, atol=1e-9, what="w after step 1")

    with suite.check("moments after 3 steps are the raw moving averages",
                     hint="m = beta1 * m + (1 - beta1) * g; v = beta2 * v + (1 - beta2) * g**2; "
                          "return them uncorrected") as c:
        grads = [rng.normal(size=6) for _ in range(3)]
        _, e_m, e_v = _run(c, ref.adam_step, w0, grads)
        _, m, v = _run(c, adam, w0, grads)
        c.close(m, e_m, what="m after 3 steps")
        c.close(v, e_v, what="v after 3 steps")

    with suite.check("trajectory on a quadratic (40 steps, lr 0.05)",
                     hint="w -= lr * m_hat / (np.sqrt(v_hat) + eps), with t counting from 1") as c:
        a = np.array([0.5, 1.0, 2.0, 4.0, 8.0, 16.0])
        grads = [lambda w: a * w] * 40
        e_path, _, _ = _run(c, ref.adam_step, w0, grads, lr=0.05)
        path, _, _ = _run(c, adam, w0, grads, lr=0.05)
        c.close(path, e_path, what="w after each step (rows = steps)")

    with suite.check("bias correction uses t (steps 1 to 5 with a constant gradient)",
                     hint="a constant gradient makes m_hat = g exactly at every t, so each "
                          "step moves by lr") as c:
        g = np.full(6, 0.3)
        path, _, _ = _run(c, adam, w0, [g] * 5, lr=0.02)
        steps = np.diff(np.vstack([w0, path]), axis=0)
        c.close(steps, np.full((5, 6), -0.02), rtol=1e-5, atol=1e-9,
                what="the change of w at each step")

    with suite.check("eps goes after the square root (tiny gradients)",
                     hint="divide by np.sqrt(v_hat) + eps, not np.sqrt(v_hat + eps)") as c:
        tiny = g0 * 1e-9
        e_w, _, _ = ref.adam_step(w0, tiny, zeros, zeros, 1, lr=0.1)
        w, _, _ = c.unpack(adam(w0.copy(), tiny.copy(), zeros.copy(), zeros.copy(), 1, lr=0.1), 3)
        c.close(w, e_w, what="w after one step with gradients ~1e-9")

    with suite.check("uses the given hyperparameters at a late step (t = 500)",
                     hint="use the beta1, beta2, eps and lr arguments, and t for the "
                          "correction") as c:
        m0 = rng.normal(size=6) * 0.1
        v0 = np.abs(rng.normal(size=6)) * 0.05
        hyper = {"lr": 0.1, "beta1": 0.5, "beta2": 0.9, "eps": 1e-6}
        e_w, e_m, e_v = ref.adam_step(w0, g0, m0, v0, 500, **hyper)
        w, m, v = c.unpack(adam(w0.copy(), g0.copy(), m0.copy(), v0.copy(), 500, **hyper), 3)
        c.close(w, e_w, what="w")
        c.close(m, e_m, what="m")
        c.close(v, e_v, what="v")
        e_w, e_m, e_v = ref.adam_step(w0, g0, m0, v0, 3, **hyper)
        w, m, v = c.unpack(adam(w0.copy(), g0.copy(), m0.copy(), v0.copy(), 3, **hyper), 3)
        c.close(w, e_w, what="w at t = 3")

    with suite.check("a zero gradient from a zero state leaves w where it is",
                     hint="0 / (0 + eps) is 0: eps keeps the division finite") as c:
        w, m, v = c.unpack(adam(w0.copy(), zeros.copy(), zeros.copy(), zeros.copy(), 1), 3)
        c.finite(w, what="w")
        c.close(w, w0, what="w")

    with suite.check("two parameter sets stepped alternately keep separate moments",
                     hint="keep no state between calls: it all lives in m, v and t") as c:
        A0, B0 = rng.normal(size=4), rng.normal(size=4)
        ga = [rng.normal(size=4) for _ in range(4)]
        gb = [rng.normal(size=4) for _ in range(4)]
        e_a, _, _ = _run(c, ref.adam_step, A0, ga, lr=0.1)
        e_b, _, _ = _run(c, ref.adam_step, B0, gb, lr=0.1)
        state = {"a": (A0.copy(), np.zeros(4), np.zeros(4)),
                 "b": (B0.copy(), np.zeros(4), np.zeros(4))}
        paths = {"a": [], "b": []}
        for t in range(1, 5):
            for key, grads in (("a", ga), ("b", gb)):
                w, m, v = state[key]
                w, m, v = c.unpack(adam(np.array(w), grads[t - 1].copy(), np.array(m),
                                        np.array(v), t, lr=0.1), 3)
                state[key] = (w, m, v)
                paths[key].append(np.array(w, dtype=float))
        c.close(np.array(paths["a"]), e_a, what="first parameter set's trajectory")
        c.close(np.array(paths["b"]), e_b, what="second parameter set's trajectory")
