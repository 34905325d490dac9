"""Hidden checks for the k-means drill.

Cluster numbering and initialisation are the user's choice, so results are judged by
invariants: the partition up to a permutation, centroids that are the means of their
points, points at their nearest centroid, and the inertia against the reference's.
"""

import numpy as np

from coach.drills.harness import Suite


def _blobs(seed: int, k: int = 5, per: int = 30, d: int = 2, spread: float = 100.0):
    """k tight clusters whose centres are at least `spread` apart, rows shuffled."""
    rng = np.random.default_rng(seed)
    centres = np.array([[spread * i, spread * ((i * 7) % k)] + [0.0] * (d - 2)
                        for i in range(k)])
    sizes = [per + 5 * i for i in range(k)]
    X = np.vstack([c + rng.normal(size=(s, d)) for c, s in zip(centres, sizes, strict=True)])
    truth = np.repeat(np.arange(k), sizes)
    order = rng.permutation(len(X))
    return X[order], truth[order]


def _inertia(X, centroids, labels) -> float:
    return float(((X - centroids[labels]) ** 2).sum())


def _run(c, kmeans, X, k, **kw):
    out = c.unpack(kmeans(X.copy(), k, **kw), 2, what="kmeans(...)")
    centroids, labels = out
    c.shape(centroids, (k, X.shape[1]), what="centroids")
    c.shape(labels, (len(X),), what="labels")
    labels = np.asarray(labels)
    c.true(labels.dtype.kind in "iu" or np.all(labels == np.round(labels)),
           "labels are whole numbers")
    labels = labels.astype(int)
    c.true(labels.min() >= 0 and labels.max() < k, f"labels lie in 0..{k - 1}")
    centroids = np.asarray(centroids, dtype=float)
    c.finite(centroids, what="centroids")
    return centroids, labels


def _same_partition(c, labels, truth, what):
    for t in np.unique(truth):
        got = np.unique(labels[truth == t])
        c.true(len(got) == 1, f"{what}: the points of true cluster {t} share one label "
                              f"(they got labels {got.tolist()})")
    c.true(len(np.unique(labels)) == len(np.unique(truth)),
           f"{what}: each true cluster has its own label")


def run(suite: Suite, user, ref) -> None:
    kmeans = suite.function(user, "kmeans")
    if kmeans is None:
        return

    with suite.check("returns centroids (k, d) and an integer label array (n,)",
                     hint="labels index the centroids (centroids[labels]), so they must be "
                          "integers: np.argmin returns them, a label array started with "
                          "np.zeros(n) is float") as c:
        X, _ = _blobs(50, k=3)
        out = c.unpack(kmeans(X.copy(), 3), 2, what="kmeans(X, 3)")
        c.shape(out[0], (3, X.shape[1]), what="centroids")
        c.shape(out[1], (len(X),), what="labels")
        dtype = np.asarray(out[1]).dtype
        c.true(dtype.kind in "iu", f"labels have an integer dtype (got {dtype})")

    with suite.check("recovers five well-separated blobs (seeds 0, 1, 2)",
                     hint="seed with k-means++: pick each new centre with probability "
                          "proportional to its squared distance to the nearest centre so far; "
                          "plain random picks often put two centres in one blob") as c:
        for seed in (0, 1, 2):
            X, truth = _blobs(10 + seed)
            _, labels = _run(c, kmeans, X, 5, seed=seed)
            _same_partition(c, labels, truth, f"seed {seed}")

    with suite.check("each centroid is the mean of its points",
                     hint="update with X[labels == j].mean(axis=0), one mean per coordinate") as c:
        X, _ = _blobs(20, k=4, d=3)
        centroids, labels = _run(c, kmeans, X, 4, seed=0)
        for j in range(4):
            members = X[labels == j]
            c.true(len(members) > 0, f"cluster {j} is not empty")
            c.close(centroids[j], members.mean(axis=0), atol=1e-8,
                    what=f"centroid {j} against the mean of its points")

    with suite.check("each point is labelled with its nearest centroid",
                     hint="assign by the smallest squared distance, and return the labels that "
                          "match the returned centroids (iterate until nothing changes)") as c:
        rng = np.random.default_rng(4)
        X = np.vstack([rng.normal(size=(40, 2)), rng.normal(size=(40, 2)) + [6, 0],
                       rng.normal(size=(40, 2)) + [3, 5]])
        centroids, labels = _run(c, kmeans, X, 3, seed=1)
        nearest = ((X[:, None, :] - centroids[None]) ** 2).sum(axis=2).argmin(axis=1)
        c.equal(labels, nearest, what="labels against the nearest returned centroid")

    with suite.check("inertia no worse than the reference's",
                     hint="a worse local minimum comes from the seeding: use k-means++") as c:
        X, _ = _blobs(30, k=4, per=25, d=3, spread=60.0)
        centroids, labels = _run(c, kmeans, X, 4, seed=3)
        rc, rl = ref.kmeans(X, 4, seed=3)
        mine, theirs = _inertia(X, centroids, labels), _inertia(X, rc, rl)
        c.true(mine <= theirs * (1 + 1e-6) + 1e-9,
               f"inertia {mine:.4f} at most the reference's {theirs:.4f}")

    with suite.check("k = 1: the centroid is the mean of all points",
                     hint="one cluster holds every point; labels are all 0") as c:
        X = np.random.default_rng(5).normal(size=(25, 3))
        centroids, labels = _run(c, kmeans, X, 1, seed=0)
        c.close(centroids[0], X.mean(axis=0), atol=1e-10, what="the centroid")
        c.equal(labels, np.zeros(25, dtype=int), what="labels")

    with suite.check("repeated points, k = number of distinct points",
                     hint="squared distances of 0 must not break the seeding; pick among the "
                          "points not yet covered") as c:
        base = np.array([[0.0, 0.0], [5.0, 1.0], [-3.0, 4.0]])
        X = base[np.random.default_rng(6).integers(0, 3, size=30)]
        X[:3] = base
        centroids, labels = _run(c, kmeans, X, 3, seed=2)
        c.close(_inertia(X, centroids, labels), 0.0, atol=1e-9, what="inertia")
        found = sorted(map(tuple, np.round(centroids, 9)))
        c.close(np.array(found), np.array(sorted(map(tuple, base))), atol=1e-9,
                what="the centroids (sorted)")

    with suite.check("the same seed gives the same clustering",
                     hint="draw randomness only from np.random.default_rng(seed), never "
                          "from np.random.* or the clock") as c:
        rng = np.random.default_rng(7)
        X = rng.normal(size=(60, 2))  # no structure: the result depends on the seeding
        state = np.random.get_state()
        try:
            np.random.seed(1)
            c1, l1 = _run(c, kmeans, X, 4, seed=9)
            np.random.seed(2)
            c2, l2 = _run(c, kmeans, X, 4, seed=9)
        finally:
            np.random.set_state(state)
        c.equal(l2, l1, what="labels of a second run with seed 9")
        c.close(c2, c1, what="centroids of a second run with seed 9")

    with suite.check("leaves its input unchanged",
                     hint="work on copies; X is the caller's data") as c:
        X, _ = _blobs(40, k=3)
        before = X.copy()
        kmeans(X, 3, seed=0)
        c.equal(X, before, what="X after the call")
