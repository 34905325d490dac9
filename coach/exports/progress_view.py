"""One read of the store shaped for the exports: the plan position, the grid, mastery, the
weakest concepts and the rounds. Every format renders this, so they all tell the same story."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from coach import progress
from coach.domain.curriculum import Curriculum, Section
from coach.domain.grid import GridRow, GridSummary, grid_rows, summarize
from coach.domain.questions import Question
from coach.domain.rounds import report_from_records
from coach.mastery import mastery_by_concept
from coach.store import Store

FORMAT_NAMES = {"implementation": "Implementation round", "conceptual": "Conceptual round",
                "debugging": "Debugging round", "loop": "Full loop"}


@dataclass(frozen=True)
class RoundLine:
    started: datetime
    format_name: str
    mode: str
    answered: int
    total: int
    score: float
    minutes_used: float
    budget_minutes: float


@dataclass(frozen=True)
class ProgressView:
    today: date
    start: date | None
    interview: date | None
    day_number: int | None
    sections: list[tuple[Section, list[GridRow]]]
    summary: GridSummary
    mastery: Mapping[str, float]
    weakest: list[tuple[str, float | None]]
    rounds: list[RoundLine]
    attempts_scored: int

    def concept_name(self, concept_id: str) -> str:
        for _section, rows in self.sections:
            for row in rows:
                if row.concept.id == concept_id:
                    return row.concept.name
        return concept_id


def build_view(store: Store, curriculum: Curriculum, today: date,
               questions: Mapping[str, Question] | None = None) -> ProgressView:
    start = progress.start_date(store)
    mastery = mastery_by_concept(store)
    sections = grid_rows(curriculum, start=start or today, today=today,
                         completions=progress.completions(store),
                         notes=store.data["notes"], mastery=mastery)
    plan = progress.plan_for(store, curriculum, today) if start else None
    return ProgressView(
        today=today, start=start, interview=progress.interview_date(store),
        day_number=plan.day_number if plan else None, sections=sections,
        summary=summarize(sections), mastery=mastery,
        weakest=_weakest(curriculum, mastery, started=start is not None),
        rounds=_rounds(store, questions or {}),
        attempts_scored=sum(1 for a in store.records("attempts") if a.get("status") == "scored"))


def _weakest(curriculum: Curriculum, mastery: Mapping[str, float], *, started: bool,
             n: int = 8) -> list[tuple[str, float | None]]:
    """Practised concepts by lowest mastery, then P1 concepts never practised."""
    practised = sorted((v, c.priority_rank, c.id) for c in curriculum.concepts
                       if (v := mastery.get(c.id)) is not None and v < 0.8)
    out: list[tuple[str, float | None]] = [(cid, v) for v, _rank, cid in practised]
    if started:
        out += [(c.id, None) for c in curriculum.concepts
                if c.priority == "P1" and c.id not in mastery]
    return out[:n]


def _rounds(store: Store, questions: Mapping[str, Question]) -> list[RoundLine]:
    attempts: dict[int, Mapping[str, Any]] = {a["id"]: a for a in store.records("attempts")}
    lines = []
    for rec in store.records("rounds"):
        if rec.get("status") == "running":
            continue
        report = report_from_records(rec, attempts, questions)
        lines.append(RoundLine(
            started=datetime.fromisoformat(rec["started_at"]),
            format_name=FORMAT_NAMES.get(rec.get("format", ""), str(rec.get("format", ""))),
            mode=str(rec.get("mode", "round")), answered=len(report.answered),
            total=len(report.results), score=report.score,
            minutes_used=report.seconds_used / 60, budget_minutes=report.budget_seconds / 60))
    return sorted(lines, key=lambda r: r.started)
