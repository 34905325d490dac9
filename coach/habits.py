"""Streak, days studied and leeches, read from the store."""

from __future__ import annotations

from datetime import date

from coach import progress
from coach.domain.habits import Leech, activity_days, days_studied, leeches, streak
from coach.store import Store


def study_days(store: Store) -> set[date]:
    d = store.data
    return activity_days(d["checkpoints"], d["reviews"], d["attempts"], d["drill_runs"],
                         d["scenario_results"])


def streak_and_days(store: Store, today: date) -> tuple[int, int]:
    days = study_days(store)
    start = progress.start_date(store) or today
    return streak(days, today), days_studied(days, start, today)


def current_leeches(store: Store) -> list[Leech]:
    d = store.data
    return leeches(d["checkpoints"], d["reviews"], d["attempts"])


def leech_concepts(store: Store) -> dict[str, Leech]:
    return {lc.id: lc for lc in current_leeches(store) if lc.kind == "concept"}
