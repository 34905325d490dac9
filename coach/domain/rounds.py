"""Mock interview rounds: their formats, how questions are drawn, and the report."""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from coach.domain.questions import Question
from coach.domain.selection import SelectionContext, choose


@dataclass(frozen=True)
class RoundFormat:
    id: str
    name: str
    minutes: int
    types: tuple[str, ...]
    # (type, minutes) segments for a full loop; a single-type round has one segment
    segments: tuple[tuple[str, int], ...]


FORMATS: dict[str, RoundFormat] = {
    f.id: f for f in (
        RoundFormat("implementation", "Implementation round", 60, ("implementation",),
                    (("implementation", 60),)),
        RoundFormat("conceptual", "Conceptual round", 45, ("conceptual", "trade-off"),
                    (("conceptual", 45),)),
        RoundFormat("debugging", "Debugging round", 30, ("debugging",), (("debugging", 30),)),
        RoundFormat("loop", "Full loop", 135, ("implementation", "conceptual", "trade-off",
                                               "debugging"),
                    (("implementation", 60), ("conceptual", 45), ("debugging", 30))),
    )
}

_SEGMENT_TYPES = {"implementation": ("implementation",), "conceptual": ("conceptual", "trade-off"),
                  "debugging": ("debugging",)}


def compose_round(fmt: RoundFormat, questions: Sequence[Question], ctx: SelectionContext,
                  seed: int, level: str | None = None) -> list[Question]:
    """Draw a round: weighted to weak and due concepts, no question twice, same seed same round.

    Each segment is filled until its minutes are used; a question that would overrun the
    segment by more than a third of its own time is skipped in favour of a shorter one.
    """
    rng = random.Random(seed)
    chosen: list[Question] = []
    for seg_type, seg_minutes in fmt.segments:
        pool = [q for q in questions if q.type in _SEGMENT_TYPES[seg_type]
                and (level is None or q.level == level)]
        used = 0
        tries = 0
        while used < seg_minutes and tries < 200:
            tries += 1
            q = choose(pool, ctx, rng, exclude={c.id for c in chosen})
            if q is None:
                break
            if used + q.minutes > seg_minutes + q.minutes / 3 and used > 0:
                pool = [p for p in pool if p.id != q.id]
                continue
            chosen.append(q)
            used += q.minutes
    return chosen


@dataclass(frozen=True)
class QuestionResult:
    question_id: str
    concepts: tuple[str, ...]
    score: float | None      # None: skipped
    seconds: float
    limit_seconds: float


@dataclass(frozen=True)
class RoundReport:
    results: tuple[QuestionResult, ...]
    budget_seconds: float

    @property
    def answered(self) -> tuple[QuestionResult, ...]:
        return tuple(r for r in self.results if r.score is not None)

    @property
    def score(self) -> float:
        """Mean score over all questions; a skipped question counts as zero."""
        if not self.results:
            return 0.0
        return sum(r.score or 0.0 for r in self.results) / len(self.results)

    @property
    def seconds_used(self) -> float:
        return sum(r.seconds for r in self.results)

    def by_concept(self) -> dict[str, float]:
        totals: dict[str, list[float]] = defaultdict(list)
        for r in self.results:
            for c in r.concepts:
                totals[c].append(r.score or 0.0)
        return {c: sum(v) / len(v) for c, v in totals.items()}

    def weakest(self, n: int = 3) -> list[tuple[str, float]]:
        ranked = sorted(self.by_concept().items(), key=lambda kv: (kv[1], kv[0]))
        return [kv for kv in ranked if kv[1] < 0.8][:n]


def report_from_records(round_record: Mapping[str, Any],
                        attempts: Mapping[int, Mapping[str, Any]],
                        questions: Mapping[str, Question]) -> RoundReport:
    results = []
    for qid, attempt_id in zip(round_record["questions"], round_record["attempts"], strict=False):
        att = attempts.get(attempt_id) if attempt_id is not None else None
        q = questions.get(qid)
        concepts = tuple(att["concepts"]) if att else (q.concepts if q else ())
        score = float(att["score"]) if att and att.get("status") == "scored" else None
        seconds = float(att.get("seconds", 0.0)) if att else 0.0
        limit = (q.minutes * 60.0) if q else 0.0
        results.append(QuestionResult(qid, concepts, score, seconds, limit))
    # questions never reached count as skipped
    for qid in round_record["questions"][len(round_record["attempts"]):]:
        q = questions.get(qid)
        results.append(QuestionResult(qid, q.concepts if q else (), None, 0.0,
                                      (q.minutes * 60.0) if q else 0.0))
    return RoundReport(tuple(results), float(round_record["budget_minutes"]) * 60.0)
