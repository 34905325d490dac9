from datetime import date

import pytest

from coach.domain.curriculum import Concept
from coach.domain.schedule import Status, concept_schedule, plan_day_number, planned_first_study


def _concept(day: int = 1, priority: str = "P1") -> Concept:
    return Concept("x", "X", priority, day, "s")


@pytest.mark.parametrize(
    ("start", "today", "expected"),
    [
        (date(2026, 11, 24), date(2026, 11, 24), 1),
        (date(2026, 11, 24), date(2026, 11, 23), 0),
        (date(2026, 12, 25), date(2027, 1, 7), 14),  # across a year end
        (date(2026, 1, 31), date(2026, 2, 1), 2),    # across a month end
        (date(2028, 2, 28), date(2028, 3, 1), 3),    # leap year
    ],
)
def test_plan_day_number(start: date, today: date, expected: int) -> None:
    assert plan_day_number(start, today) == expected


def test_checkpoints_fall_on_days_1_2_4_7_14_after_first_study(curriculum) -> None:
    concept = _concept(day=1)
    done = {"D1": date(2026, 12, 28)}
    states = concept_schedule(curriculum, concept, date(2026, 12, 28), done, date(2026, 12, 28))
    assert [s.due for s in states] == [
        date(2026, 12, 28), date(2026, 12, 29), date(2026, 12, 31), date(2027, 1, 3),
        date(2027, 1, 10)]


def test_late_first_study_counts_from_its_real_d1(curriculum) -> None:
    concept = _concept(day=2)
    start = date(2026, 11, 1)
    # planned D1 is 2 Nov; it was really studied on 5 Nov
    done = {"D1": date(2026, 11, 5)}
    states = {s.checkpoint_id: s for s in
              concept_schedule(curriculum, concept, start, done, date(2026, 11, 6))}
    assert states["D2"].due == date(2026, 11, 6)
    assert states["D2"].status is Status.DUE
    assert states["D4"].due == date(2026, 11, 8)
    assert states["D4"].status is Status.UPCOMING


def test_unstudied_concept_is_overdue_only_for_d1(curriculum) -> None:
    concept = _concept(day=1)
    states = {s.checkpoint_id: s for s in
              concept_schedule(curriculum, concept, date(2026, 11, 1), {}, date(2026, 11, 10))}
    assert states["D1"].status is Status.OVERDUE
    assert states["D1"].days_overdue(date(2026, 11, 10)) == 9
    assert all(states[c].status is Status.UPCOMING for c in ("D2", "D4", "D7", "D14"))


def test_missed_review_is_overdue(curriculum) -> None:
    concept = _concept(day=1)
    done = {"D1": date(2026, 11, 1)}
    states = {s.checkpoint_id: s for s in
              concept_schedule(curriculum, concept, date(2026, 11, 1), done, date(2026, 11, 5))}
    assert states["D2"].status is Status.OVERDUE
    assert states["D4"].status is Status.OVERDUE
    assert states["D7"].status is Status.UPCOMING


def test_planned_first_study_uses_the_concept_day() -> None:
    assert planned_first_study(_concept(day=14), date(2026, 12, 20)) == date(2027, 1, 2)
