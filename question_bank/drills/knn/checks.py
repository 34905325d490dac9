"""Hidden checks for the k-nearest-neighbours drill."""

import numpy as np

from coach.drills.harness import Suite


def _predict(c, fn, Xtr, ytr, Xte, k):
    out = fn(Xtr.copy(), ytr.copy(), Xte.copy(), k)
    c.shape(out, (len(Xte),), what=f"knn_predict(..., k={k})")
    return np.asarray(out)


def run(suite: Suite, user, ref) -> None:
    knn = suite.function(user, "knn_predict")
    if knn is None:
        return
    rng = np.random.default_rng(0)

    with suite.check("matches on random data (3 classes, k = 5)",
                     hint="distances from each test row to every training row, the k "
                          "smallest, then the most common label among them") as c:
        Xtr = rng.normal(size=(60, 2))
        ytr = (Xtr[:, 0] > 0).astype(int) + (Xtr[:, 1] > 0.5)
        Xte = rng.normal(size=(25, 2))
        c.equal(_predict(c, knn, Xtr, ytr, Xte, 5), ref.knn_predict(Xtr, ytr, Xte, 5),
                what="labels")

    with suite.check("returns an integer array of labels taken from y_train",
                     hint="collect the votes' winners into an integer array, e.g. "
                          "np.array(preds, dtype=y_train.dtype); np.zeros(m) is float") as c:
        Xtr = rng.normal(size=(12, 2))
        ytr = np.array([3, 7, 9] * 4)
        out = _predict(c, knn, Xtr, ytr, rng.normal(size=(5, 2)), 3)
        c.true(out.dtype.kind in "iu", f"labels have an integer dtype (got {out.dtype})")
        c.true(bool(np.isin(out, ytr).all()),
               f"every label is one of y_train's (got {out.tolist()})")

    with suite.check("k = 1: every training point predicts its own label",
                     hint="with k = 1 the nearest training row to a training point is "
                          "itself, at distance 0") as c:
        Xtr = rng.normal(size=(30, 3))
        ytr = rng.integers(0, 4, size=30)
        c.equal(_predict(c, knn, Xtr, ytr, Xtr, 1), ytr, what="labels of the training rows")

    with suite.check("k = n: the overall majority",
                     hint="every training row votes; ties go to the smallest label") as c:
        Xtr = rng.normal(size=(9, 2))
        ytr = np.array([2, 0, 2, 1, 2, 0, 1, 0, 1])  # 0, 1 and 2 three times each
        Xte = rng.normal(size=(4, 2))
        c.equal(_predict(c, knn, Xtr, ytr, Xte, 9), np.zeros(4, dtype=int),
                what="labels with every row voting (a three-way tie)")
        ytr = np.array([2, 0, 2, 1, 2, 0, 1, 0, 2])
        c.equal(_predict(c, knn, Xtr, ytr, Xte, 9), np.full(4, 2),
                what="labels with every row voting (2 has most votes)")

    with suite.check("a tie in the vote goes to the smallest label",
                     hint="count the votes per label and take the smallest label with the "
                          "highest count; Counter.most_common breaks ties by first seen") as c:
        Xtr = np.array([[0.0], [1.0], [5.0], [6.0]])
        ytr = np.array([5, 2, 5, 2])
        Xte = np.array([[0.4]])
        c.equal(_predict(c, knn, Xtr, ytr, Xte, 1), [5], what="k = 1 (nearest is label 5)")
        c.equal(_predict(c, knn, Xtr, ytr, Xte, 2), [2], what="k = 2 (one vote each: 2 < 5)")
        c.equal(_predict(c, knn, Xtr, ytr, Xte, 3), [5], what="k = 3 (label 5 has two votes)")

    with suite.check("Euclidean distance",
                     hint="sqrt(sum((a - b) ** 2)) (or its square), not sum(|a - b|)") as c:
        Xtr = np.array([[3.0, 0.0], [2.0, 2.0]])
        ytr = np.array([0, 1])
        c.equal(_predict(c, knn, Xtr, ytr, np.zeros((1, 2)), 1), [1],
                what="nearest of (3, 0) and (2, 2) to the origin")

    with suite.check("labels -1 and 1",
                     hint="do not assume labels are 0..K-1 (np.bincount rejects negatives); "
                          "np.unique(..., return_inverse=True) maps them to codes") as c:
        Xtr = rng.normal(size=(40, 2))
        ytr = np.where(Xtr[:, 0] + Xtr[:, 1] > 0, 1, -1)
        Xte = rng.normal(size=(15, 2))
        c.equal(_predict(c, knn, Xtr, ytr, Xte, 3), ref.knn_predict(Xtr, ytr, Xte, 3),
                what="labels")

    with suite.check("a single test row, and a batch like its rows one by one",
                     hint="each test row is classified independently; keep the (m, d) shape") as c:
        Xtr = rng.normal(size=(20, 4))
        ytr = rng.integers(0, 3, size=20)
        Xte = rng.normal(size=(6, 4))
        batch = _predict(c, knn, Xtr, ytr, Xte, 3)
        for i in range(6):
            one = _predict(c, knn, Xtr, ytr, Xte[i:i + 1], 3)
            c.equal(one, batch[i:i + 1], what=f"test row {i} alone")

    with suite.check("leaves its inputs unchanged",
                     hint="compute distances into new arrays") as c:
        Xtr, ytr, Xte = rng.normal(size=(10, 2)), rng.integers(0, 2, size=10), rng.normal(size=(3, 2))
        before = (Xtr.copy(), ytr.copy(), Xte.copy())
        knn(Xtr, ytr, Xte, 3)
        for name, a, b in zip(("X_train", "y_train", "X_test"), (Xtr, ytr, Xte), before,
                              strict=True):
            c.equal(a, b, what=f"{name} after the call")
