"""Readiness for one day that matters: predicted recall on the interview day, and which
reviews today raise it most.

Each concept's memory state predicts its recall on the interview day. A concept needs work when
that prediction is low, weighted by priority (P1 counts three times a P3). To reach the target
recall on the day, reviews are best placed late: the coach tries review days counted back from
the interview (1, 2, 4, 8 ... days before, never before today) and takes the fewest that reach
the target. A concept is due for a readiness review today when today is one of those days.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from coach.domain.curriculum import Concept
from coach.domain.memory import GOOD, MemoryEvent, MemoryState, replay, retrievability

PRIORITY_WEIGHT = {"P1": 3.0, "P2": 2.0, "P3": 1.0}
DEFAULT_TARGET = 0.9


@dataclass(frozen=True)
class ConceptReadiness:
    concept: Concept
    recall: float                # predicted recall on the target day
    mastery: float | None
    review_days: tuple[date, ...]  # the fewest late reviews that reach the target
    reachable: bool
    recall_if_reviewed_today: float | None = None
    studied: bool = True  # False: nothing recorded yet, the first "review" is a first study

    @property
    def need(self) -> float:
        return (1.0 - self.recall) * PRIORITY_WEIGHT[self.concept.priority]


@dataclass(frozen=True)
class Readiness:
    target_day: date
    today: date
    target_recall: float
    concepts: tuple[ConceptReadiness, ...]  # most in need first

    @property
    def overall(self) -> float:
        """Priority-weighted mean predicted recall (P1 weighs most)."""
        total = sum(PRIORITY_WEIGHT[c.concept.priority] for c in self.concepts)
        if not total:
            return 0.0
        return sum(c.recall * PRIORITY_WEIGHT[c.concept.priority]
                   for c in self.concepts) / total

    @property
    def due_today(self) -> tuple[ConceptReadiness, ...]:
        return tuple(c for c in self.concepts if self.today in c.review_days)

    @property
    def unreachable_p1(self) -> tuple[ConceptReadiness, ...]:
        return tuple(c for c in self.concepts if c.concept.priority == "P1" and not c.reachable)


def candidate_days(today: date, target: date, limit: int = 6) -> list[date]:
    """Review days counted back from the target (1, 2, 4, 8 ... days before), latest first."""
    days: list[date] = []
    gap = 1
    while len(days) < limit:
        day = target - timedelta(days=gap)
        if day < today:
            break
        days.append(day)
        gap *= 2
    if today < target and today not in days and len(days) < limit:
        days.append(today)
    return days


def plan_reviews(events: Sequence[MemoryEvent], today: date, target: date,
                 goal: float) -> tuple[tuple[date, ...], bool, float]:
    """The fewest late review days reaching ``goal`` on ``target``; (days, reachable, recall)."""
    current = retrievability(replay(events), target)
    if current >= goal:
        return (), True, current
    days = candidate_days(today, target)
    best = current
    for k in range(1, len(days) + 1):
        chosen = sorted(days[:k])
        extra = [MemoryEvent(d, GOOD, "plan", "~") for d in chosen]
        best = retrievability(replay([*events, *extra]), target)
        if best >= goal:
            return tuple(chosen), True, best
    return tuple(sorted(days)), False, best


def assess(concepts: Sequence[Concept], events: Mapping[str, Sequence[MemoryEvent]],
           mastery: Mapping[str, float], *, today: date, target_day: date,
           goal: float = DEFAULT_TARGET) -> Readiness:
    rows = []
    for concept in concepts:
        evs = list(events.get(concept.id, ()))
        past = [e for e in evs if e.when <= today]
        state: MemoryState | None = replay(past)
        recall = retrievability(state, target_day)
        if target_day > today:
            days, reachable, _best = plan_reviews(past, today, target_day, goal)
            if_today = retrievability(
                replay([*past, MemoryEvent(today, GOOD, "what-if", "~")]), target_day)
        else:
            days, reachable, if_today = (), recall >= goal, None
        rows.append(ConceptReadiness(concept, recall, mastery.get(concept.id), days, reachable,
                                     if_today, studied=bool(past)))
    rows.sort(key=lambda r: (-r.need, r.concept.priority_rank, r.concept.id))
    return Readiness(target_day, today, goal, tuple(rows))


def readiness_trend(concepts: Sequence[Concept], events: Mapping[str, Sequence[MemoryEvent]],
                    *, today: date, target_day: date, days: int = 7) -> list[tuple[date, float]]:
    """Overall readiness as it stood at the end of each of the last ``days`` days."""
    out = []
    for back in range(days - 1, -1, -1):
        day = today - timedelta(days=back)
        total = weight_sum = 0.0
        for concept in concepts:
            past = [e for e in events.get(concept.id, ()) if e.when <= day]
            w = PRIORITY_WEIGHT[concept.priority]
            total += w * retrievability(replay(past), target_day)
            weight_sum += w
        out.append((day, total / weight_sum if weight_sum else 0.0))
    return out
