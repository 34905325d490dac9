"""Hidden checks for the LSTM cell drill."""

import numpy as np

from coach.drills.harness import Suite


def _setup(rng, n, d, hd, scale=0.5):
    return (rng.normal(size=(n, d)), rng.normal(size=(n, hd)) * 0.5,
            rng.normal(size=(n, hd)), rng.normal(size=(d, 4 * hd)) * scale,
            rng.normal(size=(hd, 4 * hd)) * scale, rng.normal(size=4 * hd) * 0.1)


def run(suite: Suite, user, ref) -> None:
    lstm = suite.function(user, "lstm_cell")
    if lstm is None:
        return
    rng = np.random.default_rng(8)

    def call(c, args):
        return c.unpack(lstm(*(a.copy() for a in args)), 2, "lstm_cell(...)")

    def case(c, args, what):
        e_h, e_c = ref.lstm_cell(*args)
        h_new, c_new = call(c, args)
        c.close(c_new, e_c, what=f"c_new ({what})")
        c.close(h_new, e_h, what=f"h_new ({what})")
        return h_new, c_new

    args = _setup(rng, 3, 4, 5)

    with suite.check("returns (h_new, c_new), each (N, H) = (3, 5)",
                     hint="return the hidden state first, then the cell state") as c:
        h_new, c_new = call(c, args)
        c.shape(h_new, (3, 5), what="h_new")
        c.shape(c_new, (3, 5), what="c_new")

    with suite.check("matches on a random batch",
                     hint="z = x @ W + h @ U + b; blocks i, f, g, o of H columns each") as c:
        case(c, args, "random batch")

    with suite.check("gate order: input, forget, candidate, output",
                     hint="columns 0:H input, H:2H forget, 2H:3H candidate, 3H:4H output") as c:
        x, h, cs, W, U, _ = args
        hd = 5
        zero_w, zero_u = np.zeros_like(W), np.zeros_like(U)
        for gates, what in (
                ((40.0, -40.0, 0.5, 40.0), "W = U = 0, bias blocks (i, f, g, o) = "
                                            "(40, -40, 0.5, 40): i = 1, f = 0, o = 1"),
                ((-40.0, 40.0, 2.0, 0.0), "W = U = 0, bias blocks (i, f, g, o) = "
                                           "(-40, 40, 2, 0): i = 0, f = 1, o = 0.5")):
            b = np.repeat(np.array(gates), hd)
            case(c, (x, h, cs, zero_w, zero_u, b), what)

    with suite.check("forget gate open, input gate shut: the cell is carried over",
                     hint="c_new = f * c + i * g: with f = 1 and i = 0, c_new = c") as c:
        x, h, cs, W, U, _ = args
        hd = 5
        b = np.zeros(4 * hd)
        b[:hd] = -40.0          # input gate ~ 0
        b[hd:2 * hd] = 40.0     # forget gate ~ 1
        _, c_new = call(c, (x, h, cs, W * 0.01, U * 0.01, b))
        c.close(c_new, cs, atol=1e-6, what="c_new")

    with suite.check("h_new = o * tanh(c_new), using the new cell",
                     hint="squash the updated cell with tanh before the output gate") as c:
        x, h, cs, W, U, b = args
        big_c = cs * 4  # cells far outside [-1, 1]
        h_new, c_new = case(c, (x, h, big_c, W, U, b), "large previous cell")
        c.true(np.all(np.abs(np.asarray(h_new, dtype=float)) < 1), "|h_new| < 1 everywhere")

    with suite.check("zero initial state",
                     hint="with h = c = 0 only x @ W + b drives the gates") as c:
        x, _, _, W, U, b = args
        zeros = np.zeros((3, 5))
        case(c, (x, zeros, zeros, W, U, b), "h = c = 0")

    with suite.check("saturated gates stay finite",
                     hint="a sigmoid like 0.5 * (1 + tanh(z / 2)) never overflows") as c:
        x, h, cs, W, U, b = args
        h_new, c_new = case(c, (x * 200, h, cs, W, U, b), "inputs scaled by 200")
        c.finite(h_new, what="h_new")
        c.finite(c_new, what="c_new")

    with suite.check("a batch of one with H = 1",
                     hint="slice gate blocks by H = h.shape[1], not by a fixed size") as c:
        case(c, _setup(rng, 1, 3, 1), "N = 1, H = 1")

    with suite.check("leaves every input unchanged",
                     hint="build z in a new array; do not update c or h in place") as c:
        copies = [a.copy() for a in args]
        lstm(*copies)
        for name, got, orig in zip(("x", "h", "c", "W", "U", "b"), copies, args, strict=True):
            c.equal(got, orig, what=f"{name} after the call")
