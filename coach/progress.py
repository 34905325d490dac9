"""Progress operations: the grid's ticks, later reviews, notes and plan settings.

These sit between the pure domain and the store: they turn user intent ("D2 of backprop is
done") into store records with clear undo labels, and read the store back as domain values.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from coach.domain.curriculum import Concept, Curriculum
from coach.domain.memory import GOOD, RATING_NAMES, MemoryState
from coach.domain.plan import LATER, DailyPlan, InterviewReview, build_plan
from coach.store import Store


def completions(store: Store) -> dict[str, dict[str, date]]:
    """Concept id -> checkpoint id -> date done (``LATER``: the newest review after D14)."""
    out: dict[str, dict[str, date]] = {}
    for rec in store.records("checkpoints"):
        out.setdefault(rec["concept"], {})[rec["checkpoint"]] = date.fromisoformat(rec["date"])
    for rec in store.records("reviews"):
        day = date.fromisoformat(rec["date"])
        table = out.setdefault(rec["concept"], {})
        if LATER not in table or table[LATER] < day:
            table[LATER] = day
    return out


def memory_states(store: Store) -> dict[str, MemoryState]:
    return {cid: MemoryState.from_dict(raw) for cid, raw in store.data["memory"].items()}


def checkpoint_record(store: Store, concept_id: str, checkpoint: str) -> dict[str, Any] | None:
    for rec in store.records("checkpoints"):
        if rec["concept"] == concept_id and rec["checkpoint"] == checkpoint:
            return rec
    return None


def mark_checkpoint(store: Store, concept: Concept, checkpoint: str, on: date,
                    rating: int = GOOD, *, purpose: str = "") -> dict[str, Any] | None:
    """Record a checkpoint as done; ``None`` if it already was."""
    if checkpoint == LATER:
        return record_later_review(store, concept, on, rating, purpose=purpose)
    if checkpoint_record(store, concept.id, checkpoint):
        return None
    return store.add_record(
        "checkpoints",
        {"concept": concept.id, "checkpoint": checkpoint, "date": on.isoformat(),
         "rating": rating, "at": store.clock.now().isoformat()},
        label=f"{checkpoint} of {concept.name} ({RATING_NAMES[rating]})")


def unmark_checkpoint(store: Store, concept: Concept, checkpoint: str) -> bool:
    rec = checkpoint_record(store, concept.id, checkpoint)
    if rec is None:
        return False
    store.remove_record("checkpoints", rec["id"], label=f"Untick {checkpoint} of {concept.name}")
    return True


def toggle_checkpoint(store: Store, concept: Concept, checkpoint: str, on: date) -> bool:
    """Tick or untick a grid box; return whether it is now ticked."""
    if unmark_checkpoint(store, concept, checkpoint):
        return False
    mark_checkpoint(store, concept, checkpoint, on)
    return True


def record_later_review(store: Store, concept: Concept, on: date, rating: int = GOOD, *,
                        purpose: str = "") -> dict[str, Any]:
    """A review outside the D-schedule: after D14, or to get ready for the interview."""
    record = {"concept": concept.id, "date": on.isoformat(), "rating": rating,
              "at": store.clock.now().isoformat()}
    if purpose:
        record["purpose"] = purpose
    return store.add_record("reviews", record,
                            label=f"Review of {concept.name} ({RATING_NAMES[rating]})")


def set_note(store: Store, concept: Concept, text: str) -> None:
    """Save a concept's notes; a run of edits to one note is one undo step."""
    store.set_value("notes", concept.id, text, label=f"Notes on {concept.name}", coalesce=True)


def configure(store: Store, *, start: date, interview: date | None,
              budget_minutes: int, target_recall: float | None = None) -> None:
    """Save the plan settings; one undo step puts them all back."""
    settings: dict[str, Any] = {"start_date": start.isoformat(),
                                "interview_date": interview.isoformat() if interview else None,
                                "daily_budget_minutes": budget_minutes}
    if target_recall is not None:
        settings["target_recall"] = target_recall
    made = sum(store.set_value("settings", key, value, label="Plan settings")
               for key, value in settings.items())
    _merge_last_undo(store, made)


def _merge_last_undo(store: Store, count: int) -> None:
    """Fold the last ``count`` undo entries into one, so one user action undoes as one."""
    undo = store.data["undo"]
    if count < 2 or len(undo) < count:
        return
    merged = undo[-count:]
    ops = [op for entry in merged for op in entry["ops"]]
    undo[-count:] = [{**merged[0], "ops": ops, "kind": "settings", "key": ""}]
    store.save()


def start_date(store: Store) -> date | None:
    raw = store.settings.get("start_date")
    return date.fromisoformat(raw) if raw else None


def interview_date(store: Store) -> date | None:
    raw = store.settings.get("interview_date")
    return date.fromisoformat(raw) if raw else None


def plan_for(store: Store, curriculum: Curriculum, today: date) -> DailyPlan | None:
    start = start_date(store)
    if start is None:
        return None
    interview = interview_date(store)
    reviews: list[InterviewReview] = []
    done_for_interview = [curriculum.concept(r["concept"]) for r in store.records("reviews")
                          if r["date"] == today.isoformat() and r.get("purpose") == "interview"]
    if interview is not None and interview > today:
        from coach.readiness import readiness_for

        readiness = readiness_for(store, curriculum, today, interview)
        if readiness is not None:
            reviews = [InterviewReview(c.concept, c.recall, c.recall_if_reviewed_today or 0.0)
                       for c in readiness.due_today]
    return build_plan(curriculum, start=start, today=today,
                      budget_minutes=int(store.settings["daily_budget_minutes"]),
                      completions=completions(store), memory=memory_states(store),
                      interview=interview, interview_reviews=reviews,
                      interview_done=done_for_interview)
