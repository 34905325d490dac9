"""Hidden checks for the batch normalisation drill."""

import numpy as np

from coach.drills.harness import Suite


def run(suite: Suite, user, ref) -> None:
    bn = suite.function(user, "batch_norm_train")
    if bn is None:
        return
    rng = np.random.default_rng(6)

    def case(c, x, gamma, beta, what, **kw):
        expected = ref.batch_norm_train(x, gamma, beta, **kw)
        got = bn(x.copy(), gamma.copy(), beta.copy(), **kw)
        c.close(got, expected, what=what)
        return got

    x = rng.normal(size=(8, 3)) * 2 + 1
    gamma = rng.normal(size=3)
    beta = rng.normal(size=3)

    with suite.check("matches on a random (8, 3) batch",
                     hint="the mean and variance of each column: axis=0") as c:
        case(c, x, gamma, beta, "batch_norm_train(x)")

    with suite.check("each feature has mean 0 and variance var/(var+eps) over the batch",
                     hint="reduce over the batch axis (0), not over the features") as c:
        xs = rng.normal(size=(10, 4)) * 5
        out = np.asarray(bn(xs.copy(), np.ones(4), np.zeros(4)), dtype=float)
        c.shape(out, (10, 4), what="batch_norm_train(x, 1, 0)")
        var = xs.var(axis=0)
        c.close(out.mean(axis=0), np.zeros(4), atol=1e-10, what="column means")
        c.close(out.var(axis=0), var / (var + 1e-5), atol=1e-10, what="column variances")

    with suite.check("a square batch (5, 5) is normalised per column",
                     hint="with N = D the wrong axis raises no error; use axis=0") as c:
        sq = rng.normal(size=(5, 5)) * 3
        case(c, sq, rng.normal(size=5), rng.normal(size=5), "batch_norm_train(square x)")

    with suite.check("gamma scales and beta shifts each feature",
                     hint="gamma * x_hat + beta, broadcast over the rows") as c:
        case(c, x, np.array([2.0, -1.0, 0.5]), np.array([10.0, 0.0, -3.0]),
             "batch_norm_train(x, gamma, beta)")

    with suite.check("uses the biased batch variance (divide by N)",
                     hint="np.var's default ddof=0 in the normalisation") as c:
        x4 = np.array([[1.0, 0.0], [2.0, 0.0], [4.0, 1.0], [7.0, -1.0]])
        case(c, x4, np.ones(2), np.zeros(2), "batch_norm_train(x, N = 4)")

    with suite.check("eps goes inside the square root",
                     hint="(x - mean) / np.sqrt(var + eps), not / (np.sqrt(var) + eps)") as c:
        tiny = rng.normal(size=(6, 3)) * 3e-3
        case(c, tiny, gamma, beta, "batch_norm_train(features with variance near eps)")
        case(c, x, gamma, beta, "batch_norm_train(x, eps=0.1)", eps=0.1)

    with suite.check("a constant feature gives exactly beta",
                     hint="a zero variance is fine when eps is inside the square root") as c:
        const = x.copy()
        const[:, 1] = 4.2
        out = case(c, const, gamma, beta, "batch_norm_train(x with a constant column)")
        c.finite(out, what="batch_norm_train(x with a constant column)")

    with suite.check("features on very different scales come out alike",
                     hint="each column uses its own mean and variance") as c:
        mixed = np.column_stack([rng.normal(size=7) * 1e3 + 5e3, rng.normal(size=7) * 1e-2,
                                 rng.normal(size=7)])
        case(c, mixed, np.ones(3), np.zeros(3), "batch_norm_train(mixed scales)")

    with suite.check("a batch of two",
                     hint="with N = 2 each column becomes about -1 and +1") as c:
        two = rng.normal(size=(2, 4))
        case(c, two, np.ones(4), np.zeros(4), "batch_norm_train(N = 2)")

    with suite.check("leaves x, gamma and beta unchanged",
                     hint="x - mean creates a new array; x -= mean edits the caller's") as c:
        xc, gc, bc = x.copy(), gamma.copy(), beta.copy()
        bn(xc, gc, bc)
        c.equal(xc, x, what="x after the call")
        c.equal(gc, gamma, what="gamma after the call")
        c.equal(bc, beta, what="beta after the call")
