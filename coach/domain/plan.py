"""Today's plan: new topics, reviews due (overdue first), later reviews, all against a budget.

When the day's work exceeds the budget, the guide's advice applies: P1 first, and whatever no
longer fits is kept on the list but marked "if time allows".
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from coach.domain.curriculum import PLAN_DAYS, Concept, Curriculum, Phase, PlanDay
from coach.domain.memory import MemoryState
from coach.domain.schedule import Status, concept_schedule, plan_day_number

LATER = "R"  # the checkpoint id of a review after D14, scheduled by the memory model


@dataclass(frozen=True)
class PlanItem:
    concept: Concept
    checkpoint: str  # D1, D2, D4, D7, D14 or R
    activity: str
    due: date
    minutes: int
    overdue_days: int = 0
    done: bool = False
    fits: bool = True  # False: over the daily budget, "if time allows"
    for_interview: bool = False  # a readiness review, to raise recall on the interview day

    @property
    def kind(self) -> str:
        if self.for_interview:
            return "interview"
        if self.checkpoint == "D1":
            return "new"
        return "later" if self.checkpoint == LATER else "review"

    @property
    def overdue(self) -> bool:
        return self.overdue_days > 0


@dataclass(frozen=True)
class DailyPlan:
    today: date
    start: date
    day_number: int
    phase: Phase | None
    plan_day: PlanDay | None
    items: tuple[PlanItem, ...]
    budget_minutes: int
    interview: date | None

    @property
    def started(self) -> bool:
        return self.day_number >= 1

    @property
    def finished(self) -> bool:
        return self.day_number > PLAN_DAYS

    @property
    def open_items(self) -> tuple[PlanItem, ...]:
        return tuple(i for i in self.items if not i.done)

    @property
    def done_items(self) -> tuple[PlanItem, ...]:
        return tuple(i for i in self.items if i.done)

    @property
    def total_minutes(self) -> int:
        return sum(i.minutes for i in self.open_items)

    @property
    def fitting_minutes(self) -> int:
        return sum(i.minutes for i in self.open_items if i.fits)

    @property
    def over_budget(self) -> bool:
        return self.total_minutes > self.budget_minutes

    @property
    def days_to_interview(self) -> int | None:
        return (self.interview - self.today).days if self.interview else None

    @property
    def interview_tomorrow(self) -> bool:
        return self.days_to_interview == 1

    def section(self, name: str) -> tuple[PlanItem, ...]:
        """Items of one plan section: overdue, new, review, later, done."""
        if name == "done":
            return self.done_items
        items = self.open_items
        if name == "overdue":
            return tuple(i for i in items if i.overdue)
        return tuple(i for i in items if not i.overdue and i.kind == name)


def new_topic_minutes(curriculum: Curriculum, concept: Concept) -> int:
    """A concept's share of its day's study time, weighted by the D1 time of its priority."""
    day = curriculum.plan_day(concept.day)
    d1 = curriculum.checkpoint("D1").minutes
    if day is None:
        return d1[concept.priority]
    weights = sum(d1[c.priority] for c in curriculum.concepts_on_day(concept.day))
    share = day.study_minutes * d1[concept.priority] / max(1, weights)
    return max(10, int(5 * round(share / 5)))


@dataclass(frozen=True)
class InterviewReview:
    """A review the readiness plan wants today, with its effect on interview-day recall."""

    concept: Concept
    recall_now: float
    recall_after: float


def build_plan(curriculum: Curriculum, *, start: date, today: date, budget_minutes: int,
               completions: Mapping[str, Mapping[str, date]],
               memory: Mapping[str, MemoryState], interview: date | None = None,
               interview_reviews: Sequence[InterviewReview] = (),
               interview_done: Sequence[Concept] = ()) -> DailyPlan:
    """Everything due on ``today`` (and done today), in the order it should be worked.

    ``completions`` maps concept ids to checkpoint ids (and ``LATER`` for the newest review
    after D14) to the dates they were done.
    """
    items: list[PlanItem] = []
    for concept in curriculum.concepts:
        done = completions.get(concept.id, {})
        schedule = concept_schedule(curriculum, concept, start, done, today)
        for state in schedule:
            cp = curriculum.checkpoint(state.checkpoint_id)
            minutes = (new_topic_minutes(curriculum, concept) if cp.id == "D1"
                       else cp.minutes[concept.priority])
            if state.status is Status.DONE:
                if state.done_on == today:
                    items.append(PlanItem(concept, cp.id, cp.activity, state.due, minutes,
                                          done=True))
                continue
            if state.status in (Status.DUE, Status.OVERDUE):
                items.append(PlanItem(concept, cp.id, cp.activity, state.due, minutes,
                                      state.days_overdue(today)))
        if "D14" in done:
            items.extend(_later_review(curriculum, concept, done, memory.get(concept.id), today))
    busy = {i.concept.id for i in items}
    for concept in interview_done:
        items.append(PlanItem(concept, LATER, "Reviewed for the interview", today,
                              curriculum.later_review_minutes[concept.priority], done=True,
                              for_interview=True))
        busy.add(concept.id)
    for review in interview_reviews:
        concept = review.concept
        if concept.id in busy:
            continue  # a review already planned (or done) today does the same job
        activity = (f"Review for the interview: recall on the day {review.recall_now:.0%} "
                    f"-> {review.recall_after:.0%}")
        items.append(PlanItem(concept, LATER, activity, today,
                              curriculum.later_review_minutes[concept.priority],
                              for_interview=True))
    ordered = sorted(items, key=_work_order)
    return DailyPlan(today, start, plan_day_number(start, today),
                     curriculum.phase_for_day(plan_day_number(start, today)),
                     curriculum.plan_day(plan_day_number(start, today)),
                     _fit_budget(ordered, budget_minutes), budget_minutes, interview)


def _later_review(curriculum: Curriculum, concept: Concept, done: Mapping[str, date],
                  state: MemoryState | None, today: date) -> list[PlanItem]:
    """After D14 the memory model decides when the next review falls."""
    minutes = curriculum.later_review_minutes[concept.priority]
    activity = "Recall it from memory, then check against your notes"
    if done.get(LATER) == today:
        return [PlanItem(concept, LATER, activity, today, minutes, done=True)]
    due = state.due if state else today
    if due > today:
        return []
    return [PlanItem(concept, LATER, activity, due, minutes, max(0, (today - due).days))]


# Reviews before new material, as spaced-repetition practice advises: they are short and
# protect what was already learned.
_KIND_ORDER = {"review": 1, "later": 2, "interview": 3, "new": 4}


def _work_order(item: PlanItem) -> tuple[int, int, int, date, int, str]:
    return (int(item.done), 0 if item.overdue else 1, _KIND_ORDER[item.kind],
            item.due, item.concept.priority_rank, item.concept.id)


def _fit_budget(items: list[PlanItem], budget: int) -> tuple[PlanItem, ...]:
    """Mark what fits: P1 first (overdue before the rest), then P2, then P3.

    Within one priority a smaller item may still fit after a larger one did not; but once any
    item of a priority is left out, nothing of a lower priority goes ahead of it.
    """
    remaining = budget - sum(i.minutes for i in items if i.done)
    fits: set[int] = set()
    by_priority = sorted((i for i in range(len(items)) if not items[i].done),
                         key=lambda i: (items[i].concept.priority_rank, _work_order(items[i])))
    blocked_below: int | None = None
    for index in by_priority:
        rank = items[index].concept.priority_rank
        if blocked_below is not None and rank > blocked_below:
            break
        if items[index].minutes <= remaining:
            fits.add(index)
            remaining -= items[index].minutes
        else:
            blocked_below = rank
    return tuple(
        item if item.done or i in fits else PlanItem(**{**item.__dict__, "fits": False})
        for i, item in enumerate(items))
