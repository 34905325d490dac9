from datetime import UTC, date, datetime

from fsrs import Card, Rating, Scheduler

from coach.domain.events import memory_events
from coach.domain.memory import (
    AGAIN,
    EASY,
    GOOD,
    HARD,
    MemoryEvent,
    replay,
    retrievability,
    score_to_rating,
)


def test_score_to_rating_thresholds() -> None:
    assert [score_to_rating(s) for s in (0.0, 0.39, 0.4, 0.64, 0.65, 0.89, 0.9, 1.0)] == [
        AGAIN, AGAIN, HARD, HARD, GOOD, GOOD, EASY, EASY]


def test_replay_matches_fsrs_and_retrievability_uses_its_formula() -> None:
    days = [date(2026, 1, 1), date(2026, 1, 2), date(2026, 1, 4)]
    state = replay([MemoryEvent(d, GOOD) for d in days])
    scheduler = Scheduler(learning_steps=(), relearning_steps=(), enable_fuzzing=False)
    card = Card(card_id=1)
    for d in days:
        card, _ = scheduler.review_card(card, Rating.Good,
                                        datetime(d.year, d.month, d.day, 12, tzinfo=UTC))
    assert state is not None
    assert abs(state.stability - card.stability) < 1e-9
    assert state.due == card.due.date()
    target = date(2026, 2, 1)
    expected = scheduler.get_card_retrievability(card, datetime(2026, 2, 1, 12, tzinfo=UTC))
    assert abs(retrievability(state, target) - expected) < 1e-9
    assert retrievability(state, target) < retrievability(state, date(2026, 1, 5))


def test_replay_is_order_independent_and_counts_lapses() -> None:
    events = [MemoryEvent(date(2026, 1, 3), AGAIN), MemoryEvent(date(2026, 1, 1), GOOD)]
    a, b = replay(events), replay(list(reversed(events)))
    assert a == b
    assert a is not None and a.lapses == 1 and a.reviews == 2
    assert replay([]) is None
    assert retrievability(None, date(2026, 1, 1)) == 0.0


def test_memory_events_skip_cram_and_unscored_attempts() -> None:
    attempts = [
        {"concepts": ["mlp"], "status": "scored", "score": 0.95, "scored_at": "2026-01-01T10:00"},
        {"concepts": ["mlp"], "status": "scored", "score": 0.1, "mode": "cram",
         "scored_at": "2026-01-02T10:00"},
        {"concepts": ["mlp"], "status": "open", "started_at": "2026-01-03T10:00"},
        {"concepts": ["mlp"], "status": "scored", "score": 0.2, "rating": HARD,
         "scored_at": "2026-01-04T10:00"},
    ]
    drills = [
        {"drill": "softmax", "concepts": ["mlp"], "at": "2026-01-05T10:00", "passed": False},
        {"drill": "softmax", "concepts": ["mlp"], "at": "2026-01-05T10:05", "passed": True},
        {"drill": "softmax", "concepts": ["mlp"], "at": "2026-01-06T10:05", "passed": False},
    ]
    checkpoints = [{"concept": "mlp", "date": "2026-01-01", "rating": None,
                    "at": "2026-01-01T09:00"}]
    events = sorted(memory_events("mlp", checkpoints, [], attempts, drills),
                    key=lambda e: (e.when, e.order))
    assert [(e.when.day, e.rating, e.source) for e in events] == [
        (1, GOOD, "checkpoint"), (1, EASY, "attempt"), (4, HARD, "attempt"),
        (5, GOOD, "drill"), (6, AGAIN, "drill")]
    assert memory_events("other", checkpoints, [], attempts, drills) == []
