"""Hidden checks for the bandits drill.

Thompson sampling is random and may draw its samples in any order, so it is judged by the
frequency of each choice over many calls (against the probability that each arm's draw is
the largest), by reproducibility with the same seed, and by its use of the generator given.
"""

import numpy as np

from coach.drills.harness import Suite


def _arm(c, value, k, what):
    c.true(isinstance(value, int | np.integer) or (np.ndim(value) == 0 and
                                                    float(value).is_integer()),
           f"{what} returns an integer arm index (got {value!r})")
    arm = int(value)
    c.true(0 <= arm < k, f"{what} returns an index in 0..{k - 1} (got {arm})")
    return arm


def _p_best(alpha, beta):
    """P(arm i has the largest draw), by a large vectorised simulation."""
    draws = np.random.default_rng(12345).beta(alpha, beta, size=(50_000, len(alpha)))
    return np.bincount(draws.argmax(axis=1), minlength=len(alpha)) / len(draws)


def _frequencies(c, select, alpha, beta, seed, calls=1500):
    """Share of `calls` choices per arm. With 1500 calls the standard error of a share is at
    most 0.013, so the 0.06 tolerance used below is over 4.5 standard errors."""
    rng = np.random.default_rng(seed)
    raw = [select(alpha.copy(), beta.copy(), rng) for _ in range(calls)]
    _arm(c, raw[0], len(alpha), "thompson_select")
    picks = np.asarray(raw)
    c.true(picks.dtype.kind in "iu" and picks.min() >= 0 and picks.max() < len(alpha),
           f"thompson_select always returns an integer index in 0..{len(alpha) - 1}")
    return np.bincount(picks, minlength=len(alpha)) / calls


