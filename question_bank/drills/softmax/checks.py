"""Hidden checks for the softmax drill."""

import numpy as np

from coach.drills.harness import Suite


def run(suite: Suite, user, ref) -> None:
    softmax = suite.function(user, "softmax")
    if softmax is None:
        return
    rng = np.random.default_rng(0)

    with suite.check("matches on random logits (4, 5), last axis",
                     hint="exp of each logit divided by the sum over the last axis") as c:
        x = rng.normal(size=(4, 5))
        expected = ref.softmax(x)
        c.close(softmax(x.copy()), expected, what="softmax(x)")

    with suite.check("returns float64, as the contract says",
                     hint="do not cast to float32: keep the input's float64 precision") as c:
        dtype = np.asarray(softmax(rng.normal(size=(3, 4)))).dtype
        c.true(dtype == np.float64, f"the result is float64 (got {dtype})")

    with suite.check("rows are probability vectors",
                     hint="divide by the sum over the same axis, with keepdims=True") as c:
        x = rng.normal(size=(6, 3)) * 3
        out = np.asarray(softmax(x), dtype=float)
        c.shape(out, x.shape, what="softmax(x)")
        c.true(np.all(out >= 0), "every probability is >= 0")
        c.close(out.sum(axis=-1), np.ones(6), atol=1e-10, what="row sums")

    with suite.check("normalises along axis=0 when asked",
                     hint="use the axis argument for both the max and the sum, keepdims=True") as c:
        x = rng.normal(size=(3, 7))
        expected = ref.softmax(x, axis=0)
        c.close(softmax(x, axis=0), expected, what="softmax(x, axis=0)")

    with suite.check("works on a 3-D batch (2, 3, 4) along axis=1",
                     hint="keepdims=True makes the reduced axis broadcast back in place") as c:
        x = rng.normal(size=(2, 3, 4))
        expected = ref.softmax(x, axis=1)
        c.close(softmax(x, axis=1), expected, what="softmax(x, axis=1)")

    with suite.check("1-D input",
                     hint="a vector is one slice; axis=-1 still applies") as c:
        x = rng.normal(size=8)
        expected = ref.softmax(x)
        c.close(softmax(x), expected, what="softmax(vector)")

    with suite.check("stable for logits in the thousands",
                     hint="subtract the maximum of each slice before np.exp") as c:
        x = rng.normal(size=(3, 4)) * 1000 + 2000
        expected = ref.softmax(x)
        out = softmax(x)
        c.finite(out, what="softmax(logits around 2000)")
        c.close(out, expected, what="softmax(logits around 2000)")

    with suite.check("stable for very negative logits",
                     hint="after subtracting the row max the largest exponent is exp(0) = 1, "
                          "so the sum can never be 0") as c:
        x = np.array([[-1000.0, -1001.0, -1002.0], [-5000.0, -5000.0, -4990.0]])
        expected = ref.softmax(x)
        out = softmax(x)
        c.finite(out, what="softmax(very negative logits)")
        c.close(out, expected, what="softmax(very negative logits)")

    with suite.check("ties and a single class",
                     hint="equal logits give equal probabilities; one class gets "
                          "probability 1") as c:
        c.close(softmax(np.full((2, 4), 7.5)), np.full((2, 4), 0.25), what="softmax(equal logits)")
        c.close(softmax(np.array([[3.0], [-2.0]])), np.ones((2, 1)), what="softmax(one class)")

    with suite.check("leaves its input unchanged",
                     hint="x -= x.max(...) edits the caller's array; compute x - max instead") as c:
        x = rng.normal(size=(3, 5)) * 10
        before = x.copy()
        softmax(x)
        c.equal(x, before, what="x after the call")
