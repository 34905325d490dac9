"""Study habits: the streak, days studied, and leeches (what keeps failing).

A leech is a concept (or question) failed again and again: four "again" recalls, or three
rubric scores under 50%. Drilling it the same way wastes time, so the coach flags it and
suggests a different way in.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from coach.domain.memory import AGAIN

AGAIN_LIMIT = 4
LOW_SCORE = 0.5
LOW_SCORE_LIMIT = 3

Record = Mapping[str, Any]


def _day(value: str) -> date:
    return datetime.fromisoformat(value).date() if "T" in value else date.fromisoformat(value)


def activity_days(checkpoints: Iterable[Record], reviews: Iterable[Record],
                  attempts: Iterable[Record], drill_runs: Iterable[Record],
                  scenario_results: Iterable[Record]) -> set[date]:
    days: set[date] = set()
    for rec in (*checkpoints, *reviews):
        days.add(_day(rec["date"]))
    for rec in attempts:
        if rec.get("status") in ("scored", "skipped"):
            days.add(_day(rec.get("scored_at") or rec["started_at"]))
    for rec in (*drill_runs, *scenario_results):
        days.add(_day(rec["at"]))
    return days


def streak(days: set[date], today: date) -> int:
    """Consecutive study days ending today (or yesterday, if today is not started yet)."""
    day = today if today in days else today - timedelta(days=1)
    count = 0
    while day in days:
        count += 1
        day -= timedelta(days=1)
    return count


def days_studied(days: set[date], start: date, today: date) -> int:
    return sum(1 for d in days if start <= d <= today)


@dataclass(frozen=True)
class Leech:
    kind: str  # "concept" or "question"
    id: str
    agains: int
    low_scores: int

    @property
    def reason(self) -> str:
        parts = []
        if self.agains >= AGAIN_LIMIT:
            parts.append(f"{self.agains} 'again' recalls")
        if self.low_scores >= LOW_SCORE_LIMIT:
            parts.append(f"{self.low_scores} scores under {LOW_SCORE:.0%}")
        return " and ".join(parts)


def leeches(checkpoints: Iterable[Record], reviews: Iterable[Record],
            attempts: Sequence[Record]) -> list[Leech]:
    agains: Counter[str] = Counter()
    low: Counter[str] = Counter()
    q_agains: Counter[str] = Counter()
    q_low: Counter[str] = Counter()
    for rec in (*checkpoints, *reviews):
        if rec.get("rating") == AGAIN:
            agains[rec["concept"]] += 1
    for rec in attempts:
        if rec.get("status") != "scored":
            continue
        is_again = rec.get("rating") == AGAIN
        is_low = float(rec.get("score", 1.0)) < LOW_SCORE
        for cid in rec.get("concepts", ()):
            agains[cid] += is_again
            low[cid] += is_low
        q_agains[rec["question"]] += is_again
        q_low[rec["question"]] += is_low
    out = [Leech("concept", cid, agains[cid], low[cid]) for cid in sorted(set(agains) | set(low))
           if agains[cid] >= AGAIN_LIMIT or low[cid] >= LOW_SCORE_LIMIT]
    out += [Leech("question", qid, q_agains[qid], q_low[qid])
            for qid in sorted(set(q_agains) | set(q_low))
            if q_agains[qid] >= AGAIN_LIMIT or q_low[qid] >= LOW_SCORE_LIMIT]
    return out


def next_step(concept_id: str, section_id: str, has_drill: bool) -> str:
    """A different way in for a leech: the same review again rarely helps."""
    if section_id == "beyond" and concept_id != "transfer-learning":
        return "walk a decision-tree scenario on it, then redo its D1 study"
    if has_drill:
        return "implement it from scratch in its drill, then redo its D1 study"
    return "redo its D1 deep study from a different source, then explain it aloud"