def run(suite: Suite, user, ref) -> None:
    ucb = suite.function(user, "ucb1_select")
    thompson = suite.function(user, "thompson_select")
    rng = np.random.default_rng(0)

    if ucb is not None:
        def pick(c, counts, values, t=None):
            counts, values = np.asarray(counts), np.asarray(values, dtype=float)
            t = int(counts.sum()) if t is None else t
            return _arm(c, ucb(counts.copy(), values.copy(), t), len(counts), "ucb1_select")

        with suite.check("UCB1 plays an untried arm first, the lowest index",
                         hint="before any score, return the first index whose count is 0") as c:
            c.equal(pick(c, [3, 0, 2, 0], [0.9, 0.0, 0.8, 0.0]), 1, what="counts [3, 0, 2, 0]")
            c.equal(pick(c, [1, 0, 1, 0], [0.9, 0.0, 0.8, 0.0]), 1, what="counts [1, 0, 1, 0]")
            c.equal(pick(c, [0, 0, 0], [0.0, 0.0, 0.0]), 0, what="nothing played yet (t = 0)")
            c.equal(pick(c, [5, 5, 0], [1.0, 1.0, 0.0]), 2, what="counts [5, 5, 0]")

        with suite.check("UCB1 matches on random counts and values",
                         hint="values + sqrt(2 * ln(t) / counts), then argmax") as c:
            for _ in range(20):
                counts = rng.integers(1, 60, size=6)
                values = rng.random(6)
                t = int(counts.sum())
                c.equal(pick(c, counts, values), ref.ucb1_select(counts, values, t),
                        what=f"arm for counts {counts.tolist()}, values "
                             f"{np.round(values, 3).tolist()}")

        with suite.check("UCB1's bonus uses ln of the total plays t",
                         hint="the numerator is ln(t) for every arm, t = total plays; ln of "
                              "the arm's own count gives a once-played arm no bonus at all") as c:
            c.equal(pick(c, [1, 50], [0.2, 0.5]), 0, what="counts [1, 50], values [0.2, 0.5]")
            c.equal(pick(c, [3, 400], [0.1, 0.9]), 0, what="counts [3, 400], values [0.1, 0.9]")

        with suite.check("UCB1's t is the plays so far, not t + 1",
                         hint="use the t given (it equals counts.sum()) as it is: ln(t + 1), "
                              "the number of the coming play, gives every arm a larger bonus "
                              "and can change the choice") as c:
            # With t = 4: 0.1 + sqrt(2 ln 4) = 1.7651 < 0.83 + sqrt(2 ln 4 / 3) = 1.7914,
            # while ln 5 would put arm 0 ahead (1.8941 against 1.8658).
            c.equal(pick(c, [1, 3], [0.1, 0.83]), 1, what="counts [1, 3], values [0.1, 0.83], "
                                                            "t = 4")

        with suite.check("UCB1 explores a little-played arm and breaks ties low",
                         hint="equal scores: np.argmax returns the first, the lowest index") as c:
            c.equal(pick(c, [100, 3], [0.6, 0.5]), 1, what="counts [100, 3], values [0.6, 0.5]")
            c.equal(pick(c, [4, 4, 4], [0.5, 0.5, 0.5]), 0, what="three identical arms")
            c.equal(pick(c, [4, 4, 4], [0.3, 0.7, 0.7]), 1, what="arms 1 and 2 tied")
            c.equal(pick(c, [7], [0.4]), 0, what="a single arm")

    if thompson is None:
        return

    with suite.check("Thompson picks each arm as often as its chance of the best draw",
                     hint="draw one sample per arm from Beta(alpha[i], beta[i]) and take the "
                          "argmax; the posterior mean alpha / (alpha + beta) never explores") as c:
        alpha, beta = np.array([2.0, 3.0, 5.0]), np.array([5.0, 3.0, 2.0])
        freq = _frequencies(c, thompson, alpha, beta, seed=1)
        expected = _p_best(alpha, beta)
        c.close(freq, expected, atol=0.06, rtol=0,
                what="share of 1500 choices per arm, against P(arm's draw is largest)")

    with suite.check("Thompson with a flat prior explores every arm evenly",
                     hint="Beta(1, 1) is uniform: each of four arms about a quarter of the time") as c:
        freq = _frequencies(c, thompson, np.ones(4), np.ones(4), seed=2)
        c.close(freq, np.full(4, 0.25), atol=0.06, rtol=0, what="share of 1500 choices per arm")

    with suite.check("Thompson reads alpha as successes and beta as failures",
                     hint="Beta(alpha, beta) has mean alpha / (alpha + beta): a large alpha "
                          "means a good arm") as c:
        alpha, beta = np.array([30.0, 3.0]), np.array([3.0, 30.0])
        freq = _frequencies(c, thompson, alpha, beta, seed=3, calls=200)
        c.true(freq[0] > 0.99, f"arm 0 (30 successes, 3 failures) nearly always chosen "
                               f"(got share {freq[0]:.3f})")

    with suite.check("Thompson uses the generator given, reproducibly",
                     hint="call rng.beta(...) (or another method of rng); not np.random.*, "
                          "and no new generator inside the function") as c:
        alpha, beta = np.ones(5), np.ones(5)
        state = np.random.get_state()
        try:
            np.random.seed(1)
            g = np.random.default_rng(7)
            first = [int(thompson(alpha, beta, g)) for _ in range(30)]
            np.random.seed(2)
            g = np.random.default_rng(7)
            second = [int(thompson(alpha, beta, g)) for _ in range(30)]
        finally:
            np.random.set_state(state)
        c.equal(second, first, what="30 choices from a second generator with the same seed")
        c.true(len(set(first)) > 1, "consecutive calls with one generator vary (the "
                                    "generator advances)")

    with suite.check("Thompson with a single arm",
                     hint="one arm: always index 0") as c:
        g = np.random.default_rng(4)
        c.equal(_arm(c, thompson(np.array([2.0]), np.array([3.0]), g), 1, "thompson_select"), 0,
                what="the arm chosen")
