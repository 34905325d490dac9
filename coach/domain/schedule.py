"""The guide's spaced-repetition arithmetic: D1, D2, D4, D7 and D14 after the real first study.

Checkpoints are anchored on the day the concept was actually first studied, so a late or missed
day loses nothing: the schedule simply starts when the study did.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from coach.domain.curriculum import PLAN_DAYS, Concept, Curriculum


class Status(StrEnum):
    DONE = "done"
    DUE = "due"
    OVERDUE = "overdue"
    UPCOMING = "upcoming"


@dataclass(frozen=True)
class CheckpointState:
    concept_id: str
    checkpoint_id: str
    due: date
    done_on: date | None
    status: Status

    def days_overdue(self, today: date) -> int:
        return max(0, (today - self.due).days) if self.status is Status.OVERDUE else 0


def plan_day_number(start: date, today: date) -> int:
    """Day N of the plan (1 on the start date); zero or negative before it starts."""
    return (today - start).days + 1


def planned_first_study(concept: Concept, start: date) -> date:
    return start + timedelta(days=concept.day - 1)


def first_study_date(concept: Concept, start: date, done: Mapping[str, date]) -> date:
    """The real D1 if it is recorded, else the day the plan puts it on."""
    return done.get("D1") or planned_first_study(concept, start)


def concept_schedule(curriculum: Curriculum, concept: Concept, start: date,
                     done: Mapping[str, date], today: date) -> tuple[CheckpointState, ...]:
    """The state of each checkpoint of one concept on ``today``.

    ``done`` maps checkpoint ids to the dates they were completed. Until D1 is done, the later
    checkpoints are projected from the planned D1 but never fall due.
    """
    anchor = first_study_date(concept, start, done)
    studied = "D1" in done
    states = []
    for cp in curriculum.checkpoints:
        due = anchor + timedelta(days=cp.offset)
        finished = done.get(cp.id)
        if finished is not None:
            status = Status.DONE
        elif cp.offset > 0 and not studied:
            status = Status.UPCOMING  # reviews wait for the real first study
        elif due < today:
            status = Status.OVERDUE
        elif due == today:
            status = Status.DUE
        else:
            status = Status.UPCOMING
        states.append(CheckpointState(concept.id, cp.id, due, finished, status))
    return tuple(states)


def plan_finished(start: date, today: date) -> bool:
    return plan_day_number(start, today) > PLAN_DAYS
