"""A memory model per concept: the FSRS state built from every review, attempt and drill.

The guide's D1/D2/D4/D7/D14 days decide what is due during the plan; this state is what
*predicts* recall on any date, and after D14 it decides when the next review falls. The state is
always rebuilt by replaying a concept's events in order, so undoing an event or skipping cram
attempts can never leave it inconsistent. ``fsrs`` is imported lazily: the plan screen reads the
stored state and never needs it at start-up.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime, timedelta
from functools import cache
from typing import Any

AGAIN, HARD, GOOD, EASY = 1, 2, 3, 4
RATING_NAMES = {AGAIN: "again", HARD: "hard", GOOD: "good", EASY: "easy"}
RATING_BY_NAME = {name: value for value, name in RATING_NAMES.items()}


@dataclass(frozen=True)
class MemoryEvent:
    """One act of recall: when it happened and how well it went (1 again .. 4 easy)."""

    when: date
    rating: int
    source: str = ""
    order: str = ""  # tie-breaker within a day (a timestamp), so replay is deterministic


@dataclass(frozen=True)
class MemoryState:
    stability: float
    difficulty: float
    due: date
    last_review: date
    reviews: int
    lapses: int

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["due"] = self.due.isoformat()
        data["last_review"] = self.last_review.isoformat()
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> MemoryState:
        return cls(float(data["stability"]), float(data["difficulty"]),
                   date.fromisoformat(data["due"]), date.fromisoformat(data["last_review"]),
                   int(data["reviews"]), int(data.get("lapses", 0)))


def score_to_rating(score: float) -> int:
    """Map a rubric score (0..1) to a recall rating.

    Below 40% the answer missed most of what matters (again); below 65% it was shaky (hard);
    below 90% it was solid (good); 90% and above it was complete (easy).
    """
    if score < 0.40:
        return AGAIN
    if score < 0.65:
        return HARD
    if score < 0.90:
        return GOOD
    return EASY


def _at_noon(day: date) -> datetime:
    # Reviews are recorded by day; noon UTC keeps the arithmetic free of time zones.
    return datetime(day.year, day.month, day.day, 12, tzinfo=UTC)


@cache
def _scheduler() -> Any:
    from fsrs import Scheduler

    # Concepts are reviewed in days, not minutes: no intra-day learning steps, no fuzz, so the
    # same history always gives the same schedule.
    return Scheduler(learning_steps=(), relearning_steps=(), enable_fuzzing=False)


def replay(events: Iterable[MemoryEvent]) -> MemoryState | None:
    """Build the memory state from a concept's events; ``None`` if it was never reviewed."""
    from fsrs import Card, Rating

    ordered = sorted(events, key=lambda e: (e.when, e.order))
    if not ordered:
        return None
    scheduler = _scheduler()
    card = Card(card_id=1)
    lapses = 0
    for event in ordered:
        rating = min(EASY, max(AGAIN, int(event.rating)))
        lapses += rating == AGAIN
        card, _ = scheduler.review_card(card, Rating(rating), _at_noon(event.when))
    return MemoryState(
        stability=float(card.stability), difficulty=float(card.difficulty),
        due=card.due.date(), last_review=ordered[-1].when, reviews=len(ordered), lapses=lapses,
    )


def retrievability(state: MemoryState | None, on: date) -> float:
    """Predicted probability of recall on a date (0 for a concept never studied)."""
    if state is None:
        return 0.0
    from fsrs import Card, State

    card = Card(card_id=1, state=State.Review, stability=state.stability,
                difficulty=state.difficulty, due=_at_noon(state.due),
                last_review=_at_noon(state.last_review))
    return float(_scheduler().get_card_retrievability(card, _at_noon(on)))


def recall_after_review(state: MemoryState | None, events: list[MemoryEvent], review_on: date,
                        target: date, rating: int = GOOD) -> float:
    """Predicted recall on ``target`` if the concept were reviewed on ``review_on``."""
    extra = MemoryEvent(review_on, rating, "what-if", "~")
    future = replay([*events, extra])
    return retrievability(future, target)


def next_review(state: MemoryState | None, today: date) -> date:
    return state.due if state else today + timedelta(days=0)
