import numpy as np
import pytest

from coach.domain.simulations.logistic import fit_logistic, sigmoid
from coach.domain.simulations.params import ParamError, from_text
from coach.domain.simulations.uplift import (
    READERS,
    SEGMENTS,
    UpliftParams,
    explain_uplift,
    run_uplift,
    simulate_experiment,
    uplift_curves,
)

from .helpers import timed


@pytest.fixture(scope="module")
def result():
    return timed(run_uplift, UpliftParams(seed=7))


def test_t_learner_beats_random_and_the_s_learner_without_interactions(result) -> None:
    t = result.model("T-learner").qini_coefficient
    random = result.model("random targeting").qini_coefficient
    flat = result.model("S-learner, no interactions").qini_coefficient
    assert abs(random) < 0.006
    assert t > random + 0.015
    assert t > flat + 0.015
    assert t <= result.model("true uplift (ceiling)").qini_coefficient + 0.003


def test_interactions_make_the_s_learner_as_good_as_the_t_learner(result) -> None:
    assert result.model("S-learner + interactions").qini_coefficient == pytest.approx(
        result.model("T-learner").qini_coefficient, abs=0.002)


def test_targeting_likely_buyers_does_worse_than_random(result) -> None:
    assert result.model("propensity to buy").qini_coefficient < 0
    assert result.model("propensity to buy").top_uplift < result.average_effect


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_ranking_holds_for_other_seeds_and_small_samples(seed: int) -> None:
    r = timed(run_uplift, UpliftParams(users=3000, seed=seed))
    assert r.model("T-learner").qini_coefficient > \
        r.model("S-learner, no interactions").qini_coefficient
    assert r.model("T-learner").qini_coefficient > r.model("random targeting").qini_coefficient


def test_qini_curve_by_hand() -> None:
    # Scores rank users 0..5; treated users 0, 2, 4; conversions 0, 1, 3, 5.
    score = np.array([6.0, 5, 4, 3, 2, 1])
    treated = np.array([1, 0, 1, 0, 1, 0], bool)
    converted = np.array([1, 1, 0, 1, 0, 1], bool)
    c = uplift_curves("x", score, treated, converted, points=7)
    # After k users: treated conversions - control conversions * n_t / n_c.
    expected = np.array([0, 1 - 0, 1 - 1 * 1 / 1, 1 - 1 * 2 / 1, 1 - 2 * 2 / 2, 1 - 2 * 3 / 2,
                         1 - 3 * 3 / 3]) / 6
    np.testing.assert_allclose(c.qini, expected)
    np.testing.assert_allclose(c.share, np.arange(7) / 6)
    assert np.isnan(c.uplift[0]) and np.isnan(c.uplift[1])
    assert c.uplift[2] == pytest.approx(1 - 1)
    assert c.uplift[-1] == pytest.approx(1 / 3 - 3 / 3)
    line = c.share * expected[-1]
    assert c.qini_coefficient == pytest.approx(np.trapezoid(expected - line, c.share))


def test_a_perfect_ranking_has_the_largest_qini() -> None:
    rng = np.random.default_rng(0)
    e = simulate_experiment(UpliftParams(users=20_000, seed=0), rng)
    true = uplift_curves("true", e.true_uplift, e.treated, e.converted).qini_coefficient
    reverse = uplift_curves("worst", -e.true_uplift, e.treated, e.converted).qini_coefficient
    assert true > 0.02 > -0.02 > reverse


def test_segments_follow_the_shares_and_respond_as_named() -> None:
    params = UpliftParams(users=40_000, shares=(0.4, 0.3, 0.2, 0.1), seed=1)
    e = simulate_experiment(params, np.random.default_rng(1))
    observed = np.bincount(e.segment, minlength=4) / params.users
    np.testing.assert_allclose(observed, params.shares, atol=0.01)
    effect = {}
    for i, name in enumerate(SEGMENTS):
        mine = e.segment == i
        effect[name] = e.converted[mine & e.treated].mean() - e.converted[mine & ~e.treated].mean()
    assert effect["persuadables"] > 0.4
    assert abs(effect["sure things"]) < 0.1 and abs(effect["lost causes"]) < 0.05
    assert effect["sleeping dogs"] < -0.3


def test_logistic_regression_finds_the_generating_weights() -> None:
    rng = np.random.default_rng(4)
    x = rng.standard_normal((20_000, 2))
    y = (rng.random(20_000) < sigmoid(0.5 + 1.5 * x[:, 0] - 1.0 * x[:, 1])).astype(float)
    model = fit_logistic(x, y, l2=1e-6)
    raw = model.weights[1:] / model.scale
    np.testing.assert_allclose(raw, [1.5, -1.0], atol=0.08)
    p = model.predict(x)
    gradient = model.design(x).T @ (p - y)
    assert np.abs(gradient).max() < 1e-4


def test_determinism(result) -> None:
    again = run_uplift(UpliftParams(seed=7))
    other = run_uplift(UpliftParams(seed=8))
    for x, y, z in zip(result.models, again.models, other.models, strict=True):
        np.testing.assert_array_equal(x.qini, y.qini)
        assert not np.array_equal(x.qini, z.qini)


def test_explanation_says_why_the_plain_s_learner_fails(result) -> None:
    text = explain_uplift(result)
    assert "same effect on the log-odds" in text
    assert "sleeping dogs" in text


def test_shares_are_checked_and_normalised() -> None:
    assert UpliftParams(shares=(0.25, 0.25, 0.25, 0.255)).shares == pytest.approx(
        tuple(s / 1.005 for s in (0.25, 0.25, 0.25, 0.255)))
    params = from_text(UpliftParams, READERS, {"shares": "0.4, 0.2, 0.2, 0.2", "users": "5000"})
    assert params.shares == (0.4, 0.2, 0.2, 0.2) and params.users == 5000


@pytest.mark.parametrize(("kwargs", "field", "words"), [
    ({"shares": (0.5, 0.5, 0.5)}, "shares", "four shares"),
    ({"shares": (0.5, 0.5, 0.5, 0.5)}, "shares", "add up to 1"),
    ({"shares": (1.2, -0.2, 0.0, 0.0)}, "shares", "between 0 and 1"),
    ({"users": 10}, "users", "between"),
    ({"treated_share": 0.95}, "treated_share", "at most"),
])
def test_invalid_parameters(kwargs, field, words) -> None:
    with pytest.raises(ParamError, match=words) as error:
        UpliftParams(**kwargs)
    assert error.value.field == field
