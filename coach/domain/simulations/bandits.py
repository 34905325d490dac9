"""Bernoulli bandits: epsilon-greedy, UCB1 and Thompson sampling, run side by side.

All runs of a policy advance together as rows of NumPy arrays, so a few thousand steps over
dozens of runs take a fraction of a second. Every policy faces the same pre-drawn outcomes
(common random numbers): if arm 3 would have paid on step 40 of run 2, it pays for whichever
policy pulls it, so the regret curves differ because of the policies, not the luck.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from .common import frozen, generators, tie_breakers
from .params import (
    ParamError,
    check_float,
    check_int,
    check_seed,
    read_float,
    read_floats,
    read_int,
)

MAX_ARMS = 10
MAX_HORIZON = 5000
MAX_RUNS = 100
MAX_PULLS = 100_000  # horizon x runs per policy: keeps a run well under a second

POLICIES = ("epsilon-greedy", "UCB1", "Thompson")


@dataclass(frozen=True)
class BanditParams:
    means: tuple[float, ...] = (0.1, 0.2, 0.3, 0.5, 0.45)
    epsilon: float = 0.1
    horizon: int = 2000
    runs: int = 20
    seed: int = 7

    def __post_init__(self) -> None:
        object.__setattr__(self, "means", tuple(self.means))
        if not 2 <= len(self.means) <= MAX_ARMS:
            raise ParamError("means", f"give between 2 and {MAX_ARMS} arm means")
        for mean in self.means:
            try:
                check_float("means", mean, 0.0, 1.0)
            except ParamError:
                raise ParamError("means", "each arm mean must be a probability in [0, 1]") \
                    from None
        check_float("epsilon", self.epsilon, 0.0, 1.0)
        check_int("horizon", self.horizon, 10, MAX_HORIZON)
        check_int("runs", self.runs, 1, MAX_RUNS)
        if self.horizon * self.runs > MAX_PULLS:
            raise ParamError("runs", f"horizon x runs must stay under {MAX_PULLS:,} "
                                     f"(at most {MAX_PULLS // self.horizon} runs here)")
        check_seed(self.seed)


READERS = {"means": read_floats, "epsilon": read_float, "horizon": read_int,
           "runs": read_int, "seed": read_int}


@dataclass(frozen=True, eq=False)
class PolicyRun:
    """One policy's behaviour averaged over the runs."""

    name: str
    regret: np.ndarray         # mean cumulative pseudo-regret after each step, (horizon,)
    regret_error: np.ndarray   # its standard error across runs
    pull_share: np.ndarray     # share of all pulls that went to each arm, (arms,)
    best_share: float          # share of pulls on an optimal arm
    final_regret: float


@dataclass(frozen=True, eq=False)
class BanditResult:
    params: BanditParams
    policies: tuple[PolicyRun, ...]

    def policy(self, name: str) -> PolicyRun:
        return next(p for p in self.policies if p.name == name)


# ---------------------------------------------------------------------- policies
# Every run's state lives in one flat array indexed run * arms + arm: with a few dozen runs the
# cost is the number of NumPy calls per step, and flat indexing needs the fewest.
class _RunningMeans:
    def __init__(self, runs: int, arms: int) -> None:
        self.shape = (runs, arms)
        self.counts = np.zeros(runs * arms)
        self.means = np.zeros(runs * arms)

    def update(self, flat: np.ndarray, rewards: np.ndarray) -> None:
        self.counts[flat] += 1.0
        mean = self.means[flat]
        self.means[flat] = mean + (rewards - mean) / self.counts[flat]


class _EpsilonGreedy(_RunningMeans):
    """With probability epsilon a uniformly random arm, otherwise the best mean so far."""

    def __init__(self, runs: int, arms: int, horizon: int, epsilon: float,
                 rng: np.random.Generator) -> None:
        super().__init__(runs, arms)
        self.ties = tie_breakers(rng, (horizon, runs, arms))
        self.explore = rng.random((horizon, runs)) < epsilon
        self.random_arm = rng.integers(arms, size=(horizon, runs))

    def choose(self, step: int) -> np.ndarray:
        greedy = (self.means.reshape(self.shape) + self.ties[step]).argmax(axis=1)
        return np.where(self.explore[step], self.random_arm[step], greedy)


