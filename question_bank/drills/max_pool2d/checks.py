"""Hidden checks for the max-pooling drill."""

import numpy as np

from coach.drills.harness import Suite


def _pool(c, fn, x, size, stride, shape):
    out = fn(x.copy(), size=size, stride=stride)
    c.shape(out, shape, what=f"max_pool2d(x {x.shape}, size={size}, stride={stride})")
    return np.asarray(out, dtype=float)


def run(suite: Suite, user, ref) -> None:
    pool = suite.function(user, "max_pool2d")
    if pool is None:
        return
    rng = np.random.default_rng(0)

    with suite.check("matches on a random batch (2, 3, 6, 6), size 2, stride 2",
                     hint="out[n, c, i, j] is the max of the window starting at row "
                          "i * stride and column j * stride") as c:
        x = rng.normal(size=(2, 3, 6, 6))
        c.close(_pool(c, pool, x, 2, 2, (2, 3, 3, 3)), ref.max_pool2d(x, 2, 2), what="out")

    with suite.check("a hand-made 4 x 4 map",
                     hint="the four 2 x 2 blocks: top-left, top-right, bottom-left, "
                          "bottom-right") as c:
        x = np.array([[1.0, 3.0, 2.0, 0.0],
                      [4.0, 2.0, 1.0, 5.0],
                      [0.0, 1.0, 9.0, 7.0],
                      [6.0, 2.0, 8.0, 3.0]])[None, None]
        c.close(_pool(c, pool, x, 2, 2, (1, 1, 2, 2)), [[[[4.0, 5.0], [6.0, 9.0]]]],
                what="out")

    with suite.check("odd sizes: windows that do not fit are dropped",
                     hint="H_out = (H - size) // stride + 1: the last row or column is left "
                          "out when it does not fill a window") as c:
        x = rng.normal(size=(1, 2, 5, 7))
        c.close(_pool(c, pool, x, 2, 2, (1, 2, 2, 3)), ref.max_pool2d(x, 2, 2), what="out")

    with suite.check("all-negative inputs",
                     hint="start each window's max from its first value (or -inf), not from "
                          "0") as c:
        x = -np.abs(rng.normal(size=(2, 2, 4, 4))) - 1.0
        c.close(_pool(c, pool, x, 2, 2, (2, 2, 2, 2)), ref.max_pool2d(x, 2, 2), what="out")

    with suite.check("overlapping windows: size 3, stride 1",
                     hint="windows start every `stride` pixels, whatever their size") as c:
        x = rng.normal(size=(1, 2, 5, 6))
        c.close(_pool(c, pool, x, 3, 1, (1, 2, 3, 4)), ref.max_pool2d(x, 3, 1), what="out")

    with suite.check("gaps between windows: size 2, stride 3",
                     hint="with stride > size some pixels belong to no window") as c:
        x = rng.normal(size=(2, 1, 8, 7))
        c.close(_pool(c, pool, x, 2, 3, (2, 1, 3, 2)), ref.max_pool2d(x, 2, 3), what="out")

    with suite.check("size 1, stride 1 is the identity",
                     hint="a 1 x 1 window holds a single value") as c:
        x = rng.normal(size=(2, 3, 3, 4))
        c.close(_pool(c, pool, x, 1, 1, x.shape), x, what="out")

    with suite.check("each example and channel is pooled on its own",
                     hint="take the max over the two spatial axes only (axes 2 and 3)") as c:
        x = rng.normal(size=(3, 4, 4, 4))
        whole = _pool(c, pool, x, 2, 2, (3, 4, 2, 2))
        for n, ch in ((0, 0), (1, 3), (2, 1)):
            single = _pool(c, pool, x[n:n + 1, ch:ch + 1], 2, 2, (1, 1, 2, 2))
            c.close(whole[n, ch], single[0, 0], what=f"example {n}, channel {ch} pooled alone")

    with suite.check("leaves its input unchanged",
                     hint="pool into a new array") as c:
        x = rng.normal(size=(2, 2, 4, 4))
        before = x.copy()
        pool(x, size=2, stride=2)
        c.equal(x, before, what="x after the call")
