"""Hidden checks for the logistic-regression drill.

The checker finds the true minimiser of the stated objective itself (Newton's method when
there is no L1 term, many accelerated proximal steps otherwise) and judges the user's
(w, b) by the objective value and its gradient, so any optimiser that converges passes.
"""

import numpy as np

from coach.drills.harness import Suite

J_TOL = 1e-3
J_TOL_L1 = 3e-3  # the subgradient method jitters around zero by about lr * l1


def _data(seed: int, n: int = 200, w_true=(1.5, -2.0, 0.0, 0.5), b_true=-0.3, p_scale=1.0):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n, len(w_true)))
    z = (X @ np.asarray(w_true) + b_true) * p_scale
    y = (rng.random(n) < 1 / (1 + np.exp(-z))).astype(float)
    return X, y


def _objective(X, y, w, b, l1, l2) -> float:
    z = X @ w + b
    loss = np.mean(np.logaddexp(0.0, z) - y * z)
    return float(loss + l2 / 2 * w @ w + l1 * np.abs(w).sum())


def _smooth_grad(X, y, w, b, l2):
    p = 1 / (1 + np.exp(-(X @ w + b)))
    return X.T @ (p - y) / len(y) + l2 * w, float(np.mean(p - y))


def _optimum(X, y, l1, l2):
    """The minimiser of J, to far better accuracy than the tolerance."""
    n, d = X.shape
    A = np.hstack([X, np.ones((n, 1))])
    theta = np.zeros(d + 1)
    reg = np.r_[np.full(d, l2), 0.0]
    if l1 == 0:
        for _ in range(30):  # Newton's method: quadratic convergence on a smooth objective
            p = 1 / (1 + np.exp(-(A @ theta)))
            g = A.T @ (p - y) / n + reg * theta
            H = (A * (p * (1 - p))[:, None]).T @ A / n + np.diag(reg) + 1e-12 * np.eye(d + 1)
            theta -= np.linalg.solve(H, g)
        return theta[:d], float(theta[d])
    step = 1 / (0.25 * np.linalg.eigvalsh(A.T @ A / n).max() + l2)
    z, t = theta.copy(), 1.0
    for _ in range(800):  # FISTA (converged to ~1e-12 on these data)
        p = 1 / (1 + np.exp(-(A @ z)))
        g = A.T @ (p - y) / n + reg * z
        nxt = z - step * g
        nxt[:d] = np.sign(nxt[:d]) * np.maximum(np.abs(nxt[:d]) - step * l1, 0)
        t_next = (1 + np.sqrt(1 + 4 * t * t)) / 2
        z = nxt + (t - 1) / t_next * (nxt - theta)
        theta, t = nxt, t_next
    return theta[:d], float(theta[d])


def _fit(c, fit, X, y, **kw):
    out = c.unpack(fit(X.copy(), y.copy(), **kw), 2, what="logistic_regression_fit(...)")
    w, b = out
    c.shape(w, (X.shape[1],), what="w")
    c.true(np.ndim(b) == 0 or np.size(b) == 1, f"b is one number (got shape {np.shape(b)})")
    w = np.asarray(w, dtype=float)
    b = float(np.asarray(b, dtype=float).reshape(-1)[0])
    c.finite(w, what="w")
    c.finite(b, what="b")
    return w, b


def _near_optimum(c, X, y, w, b, l1, l2):
    w_star, b_star = _optimum(X, y, l1, l2)
    j_star = _objective(X, y, w_star, b_star, l1, l2)
    j = _objective(X, y, w, b, l1, l2)
    tol = J_TOL_L1 if l1 > 0 else J_TOL
    c.true(j <= j_star + tol,
           f"J(w, b) within {tol:g} of the minimum {j_star:.6f} (got {j:.6f}; the "
           f"minimiser is w = {np.round(w_star, 4).tolist()}, b = {b_star:.4f}; yours is "
           f"w = {np.round(w, 4).tolist()}, b = {b:.4f})")
    return w_star, b_star


def run(suite: Suite, user, ref) -> None:
    fit = suite.function(user, "logistic_regression_fit")
    if fit is None:
        return

    with suite.check("reaches the minimum of the mean log loss (no penalty)",
                     hint="gradient of the mean log loss: X.T @ (p - y) / n for w and "
                          "mean(p - y) for b; step against it") as c:
        X, y = _data(0)
        w, b = _fit(c, fit, X, y)
        _near_optimum(c, X, y, w, b, 0.0, 0.0)
        gw, gb = _smooth_grad(X, y, w, b, 0.0)
        gnorm = float(np.sqrt(gw @ gw + gb * gb))
        c.true(gnorm < 1e-2, f"the gradient of J is near zero at your (w, b) (norm {gnorm:.2g})")

    with suite.check("reaches the minimum with an L2 penalty",
                     hint="l2 / 2 * ||w||^2 adds l2 * w to the gradient of w (not 2 * l2 * w) "
                          "and nothing to the bias") as c:
        X, y = _data(1)
        w, b = _fit(c, fit, X, y, l2=0.5)
        _near_optimum(c, X, y, w, b, 0.0, 0.5)
        gw, gb = _smooth_grad(X, y, w, b, 0.5)
        gnorm = float(np.sqrt(gw @ gw + gb * gb))
        c.true(gnorm < 1e-2, f"the gradient of J is near zero at your (w, b) (norm {gnorm:.2g})")

    with suite.check("does not penalise the bias",
                     hint="with a strong penalty w goes to 0 but b should still match the "
                          "base rate: b = log(ybar / (1 - ybar)); leave b out of the penalty") as c:
        X, y = _data(2, w_true=(0.3, 0.0, 0.0, 0.0), b_true=1.6)
        w, b = _fit(c, fit, X, y, l2=5.0)
        w_star, b_star = _near_optimum(c, X, y, w, b, 0.0, 5.0)
        c.close(b, b_star, atol=0.02, rtol=0, what=f"b (base rate {y.mean():.2f})")

    with suite.check("L1 drives irrelevant weights to zero",
                     hint="add l1 * sign(w) to the gradient of w, or soft-threshold w by "
                          "lr * l1 after each step") as c:
        X, y = _data(3, w_true=(2.0, 0.0, -1.5, 0.0))
        w, b = _fit(c, fit, X, y, l1=0.1)
        w_star, _ = _near_optimum(c, X, y, w, b, 0.1, 0.0)
        zero = np.abs(w_star) < 1e-9
        c.true(zero.any(), "the minimiser has zero weights (checker sanity)")
        c.true(np.all(np.abs(w[zero]) < 0.02),
               f"weights that are 0 at the minimum are near 0 (got {np.round(w[zero], 4)})")

    with suite.check("L1 and L2 together",
                     hint="the two penalties add: l1 * sign(w) + l2 * w, the bias untouched") as c:
        X, y = _data(4, w_true=(1.0, -1.0, 0.2, 0.0), b_true=0.5)
        w, b = _fit(c, fit, X, y, l1=0.05, l2=0.2)
        _near_optimum(c, X, y, w, b, 0.05, 0.2)

    with suite.check("labels given as integers",
                     hint="integer labels must reach the same optimum as float ones: convert "
                          "with y.astype(float) before computing p - y; if the other optimum "
                          "checks fail as well, the optimiser is the cause, not the dtype") as c:
        X, y = _data(5)
        w, b = _fit(c, fit, X, y.astype(int), l2=0.1)
        _near_optimum(c, X, y, w, b, 0.0, 0.1)
