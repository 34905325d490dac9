import json
from datetime import date
from pathlib import Path

import pytest

from coach import progress
from coach.cli import main
from coach.tui.screens.calibration import CalibrationScreen
from coach.tui.screens.cram import CramScreen
from coach.tui.screens.question import QuestionScreen
from coach.tui.screens.readiness import ReadinessScreen

from .helpers import make_app

TICKS = {"mlp": ["D1", "D2"], "activation-functions": ["D1", "D2"], "backpropagation": ["D1"],
         "loss-functions": ["D1"], "self-attention": ["D1"], "lstm": ["D1"]}


def _history(app) -> None:
    """Twenty scored attempts with confidence, spread over the fixture questions."""
    store = app.store
    for i in range(20):
        q = app.bank.questions[i % len(app.bank.questions)]
        rec = store.add_record("attempts", {
            "question": q.id, "concepts": list(q.concepts), "type": q.type, "level": q.level,
            "mode": "practice", "round": None, "started_at": f"2026-11-{10 + i % 10}T10:00:00",
            "seconds": 300.0, "answer": "x", "ticked": [0], "score": 0.3 if i % 2 else 0.8,
            "rating": 3, "confidence": 0.9 if i % 2 else 0.6, "status": "scored",
            "scored_at": f"2026-11-{10 + i % 10}T10:05:00"}, label="seed")
        assert rec


async def test_readiness_screen_and_review_now(tmp_path: Path) -> None:
    app = make_app(tmp_path, started=date(2026, 11, 14), interview=date(2026, 11, 27),
                   ticks=TICKS)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("r")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReadinessScreen)
        head = str(screen.query_one("#readiness-head").render())
        assert "Readiness for Fri 27 Nov" in head
        table = screen.query_one("#readiness-table")
        assert table.row_count == len(app.curriculum.concepts)
        first = screen._current()
        await pilot.press("space")
        await pilot.pause()
        reviews = app.store.records("reviews")
        assert [(r["concept"], r["purpose"]) for r in reviews] == [(first, "interview")]
        await pilot.press("C")
        await pilot.pause()
        assert isinstance(app.screen, CalibrationScreen)


async def test_calibration_after_twenty_attempts(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    _history(app)
    async with app.run_test(size=(100, 40)) as pilot:
        app.push_screen(CalibrationScreen())
        await pilot.pause()
        text = str(app.screen.query_one("#calibration-text").render())
        assert "over 20 answers" in text
        assert "over-confident" in text  # stated 75% on average, scored 55%
        assert "Brier score" in text


async def test_cram_leaves_schedule_and_memory_byte_for_byte(tmp_path: Path) -> None:
    app = make_app(tmp_path, ticks=TICKS)
    before = json.dumps({k: app.store.data[k] for k in ("checkpoints", "reviews", "memory")},
                        sort_keys=True)
    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(CramScreen())
        await pilot.pause()
        assert "schedule and memory model stay" in str(app.screen.query_one("#cram-head")
                                                         .render())
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen) and app.screen.mode == "cram"
        await pilot.press(*"cram answer", "ctrl+r")
        await pilot.pause()
        await pilot.press("5", "space", "1")  # fully confident, one point, "again"
        await pilot.pause()
    [attempt] = app.store.records("attempts")
    assert attempt["mode"] == "cram" and attempt["status"] == "scored"
    after = json.dumps({k: app.store.data[k] for k in ("checkpoints", "reviews", "memory")},
                       sort_keys=True)
    assert after == before


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
def test_readiness_snapshot(snap_compare, tmp_path: Path, size) -> None:
    app = make_app(tmp_path, started=date(2026, 11, 14), interview=date(2026, 11, 27),
                   ticks=TICKS)
    assert snap_compare(app, terminal_size=size, press=["r"])


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
def test_calibration_snapshot(snap_compare, tmp_path: Path, size) -> None:
    app = make_app(tmp_path)
    _history(app)

    async def open_it(pilot) -> None:
        pilot.app.push_screen(CalibrationScreen())
        await pilot.pause()

    assert snap_compare(app, terminal_size=size, run_before=open_it)


def test_readiness_cli_prints_one_concept_per_line(tmp_path: Path, capsys) -> None:
    app = make_app(tmp_path, started=date(2026, 11, 14), interview=date(2026, 11, 27),
                   ticks=TICKS)
    app.store.close()
    code = main(["--data-dir", str(tmp_path), "readiness", "--date", "2026-11-27"])
    out = capsys.readouterr().out
    assert code == 0
    lines = [ln for ln in out.splitlines() if ln.startswith("Neural Network (MLP)")]
    assert len(lines) == 1 and "%" in lines[0]
    assert out.startswith("Readiness for Fri 27 Nov 2026")
    names = [c.name for c in app.curriculum.concepts]
    assert sum(1 for ln in out.splitlines() if any(ln.startswith(n[:31]) for n in names)) >= \
        len(names)
    assert progress.interview_date(app.store) == date(2026, 11, 27)
