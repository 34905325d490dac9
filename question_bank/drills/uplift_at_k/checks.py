"""Hidden checks for the uplift-at-k drill."""

import math

import numpy as np

from coach.drills.harness import Suite


def _experiment(seed: int, n: int):
    """A randomised experiment where users with a high true uplift respond to treatment;
    the scores are a noisy estimate of that uplift."""
    rng = np.random.default_rng(seed)
    uplift = rng.uniform(-0.1, 0.4, size=n)
    base = rng.uniform(0.05, 0.3, size=n)
    treatment = (rng.random(n) < 0.5).astype(int)
    y = (rng.random(n) < base + treatment * uplift).astype(int)
    scores = uplift + rng.normal(scale=0.1, size=n)
    return scores, y, treatment


def _manual(scores, y, treatment, n_top):
    top = np.argsort(-scores, kind="stable")[:n_top]
    t = treatment[top].astype(bool)
    return float(y[top][t].mean() - y[top][~t].mean())


def _value(c, fn, scores, y, treatment, k, what):
    out = fn(scores.copy(), y.copy(), treatment.copy(), k)
    c.true(np.size(out) == 1, f"{what}: one number (got shape {np.shape(out)})")
    return float(np.asarray(out, dtype=float).reshape(-1)[0])


def run(suite: Suite, user, ref) -> None:
    uplift = suite.function(user, "uplift_at_k")
    if uplift is None:
        return

    with suite.check("matches on a random experiment (k = 0.3)",
                     hint="sort by score descending, keep the top ceil(k * n) rows, then "
                          "treated rate minus control rate within them") as c:
        scores, y, treatment = _experiment(0, 400)
        got = _value(c, uplift, scores, y, treatment, 0.3, "uplift_at_k")
        c.close(got, ref.uplift_at_k(scores, y, treatment, 0.3), atol=1e-12,
                what="uplift at k = 0.3")

    with suite.check("a hand-made case",
                     hint="top 4 by score: rows 5, 2, 7, 0; treated rows 5 and 7 convert 1 of "
                          "2, control rows 2 and 0 convert 0 of 2") as c:
        scores = np.array([0.6, 0.1, 0.9, 0.2, 0.3, 0.95, 0.05, 0.7])
        y = np.array([0, 1, 0, 1, 1, 1, 1, 0])
        treatment = np.array([0, 1, 0, 0, 1, 1, 0, 1])
        got = _value(c, uplift, scores, y, treatment, 0.5, "uplift_at_k")
        c.close(got, 0.5, atol=1e-12, what="uplift at k = 0.5")

    with suite.check("k = 1 is the average effect of the whole experiment",
                     hint="with every row kept, the answer is mean(y | treated) - "
                          "mean(y | control)") as c:
        scores, y, treatment = _experiment(1, 300)
        got = _value(c, uplift, scores, y, treatment, 1.0, "uplift_at_k")
        t = treatment == 1
        c.close(got, y[t].mean() - y[~t].mean(), atol=1e-12, what="uplift at k = 1")

    with suite.check("uses only the top rows by score",
                     hint="the metric asks how well the *targeted* users respond: slice the "
                          "sorted rows to the top ceil(k * n), highest scores first") as c:
        scores, y, treatment = _experiment(2, 600)
        for k in (0.1, 0.2, 0.5):
            n_top = math.ceil(k * 600)
            got = _value(c, uplift, scores, y, treatment, k, "uplift_at_k")
            c.close(got, _manual(scores, y, treatment, n_top), atol=1e-12,
                    what=f"uplift at k = {k}")

    with suite.check("rates within each group, not counts over the top rows",
                     hint="divide treated conversions by the number of treated rows in the top "
                          "and control conversions by the number of control rows") as c:
        scores = np.arange(10, 0, -1, dtype=float)
        y = np.array([1, 1, 0, 1, 0, 0, 1, 0, 0, 0])
        treatment = np.array([1, 1, 1, 0, 0, 1, 0, 1, 0, 1])
        got = _value(c, uplift, scores, y, treatment, 0.5, "uplift_at_k")
        c.close(got, 2 / 3 - 1 / 2, atol=1e-12,
                what="uplift at k = 0.5 (3 treated, 2 control in the top 5)")

    with suite.check("k * n not a whole number",
                     hint="take ceil(k * n) rows (rounding down is accepted), never 0 rows") as c:
        scores, y, treatment = _experiment(3, 250)
        got = _value(c, uplift, scores, y, treatment, 0.133, "uplift_at_k")  # 33.25 rows
        options = [_manual(scores, y, treatment, m) for m in (33, 34)]
        c.true(any(abs(got - o) < 1e-12 for o in options),
               f"uplift over the top 34 rows ({options[1]:.6f}) or the top 33 "
               f"({options[0]:.6f}); got {got:.6f}")

    with suite.check("tied scores at the cutoff keep their original order",
                     hint="sort with np.argsort(-scores, kind='stable'); reversing an "
                          "ascending argsort puts later rows first among ties") as c:
        scores = np.array([0.9, 0.5, 0.5, 0.5, 0.5, 0.1])
        y = np.array([1, 1, 0, 1, 0, 1])
        treatment = np.array([1, 0, 1, 1, 0, 1])
        got = _value(c, uplift, scores, y, treatment, 0.5, "uplift_at_k")  # rows 0, 1, 2
        c.close(got, 0.5 - 1.0, atol=1e-12, what="uplift at k = 0.5 (rows 0, 1, 2)")

    with suite.check("many tied scores: the first rows among the ties are kept",
                     hint="np.argsort's default quicksort is not stable on larger arrays; "
                          "pass kind='stable' to np.argsort(-scores)") as c:
        # 60 rows with five distinct scores; the cutoff at 30 falls inside the 0.5 group.
        rng = np.random.default_rng(0)
        scores = np.round(rng.random(60) * 4) / 4
        y = (rng.random(60) < 0.5).astype(int)
        treatment = (rng.random(60) < 0.5).astype(int)
        got = _value(c, uplift, scores, y, treatment, 0.5, "uplift_at_k")
        c.close(got, _manual(scores, y, treatment, 30), atol=1e-12,
                what="uplift at k = 0.5 (top 30 rows, stable order among ties)")

    with suite.check("no control row among the targeted: nan",
                     hint="with no comparison group the difference is undefined; return "
                          "float('nan') rather than a rate minus 0") as c:
        scores = np.array([0.9, 0.8, 0.7, 0.2, 0.1])
        y = np.array([1, 0, 1, 0, 1])
        treatment = np.array([1, 1, 1, 0, 0])
        got = _value(c, uplift, scores, y, treatment, 0.6, "uplift_at_k")
        c.true(math.isnan(got), f"nan when the top 3 rows are all treated (got {got!r})")

    with suite.check("boolean inputs, and inputs left unchanged",
                     hint="convert with astype(bool) / astype(float) into new arrays") as c:
        scores, y, treatment = _experiment(4, 200)
        expected = ref.uplift_at_k(scores, y, treatment, 0.25)
        yb, tb = y.astype(bool), treatment.astype(bool)
        before = (scores.copy(), yb.copy(), tb.copy())
        got = uplift(scores, yb, tb, 0.25)
        c.close(float(got), expected, atol=1e-12, what="uplift at k = 0.25 with booleans")
        for name, arr, old in zip(("scores", "y", "treatment"), (scores, yb, tb), before,
                                  strict=True):
            c.equal(arr, old, what=f"{name} after the call")
