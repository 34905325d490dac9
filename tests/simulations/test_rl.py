import numpy as np
import pytest

from coach.domain.simulations.params import ParamError
from coach.domain.simulations.rl import (
    ACTIONS,
    CHURNED,
    REWARD,
    TRANSITION,
    RLParams,
    evaluate,
    expected_returns,
    explain_rl,
    myopic_policy,
    run_rl,
    value_iteration,
)

from .helpers import timed


@pytest.fixture(scope="module")
def result():
    return timed(run_rl, RLParams(seed=7))


def test_q_learning_beats_the_myopic_policy(result) -> None:
    q, myopic = result.score("Q-learning"), result.score("myopic greedy")
    assert q.discounted > 1.5 * myopic.discounted
    assert q.session > 3 * myopic.session
    assert q.length > 3 * myopic.length
    assert myopic.actions == ("clickbait",) * 3


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_q_learning_finds_the_planned_policy_for_other_seeds(seed: int) -> None:
    r = timed(run_rl, RLParams(seed=seed))
    assert r.score("Q-learning").actions == r.score("value iteration").actions
    assert r.score("Q-learning").session > r.score("myopic greedy").session


def test_the_model_is_a_proper_mdp() -> None:
    np.testing.assert_allclose(TRANSITION.sum(axis=2), 1.0)
    assert np.all(TRANSITION[CHURNED, :, CHURNED] == 1.0)
    assert np.all(REWARD[CHURNED] == 0.0)
    assert tuple(ACTIONS[a] for a in myopic_policy()[:CHURNED]) == ("clickbait",) * 3


def test_value_iteration_satisfies_the_bellman_optimality_equation() -> None:
    q = value_iteration(0.9)
    future = q.max(axis=1)
    future[CHURNED] = 0.0
    np.testing.assert_allclose(q, REWARD + 0.9 * TRANSITION @ future, atol=1e-8)
    np.testing.assert_allclose(value_iteration(0.0), REWARD)


def test_churn_is_terminal_so_its_values_are_never_learnt(result) -> None:
    assert np.all(result.q[CHURNED] == 0.0)


def test_with_no_discount_q_learning_is_myopic() -> None:
    """gamma 0 and learning rate 1: each visited Q-value is exactly its immediate reward."""
    r = timed(run_rl, RLParams(gamma=0.0, learning_rate=1.0, episodes=500, seed=3))
    assert r.score("Q-learning").actions == ("clickbait",) * 3
    q, reward = r.q[:CHURNED], REWARD[:CHURNED]
    assert np.all((q == reward) | (q == 0.0))
    assert (q == reward).sum() >= 6


@pytest.mark.parametrize("policy", [[0, 0, 0, 0], [1, 1, 2, 0], [2, 0, 1, 0]])
def test_sampled_evaluation_agrees_with_the_exact_expectation(policy: list[int]) -> None:
    luck = np.random.default_rng(1).random((20_000, 40))
    sampled = evaluate(np.array(policy), 0.9, 40, luck)
    exact = expected_returns(np.array(policy), 0.9, 40)
    np.testing.assert_allclose(sampled, exact, rtol=0.03)


def test_evaluation_matches_the_model_on_a_policy_with_known_return() -> None:
    """Always taking a break from fresh: reward 0, so every return is 0, and the session
    length is geometric with churn probability 0.1 (mean 10, capped at 30 steps)."""
    policy = np.array([2, 2, 2, 0])
    luck = np.random.default_rng(0).random((20_000, 30))
    discounted, session, length = evaluate(policy, 0.9, 30, luck)
    assert discounted == session == 0.0
    assert length == pytest.approx((1 - 0.9 ** 30) / 0.1, rel=0.03)


def test_learning_curves(result) -> None:
    p = result.params
    assert result.checkpoints[0] == 0 and result.checkpoints[-1] == p.episodes
    assert len(result.greedy_curve) == len(result.checkpoints)
    assert result.greedy_curve[-1] > result.greedy_curve[0]
    # The curve is exact (from the model); the table's means are sampled around it.
    q = result.score("Q-learning")
    assert result.greedy_curve[-1] == q.expected_session
    assert q.session == pytest.approx(q.expected_session, rel=0.1)
    assert len(result.behaviour_curve) == 50


def test_determinism(result) -> None:
    again = run_rl(RLParams(seed=7))
    other = run_rl(RLParams(seed=8))
    np.testing.assert_array_equal(result.q, again.q)
    assert result.scores == again.scores
    assert not np.array_equal(result.q, other.q)


def test_explanation(result) -> None:
    text = explain_rl(result)
    assert "fatigued: break" in text
    assert "(value iteration) finds the same policy" in text


@pytest.mark.parametrize(("kwargs", "field"), [
    ({"gamma": 1.0}, "gamma"), ({"gamma": -0.1}, "gamma"),
    ({"learning_rate": 0.0}, "learning_rate"),
    ({"epsilon": 2.0}, "epsilon"), ({"episodes": 5}, "episodes"), ({"max_steps": 1}, "max_steps"),
    ({"episodes": 10_000, "max_steps": 100}, "episodes"), ({"eval_episodes": 1}, "eval_episodes"),
])
def test_invalid_parameters(kwargs, field) -> None:
    with pytest.raises(ParamError) as error:
        RLParams(**kwargs)
    assert error.value.field == field
