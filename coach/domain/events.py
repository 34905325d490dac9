"""Which recorded facts count as acts of recall for a concept's memory model.

- A checkpoint completion or a later review, with the rating given (good if none was given).
- A scored practice attempt outside cram mode: the recall rating the user chose, else the score
  mapped by ``score_to_rating``.
- Implementation drills: one event per drill and day, "good" if any run passed that day,
  "again" if every run failed (iterating on failing code is one attempt, not many).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime
from typing import Any

from coach.domain.memory import AGAIN, GOOD, MemoryEvent, score_to_rating

Record = Mapping[str, Any]


def _day(value: str) -> date:
    return datetime.fromisoformat(value).date() if "T" in value else date.fromisoformat(value)


def concepts_of(record: Record) -> tuple[str, ...]:
    if "concept" in record:
        return (record["concept"],)
    return tuple(record.get("concepts", ()))


def memory_events(concept_id: str, checkpoints: Iterable[Record], reviews: Iterable[Record],
                  attempts: Iterable[Record], drill_runs: Iterable[Record]) -> list[MemoryEvent]:
    events: list[MemoryEvent] = []
    for rec in (*checkpoints, *reviews):
        if rec.get("concept") == concept_id:
            events.append(MemoryEvent(_day(rec["date"]), int(rec.get("rating") or GOOD),
                                      "checkpoint", rec.get("at", "")))
    for rec in attempts:
        if concept_id not in rec.get("concepts", ()) or rec.get("status") != "scored":
            continue
        if rec.get("mode") == "cram":
            continue
        rating = rec.get("rating") or score_to_rating(float(rec.get("score", 0.0)))
        when = rec.get("scored_at") or rec.get("started_at")
        if not when:
            continue
        events.append(MemoryEvent(_day(when), int(rating), "attempt", when))
    by_drill_day: dict[tuple[str, date], tuple[bool, str]] = {}
    for rec in drill_runs:
        if concept_id not in rec.get("concepts", ()):
            continue
        key = (rec.get("drill", ""), _day(rec["at"]))
        passed, first = by_drill_day.get(key, (False, rec["at"]))
        by_drill_day[key] = (passed or bool(rec.get("passed")), min(first, rec["at"]))
    for (_drill, day), (passed, at) in by_drill_day.items():
        events.append(MemoryEvent(day, GOOD if passed else AGAIN, "drill", at))
    return events
