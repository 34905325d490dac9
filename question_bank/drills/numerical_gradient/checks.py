"""Hidden checks for the numerical-gradient drill.

The functions below have known analytic gradients; a central difference with h = 1e-5
matches them to about 1e-9, a one-sided difference only to about 1e-5.
"""

import numpy as np

from coach.drills.harness import Suite

TOL = 1e-7


def _grad(c, numgrad, f, x, **kw):
    out = numgrad(f, x, **kw)
    c.shape(out, np.shape(x), what="the gradient")
    c.finite(out, what="the gradient")
    return np.asarray(out, dtype=float)


def run(suite: Suite, user, ref) -> None:
    numgrad = suite.function(user, "numerical_gradient")
    if numgrad is None:
        return
    rng = np.random.default_rng(0)

    with suite.check("gradient of a cubic on a vector",
                     hint="central difference: (f(x + h e_i) - f(x - h e_i)) / (2h); a "
                          "one-sided difference is off by about h / 2 * f''") as c:
        x = rng.normal(size=5) * 2
        got = _grad(c, numgrad, lambda v: float(np.sum(v**3) + 4 * np.sum(v**2)), x.copy())
        c.close(got, 3 * x**2 + 8 * x, rtol=0, atol=TOL, what="d/dx of sum(x^3) + 4 sum(x^2)")

    with suite.check("central formula with a large h",
                     hint="for a cubic, the central difference gives 3 x^2 + h^2 exactly; "
                          "use the h you are given") as c:
        x = rng.normal(size=4)
        got = _grad(c, numgrad, lambda v: float(np.sum(v**3)), x.copy(), h=0.1)
        c.close(got, 3 * x**2 + 0.01, rtol=0, atol=1e-9, what="the gradient with h = 0.1")

    with suite.check("gradient with respect to a matrix",
                     hint="perturb one entry at a time and pass f an array of x's shape "
                          "(f here computes x @ W)") as c:
        X = rng.normal(size=(3, 4))
        W = rng.normal(size=(4, 2))
        got = _grad(c, numgrad, lambda m: float(np.sum(np.tanh(m @ W))), X.copy())
        expected = (1 - np.tanh(X @ W) ** 2) @ W.T
        c.close(got, expected, rtol=0, atol=TOL, what="d/dX of sum(tanh(X @ W))")

    with suite.check("3-D array and a 0-d array",
                     hint="loop over every index, e.g. with np.nditer(..., "
                          "flags=['multi_index']) or flat indices, whatever the shape") as c:
        x = rng.normal(size=(2, 3, 2))
        w = rng.normal(size=(2, 3, 2))
        got = _grad(c, numgrad, lambda t: float(np.sum(np.sin(t) * w)), x.copy())
        c.close(got, np.cos(x) * w, rtol=0, atol=TOL, what="d/dx of sum(sin(x) * w)")
        scalar = np.array(0.7)
        got = _grad(c, numgrad, lambda t: float(np.exp(t)), scalar.copy())
        c.close(got, np.exp(0.7), rtol=0, atol=TOL, what="d/dx of exp(x) for a 0-d x")

    with suite.check("a transposed (non-contiguous) input",
                     hint="x.reshape(-1) of a non-contiguous array is a copy: writing into it "
                          "does not perturb x. Work on np.array(x) or index x directly") as c:
        base = rng.normal(size=(3, 5))
        x = base.T  # shape (5, 3), not C-contiguous
        A = rng.normal(size=(5, 3))
        expected = 2 * A * x
        got = _grad(c, numgrad, lambda m: float(np.sum(A * m**2)), x)
        c.close(got, expected, rtol=0, atol=TOL, what="d/dx of sum(A * x^2)")

    with suite.check("a constant function has zero gradient",
                     hint="equal values on both sides give exactly 0") as c:
        x = rng.normal(size=(2, 2))
        got = _grad(c, numgrad, lambda m: 3.5, x.copy())
        c.close(got, np.zeros((2, 2)), rtol=0, atol=0, what="the gradient of a constant")

    with suite.check("x holds its original values afterwards",
                     hint="save the entry and assign it back (old = x[i]; ...; x[i] = old), "
                          "or perturb a copy; adding h back after subtracting 2h is not exact "
                          "in floating point, and forgetting it leaves x - h") as c:
        x = rng.normal(size=(3, 3))
        before = x.copy()
        out = numgrad(lambda m: float(np.sum(m**2)), x)
        c.close(x, before, rtol=0, atol=0, what="x after the call (restored bit for bit)")

    with suite.check("returns a new array, not x",
                     hint="fill a separate array, grad = np.zeros(x.shape), one entry per "
                          "index; writing the gradient into x loses the point it was taken "
                          "at") as c:
        x = rng.normal(size=(2, 2))
        out = numgrad(lambda m: float(np.sum(m**2)), x)
        c.true(out is not x and not np.shares_memory(np.asarray(out), x),
               "the gradient is a new array, sharing no memory with x")

    with suite.check("f always sees an array of x's shape",
                     hint="call f(x_perturbed) with the original shape, not a flattened "
                          "vector") as c:
        x = rng.normal(size=(2, 3))
        shapes = set()

        def f(m):
            shapes.add(np.shape(m))
            return float(np.sum(m[0] * m[1]))

        got = _grad(c, numgrad, f, x.copy())
        c.true(shapes == {(2, 3)}, f"f was called with shape (2, 3) only (saw {sorted(shapes)})")
        c.close(got, np.stack([x[1], x[0]]), rtol=0, atol=TOL, what="d/dx of sum(x[0] * x[1])")
