"""Building an app on a temporary store with a fixed clock, for pilot and snapshot tests."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from pathlib import Path

from coach import progress
from coach.bank.curriculum import load_curriculum
from coach.clock import FixedClock
from coach.store import Store
from coach.tui.app import CoachApp

NOW = datetime(2026, 11, 24, 9, 30)


def make_app(folder: Path, *, started: date | None = date(2026, 11, 21),
             interview: date | None = date(2026, 12, 10), budget: int = 180,
             ticks: dict[str, list[str]] | None = None, now: datetime = NOW) -> CoachApp:
    clock = FixedClock(now.astimezone())
    store = Store.open(folder, clock)
    curriculum = load_curriculum()
    if started is not None:
        progress.configure(store, start=started, interview=interview, budget_minutes=budget)
        for concept_id, checkpoints in (ticks or {}).items():
            concept = curriculum.concept(concept_id)
            for cp in checkpoints:
                offset = {"D1": 0, "D2": 1, "D4": 3, "D7": 6, "D14": 13}[cp]
                day = started + timedelta(days=concept.day - 1 + offset)
                progress.mark_checkpoint(store, concept, cp, day)
        store.data["undo"].clear()
        store.save()
    from .helpers_bank import fixture_bank

    return CoachApp(store, curriculum, clock=clock, bank=fixture_bank(),
                    rng=random.Random(1234))
