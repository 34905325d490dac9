"""How each simulation of the lab is shown: its form fields, plots, summary table and status.

Plots are drawn on a `Canvas` handed in by the screen (see `coach.tui.plotting`), so this
module never imports plotext. Series colours are theme variable names, resolved by the canvas,
so the plots follow the theme like the rest of the coach.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from coach.domain.simulations import bandits, contextual, rl, uplift
from coach.tui.plotting import Canvas, Figure

Row = tuple[str, ...]


@dataclass(frozen=True)
class Field:
    name: str     # the parameter dataclass field
    label: str
    hint: str     # shown as the input's placeholder and tooltip


@dataclass(frozen=True)
class Lab:
    key: str
    title: str
    params: type
    readers: Mapping[str, Callable[[str], Any]]
    fields: tuple[Field, ...]
    run: Callable[[Any], Any]
    explain: Callable[[Any], str]
    views: tuple[str, ...]
    draw: Callable[[Canvas, Any, str], None]
    columns: tuple[str, ...]
    rows: Callable[[Any], list[Row]]
    describe: Callable[[Any], str]   # the parameters of a result, in one line
    colours: Mapping[str, str]       # row name -> theme colour of its series


def field_text(params: Any, name: str) -> str:
    value = getattr(params, name)
    if isinstance(value, tuple):
        return ", ".join(f"{v:g}" for v in value)
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def default_texts(lab: Lab) -> dict[str, str]:
    defaults = lab.params()
    return {f.name: field_text(defaults, f.name) for f in lab.fields}


# ---------------------------------------------------------------------- bandits
BANDIT_COLOURS = {"epsilon-greedy": "warning", "UCB1": "primary", "Thompson": "success"}


def _draw_bandits(canvas: Canvas, result: bandits.BanditResult, view: str) -> None:
    p = result.params
    if view == "pulls":
        figure = Figure(canvas, "Share of pulls per arm", "arm (by its mean)", "% of pulls")
        figure.bars([f"{m:g}" for m in p.means],
                    [(r.name, (100 * r.pull_share).tolist(), BANDIT_COLOURS[r.name])
                     for r in result.policies])
        figure.finish(x_ticks=False, y_floor=0.0)
        return
    figure = Figure(canvas, f"Cumulative regret, mean of {p.runs} runs", "pulls", "regret")
    steps = np.arange(1, p.horizon + 1)
    for r in result.policies:
        figure.line(steps, r.regret, r.name, BANDIT_COLOURS[r.name])
    figure.finish(y_floor=0.0)


def _bandit_rows(result: bandits.BanditResult) -> list[Row]:
    return [(r.name, f"{r.final_regret:.1f}", f"±{r.regret_error[-1]:.1f}",
             f"{r.best_share:.0%}") for r in result.policies]


BANDITS = Lab(
    key="bandits", title="Bandits", params=bandits.BanditParams, readers=bandits.READERS,
    fields=(Field("means", "Arm means", "click rates, e.g. 0.1, 0.2, 0.5"),
            Field("epsilon", "Epsilon", "exploration rate, 0 to 1"),
            Field("horizon", "Pulls", f"steps per run, 10 to {bandits.MAX_HORIZON}"),
            Field("runs", "Runs", "independent runs to average"),
            Field("seed", "Seed", "any whole number")),
    run=bandits.run_bandits, explain=bandits.explain_bandits, views=("regret", "pulls"),
    draw=_draw_bandits, columns=("Policy", "Regret", "±s.e.", "Best arm"),
    rows=_bandit_rows,
    describe=lambda r: (f"{len(r.params.means)} arms · {r.params.runs} runs x "
                        f"{r.params.horizon:,} pulls · epsilon {r.params.epsilon:g} · "
                        f"seed {r.params.seed}"),
    colours=BANDIT_COLOURS)


# ---------------------------------------------------------------------- contextual
CONTEXT_COLOURS = {"LinUCB": "success", "Thompson (no context)": "warning",
                   "best single arm": "error"}


def _draw_contextual(canvas: Canvas, result: contextual.ContextualResult, view: str) -> None:
    p = result.params
    figure = Figure(canvas, f"Regret against each user's best arm, mean of {p.runs} runs",
                    "users", "regret")
    steps = np.arange(1, p.horizon + 1)
    for r in result.policies:
        figure.line(steps, r.regret, r.name, CONTEXT_COLOURS[r.name])
    figure.finish(y_floor=0.0)


CONTEXTUAL = Lab(
    key="contextual", title="LinUCB", params=contextual.ContextualParams,
    readers=contextual.READERS,
    fields=(Field("arms", "Arms", f"2 to {contextual.MAX_ARMS}"),
            Field("features", "Features", f"user interests, 2 to {contextual.MAX_FEATURES}"),
            Field("alpha", "Alpha", "confidence width, 0 to 10"),
            Field("horizon", "Users", f"steps per run, 10 to {contextual.MAX_HORIZON}"),
            Field("runs", "Runs", "independent runs to average"),
            Field("seed", "Seed", "any whole number")),
    run=contextual.run_contextual, explain=contextual.explain_contextual, views=("regret",),
    draw=_draw_contextual, columns=("Policy", "Regret", "Best arm"),
    rows=lambda result: [(r.name, f"{r.final_regret:.1f}", f"{r.best_share:.0%}")
                         for r in result.policies],
    describe=lambda r: (f"{r.params.arms} arms · {r.params.features} features · "
                        f"{r.params.runs} runs x {r.params.horizon:,} users · alpha "
                        f"{r.params.alpha:g} · seed {r.params.seed}"),
    colours=CONTEXT_COLOURS)


# ---------------------------------------------------------------------- uplift
# The S-learner with interactions lands on the T-learner's curve, so it is left off the plot.
UPLIFT_COLOURS = {"true uplift (ceiling)": "text-secondary", "T-learner": "success",
                  "S-learner, no interactions": "warning", "propensity to buy": "error",
                  "random targeting": "foreground"}
UPLIFT_LEGEND = {"true uplift (ceiling)": "ceiling", "S-learner, no interactions":
                 "S, no interactions", "propensity to buy": "propensity"}


def _draw_uplift(canvas: Canvas, result: uplift.UpliftResult, view: str) -> None:
    shown = [m for m in result.models
             if m.name in UPLIFT_COLOURS and m.name != "random targeting"]
    if view == "uplift":
        figure = Figure(canvas, "Uplift among the users targeted",
                        "users targeted (by score)", "treated - control, pp")
        for m in shown:
            keep = m.share >= 0.05  # the first few users give a rate from a handful
            figure.line(100 * m.share[keep], 100 * m.uplift[keep],
                        UPLIFT_LEGEND.get(m.name, m.name), UPLIFT_COLOURS[m.name])
        figure.level(100 * result.average_effect, "everyone", "foreground")
        figure.finish(x_suffix="%")
        return
    figure = Figure(canvas, f"Qini curve: extra conversions per 100 of {result.test_users:,} "
                            "held-out users", "users targeted (by score)",
                    "extra conversions / 100 users")
    for m in shown:
        figure.line(100 * m.share, 100 * m.qini, UPLIFT_LEGEND.get(m.name, m.name),
                    UPLIFT_COLOURS[m.name])
    end = 100 * float(shown[0].qini[-1])
    figure.line(np.array([0.0, 100.0]), np.array([0.0, end]), "random", "foreground")
    figure.finish(x_suffix="%")


def _uplift_rows(result: uplift.UpliftResult) -> list[Row]:
    ceiling = result.model("true uplift (ceiling)").qini_coefficient
    rows = []
    for m in result.models:
        share = f"{m.qini_coefficient / ceiling:.0%}" if ceiling > 0 else "-"
        rows.append((m.name, f"{m.qini_coefficient:.4f}", share,
                     f"{100 * m.top_uplift:+.1f} pp"))
    return rows


UPLIFT = Lab(
    key="uplift", title="Uplift", params=uplift.UpliftParams, readers=uplift.READERS,
    fields=(Field("users", "Users", f"1000 to {uplift.MAX_USERS:,}, half held out"),
            Field("shares", "Segments", "persuadables, sure things, lost causes, sleeping "
                                        "dogs: four shares adding up to 1"),
            Field("treated_share", "Treated", "share treated at random, 0.1 to 0.9"),
            Field("seed", "Seed", "any whole number")),
    run=uplift.run_uplift, explain=uplift.explain_uplift, views=("Qini", "uplift"),
    draw=_draw_uplift, columns=("Targeting", "Qini", "of ceiling", "Top 20%"),
    rows=_uplift_rows,
    describe=lambda r: (f"{r.params.users:,} users · segments "
                        + "/".join(f"{100 * s:.0f}" for s in r.params.shares)
                        + f"% · {r.params.treated_share:.0%} treated · effect "
                          f"{100 * r.average_effect:+.1f} pp · seed {r.params.seed}"),
    colours=UPLIFT_COLOURS)


# ---------------------------------------------------------------------- reinforcement learning
SHORT_ACTIONS = {"clickbait": "bait", "quality": "quality", "break": "break"}
RL_COLOURS = {"Q-learning": "success", "myopic greedy": "error",
              "value iteration": "text-secondary"}


def _draw_rl(canvas: Canvas, result: rl.RLResult, view: str) -> None:
    p = result.params
    if view == "returns":
        figure = Figure(canvas, "Mean return per session", "", "return")
        figure.bars([s.name.split(" (")[0] for s in result.scores],
                    [("session (undiscounted)", [s.session for s in result.scores], "success"),
                     (f"discounted, gamma {p.gamma:g}", [s.discounted for s in result.scores],
                      "primary")])
        figure.finish(x_ticks=False, y_floor=0.0)
        return
    figure = Figure(canvas, "Learning curve: expected session return", "training episodes",
                    "return")
    block = max(1, p.episodes // 50)
    centres = (np.arange(len(result.behaviour_curve)) + 0.5) * block
    figure.line(centres, result.behaviour_curve, "while exploring", "primary")
    figure.line(result.checkpoints, result.greedy_curve, "Q-learning, greedy", "success")
    for name in ("myopic greedy", "value iteration"):
        figure.level(result.score(name).expected_session, name, RL_COLOURS[name])
    figure.finish(y_floor=0.0)


RL = Lab(
    key="rl", title="RL", params=rl.RLParams, readers=rl.READERS,
    fields=(Field("episodes", "Episodes", "training sessions, 10 to 10,000"),
            Field("gamma", "Gamma", "discount, 0 to 0.99"),
            Field("learning_rate", "Learn rate", "step size, above 0 to 1"),
            Field("epsilon", "Epsilon", "exploration while learning, 0 to 1"),
            Field("max_steps", "Max steps", f"session cut-off, 5 to {rl.MAX_STEPS_LIMIT}"),
            Field("eval_episodes", "Evaluations", "sessions to score each policy"),
            Field("seed", "Seed", "any whole number")),
    run=rl.run_rl, explain=rl.explain_rl, views=("learning", "returns"), draw=_draw_rl,
    columns=("Policy", "Discounted", "Session", "Steps", "Fresh/Engaged/Fatigued"),
    rows=lambda result: [(s.name, f"{s.discounted:.2f}", f"{s.session:.1f}", f"{s.length:.1f}",
                          "/".join(SHORT_ACTIONS[a] for a in s.actions))
                         for s in result.scores],
    describe=lambda r: (f"{r.params.episodes:,} episodes · gamma {r.params.gamma:g} · "
                        f"learning rate {r.params.learning_rate:g} · epsilon "
                        f"{r.params.epsilon:g} · seed {r.params.seed}"),
    colours=RL_COLOURS)


LABS: Sequence[Lab] = (BANDITS, CONTEXTUAL, UPLIFT, RL)


def lab(key: str) -> Lab:
    return next(item for item in LABS if item.key == key)
