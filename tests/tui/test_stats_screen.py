"""The stats screen: opened with s, it shows the numbers of a known history, reads well when
there is nothing yet, follows undo, and looks right at both sizes."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from coach import practice, progress
from coach.domain.rounds import FORMATS
from coach.store import Store
from coach.tui.app import CoachApp
from coach.tui.screens.stats import StatsScreen
from coach.tui.widgets.day_bars import column_cells, minutes_label, scale_top
from coach.tui.widgets.heatmap import HeatmapWidget

from .helpers import NOW, make_app

START = date(2026, 11, 3)  # three weeks before the fixed clock's 24 November
SIZES = [(80, 24), (120, 40)]

# (days before today, question id, ticked rubric points, seconds)
ANSWERS = [(20, "t-sqrt-dk", [0], 420), (20, "t-loss-069", [2], 300),
           (18, "t-impl-softmax", [0], 1500), (15, "t-resnet-params", [1], 600),
           (13, "t-lstm-gates", [0, 2], 540), (9, "t-debug-nan", [0], 480),
           (6, "t-sqrt-dk", [0, 1], 360), (4, "t-resnet-params", [0, 2], 720),
           (2, "t-debug-nan", [0, 1], 450), (1, "t-impl-softmax", [0, 1, 2], 1320),
           (0, "t-lstm-gates", [0, 1, 2], 400)]


def _at(days_ago: int, hour: int = 18) -> datetime:
    return (NOW - timedelta(days=days_ago)).replace(hour=hour).astimezone()


def build_history(app: CoachApp) -> Store:
    """Three weeks of study: checkpoints on the plan's days, answers of every fixture type,
    a drill attempt checked twice, two scenarios and two mock rounds."""
    store, bank, curriculum = app.store, app.bank, app.curriculum
    today = NOW.date()
    for concept in curriculum.concepts:
        first = START + timedelta(days=concept.day - 1)
        for cp, offset in (("D1", 0), ("D2", 1), ("D4", 3), ("D7", 6), ("D14", 13)):
            if first + timedelta(days=offset) < today and concept.day <= 8:
                progress.mark_checkpoint(store, concept, cp, first + timedelta(days=offset))
    for days_ago, qid, ticked, seconds in ANSWERS:
        question = bank.get(qid)
        assert question is not None
        rec = practice.start_attempt(store, question, "practice", _at(days_ago))
        practice.score_attempt(store, question, rec["id"], ticked=ticked, rating=3,
                               seconds=seconds, now=_at(days_ago, 19), confidence=0.5)
    for days_ago, passed, checks, seconds in ((3, False, 2, 900), (3, True, 4, 1500)):
        store.add_record("drill_runs", {
            "drill": "softmax", "concepts": ["mlp"], "at": _at(days_ago).isoformat(),
            "passed": passed, "checks_passed": checks, "checks_total": 4,
            "seconds": seconds, "attempt": 1, "attempt_id": 999}, label="Check drill")
    for days_ago, correct in ((5, True), (2, False)):
        store.add_record("scenario_results", {
            "scenario": f"s{days_ago}", "concepts": ["mlp"], "correct": correct,
            "at": _at(days_ago).isoformat()}, label="Scenario")
    for days_ago, fmt_id, ticks in ((10, "debugging", [[0], [0, 1]]),
                                    (3, "conceptual", [[0, 1, 2], [0, 1]])):
        fmt = FORMATS[fmt_id]
        questions = [q for q in bank.questions if q.type in fmt.types][:2]
        rnd = practice.start_round(store, fmt, questions, seed=7, mode="round", level=None,
                                   now=_at(days_ago, 8))
        for q, ticked in zip(questions, ticks, strict=True):
            att = practice.start_attempt(store, q, "round", _at(days_ago, 8), round_id=rnd["id"])
            practice.round_attach(store, rnd["id"], att["id"])
            practice.score_attempt(store, q, att["id"], ticked=ticked, rating=3, seconds=600,
                                   now=_at(days_ago, 9))
        practice.finish_round(store, rnd["id"], _at(days_ago, 10), early=False)
    store.data["undo"].clear()
    store.save()
    return store


def history_app(folder: Path) -> CoachApp:
    app = make_app(folder, started=START, interview=date(2026, 12, 10))
    build_history(app)
    return app


def _text(app: CoachApp, selector: str) -> str:
    return str(app.screen.query_one(selector).render())


def test_stacked_columns_are_exact_to_an_eighth_of_a_row() -> None:
    # two equal parts filling one row: the lower half-block over the upper part's colour
    assert column_cells([1, 1], top=2, rows=1) == [("▄", 0, 1)]
    # parts of 12 and 6 eighths in 3 rows: a full row, half and half, then 2 eighths of the top
    assert column_cells([12, 6], top=24, rows=3) == [("█", 0, 0), ("▄", 0, 1), ("▂", 1, -1)]
    assert column_cells([8, 0, 8], top=16, rows=2) == [("█", 0, 0), ("█", 2, 2)]
    assert column_cells([0.01], top=100, rows=2)[0] == ("▁", 0, -1)  # never invisible
    assert column_cells([0, 0], top=60, rows=2) == [(" ", -1, -1)] * 2
    assert (scale_top(0), scale_top(61), scale_top(2000)) == (30, 90, 2001)
    assert [minutes_label(m) for m in (45, 60, 90, 4530)] == ["45m", "1h", "1h30", "75h30"]


async def test_s_opens_the_stats_with_the_numbers_of_the_history(tmp_path: Path) -> None:
    app = history_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("s")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, StatsScreen)
        stats = screen.stats
        assert stats is not None
        # a checkpoint on every day from the start, and an answer today
        assert stats.summary.streak == (NOW.date() - START).days + 1 == 22
        summary = _text(app, "#activity-summary")
        assert "22 days" in summary
        assert f"{stats.summary.answered} answers" in summary
        assert stats.summary.answered == len(ANSWERS) + 4
        # the calendar starts on today: 1 answer, and the time it took
        assert "today: 1 answer · 7m" in summary
        heatmap = screen.query_one(HeatmapWidget)
        assert heatmap.has_focus and heatmap.cursor == NOW.date()
        await pilot.press("left")
        await pilot.pause()
        week_ago = NOW.date() - timedelta(days=7)
        assert heatmap.cursor == week_ago
        day = stats.heatmap.weeks[-2][week_ago.weekday()]
        assert day is not None and day.checkpoints > 0
        assert f"{week_ago:%a %d %b}: {day.checkpoints} checkpoint" in \
            _text(app, "#activity-summary")

        await pilot.press("2")
        await pilot.pause()
        legend = _text(app, "#scores-legend")
        debugging = next(t for t in stats.trends if t.type == "debugging")
        assert debugging.recent is not None
        assert f"debugging {debugging.recent:.0%}" in legend
        assert "trade-off -" in legend  # the fixture bank has no trade-off question

        await pilot.press("3")
        await pilot.pause()
        bars = _text(app, "#mastery-bars")
        first = stats.sections[0]
        assert first.name in bars and f"{first.mastery:.0%}" in bars
        assert f"{first.practised}/{first.concepts} practised" in bars

        await pilot.press("4")
        await pilot.pause()
        table = screen.query_one("#rounds-table")
        assert table.row_count == 2  # type: ignore[attr-defined]
        newest = stats.rounds[-1]
        assert newest.name == "Conceptual round"
        row = table.get_row_at(0)  # type: ignore[attr-defined]
        assert row[1] == "Conceptual round" and str(row[2]) == f"{newest.score:.0%}"
        await pilot.press("enter")  # the newest round's own report
        await pilot.pause()
        from coach.tui.screens.report import ReportScreen

        report = app.screen
        assert isinstance(report, ReportScreen) and report.round_id == newest.round_id
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, StatsScreen)


async def test_a_new_user_sees_what_to_do(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("s")
        await pilot.pause()
        assert "Nothing studied yet" in _text(app, "#activity-summary")
        assert "No study time yet" in _text(app, "#time-empty")
        for key, selector, words in (("2", "#scores-empty", "No practice yet: press p"),
                                     ("3", "#mastery-note", "No evidence yet"),
                                     ("4", "#rounds-empty", "No mock rounds yet: press m")):
            await pilot.press(key)
            await pilot.pause()
            assert app.screen.query_one(selector).display
            assert words in _text(app, selector)


async def test_undo_and_new_work_show_at_once(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("s")
        await pilot.pause()
        concept = app.curriculum.concept("mlp")
        progress.mark_checkpoint(app.store, concept, "D1", NOW.date())
        app.data_changed()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, StatsScreen) and screen.stats is not None
        assert screen.stats.summary.streak == 1
        assert "today: 1 checkpoint" in _text(app, "#activity-summary")
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert screen.stats.summary.streak == 0
        assert "Nothing studied yet" in _text(app, "#activity-summary")


async def test_brackets_walk_the_tabs(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("s")
        await pilot.pause()
        tabs = app.screen.query_one("#stats-tabs")
        seen = []
        for _ in range(4):
            await pilot.press("right_square_bracket")
            await pilot.pause()
            seen.append(tabs.active)  # type: ignore[attr-defined]
        assert seen == ["tab-scores", "tab-mastery", "tab-rounds", "tab-activity"]
        await pilot.press("left_square_bracket")
        await pilot.pause()
        assert tabs.active == "tab-rounds"  # type: ignore[attr-defined]


async def test_plots_take_the_colours_of_a_new_theme(tmp_path: Path) -> None:
    app = history_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("s", "2")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, StatsScreen)
        before = screen._palette()["primary"]
        app.theme = "textual-light"
        await pilot.pause()
        after = screen._palette()["primary"]
        assert after != before
        plot = screen.query_one(".scores-plot")
        assert plot.drawn_for == (plot.size.width, plot.size.height)  # drawn again
        # the plot's text carries the new theme's colour
        r, g, b = after
        assert f"{r};{g};{b}" in plot.plt.build()


async def _open_tab(pilot, key: str) -> None:
    await pilot.press("s")
    await pilot.pause()
    if key != "1":
        await pilot.press(key)
    await pilot.pause()


@pytest.mark.parametrize("tab", ["1", "2", "3", "4"],
                         ids=["activity", "scores", "mastery", "rounds"])
@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x40"])
def test_stats_snapshot(snap_compare, tmp_path: Path, size: tuple[int, int], tab: str) -> None:
    async def run_before(pilot) -> None:
        await _open_tab(pilot, tab)

    assert snap_compare(history_app(tmp_path), terminal_size=size, run_before=run_before)


def test_empty_stats_snapshot(snap_compare, tmp_path: Path) -> None:
    async def run_before(pilot) -> None:
        await _open_tab(pilot, "1")

    assert snap_compare(make_app(tmp_path), terminal_size=(80, 24), run_before=run_before)
