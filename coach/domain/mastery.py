"""Mastery of a concept: how well recent evidence says the user knows it, from 0 to 1.

Evidence is rubric scores, drill results and scenario answers. Each piece counts less the older
it is in the sequence (the newest counts fully, each earlier one 0.7 times the next), and a
prior worth half an attempt at zero keeps a single lucky answer from reading as full mastery.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

RECENCY = 0.7
PRIOR_WEIGHT = 0.5


@dataclass(frozen=True)
class Evidence:
    order: str  # an ISO timestamp: sorts evidence oldest to newest
    score: float
    weight: float = 1.0


def mastery(evidence: Iterable[Evidence]) -> float | None:
    items = sorted(evidence, key=lambda e: e.order)
    if not items:
        return None
    num = den = 0.0
    for age, item in enumerate(reversed(items)):
        w = item.weight * RECENCY**age
        num += w * min(1.0, max(0.0, item.score))
        den += w
    return num / (den + PRIOR_WEIGHT)


def evidence_by_concept(attempts: Iterable[Mapping[str, Any]],
                        drill_runs: Iterable[Mapping[str, Any]],
                        scenario_results: Iterable[Mapping[str, Any]]
                        ) -> dict[str, list[Evidence]]:
    out: dict[str, list[Evidence]] = {}
    for rec in attempts:
        if rec.get("status") != "scored":
            continue
        when = rec.get("scored_at") or rec.get("started_at", "")
        for cid in rec.get("concepts", ()):
            out.setdefault(cid, []).append(Evidence(when, float(rec.get("score", 0.0))))
    best: dict[tuple[str, str, str], tuple[float, str, tuple[str, ...]]] = {}
    for rec in drill_runs:
        day = rec.get("at", "")[:10]
        total = max(1, int(rec.get("checks_total", 1)))
        value = 1.0 if rec.get("passed") else 0.8 * int(rec.get("checks_passed", 0)) / total
        key = (rec.get("drill", ""), day, "")
        if key not in best or value > best[key][0]:
            best[key] = (value, rec.get("at", ""), tuple(rec.get("concepts", ())))
    for value, when, concepts in best.values():
        for cid in concepts:
            out.setdefault(cid, []).append(Evidence(when, value))
    for rec in scenario_results:
        for cid in rec.get("concepts", ()):
            out.setdefault(cid, []).append(Evidence(rec.get("at", ""),
                                                    1.0 if rec.get("correct") else 0.0))
    return out
