"""Hidden checks for the dropout drill.

The mask is random, so nothing is compared with the reference's mask: each check verifies
an invariant of inverted dropout against the mask the user's own code returned.
"""

import numpy as np

from coach.drills.harness import Suite


def _call(c, dropout_forward, x, p_drop, seed, training=True):
    result = dropout_forward(x, p_drop, np.random.default_rng(seed), training=training)
    out, mask = c.unpack(result, 2, what="dropout_forward(...)")
    c.shape(out, x.shape, what="out")
    c.shape(mask, x.shape, what="mask")
    m = np.asarray(mask)
    c.true(m.dtype.kind in "biuf" and np.isin(m, (0, 1)).all(),
           "mask holds only True/False (or 0/1): True where a unit is kept")
    return np.asarray(out, dtype=float), m.astype(bool)


def run(suite: Suite, user, ref) -> None:
    dropout_forward = suite.function(user, "dropout_forward")
    if dropout_forward is None:
        return
    rng = np.random.default_rng(0)

    with suite.check("kept units are scaled by 1 / (1 - p_drop), dropped units are 0",
                     hint="inverted dropout: out = x * mask / (1 - p_drop)") as c:
        x = rng.normal(size=(8, 16))
        out, mask = _call(c, dropout_forward, x, 0.25, seed=1)
        c.true(0 < mask.sum() < mask.size, "some units kept and some dropped at p_drop = 0.25")
        c.close(out, np.where(mask, x / 0.75, 0.0), what="out (given your mask)")

    with suite.check("keeps about 1 - p_drop of the units",
                     hint="a unit is kept when a uniform draw is below 1 - p_drop; p_drop is "
                          "the probability of dropping, not of keeping") as c:
        x = np.ones((200, 250))
        for p in (0.3, 0.8):
            _, mask = _call(c, dropout_forward, x, p, seed=2)
            kept = mask.mean()
            c.true(abs(kept - (1 - p)) < 0.01,
                   f"fraction kept near {1 - p:.2f} at p_drop = {p} (got {kept:.3f})")

    with suite.check("each unit is kept independently of the others",
                     hint="draw one uniform per unit, rng.random(x.shape) >= p_drop; dropping "
                          "exactly p_drop * size units, or sharing one draw along an axis, "
                          "makes the units depend on each other") as c:
        # Independent units: the kept count of a (4, 5) array is Binomial(20, 0.7), whose
        # standard deviation is 2.05; over 400 calls the sample deviation is within 0.1 of
        # it. A fixed count gives 0; one draw per column shared by the rows gives about 4.1.
        x = np.ones((4, 5))
        gen = np.random.default_rng(13)
        counts = []
        for _ in range(400):
            out, mask = dropout_forward(x, 0.3, gen)
            c.shape(mask, x.shape, what="mask")
            counts.append(int(np.asarray(mask).astype(bool).sum()))
        spread = float(np.std(counts))
        c.true(1.6 < spread < 2.5,
               f"the number of kept units of a (4, 5) array varies from call to call like "
               f"a Binomial(20, 0.7) count, standard deviation about 2.05 "
               f"(got {spread:.2f} over 400 calls)")

    with suite.check("preserves the mean activation",
                     hint="without the 1 / (1 - p_drop) scaling the expected output shrinks "
                          "to (1 - p_drop) * x and evaluation no longer matches training") as c:
        x = np.full((300, 200), 2.0)
        out, _ = _call(c, dropout_forward, x, 0.5, seed=3)
        c.true(abs(out.mean() - 2.0) < 0.03,
               f"mean of out near 2.0 for x = 2 everywhere (got {out.mean():.4f})")

    with suite.check("draws from the rng it is given",
                     hint="use rng.random(...) (or another method of rng), not np.random.*, "
                          "and do not create a new generator inside the function") as c:
        x = rng.normal(size=(6, 40))
        state = np.random.get_state()
        try:
            np.random.seed(11)
            out1, mask1 = _call(c, dropout_forward, x, 0.5, seed=5)
            np.random.seed(12)
            out2, mask2 = _call(c, dropout_forward, x, 0.5, seed=5)
        finally:
            np.random.set_state(state)
        c.equal(mask2, mask1, what="mask from a second generator with the same seed")
        c.close(out2, out1, what="out from a second generator with the same seed")
        _, mask3 = _call(c, dropout_forward, x, 0.5, seed=6)
        c.true(not np.array_equal(mask3, mask1), "a different seed gives a different mask")

    with suite.check("identity when training=False",
                     hint="evaluation uses every unit unscaled (the scaling already happened "
                          "in training); return x and an all-True mask") as c:
        x = rng.normal(size=(5, 7))
        out, mask = _call(c, dropout_forward, x, 0.5, seed=7, training=False)
        c.close(out, x, what="out in evaluation mode")
        c.true(mask.all(), "mask is all True in evaluation mode")

    with suite.check("identity when p_drop = 0",
                     hint="with nothing dropped the scale 1 / (1 - 0) is 1") as c:
        x = rng.normal(size=(4, 9))
        out, mask = _call(c, dropout_forward, x, 0.0, seed=8)
        c.close(out, x, what="out at p_drop = 0")
        c.true(mask.all(), "mask is all True at p_drop = 0")

    with suite.check("any shape: a vector and a 3-D batch",
                     hint="draw the mask with x.shape, whatever its number of dimensions") as c:
        for shape in ((50,), (2, 3, 4)):
            x = rng.normal(size=shape)
            out, mask = _call(c, dropout_forward, x, 0.4, seed=9)
            c.close(out, np.where(mask, x / 0.6, 0.0), what=f"out for shape {shape}")

    with suite.check("leaves its input unchanged",
                     hint="x *= mask edits the caller's array; build a new one") as c:
        x = rng.normal(size=(10, 10))
        before = x.copy()
        _call(c, dropout_forward, x, 0.5, seed=10)
        c.equal(x, before, what="x after the call")