class _UCB1(_RunningMeans):
    """Auer et al. (2002): the mean plus sqrt(2 ln t / n_i), t the pulls made so far."""

    def __init__(self, runs: int, arms: int, horizon: int, rng: np.random.Generator) -> None:
        super().__init__(runs, arms)
        self.ties = tie_breakers(rng, (horizon, runs, arms))

    def choose(self, step: int) -> np.ndarray:
        runs, arms = self.shape
        if step < arms:  # every run tries each arm once, in order, before any bonus is defined
            return np.full(runs, step)
        bonus = np.sqrt((2.0 * math.log(step)) / self.counts)
        scores = (self.means + bonus).reshape(self.shape) + self.ties[step]
        return scores.argmax(axis=1)


class _Thompson:
    """Beta(1, 1) prior on each arm; pull the arm whose posterior draw is highest (draws are
    continuous, so ties cannot happen)."""

    def __init__(self, runs: int, arms: int, rng: np.random.Generator) -> None:
        self.shape = (runs, arms)
        self.wins = np.ones(runs * arms)
        self.losses = np.ones(runs * arms)
        self.rng = rng

    def choose(self, step: int) -> np.ndarray:
        return self.rng.beta(self.wins, self.losses).reshape(self.shape).argmax(axis=1)

    def update(self, flat: np.ndarray, rewards: np.ndarray) -> None:
        self.wins[flat] += rewards
        self.losses[flat] += 1.0 - rewards


# ---------------------------------------------------------------------- running
def run_bandits(params: BanditParams) -> BanditResult:
    means = np.asarray(params.means)
    arms, runs, horizon = len(means), params.runs, params.horizon
    outcome_rng, *policy_rngs = generators(params.seed, 1 + len(POLICIES))
    # outcomes[t, r * arms + a]: what arm a would pay at step t of run r
    outcomes = (outcome_rng.random((horizon, runs, arms)) < means).reshape(horizon, -1)
    outcomes = outcomes.astype(float)
    gaps = means.max() - means
    makers = {
        "epsilon-greedy": lambda rng: _EpsilonGreedy(runs, arms, horizon, params.epsilon, rng),
        "UCB1": lambda rng: _UCB1(runs, arms, horizon, rng),
        "Thompson": lambda rng: _Thompson(runs, arms, rng),
    }
    offsets = np.arange(runs) * arms
    results = []
    for name, rng in zip(POLICIES, policy_rngs, strict=True):
        policy = makers[name](rng)
        chosen = np.empty((horizon, runs), dtype=np.intp)
        for step in range(horizon):
            pulled = policy.choose(step)
            chosen[step] = pulled
            flat = offsets + pulled
            policy.update(flat, outcomes[step, flat])
        cumulative = np.cumsum(gaps[chosen], axis=0)  # (horizon, runs)
        share = np.bincount(chosen.ravel(), minlength=arms) / chosen.size
        error = cumulative.std(axis=1, ddof=1) / np.sqrt(runs) if runs > 1 \
            else np.zeros(horizon)
        mean_curve = cumulative.mean(axis=1)
        results.append(PolicyRun(
            name=name, regret=frozen(mean_curve), regret_error=frozen(error),
            pull_share=frozen(share), best_share=float(share[gaps == 0].sum()),
            final_regret=float(mean_curve[-1])))
    return BanditResult(params, tuple(results))


def explain_bandits(result: BanditResult) -> str:
    """What the curves show, in terms of this run's numbers."""
    p = result.params
    ranked = sorted(result.policies, key=lambda r: r.final_regret)
    best, worst = ranked[0], ranked[-1]
    greedy = result.policy("epsilon-greedy")
    late = max(1, p.horizon // 5)
    slope = (greedy.regret[-1] - greedy.regret[-late]) / late
    lines = [
        f"After {p.horizon:,} pulls {best.name} lost least ({best.final_regret:.1f} expected "
        f"clicks short of always pulling the best arm), {worst.name} most "
        f"({worst.final_regret:.1f}).",
        f"Epsilon-greedy keeps exploring at rate {p.epsilon:g} forever, so its regret grows "
        f"linearly (about {slope:.3f} per pull at the end). UCB1 and Thompson explore less "
        "as evidence piles up, so their curves bend over: regret grows like log t.",
    ]
    if greedy.final_regret < result.policy("UCB1").final_regret:
        lines.append("Here UCB1 is behind epsilon-greedy: its worst-case bonus over-explores "
                     "at short horizons and low click rates. With well separated arms (try "
                     "0.1, 0.3, 0.5, 0.7, 0.9 over 5000 pulls) the linear cost of fixed "
                     "exploration overtakes it.")
    return " ".join(lines)
