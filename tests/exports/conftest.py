"""A week of history on a temporary store: ticks, notes, scored answers and a finished round."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from coach import practice, progress
from coach.clock import FixedClock
from coach.domain.curriculum import Curriculum
from coach.domain.questions import Bank
from coach.store import Store
from tests.tui.helpers_bank import fixture_bank

START = date(2026, 11, 17)
TODAY = date(2026, 11, 24)


@pytest.fixture
def bank() -> Bank:
    return fixture_bank()


@pytest.fixture
def week(tmp_path: Path, curriculum: Curriculum, bank: Bank) -> Store:
    clock = FixedClock(datetime(2026, 11, 24, 9, 30).astimezone())
    store = Store.open(tmp_path / "data", clock)
    progress.configure(store, start=START, interview=date(2026, 12, 4), budget_minutes=180)
    for concept in curriculum.concepts:
        if concept.day <= 7:
            first = START + timedelta(days=concept.day - 1)
            progress.mark_checkpoint(store, concept, "D1", first)
            if first + timedelta(days=1) <= TODAY:
                progress.mark_checkpoint(store, concept, "D2", first + timedelta(days=1))
    progress.set_note(store, curriculum.concept("mlp"), "cache every z | and a, per layer")
    progress.set_note(store, curriculum.concept("self-attention"), 'scale by "sqrt(d_k)"\n!')
    when = datetime(2026, 11, 20, 18, 0).astimezone()
    for n, question in enumerate(bank.questions[:5]):
        rec = practice.start_attempt(store, question, "practice", when)
        practice.save_progress(store, rec["id"], answer=f"answer, with a comma {n}\nline 2")
        practice.score_attempt(store, question, rec["id"], ticked=[0], rating=3,
                               seconds=300.0 + n, now=when, confidence=0.5)
    from coach.domain.rounds import FORMATS

    fmt = FORMATS["debugging"]
    questions = bank.of_type("debugging")[:2]
    rnd = practice.start_round(store, fmt, questions, seed=7, mode="round", level=None,
                               now=when)
    for q in questions:
        att = practice.start_attempt(store, q, "round", when, round_id=rnd["id"])
        practice.round_attach(store, rnd["id"], att["id"])
        practice.score_attempt(store, q, att["id"], ticked=[0, 1], rating=3, seconds=400,
                               now=when)
    practice.finish_round(store, rnd["id"], when + timedelta(minutes=20), early=False)
    yield store
    store.close()
