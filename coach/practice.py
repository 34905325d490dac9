"""Practice operations: attempts, rounds and the context that decides what to ask next.

Like ``coach.progress``, this turns user intent into store records with clear undo labels and
reads them back as domain values; the screens only call these.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from coach import progress
from coach.domain.curriculum import Curriculum
from coach.domain.memory import RATING_NAMES
from coach.domain.questions import Bank, Question, score
from coach.domain.rounds import RoundFormat
from coach.domain.selection import SelectionContext
from coach.mastery import mastery_by_concept
from coach.store import Store

RECENT_DAYS = 3
MODES = ("practice", "round", "interviewer", "cram")


# ------------------------------------------------------------------ bank
def load_bank(curriculum: Curriculum, data_dir: Path | None,
              extra: Sequence[Path] = ()) -> tuple[Bank, list[str]]:
    """The merged bank and any problems found. A broken user bank never hides the built-in
    questions: its problems are returned and the built-in bank alone is used."""
    from coach import paths
    from coach.bank.problems import ContentError
    from coach.bank.questions import default_sources
    from coach.bank.questions import load_bank as load

    concept_ids = [c.id for c in curriculum.concepts]
    cache = paths.cache_dir()
    try:
        return load(default_sources(data_dir, extra), concept_ids, cache_dir=cache), []
    except ContentError as exc:
        problems = [str(p) for p in exc.problems]
    try:
        return load(default_sources(None), concept_ids, cache_dir=cache), problems
    except ContentError as exc:
        return Bank(()), problems + [str(p) for p in exc.problems]


# ------------------------------------------------------------------ attempts
def attempts_for(store: Store, question_id: str) -> list[dict[str, Any]]:
    return [a for a in store.records("attempts") if a.get("question") == question_id]


def open_attempt(store: Store, question_id: str, mode: str) -> dict[str, Any] | None:
    """An unfinished practice attempt on this question, to resume instead of starting over."""
    for rec in reversed(store.records("attempts")):
        if rec.get("question") == question_id and rec.get("status") == "open" \
                and rec.get("mode") == mode and rec.get("round") is None:
            return rec
    return None


def start_attempt(store: Store, question: Question, mode: str, now: datetime,
                  round_id: int | None = None) -> dict[str, Any]:
    return store.add_record("attempts", {
        "question": question.id, "concepts": list(question.concepts), "type": question.type,
        "level": question.level, "mode": mode, "round": round_id,
        "started_at": now.isoformat(), "seconds": 0.0, "answer": "", "ticked": [],
        "score": None, "rating": None, "confidence": None, "status": "open",
    }, label=f"Start {question.id}", undoable=False)


def save_progress(store: Store, attempt_id: int, *, answer: str | None = None,
                  seconds: float | None = None, confidence: float | None = None) -> None:
    """Keep the answer and time as they are typed; not an undo step."""
    changes: dict[str, Any] = {}
    if answer is not None:
        changes["answer"] = answer
    if seconds is not None:
        changes["seconds"] = round(seconds, 1)
    if confidence is not None:
        changes["confidence"] = confidence
    if changes:
        store.update_record("attempts", attempt_id, changes, undoable=False,
                            affects_memory=False)


def score_attempt(store: Store, question: Question, attempt_id: int, *, ticked: Sequence[int],
                  rating: int, seconds: float, now: datetime,
                  confidence: float | None = None) -> dict[str, Any]:
    value = score(question, ticked)
    changes: dict[str, Any] = {
        "ticked": sorted(set(ticked)), "score": round(value, 4), "rating": rating,
        "seconds": round(seconds, 1), "status": "scored", "scored_at": now.isoformat(),
    }
    if confidence is not None:
        changes["confidence"] = confidence
    return store.update_record(
        "attempts", attempt_id, changes,
        label=f"Attempt on {question.id}: {value:.0%} ({RATING_NAMES[rating]})")


def skip_attempt(store: Store, attempt_id: int, seconds: float) -> None:
    store.update_record("attempts", attempt_id, {"status": "skipped",
                                                 "seconds": round(seconds, 1)},
                        label="Skip question")


# ------------------------------------------------------------------ selection
def due_concepts(store: Store, curriculum: Curriculum, today: date) -> set[str]:
    plan = progress.plan_for(store, curriculum, today)
    if plan is None:
        return set()
    return {i.concept.id for i in plan.open_items}


def recent_questions(store: Store, today: date) -> set[str]:
    since = (today - timedelta(days=RECENT_DAYS)).isoformat()
    return {a["question"] for a in store.records("attempts")
            if a.get("started_at", "")[:10] >= since and a.get("status") != "open"}


def selection_context(store: Store, curriculum: Curriculum, today: date) -> SelectionContext:
    from coach.calibration import overconfidence_by_concept

    return SelectionContext(
        mastery=mastery_by_concept(store, today),
        due=due_concepts(store, curriculum, today),
        recent=recent_questions(store, today),
        overconfident=overconfidence_by_concept(store),
        priority={c.id: c.priority for c in curriculum.concepts},
    )


# ------------------------------------------------------------------ rounds
def start_round(store: Store, fmt: RoundFormat, questions: Sequence[Question], *, seed: int,
                mode: str, level: str | None, now: datetime) -> dict[str, Any]:
    return store.add_record("rounds", {
        "format": fmt.id, "mode": mode, "seed": seed, "level": level,
        "questions": [q.id for q in questions], "attempts": [],
        "budget_minutes": fmt.minutes, "started_at": now.isoformat(), "ended_at": None,
        "status": "running",
    }, label=f"{fmt.name} started")


def round_attach(store: Store, round_id: int, attempt_id: int | None) -> None:
    rec = store.record("rounds", round_id)
    assert rec is not None
    store.update_record("rounds", round_id, {"attempts": [*rec["attempts"], attempt_id]},
                        undoable=False)


def finish_round(store: Store, round_id: int, now: datetime, *, early: bool) -> None:
    store.update_record("rounds", round_id,
                        {"ended_at": now.isoformat(),
                         "status": "ended early" if early else "finished"},
                        label="Finish round")
