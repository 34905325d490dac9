"""A toy session MDP: what to show a user next when today's click changes tomorrow's user.

States are how the user feels (fresh, engaged, fatigued) plus churned, which ends the session.
Clickbait earns the most right now in every state but tires users and drives them away;
quality content earns less but keeps them engaged; a break earns nothing and lets a fatigued
user recover. A myopic policy that maximises the immediate reward always picks clickbait.
Tabular Q-learning, maximising discounted return, learns to do better.

Sessions are also cut off after `max_steps`. That cut is a time limit, not a terminal state:
the update still bootstraps from the next state there, and only churn has no future.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .common import frozen, generators
from .params import ParamError, check_float, check_int, check_seed, read_float, read_int

STATES = ("fresh", "engaged", "fatigued", "churned")
ACTIONS = ("clickbait", "quality", "break")
CHURNED = 3
# Immediate reward (engagement) for each state and action; churned earns nothing.
REWARD = np.array([[1.0, 0.6, 0.0],
                   [1.2, 0.9, 0.0],
                   [0.5, 0.3, 0.0],
                   [0.0, 0.0, 0.0]])
# TRANSITION[s, a] = probabilities of the next state (fresh, engaged, fatigued, churned).
TRANSITION = np.array([
    [[0.30, 0.20, 0.45, 0.05], [0.30, 0.65, 0.05, 0.00], [0.90, 0.00, 0.00, 0.10]],
    [[0.00, 0.40, 0.50, 0.10], [0.00, 0.85, 0.12, 0.03], [0.60, 0.30, 0.00, 0.10]],
    [[0.00, 0.00, 0.50, 0.50], [0.00, 0.15, 0.65, 0.20], [0.60, 0.10, 0.20, 0.10]],
    [[0.00, 0.00, 0.00, 1.00], [0.00, 0.00, 0.00, 1.00], [0.00, 0.00, 0.00, 1.00]],
])
MAX_STEPS_LIMIT = 200
MAX_EPISODES = 5000
MAX_TRAINING_STEPS = 150_000  # episodes x max_steps: keeps the Python loop well under a second
CHECKPOINTS = 25


@dataclass(frozen=True)
class RLParams:
    episodes: int = 2000
    gamma: float = 0.9
    learning_rate: float = 0.1
    epsilon: float = 0.1
    max_steps: int = 50
    eval_episodes: int = 1000
    seed: int = 7

    def __post_init__(self) -> None:
        check_int("episodes", self.episodes, 10, MAX_EPISODES)
        check_float("gamma", self.gamma, 0.0, 0.99)
        check_float("learning_rate", self.learning_rate, 0.0, 1.0, open_low=True)
        check_float("epsilon", self.epsilon, 0.0, 1.0)
        check_int("max_steps", self.max_steps, 5, MAX_STEPS_LIMIT)
        if self.episodes * self.max_steps > MAX_TRAINING_STEPS:
            raise ParamError("episodes", f"episodes x max steps must stay under "
                                         f"{MAX_TRAINING_STEPS:,} (at most "
                                         f"{MAX_TRAINING_STEPS // self.max_steps} here)")
        check_int("eval_episodes", self.eval_episodes, 10, 5000)
        check_seed(self.seed)


READERS = {"episodes": read_int, "gamma": read_float, "learning_rate": read_float,
           "epsilon": read_float, "max_steps": read_int, "eval_episodes": read_int,
           "seed": read_int}


@dataclass(frozen=True)
class PolicyScore:
    name: str
    actions: tuple[str, ...]     # the action taken in fresh, engaged, fatigued
    discounted: float            # mean discounted return from a fresh start
    session: float               # mean undiscounted session return
    length: float                # mean steps before churn or the cut-off
    expected_session: float      # the exact expectation of `session`, from the model


@dataclass(frozen=True, eq=False)
class RLResult:
    params: RLParams
    q: np.ndarray                   # learnt Q-table, (states, actions)
    scores: tuple[PolicyScore, ...]
    checkpoints: np.ndarray         # training episodes after which the greedy policy was tried
    greedy_curve: np.ndarray        # its expected session return at each checkpoint
    behaviour_curve: np.ndarray     # mean session return of the exploring policy, per block

    def score(self, name: str) -> PolicyScore:
        return next(s for s in self.scores if s.name == name)


# ---------------------------------------------------------------------- policies
def value_iteration(gamma: float, tolerance: float = 1e-10) -> np.ndarray:
    """Optimal discounted Q-values from the known model: the reference Q-learning chases."""
    q = np.zeros_like(REWARD)
    for _ in range(10_000):
        future = q.max(axis=1)
        future[CHURNED] = 0.0
        updated = REWARD + gamma * TRANSITION @ future
        if np.abs(updated - q).max() < tolerance:
            return updated
        q = updated
    return q


def myopic_policy() -> np.ndarray:
    return REWARD.argmax(axis=1)


def evaluate(policy: np.ndarray, gamma: float, max_steps: int,
             luck: np.ndarray) -> tuple[float, float, float]:
    """Mean discounted return, session return and length of a fixed policy over the
    episodes whose transition draws are `luck` (episodes, max_steps)."""
    episodes = luck.shape[0]
    state = np.zeros(episodes, dtype=np.intp)
    cumulative = TRANSITION.cumsum(axis=2)
    discounted = np.zeros(episodes)
    session = np.zeros(episodes)
    length = np.zeros(episodes)
    for step in range(max_steps):
        alive = state != CHURNED
        action = policy[state]
        reward = REWARD[state, action]
        discounted += gamma ** step * reward
        session += reward
        length += alive
        edges = cumulative[state, action]
        state = np.minimum((luck[:, step, None] >= edges).sum(axis=1), CHURNED)
    return float(discounted.mean()), float(session.mean()), float(length.mean())


def expected_returns(policy: np.ndarray, gamma: float,
                     max_steps: int) -> tuple[float, float, float]:
    """The exact expectations `evaluate` estimates by sampling: discounted return, session
    return and length from a fresh start, by backward induction over the cut-off."""
    states = np.arange(len(STATES))
    reward = REWARD[states, policy]
    move = TRANSITION[states, policy]
    alive = (states != CHURNED).astype(float)
    discounted, session, length = np.zeros(len(STATES)), np.zeros(len(STATES)), \
        np.zeros(len(STATES))
    for _ in range(max_steps):
        discounted = reward + gamma * move @ discounted
        session = reward + move @ session
        length = alive + move @ length
    return float(discounted[0]), float(session[0]), float(length[0])


# ---------------------------------------------------------------------- learning
def run_rl(params: RLParams) -> RLResult:
    p = params
    explore_rng, eval_rng, tie_rng = generators(p.seed, 3)
    explore = explore_rng.random((p.episodes, p.max_steps)).tolist()
    random_action = explore_rng.integers(len(ACTIONS), size=(p.episodes, p.max_steps)).tolist()
    move = explore_rng.random((p.episodes, p.max_steps)).tolist()
    luck = eval_rng.random((p.eval_episodes, p.max_steps))
    ties = tie_rng.random((len(STATES), len(ACTIONS))) * 1e-12  # a fixed order for ties

    reward = REWARD.tolist()
    cumulative = TRANSITION.cumsum(axis=2).tolist()
    q = [[0.0] * len(ACTIONS) for _ in STATES]
    checkpoints = np.unique(np.linspace(0, p.episodes, CHECKPOINTS).round().astype(int))
    checkpoint_set = set(checkpoints.tolist())
    tie_list = ties.tolist()
    greedy_curve: list[float] = []
    returns = np.zeros(p.episodes)
    for episode in range(p.episodes + 1):
        if episode in checkpoint_set:
            greedy = (np.asarray(q) + ties).argmax(axis=1)
            greedy_curve.append(expected_returns(greedy, p.gamma, p.max_steps)[1])
        if episode == p.episodes:
            break
        state, total = 0, 0.0
        for step in range(p.max_steps):
            row, jitter = q[state], tie_list[state]
            if explore[episode][step] < p.epsilon:
                action = random_action[episode][step]
            else:
                scored = [v + j for v, j in zip(row, jitter, strict=True)]
                action = scored.index(max(scored))
            r = reward[state][action]
            total += r
            u, edges = move[episode][step], cumulative[state][action]
            following = next((i for i, edge in enumerate(edges) if u < edge), CHURNED)
            target = r if following == CHURNED else r + p.gamma * max(q[following])
            row[action] += p.learning_rate * (target - row[action])
            state = following
            if state == CHURNED:
                break
        returns[episode] = total

    table = np.asarray(q)
    learnt = (table + ties).argmax(axis=1)
    optimal = value_iteration(p.gamma).argmax(axis=1)
    scores = tuple(
        PolicyScore(name, tuple(ACTIONS[a] for a in policy[:CHURNED]),
                    *evaluate(policy, p.gamma, p.max_steps, luck),
                    expected_returns(policy, p.gamma, p.max_steps)[1])
        for name, policy in (("Q-learning", learnt), ("myopic greedy", myopic_policy()),
                             ("value iteration", optimal)))
    blocks = max(1, p.episodes // 50)
    usable = returns[: len(returns) // blocks * blocks]
    behaviour = usable.reshape(-1, blocks).mean(axis=1) if len(usable) else returns
    return RLResult(p, frozen(table), scores, frozen(checkpoints),
                    frozen(np.asarray(greedy_curve)), frozen(behaviour))


def explain_rl(result: RLResult) -> str:
    q = result.score("Q-learning")
    myopic = result.score("myopic greedy")
    best = result.score("value iteration")
    policy = ", ".join(f"{s}: {a}" for s, a in zip(STATES, q.actions, strict=False))
    if q.actions == best.actions:
        verdict = "Planning with the known model (value iteration) finds the same policy."
    else:
        verdict = (f"Planning with the known model (value iteration) earns {best.session:.1f}; "
                   f"more episodes or a smaller learning rate get closer.")
    return (f"Myopic greedy takes the biggest reward now (clickbait everywhere), tires users "
            f"and loses them after {myopic.length:.1f} steps on average (session return "
            f"{myopic.session:.1f}). Q-learning, from experience alone, settled on [{policy}]: "
            f"sessions of {q.length:.1f} steps returning {q.session:.1f}. {verdict} Gamma "
            f"{result.params.gamma:g} sets how far ahead it looks; near 0 it is myopic too. "
            f"Recommending as RL optimises the user's future, not the next click.")
