"""Choosing what to ask next: weak and due concepts first, nothing seen recently.

Each candidate question gets a weight; the choice is a weighted draw from a seeded generator,
so it is varied for the user and reproducible for tests and mock rounds.
"""

from __future__ import annotations

import random
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field

from coach.domain.questions import Question

UNSEEN_MASTERY = 0.35  # an unpractised concept counts as fairly weak
DUE_BOOST = 2.0        # a concept due for review today (or overdue) is asked more
RECENT_PENALTY = 0.05  # a question seen recently is nearly never repeated


@dataclass(frozen=True)
class SelectionContext:
    mastery: Mapping[str, float] = field(default_factory=dict)
    due: Collection[str] = ()
    recent: Collection[str] = ()          # question ids answered recently
    overconfident: Mapping[str, float] = field(default_factory=dict)  # concept -> gap 0..1
    priority: Mapping[str, str] = field(default_factory=dict)          # concept -> P1/P2/P3


_PRIORITY_WEIGHT = {"P1": 1.5, "P2": 1.0, "P3": 0.6}


def weight(question: Question, ctx: SelectionContext) -> float:
    concept = question.main_concept
    level = ctx.mastery.get(concept, UNSEEN_MASTERY)
    w = (1.0 - level) + 0.1  # weaker concepts weigh more; mastered ones still appear
    if any(c in ctx.due for c in question.concepts):
        w *= DUE_BOOST
    w *= 1.0 + ctx.overconfident.get(concept, 0.0)
    w *= _PRIORITY_WEIGHT.get(ctx.priority.get(concept, "P2"), 1.0)
    if question.id in ctx.recent:
        w *= RECENT_PENALTY
    return w


def choose(questions: Sequence[Question], ctx: SelectionContext, rng: random.Random,
           exclude: Collection[str] = ()) -> Question | None:
    pool = [q for q in questions if q.id not in exclude]
    if not pool:
        return None
    weights = [weight(q, ctx) for q in pool]
    return rng.choices(pool, weights=weights, k=1)[0]


def rank(questions: Sequence[Question], ctx: SelectionContext) -> list[Question]:
    """Questions from most to least worth asking now (stable for equal weights)."""
    return sorted(questions, key=lambda q: -weight(q, ctx))
