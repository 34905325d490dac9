import numpy as np
import pytest

from coach.domain.simulations.bandits import (
    _UCB1,
    READERS,
    BanditParams,
    explain_bandits,
    run_bandits,
)
from coach.domain.simulations.params import ParamError, from_text

from .helpers import timed

STANDARD = BanditParams(means=(0.1, 0.2, 0.3, 0.5, 0.45), epsilon=0.1, horizon=2000, runs=20,
                        seed=7)


@pytest.fixture(scope="module")
def standard():
    return timed(run_bandits, STANDARD)


def test_thompson_beats_epsilon_greedy_and_ucb1_on_the_standard_arms(standard) -> None:
    greedy = standard.policy("epsilon-greedy").final_regret
    thompson = standard.policy("Thompson").final_regret
    assert thompson < 0.8 * greedy
    assert thompson < standard.policy("UCB1").final_regret


def test_ucb1_beats_epsilon_greedy_once_fixed_exploration_adds_up() -> None:
    """On close, low arms UCB1's bonus over-explores for thousands of pulls; with well
    separated arms over 5000 pulls the linear cost of epsilon-greedy dominates."""
    result = timed(run_bandits, BanditParams(means=(0.1, 0.3, 0.5, 0.7, 0.9), horizon=5000,
                                             runs=10, seed=3))
    greedy = result.policy("epsilon-greedy")
    ucb = result.policy("UCB1")
    assert ucb.final_regret < 0.8 * greedy.final_regret
    assert result.policy("Thompson").final_regret < ucb.final_regret
    # Regret rate over the last fifth: linear for epsilon-greedy, flattening for UCB1.
    def late_rate(curve: np.ndarray) -> float:
        return float(curve[-1] - curve[-1000]) / 1000
    assert late_rate(ucb.regret) < 0.5 * late_rate(greedy.regret)


def test_epsilon_greedy_regret_grows_about_linearly_at_its_exploration_cost(standard) -> None:
    """Exploring at rate eps pays the mean gap eps of the time: a floor under its slope."""
    means = np.array(STANDARD.means)
    floor = STANDARD.epsilon * (means.max() - means).mean()
    curve = standard.policy("epsilon-greedy").regret
    slope = (curve[-1] - curve[999]) / 1000
    assert slope > 0.8 * floor


def test_curves_are_cumulative_and_shares_add_up(standard) -> None:
    for policy in standard.policies:
        assert policy.regret.shape == (STANDARD.horizon,)
        assert np.all(np.diff(policy.regret) >= 0)
        assert policy.pull_share.sum() == pytest.approx(1.0)
        assert policy.best_share == pytest.approx(policy.pull_share[3])
        assert policy.final_regret == policy.regret[-1]
        assert not policy.regret.flags.writeable


def test_ucb1_tries_every_arm_once_before_using_its_bonus() -> None:
    rng = np.random.default_rng(0)
    ucb = _UCB1(runs=4, arms=5, horizon=10, rng=rng)
    offsets = np.arange(4) * 5
    for step in range(5):
        arms = ucb.choose(step)
        assert np.all(arms == step)
        ucb.update(offsets + arms, np.zeros(4))
    assert np.all(ucb.counts == 1)
    # A second pull of arm 2 (a win) shrinks its bonus more than its mean grows.
    ucb.update(offsets + 2, np.ones(4))
    assert np.all(ucb.choose(6) != 2)
    # With every mean and count equal, the tie goes to a random arm, not always arm 0.
    fresh = _UCB1(runs=200, arms=5, horizon=10, rng=rng)
    fresh.counts[:] = 1.0
    assert len(set(fresh.choose(5).tolist())) == 5


def test_a_single_dominant_arm_is_found_by_every_policy() -> None:
    result = timed(run_bandits, BanditParams(means=(0.05, 0.95), horizon=500, runs=5, seed=1))
    for policy in result.policies:
        assert policy.best_share > 0.9


def test_same_seed_same_result_different_seed_different() -> None:
    params = BanditParams(horizon=300, runs=5, seed=11)
    a, b = run_bandits(params), run_bandits(params)
    c = run_bandits(BanditParams(horizon=300, runs=5, seed=12))
    for x, y, z in zip(a.policies, b.policies, c.policies, strict=True):
        np.testing.assert_array_equal(x.regret, y.regret)
        np.testing.assert_array_equal(x.pull_share, y.pull_share)
        assert not np.array_equal(x.regret, z.regret)


def test_explanation_names_the_winner_and_is_honest_about_ucb1(standard) -> None:
    text = explain_bandits(standard)
    assert text.startswith("After 2,000 pulls Thompson lost least")
    behind = standard.policy("epsilon-greedy").final_regret < \
        standard.policy("UCB1").final_regret
    assert ("UCB1 is behind epsilon-greedy" in text) == behind


@pytest.mark.parametrize(("kwargs", "field"), [
    ({"means": (0.5,)}, "means"),
    ({"means": (0.2, 1.2)}, "means"),
    ({"means": (0.2, -0.1)}, "means"),
    ({"means": tuple([0.1] * 11)}, "means"),
    ({"epsilon": 1.5}, "epsilon"),
    ({"epsilon": float("nan")}, "epsilon"),
    ({"horizon": 5}, "horizon"),
    ({"horizon": 50_000}, "horizon"),
    ({"runs": 0}, "runs"),
    ({"horizon": 5000, "runs": 50}, "runs"),
    ({"seed": -1}, "seed"),
])
def test_invalid_parameters_name_their_field(kwargs, field) -> None:
    with pytest.raises(ParamError) as error:
        BanditParams(**kwargs)
    assert error.value.field == field


def test_parameters_from_typed_text() -> None:
    params = from_text(BanditParams, READERS, {"means": "0.2, 0.4 0.6", "epsilon": " 0.05",
                                               "horizon": "1,500", "runs": "8", "seed": "3"})
    assert params == BanditParams(means=(0.2, 0.4, 0.6), epsilon=0.05, horizon=1500, runs=8,
                                  seed=3)
    with pytest.raises(ParamError, match="'x' is not a number") as error:
        from_text(BanditParams, READERS, {"means": "0.2, x"})
    assert error.value.field == "means"
    with pytest.raises(ParamError, match="whole number"):
        from_text(BanditParams, READERS, {"runs": "2.5"})
