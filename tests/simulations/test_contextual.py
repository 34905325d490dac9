import numpy as np
import pytest

from coach.domain.simulations.contextual import (
    ContextualParams,
    _LinUCB,
    explain_contextual,
    make_problem,
    run_contextual,
)
from coach.domain.simulations.params import ParamError

from .helpers import timed


@pytest.fixture(scope="module")
def result():
    return timed(run_contextual, ContextualParams(seed=7))


def test_linucb_regret_is_well_below_context_blind_policies(result) -> None:
    lin = result.policy("LinUCB")
    assert lin.final_regret < 0.5 * result.policy("Thompson (no context)").final_regret
    assert lin.final_regret < 0.5 * result.policy("best single arm").final_regret
    assert lin.best_share > result.policy("Thompson (no context)").best_share + 0.2


@pytest.mark.parametrize("seed", [1, 2])
def test_advantage_holds_for_other_problems(seed: int) -> None:
    r = timed(run_contextual, ContextualParams(seed=seed, horizon=1500, runs=5))
    assert r.policy("LinUCB").final_regret < r.policy("Thompson (no context)").final_regret


def test_linucb_regret_flattens_while_the_best_fixed_arm_stays_linear(result) -> None:
    half = result.params.horizon // 2
    lin = result.policy("LinUCB").regret
    fixed = result.policy("best single arm").regret
    assert lin[-1] - lin[half - 1] < 0.6 * lin[half - 1]
    assert fixed[-1] - fixed[half - 1] == pytest.approx(fixed[half - 1], rel=0.1)


def test_sherman_morrison_keeps_the_exact_inverse() -> None:
    rng = np.random.default_rng(3)
    runs, arms, d = 3, 2, 4
    lin = _LinUCB(runs, arms, d, alpha=1.0, horizon=40, rng=rng)
    rows = np.arange(runs)
    a = np.broadcast_to(np.eye(d), (runs, arms, d, d)).copy()
    b = np.zeros((runs, arms, d))
    for step in range(40):
        x = rng.random((runs, d))
        arm = lin.choose(step, x)
        reward = rng.random(runs)
        lin.update(rows, arm, x, reward)
        a[rows, arm] += x[:, :, None] * x[:, None, :]
        b[rows, arm] += reward[:, None] * x
    np.testing.assert_allclose(lin.a_inv, np.linalg.inv(a), atol=1e-10)
    np.testing.assert_allclose(lin.b, b)


def test_linucb_scores_are_ridge_estimate_plus_width() -> None:
    """With alpha 0 the choice is the arm whose ridge prediction is highest."""
    rng = np.random.default_rng(0)
    lin = _LinUCB(1, 2, 2, alpha=0.0, horizon=70, rng=rng)
    rows = np.arange(1)
    for step in range(0, 60, 2):  # arm 1 pays on feature 0, arm 0 on feature 1
        lin.choose(step, np.array([[1.0, 0.0]]))
        lin.update(rows, np.array([1]), np.array([[1.0, 0.0]]), np.array([1.0]))
        lin.choose(step + 1, np.array([[0.0, 1.0]]))
        lin.update(rows, np.array([0]), np.array([[0.0, 1.0]]), np.array([1.0]))
    assert lin.choose(60, np.array([[0.9, 0.1]]))[0] == 1
    assert lin.choose(61, np.array([[0.1, 0.9]]))[0] == 0


def test_click_probabilities_stay_probabilities() -> None:
    w = make_problem(10, 12, np.random.default_rng(0))
    assert w.min() >= 0.05 and w.max() <= 0.95


def test_determinism(result) -> None:
    again = run_contextual(ContextualParams(seed=7))
    other = run_contextual(ContextualParams(seed=8))
    for x, y, z in zip(result.policies, again.policies, other.policies, strict=True):
        np.testing.assert_array_equal(x.regret, y.regret)
        assert not np.array_equal(x.regret, z.regret)
    np.testing.assert_array_equal(result.weights, again.weights)


def test_explanation_quotes_the_numbers(result) -> None:
    text = explain_contextual(result)
    assert f"{result.policy('LinUCB').final_regret:.1f}" in text
    assert "cannot see the context" in text


@pytest.mark.parametrize(("kwargs", "field"), [
    ({"arms": 1}, "arms"), ({"features": 40}, "features"), ({"alpha": -1.0}, "alpha"),
    ({"horizon": 9}, "horizon"), ({"runs": 0}, "runs"),
    ({"arms": 10, "features": 12, "horizon": 5000, "runs": 10}, "runs"),
])
def test_invalid_parameters(kwargs, field) -> None:
    with pytest.raises(ParamError) as error:
        ContextualParams(**kwargs)
    assert error.value.field == field
