"""Uplift modelling on a synthetic randomised experiment.

Every user belongs to one of four segments, which decide how they respond to a treatment
(say a discount e-mail): persuadables mostly buy only when treated, sure things buy either way,
lost causes rarely buy either way, sleeping dogs are put off by it. The segment is hidden but
shifts the user's features (a Gaussian cluster per segment), so a model can learn who is who.
Treatment is assigned at random, which is what makes the uplift identifiable at all.

Models are fitted on one half and judged on the held-out half by the Qini curve.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .common import frozen, generators
from .logistic import Logistic, fit_logistic
from .params import (
    ParamError,
    check_float,
    check_int,
    check_seed,
    read_float,
    read_floats,
    read_int,
)

SEGMENTS = ("persuadables", "sure things", "lost causes", "sleeping dogs")
# Conversion probability without and with treatment, per segment.
RESPONSE = np.array([[0.10, 0.60], [0.70, 0.75], [0.03, 0.05], [0.55, 0.15]])
# Where each segment's users sit on the three informative features; three more are noise.
CENTRES = np.array([[-0.8, 1.2, 0.6], [1.2, 0.3, -0.4], [-1.0, -0.7, 0.0], [0.9, -1.3, -0.7]])
NOISE_FEATURES = 3
MAX_USERS = 50_000
CURVE_POINTS = 101

MODELS = ("true uplift (ceiling)", "T-learner", "S-learner + interactions",
          "S-learner, no interactions", "propensity to buy", "random targeting")


@dataclass(frozen=True)
class UpliftParams:
    users: int = 10_000
    shares: tuple[float, ...] = (0.25, 0.25, 0.35, 0.15)  # in the order of SEGMENTS
    treated_share: float = 0.5
    seed: int = 7

    def __post_init__(self) -> None:
        check_int("users", self.users, 1000, MAX_USERS)
        shares = tuple(self.shares)
        if len(shares) != len(SEGMENTS):
            raise ParamError("shares", "give four shares: persuadables, sure things, lost "
                                       "causes, sleeping dogs")
        if any(not 0.0 <= s <= 1.0 for s in shares):
            raise ParamError("shares", "each share must be between 0 and 1")
        if abs(sum(shares) - 1.0) > 0.011:
            raise ParamError("shares", f"shares must add up to 1 (they add up to "
                                       f"{sum(shares):.3g})")
        object.__setattr__(self, "shares", tuple(s / sum(shares) for s in shares))
        check_float("treated_share", self.treated_share, 0.1, 0.9)
        check_seed(self.seed)


READERS = {"users": read_int, "shares": read_floats, "treated_share": read_float,
           "seed": read_int}


@dataclass(frozen=True, eq=False)
class Experiment:
    features: np.ndarray   # (users, features)
    treated: np.ndarray    # bool
    converted: np.ndarray  # bool
    segment: np.ndarray    # index into SEGMENTS (hidden from the models)
    true_uplift: np.ndarray  # E[Y(1) - Y(0) | x], from the known generating process


@dataclass(frozen=True, eq=False)
class UpliftCurves:
    """One targeting rule judged on the held-out users."""

    name: str
    share: np.ndarray      # share of held-out users targeted, 0..1
    qini: np.ndarray       # incremental conversions per held-out user at that share
    uplift: np.ndarray     # treated minus control conversion rate among those targeted
    qini_coefficient: float
    top_uplift: float      # uplift among the top 20 % by score


@dataclass(frozen=True, eq=False)
class UpliftResult:
    params: UpliftParams
    models: tuple[UpliftCurves, ...]
    average_effect: float  # treated minus control conversion rate on the held-out half
    test_users: int

    def model(self, name: str) -> UpliftCurves:
        return next(m for m in self.models if m.name == name)


def simulate_experiment(params: UpliftParams, rng: np.random.Generator) -> Experiment:
    n = params.users
    shares = np.asarray(params.shares)
    segment = rng.choice(len(SEGMENTS), size=n, p=shares)
    informative = CENTRES[segment] + rng.standard_normal((n, CENTRES.shape[1]))
    features = np.column_stack([informative, rng.standard_normal((n, NOISE_FEATURES))])
    treated = rng.random(n) < params.treated_share
    chance = RESPONSE[segment, treated.astype(int)]
    converted = rng.random(n) < chance
    # Posterior segment probabilities: equal-covariance Gaussians give a softmax.
    logits = informative @ CENTRES.T - 0.5 * (CENTRES ** 2).sum(axis=1) + \
        np.log(np.maximum(shares, 1e-300))
    posterior = np.exp(logits - logits.max(axis=1, keepdims=True))
    posterior /= posterior.sum(axis=1, keepdims=True)
    true_uplift = posterior @ (RESPONSE[:, 1] - RESPONSE[:, 0])
    return Experiment(features, treated, converted, segment, true_uplift)


# ---------------------------------------------------------------------- learners
def t_learner(x: np.ndarray, t: np.ndarray, y: np.ndarray) -> tuple[Logistic, Logistic]:
    """Fit one outcome model on the treated and one on the control group."""
    return fit_logistic(x[t], y[t]), fit_logistic(x[~t], y[~t])


def s_learner_design(x: np.ndarray, t: np.ndarray, interactions: bool) -> np.ndarray:
    t = t.astype(float)[:, None]
    return np.column_stack([x, t, x * t]) if interactions else np.column_stack([x, t])


def s_learner_uplift(train_x: np.ndarray, train_t: np.ndarray, train_y: np.ndarray,
                     test_x: np.ndarray, *, interactions: bool) -> np.ndarray:
    """One model with the treatment as a feature; the uplift is its prediction with the
    treatment switched on minus with it switched off."""
    model = fit_logistic(s_learner_design(train_x, train_t, interactions), train_y)
    on = model.predict(s_learner_design(test_x, np.ones(len(test_x), bool), interactions))
    off = model.predict(s_learner_design(test_x, np.zeros(len(test_x), bool), interactions))
    return on - off


# ---------------------------------------------------------------------- evaluation
def uplift_curves(name: str, score: np.ndarray, treated: np.ndarray, converted: np.ndarray,
                  points: int = CURVE_POINTS) -> UpliftCurves:
    """Qini curve: target users by descending score; after k of them, incremental
    conversions = treated conversions - control conversions x (treated / control counted so
    far), which rescales the control group to the size of the treated one."""
    n = len(score)
    order = np.argsort(-score, kind="stable")
    t = treated[order].astype(float)
    y = converted[order].astype(float)
    n_t, n_c = np.cumsum(t), np.cumsum(1.0 - t)
    y_t, y_c = np.cumsum(y * t), np.cumsum(y * (1.0 - t))
    with np.errstate(divide="ignore", invalid="ignore"):
        incremental = y_t - np.where(n_c > 0, y_c * n_t / n_c, 0.0)
        rate_gap = np.where((n_t > 0) & (n_c > 0), y_t / n_t - y_c / n_c, np.nan)
    share = np.arange(n + 1) / n
    qini = np.concatenate([[0.0], incremental]) / n
    random_line = share * qini[-1]
    area = float(np.sum((qini[1:] - random_line[1:] + qini[:-1] - random_line[:-1]) / 2
                        * np.diff(share)))
    top = max(1, n // 5) - 1
    sample = np.unique(np.linspace(0, n, points).round().astype(int))
    gap = np.concatenate([[np.nan], rate_gap])
    return UpliftCurves(name, frozen(share[sample]), frozen(qini[sample]), frozen(gap[sample]),
                        area, float(rate_gap[top]) if np.isfinite(rate_gap[top]) else 0.0)


def run_uplift(params: UpliftParams) -> UpliftResult:
    data_rng, split_rng, random_rng = generators(params.seed, 3)
    e = simulate_experiment(params, data_rng)
    test = split_rng.permutation(params.users) < params.users // 2
    train = ~test
    x, t, y = e.features[train], e.treated[train], e.converted[train].astype(float)
    xt = e.features[test]
    if t.sum() < 20 or (~t).sum() < 20:
        raise ParamError("treated_share", "too few treated or control users to learn from")
    treated_model, control_model = t_learner(x, t, y)
    p_control = control_model.predict(xt)
    scores = {
        MODELS[0]: e.true_uplift[test],
        MODELS[1]: treated_model.predict(xt) - p_control,
        MODELS[2]: s_learner_uplift(x, t, y, xt, interactions=True),
        MODELS[3]: s_learner_uplift(x, t, y, xt, interactions=False),
        MODELS[4]: p_control,  # a purchase-propensity model: who buys without the e-mail
        MODELS[5]: random_rng.random(int(test.sum())),
    }
    tt, yt = e.treated[test], e.converted[test]
    models = tuple(uplift_curves(name, s, tt, yt) for name, s in scores.items())
    effect = float(yt[tt].mean() - yt[~tt].mean())
    return UpliftResult(params, models, effect, int(test.sum()))


def explain_uplift(result: UpliftResult) -> str:
    t = result.model("T-learner")
    s = result.model("S-learner, no interactions")
    buyers = result.model("propensity to buy")
    ceiling = result.model("true uplift (ceiling)")
    share = t.qini_coefficient / ceiling.qini_coefficient if ceiling.qini_coefficient > 0 else 0
    return (f"Qini curve: extra conversions from treating the top share of users, with the "
            f"control group rescaled to the treated group's size; the diagonal is random "
            f"targeting and the Qini coefficient is the area above it. The T-learner "
            f"({t.qini_coefficient:.4f}, {share:.0%} of the ceiling) finds the persuadables. "
            f"The S-learner without interactions ({s.qini_coefficient:.4f}) gives everyone the "
            f"same effect on the log-odds, so its uplift has one sign and follows the baseline: "
            f"it cannot tell persuadables from sleeping dogs. A propensity model "
            f"({buyers.qini_coefficient:.4f}) targets people who would buy anyway.")
