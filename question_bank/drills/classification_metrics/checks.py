"""Hidden checks for the classification-metrics drill."""

import numpy as np

from coach.drills.harness import Suite


def _pairwise_auc(y, s) -> float:
    """The definition itself: P(score of a positive > score of a negative), ties one half."""
    pos, neg = s[y == 1], s[y == 0]
    diff = pos[:, None] - neg[None, :]
    return float(((diff > 0) + 0.5 * (diff == 0)).mean())


def _prf(c, fn, y_true, y_pred, what):
    out = c.unpack(fn(y_true.copy(), y_pred.copy()), 3, what=what)
    for name, v in zip(("precision", "recall", "f1"), out, strict=True):
        c.true(np.size(v) == 1, f"{name} is one number (got shape {np.shape(v)})")
        c.finite(v, what=f"{name} of {what}")
    return np.array([float(np.asarray(v).reshape(-1)[0]) for v in out])


def run(suite: Suite, user, ref) -> None:
    prf = suite.function(user, "precision_recall_f1")
    auc = suite.function(user, "roc_auc")
    rng = np.random.default_rng(0)

    if prf is not None:
        with suite.check("precision, recall and F1 on a hand-made case",
                         hint="precision = TP / (TP + FP), recall = TP / (TP + FN), "
                              "F1 = 2PR / (P + R), the harmonic mean, not the average") as c:
            y_true = np.array([1, 1, 1, 0, 0, 0])
            y_pred = np.array([1, 0, 0, 1, 0, 0])  # TP 1, FP 1, FN 2
            got = _prf(c, prf, y_true, y_pred, "the hand-made case")
            c.close(got, [0.5, 1 / 3, 0.4], what="(precision, recall, f1)")

        with suite.check("matches on random labels",
                         hint="count TP, FP and FN with boolean masks on label == 1") as c:
            for n, rate in ((50, 0.3), (200, 0.6)):
                y_true = (rng.random(n) < rate).astype(int)
                y_pred = (rng.random(n) < 0.5).astype(int)
                got = _prf(c, prf, y_true, y_pred, f"{n} random labels")
                c.close(got, ref.precision_recall_f1(y_true, y_pred),
                        what=f"(precision, recall, f1) on {n} random labels")

        with suite.check("zero division gives 0",
                         hint="no predicted positives: precision is 0; no actual positives: "
                              "recall is 0; P = R = 0: F1 is 0; never nan") as c:
            got = _prf(c, prf, np.array([1, 0, 1, 0]), np.zeros(4, dtype=int),
                       "no predicted positives")
            c.close(got, [0.0, 0.0, 0.0], what="(precision, recall, f1), nothing predicted")
            got = _prf(c, prf, np.zeros(4, dtype=int), np.array([0, 1, 0, 0]),
                       "no actual positives")
            c.close(got, [0.0, 0.0, 0.0], what="(precision, recall, f1), no positives")
            got = _prf(c, prf, np.zeros(3, dtype=int), np.zeros(3, dtype=int), "all negative")
            c.close(got, [0.0, 0.0, 0.0], what="(precision, recall, f1), all negative")

        with suite.check("perfect predictions and boolean labels",
                         hint="compare with == 1 (True == 1 too), so booleans work unchanged") as c:
            y = np.array([True, False, True, True, False])
            got = _prf(c, prf, y, y.copy(), "perfect boolean predictions")
            c.close(got, [1.0, 1.0, 1.0], what="(precision, recall, f1)")

    if auc is None:
        return

    def _auc(c, y, s, what):
        out = auc(y.copy(), s.copy())
        c.true(np.size(out) == 1, f"roc_auc returns one number (got shape {np.shape(out)})")
        c.finite(out, what=what)
        return float(np.asarray(out).reshape(-1)[0])

    with suite.check("AUC on random continuous scores",
                     hint="the fraction of (positive, negative) pairs ranked correctly; "
                          "sort once or use ranks") as c:
        y = (rng.random(120) < 0.4).astype(int)
        s = rng.normal(size=120) + y
        c.close(_auc(c, y, s, "AUC"), _pairwise_auc(y, s), atol=1e-10, what="AUC")

    with suite.check("AUC with heavily tied scores counts ties as one half",
                     hint="give tied scores the average of their ranks (or walk the ROC "
                          "curve one distinct threshold at a time, with trapezoids)") as c:
        y = (rng.random(150) < 0.5).astype(int)
        s = np.round(rng.random(150) + 0.3 * y, 1)  # only a dozen distinct values
        c.close(_auc(c, y, s, "AUC with ties"), _pairwise_auc(y, s), atol=1e-10,
                what="AUC with ties")
        y2 = np.array([0, 1, 0, 1, 1, 0])
        s2 = np.array([0.2, 0.2, 0.5, 0.5, 0.9, 0.1])
        c.close(_auc(c, y2, s2, "AUC"), 7.0 / 9.0, atol=1e-12,
                what="AUC of y=[0,1,0,1,1,0], s=[.2,.2,.5,.5,.9,.1]")

    with suite.check("all-equal scores give 0.5; perfect 1; reversed 0",
                     hint="every pair tied is one half each: 0.5 overall") as c:
        y = np.array([1, 0, 1, 0, 0, 1, 0])
        c.close(_auc(c, y, np.full(7, 0.3), "AUC"), 0.5, atol=1e-12,
                what="AUC of constant scores")
        s = y + rng.random(7) * 0.5
        c.close(_auc(c, y, s, "AUC"), 1.0, atol=1e-12, what="AUC of a perfect ranking")
        c.close(_auc(c, y, -s, "AUC"), 0.0, atol=1e-12, what="AUC of a reversed ranking")

    with suite.check("AUC depends only on the order of the scores",
                     hint="the AUC is a ranking metric: a monotone transform changes nothing") as c:
        y = (rng.random(80) < 0.3).astype(int)
        s = rng.normal(size=80) + 0.8 * y
        base = _auc(c, y, s, "AUC")
        c.close(_auc(c, y, np.exp(3 * s) - 5, "AUC"), base, atol=1e-12,
                what="AUC of exp(3 s) - 5 against AUC of s")

    with suite.check("one class only raises ValueError",
                     hint="with no negatives (or no positives) there are no pairs: "
                          "raise ValueError instead of dividing by zero") as c:
        for y in (np.ones(5, dtype=int), np.zeros(5, dtype=int)):
            try:
                auc(y, rng.random(5))
            except ValueError:
                continue
            c.fail(f"roc_auc(y_true={y.tolist()}, ...) returned instead of raising ValueError")
