"""Mastery per concept, read from the store."""

from __future__ import annotations

from datetime import date

from coach.domain.mastery import evidence_by_concept, mastery
from coach.store import Store


def mastery_by_concept(store: Store, today: date | None = None) -> dict[str, float]:
    evidence = evidence_by_concept(store.records("attempts"), store.records("drill_runs"),
                                   store.records("scenario_results"))
    out = {}
    for cid, items in evidence.items():
        value = mastery(items)
        if value is not None:
            out[cid] = value
    return out
