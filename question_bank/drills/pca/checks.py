"""Hidden checks for the PCA drill.

A principal direction is only defined up to its sign, so components are compared with the
reference row by row through |cos| of the angle between them.
"""

import numpy as np

from coach.drills.harness import Suite


def _data(seed: int, n: int, scales, offset: float = 0.0):
    """Correlated data with well-separated variances along a random rotation."""
    rng = np.random.default_rng(seed)
    d = len(scales)
    rotation, _ = np.linalg.qr(rng.normal(size=(d, d)))
    return rng.normal(size=(n, d)) * np.asarray(scales) @ rotation.T + offset


def _run(c, pca, X, k):
    out = c.unpack(pca(X.copy(), k), 2, what="pca(X, n_components)")
    comps, ratio = out
    c.shape(comps, (k, X.shape[1]), what="components")
    c.shape(ratio, (k,), what="explained_variance_ratio")
    comps, ratio = np.asarray(comps, dtype=float), np.asarray(ratio, dtype=float)
    c.finite(comps, what="components")
    c.finite(ratio, what="explained_variance_ratio")
    return comps, ratio


def _match_up_to_sign(c, comps, expected, what="components"):
    cos = np.abs(np.sum(comps * expected, axis=1)) / (
        np.linalg.norm(comps, axis=1) * np.linalg.norm(expected, axis=1))
    c.close(cos, np.ones(len(expected)), atol=1e-6, rtol=0,
            what=f"{what}: |cos| of the angle to the reference's row (1 = same direction, "
                 f"either sign)")


def run(suite: Suite, user, ref) -> None:
    pca = suite.function(user, "pca")
    if pca is None:
        return

    with suite.check("components match the reference up to sign",
                     hint="components are the top right-singular vectors of the centred data "
                          "(rows of Vt), or the top eigenvectors of its covariance as rows") as c:
        X = _data(0, 200, [5.0, 3.0, 2.0, 1.0, 0.5])
        comps, _ = _run(c, pca, X, 3)
        _match_up_to_sign(c, comps, ref.pca(X, 3)[0])

    with suite.check("rows are unit length and mutually orthogonal",
                     hint="normalise each direction; eigenvectors from np.linalg.eigh are "
                          "columns: transpose before slicing rows") as c:
        X = _data(1, 150, [4.0, 2.5, 1.5, 1.0])
        comps, _ = _run(c, pca, X, 3)
        c.close(comps @ comps.T, np.eye(3), atol=1e-8, what="components @ components.T")

    with suite.check("ordered by explained variance, largest first",
                     hint="np.linalg.eigh returns eigenvalues in ascending order: reverse "
                          "them (and their vectors)") as c:
        X = _data(2, 300, [1.0, 6.0, 0.3, 3.0])
        comps, ratio = _run(c, pca, X, 4)
        c.true(np.all(np.diff(ratio) <= 1e-12), f"ratios non-increasing (got {ratio.round(4)})")
        _match_up_to_sign(c, comps, ref.pca(X, 4)[0])

    with suite.check("explained variance ratio is over the total variance",
                     hint="divide each component's variance by the sum over all d directions "
                          "(the trace of the covariance), not by the sum of the kept ones") as c:
        X = _data(3, 250, [3.0, 2.0, 1.0, 1.0, 0.5])
        _, ratio = _run(c, pca, X, 2)
        c.close(ratio, ref.pca(X, 2)[1], atol=1e-8, what="explained_variance_ratio")
        c.true(ratio.sum() < 1.0, "two of five components explain less than everything")

    with suite.check("all components: ratios sum to 1",
                     hint="with every direction kept the ratios cover the whole variance") as c:
        X = _data(4, 80, [2.0, 1.5, 1.0])
        comps, ratio = _run(c, pca, X, 3)
        c.close(ratio.sum(), 1.0, atol=1e-10, what="sum of the ratios")
        c.close(ratio, ref.pca(X, 3)[1], atol=1e-8, what="explained_variance_ratio")

    with suite.check("centres the data (large offset)",
                     hint="subtract the column means first; otherwise the first component "
                          "points at the mean instead of along the spread") as c:
        X = _data(5, 200, [3.0, 1.0, 0.5], offset=50.0)
        comps, ratio = _run(c, pca, X, 2)
        expected = ref.pca(X, 2)
        _match_up_to_sign(c, comps, expected[0])
        c.close(ratio, expected[1], atol=1e-8, what="explained_variance_ratio")

    with suite.check("wide data (fewer samples than features) and one component",
                     hint="with n < d at most n - 1 directions carry variance; the SVD with "
                          "full_matrices=False handles any shape") as c:
        X = _data(6, 8, [5.0, 4.0, 3.0, 2.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0])
        comps, ratio = _run(c, pca, X, 1)
        expected = ref.pca(X, 1)
        _match_up_to_sign(c, comps, expected[0])
        c.close(ratio, expected[1], atol=1e-8, what="explained_variance_ratio")

    with suite.check("data on a plane in 3-D",
                     hint="the third direction has zero variance: its ratio is 0") as c:
        rng = np.random.default_rng(7)
        basis = np.array([[1.0, 1.0, 0.0], [0.0, 1.0, 1.0]])
        X = (rng.normal(size=(60, 2)) * [3.0, 1.0]) @ basis + [1.0, -2.0, 4.0]
        comps, ratio = _run(c, pca, X, 3)
        c.close(ratio[2], 0.0, atol=1e-10, what="ratio of the third component")
        normal = np.cross(basis[0], basis[1])
        c.close(abs(comps[2] @ normal) / np.linalg.norm(normal), 1.0, atol=1e-6,
                what="|cos| between the third component and the plane's normal")

    with suite.check("leaves its input unchanged",
                     hint="X -= X.mean(axis=0) edits the caller's array; use X - X.mean(...)") as c:
        X = _data(8, 50, [2.0, 1.0, 0.5], offset=3.0)
        before = X.copy()
        pca(X, 2)
        c.equal(X, before, what="X after the call")
