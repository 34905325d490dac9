"""The stats screen's figures, read from the store (see ``coach.domain.stats``)."""

from __future__ import annotations

from datetime import date

from coach.domain.curriculum import Curriculum
from coach.domain.stats import Stats, build_stats
from coach.mastery import mastery_by_concept
from coach.store import Store


def stats_for(store: Store, curriculum: Curriculum, today: date) -> Stats:
    return build_stats(curriculum, today,
                       checkpoints=store.records("checkpoints"),
                       reviews=store.records("reviews"),
                       attempts=store.records("attempts"),
                       drill_runs=store.records("drill_runs"),
                       scenario_results=store.records("scenario_results"),
                       rounds=store.records("rounds"),
                       mastery=mastery_by_concept(store, today))
