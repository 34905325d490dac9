"""Invariants that must hold for any parameters, not just the defaults."""

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from coach.domain.simulations.bandits import BanditParams, run_bandits
from coach.domain.simulations.uplift import uplift_curves

means = st.lists(st.floats(0.0, 1.0), min_size=2, max_size=6).map(tuple)


@settings(max_examples=25, deadline=None)
@given(means=means, epsilon=st.floats(0.0, 1.0), seed=st.integers(0, 2**32 - 1))
def test_regret_is_cumulative_and_bounded(means, epsilon, seed) -> None:
    params = BanditParams(means=means, epsilon=epsilon, horizon=60, runs=3, seed=seed)
    result = run_bandits(params)
    worst_gap = max(means) - min(means)
    for policy in result.policies:
        steps = np.diff(np.concatenate([[0.0], policy.regret]))
        assert np.all(steps >= -1e-12) and np.all(steps <= worst_gap + 1e-12)
        assert np.isclose(policy.pull_share.sum(), 1.0)


@settings(max_examples=50, deadline=None)
@given(data=st.data(), n=st.integers(4, 60))
def test_every_ranking_ends_the_qini_curve_at_the_same_point(data, n) -> None:
    treated = np.array(data.draw(st.lists(st.booleans(), min_size=n, max_size=n)))
    converted = np.array(data.draw(st.lists(st.booleans(), min_size=n, max_size=n)))
    score = np.array(data.draw(st.lists(st.floats(-1, 1), min_size=n, max_size=n)))
    a = uplift_curves("a", score, treated, converted)
    b = uplift_curves("b", -score, treated, converted)
    assert a.qini[0] == 0.0 == b.qini[0]
    assert np.isclose(a.qini[-1], b.qini[-1])
    assert a.share[0] == 0.0 and a.share[-1] == 1.0
