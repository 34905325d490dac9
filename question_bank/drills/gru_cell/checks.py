"""Hidden checks for the GRU-cell drill."""

import numpy as np

from coach.drills.harness import Suite


def _params(rng, N, D, H, scale=0.5):
    return (rng.normal(size=(N, D)), rng.normal(size=(N, H)), rng.normal(size=(D, 3 * H)) * scale,
            rng.normal(size=(H, 3 * H)) * scale, rng.normal(size=3 * H) * scale)


def _step(c, gru, x, h, W, U, b):
    out = gru(x.copy(), h.copy(), W.copy(), U.copy(), b.copy())
    c.shape(out, h.shape, what="h_new")
    c.finite(out, what="h_new")
    return np.asarray(out, dtype=float)


def run(suite: Suite, user, ref) -> None:
    gru = suite.function(user, "gru_cell")
    if gru is None:
        return
    rng = np.random.default_rng(0)

    with suite.check("matches on a random batch (N=4, D=3, H=5)",
                     hint="gx = x @ W + b, gh = h @ U; blocks r, z, n; "
                          "h_new = (1 - z) * n + z * h") as c:
        args = _params(rng, 4, 3, 5)
        c.close(_step(c, gru, *args), ref.gru_cell(*args), what="h_new")

    with suite.check("a large update gate keeps the old state",
                     hint="the update gate z is the second block (columns H:2H); with z = 1, "
                          "h_new = h") as c:
        x, h, W, U, b = _params(rng, 3, 2, 4)
        b[4:8] = 40.0  # z saturates at 1
        c.close(_step(c, gru, x, h, W, U, b), h, atol=1e-9, what="h_new when z = 1")

    with suite.check("a closed update gate takes the candidate",
                     hint="with z = 0, h_new = n = tanh(gx_n + r * gh_n); z weighs the old "
                          "state, 1 - z the candidate") as c:
        x, h, W, U, b = _params(rng, 3, 2, 4)
        b[4:8] = -40.0  # z saturates at 0
        gx, gh = x @ W + b, h @ U
        r = 1 / (1 + np.exp(-(gx[:, :4] + gh[:, :4])))
        n = np.tanh(gx[:, 8:] + r * gh[:, 8:])
        c.close(_step(c, gru, x, h, W, U, b), n, atol=1e-9, what="h_new when z = 0")

    with suite.check("the reset gate scales h @ U_n after the product",
                     hint="n = tanh(gx_n + r * (h @ U)[:, 2H:]), not tanh(gx_n + (r * h) @ U_n)") as c:
        x, h, W, U, b = _params(rng, 2, 3, 3, scale=1.0)
        W[:, :3] = 0.0
        U[:, :3] = 0.0
        b[:3] = [-40.0, 40.0, 0.0]  # r = (0, 1, 0.5) for every row
        b[3:6] = -40.0              # z = 0: h_new is the candidate itself
        r = np.array([0.0, 1.0, 0.5])
        expected = np.tanh((x @ W + b)[:, 6:] + r * (h @ U)[:, 6:])
        c.close(_step(c, gru, x, h, W, U, b), expected, atol=1e-9, what="h_new")

    with suite.check("zero initial state",
                     hint="with h = 0 the recurrent terms vanish: h_new = (1 - z) * "
                          "tanh(gx_n)") as c:
        x, h, W, U, b = _params(rng, 3, 4, 2)
        h = np.zeros_like(h)
        c.close(_step(c, gru, x, h, W, U, b), ref.gru_cell(x, h, W, U, b), what="h_new")

    with suite.check("saturated gates stay finite",
                     hint="gates saturate at 0 or 1 and the result stays finite; if you see nan, "
                          "compute the sigmoid as 0.5 * (1 + tanh(z / 2)) or clip z") as c:
        x, h, W, U, b = _params(rng, 2, 3, 3)
        W = W * 400.0
        c.close(_step(c, gru, x, h, W, U, b), ref.gru_cell(x, h, W, U, b), atol=1e-9,
                what="h_new with pre-activations in the hundreds")

    with suite.check("a batch of one with H = 1",
                     hint="keep the (N, H) shapes; slice the blocks by H, not by a fixed "
                          "number") as c:
        args = _params(rng, 1, 2, 1)
        c.close(_step(c, gru, *args), ref.gru_cell(*args), what="h_new")

    with suite.check("leaves its inputs unchanged",
                     hint="build new arrays; h is the caller's state") as c:
        args = _params(rng, 3, 2, 4)
        before = [a.copy() for a in args]
        gru(*args)
        for name, a, old in zip(("x", "h", "W", "U", "b"), args, before, strict=True):
            c.equal(a, old, what=f"{name} after the call")
