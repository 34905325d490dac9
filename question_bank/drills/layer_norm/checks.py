"""Hidden checks for the layer normalisation drill."""

import numpy as np

from coach.drills.harness import Suite


def run(suite: Suite, user, ref) -> None:
    layer_norm = suite.function(user, "layer_norm")
    if layer_norm is None:
        return
    rng = np.random.default_rng(5)

    def case(c, x, gamma, beta, what, **kw):
        expected = ref.layer_norm(x, gamma, beta, **kw)
        got = layer_norm(x.copy(), gamma.copy(), beta.copy(), **kw)
        c.close(got, expected, what=what)
        return got

    x = rng.normal(size=(4, 6)) * 3 + 2
    gamma = rng.normal(size=6)
    beta = rng.normal(size=6)

    with suite.check("matches on a random (4, 6) batch",
                     hint="mean and variance over axis=-1 with keepdims=True") as c:
        case(c, x, gamma, beta, "layer_norm(x)")

    with suite.check("each row has mean 0 and variance var/(var+eps) before gamma and beta",
                     hint="normalise each example over its features, not each feature over "
                          "the batch") as c:
        xs = rng.normal(size=(5, 8)) * 4
        out = np.asarray(layer_norm(xs.copy(), np.ones(8), np.zeros(8)), dtype=float)
        c.shape(out, (5, 8), what="layer_norm(x, 1, 0)")
        var = xs.var(axis=1)
        c.close(out.mean(axis=1), np.zeros(5), atol=1e-10, what="row means")
        c.close(out.var(axis=1), var / (var + 1e-5), atol=1e-10, what="row variances")

    with suite.check("gamma scales and beta shifts each feature",
                     hint="gamma * x_hat + beta, both broadcast over the last axis") as c:
        case(c, x, np.full(6, 2.5), np.arange(6.0), "layer_norm(x, 2.5, arange(6))")

    with suite.check("a 3-D input (2, 3, 5) is normalised over its last axis",
                     hint="axis=-1 and keepdims=True work for any number of leading axes") as c:
        x3 = rng.normal(size=(2, 3, 5))
        case(c, x3, rng.normal(size=5), rng.normal(size=5), "layer_norm(x of shape (2, 3, 5))")

    with suite.check("a batch of one example",
                     hint="layer norm never looks at other examples, so N = 1 works") as c:
        x1 = rng.normal(size=(1, 6))
        case(c, x1, gamma, beta, "layer_norm(one example)")

    with suite.check("uses the biased variance (divide by D)",
                     hint="np.var's default ddof=0; not ddof=1") as c:
        x4 = np.array([[1.0, 2.0, 4.0, 7.0], [0.0, 0.0, 1.0, -1.0]])
        case(c, x4, np.ones(4), np.zeros(4), "layer_norm(x, D = 4)")

    with suite.check("eps goes inside the square root",
                     hint="(x - mean) / np.sqrt(var + eps), not / (np.sqrt(var) + eps)") as c:
        tiny = rng.normal(size=(3, 6)) * 3e-3
        case(c, tiny, gamma, beta, "layer_norm(rows with variance near eps)")
        case(c, x, gamma, beta, "layer_norm(x, eps=0.5)", eps=0.5)

    with suite.check("a constant row gives exactly beta",
                     hint="x - mean is 0; with eps inside the root nothing divides by 0") as c:
        const = np.full((2, 6), 3.7)
        out = case(c, const, gamma, beta, "layer_norm(constant rows)")
        c.finite(out, what="layer_norm(constant rows)")

    with suite.check("leaves x, gamma and beta unchanged",
                     hint="x - mean creates a new array; x -= mean edits the caller's") as c:
        xc, gc, bc = x.copy(), gamma.copy(), beta.copy()
        layer_norm(xc, gc, bc)
        c.equal(xc, x, what="x after the call")
        c.equal(gc, gamma, what="gamma after the call")
        c.equal(bc, beta, what="beta after the call")
