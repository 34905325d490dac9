"""The drills list and the drill screen: editing, checking, the attempt clock, reveal, reset;
and a passed drill showing in the grid's mastery column."""

from __future__ import annotations

import contextlib
import shutil
import stat
import sys
from pathlib import Path

import pytest
from textual.widgets import DataTable, Static

from coach.drills import catalog
from coach.drills import progress as drill_ops
from coach.drills.catalog import Drill, load_drills
from coach.drills.harness import run_checks
from coach.tui.screens.drill import DrillScreen
from coach.tui.screens.drill_dialogs import ReferenceScreen, ResetConfirmScreen
from coach.tui.screens.drills import DrillsScreen
from coach.tui.widgets.grid_table import GridTable

from .helpers import make_app

SOLUTIONS = Path(__file__).resolve().parent.parent / "drills" / "solutions"
SHOWN = ("softmax", "cross_entropy", "mlp_backprop", "conv2d", "batch_norm", "lstm_cell",
         "attention", "multi_head_attention", "positional_encoding", "sgd_momentum", "adam",
         "layer_norm")
SIZES = [(80, 24), (120, 40)]


@pytest.fixture(autouse=True)
def _fixed_catalogue(tmp_path_factory: pytest.TempPathFactory,
                     monkeypatch: pytest.MonkeyPatch) -> None:
    """A fixed set of drills, so the screens (and snapshots) do not change as drills are
    added to the bank."""
    root = tmp_path_factory.mktemp("drills")
    for name in SHOWN:
        shutil.copytree(catalog.drills_dir() / name, root / name)
    monkeypatch.setattr(catalog, "drills_dir", lambda: root)


def _drill(name: str = "softmax") -> Drill:
    return next(d for d in load_drills() if d.id == name)


def _results(app) -> str:
    return str(app.screen.query_one("#drill-results-text", Static).render())


async def _open(pilot, name: str = "softmax") -> DrillScreen:
    app = pilot.app
    await pilot.press("D")
    await pilot.pause()
    table = app.screen.query_one(DataTable)
    table.move_cursor(row=table.get_row_index(name))
    await pilot.press("enter")
    await pilot.pause()
    assert isinstance(app.screen, DrillScreen)
    return app.screen


async def _check(pilot) -> None:
    await pilot.press("ctrl+r")
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def test_a_passed_drill_shows_in_the_grid_mastery_column(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    drill = _drill()
    path, _ = drill_ops.start_attempt(app.store, drill, app.clock.now())
    path.write_text(drill.reference.read_text())
    drill_ops.record_run(app.store, drill, run_checks(drill.folder, path), app.clock.now(), 60)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("g")
        await pilot.pause()
        table = app.screen.query_one(GridTable)
        assert table.get_cell(drill.concept, "mastery") == "67%"


async def test_list_shows_status_best_time_and_tries(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    drill = _drill()
    path, _ = drill_ops.start_attempt(app.store, drill, app.clock.now())
    path.write_text(drill.reference.read_text())
    drill_ops.record_run(app.store, drill, run_checks(drill.folder, path), app.clock.now(),
                         754)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("D")
        await pilot.pause()
        assert isinstance(app.screen, DrillsScreen)
        table = app.screen.query_one(DataTable)
        assert table.row_count == len(SHOWN)
        assert table.coordinate_to_cell_key((0, 0)).row_key.value == "softmax"  # day 1 first
        assert str(table.get_cell("softmax", "status")) == "passed"
        assert table.get_cell("softmax", "best") == "12:34"
        assert table.get_cell("softmax", "tries") == "1"
        assert str(table.get_cell("adam", "status")) == "new"
        assert "1 of 12 passed" in str(app.screen.query_one("#drills-head", Static).render())


async def test_open_write_check_and_record(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    drill = _drill()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open(pilot)
        path = tmp_path / "drills" / "softmax.py"
        assert path.read_text() == drill.starter.read_text()
        assert screen._editor.text == drill.starter.read_text()
        assert "ctrl+r runs the hidden checks" in _results(app)
        screen._editor.load_text(drill.reference.read_text())
        app.clock.advance(600)
        await _check(pilot)
        assert path.read_text() == drill.reference.read_text()  # saved before checking
        assert _results(app).startswith("all 10 checks passed")
        (run,) = drill_ops.runs_of(app.store, "softmax")
        assert run["passed"] and run["seconds"] == 600.0
        assert screen.countdown.paused  # the time to pass stays put
        screen._editor.focus()
        await pilot.press("tab")  # indents inside the editor...
        assert screen._editor.text != drill.reference.read_text()
        await pilot.press("escape")  # ...and escape goes back, as the key bar says
        await pilot.pause()
        assert isinstance(app.screen, DrillsScreen)
        assert str(app.screen.query_one(DataTable).get_cell("softmax", "status")) == "passed"


async def test_leaving_while_a_check_runs_still_records_it(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open(pilot)
        screen._editor.load_text(_drill().reference.read_text())
        await pilot.press("ctrl+r", "escape", "escape")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, DrillsScreen)
        assert drill_ops.drill_status(app.store, "softmax").status == "passed"
        assert str(app.screen.query_one(DataTable).get_cell("softmax", "status")) == "passed"


async def test_failing_check_shows_detail_and_hint(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open(pilot)
        screen._editor.load_text((SOLUTIONS / "softmax" / "wrong_no_max_shift.py").read_text())
        await _check(pilot)
        text = _results(app)
        assert text.startswith("8 of 10 checks passed")
        assert "✗ stable for logits in the thousands" in text
        assert "hint: subtract the maximum of each slice before np.exp" in text
        assert not screen.countdown.paused
        assert drill_ops.drill_status(app.store, "softmax").status == "failing"


async def test_syntax_error_is_a_clear_verdict(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open(pilot)
        screen._editor.load_text("def softmax(x:\n")
        await _check(pilot)
        assert _results(app).startswith("Could not be checked\nsyntax error on line 1")


async def test_results_go_below_the_code_at_80_columns(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(pilot)
        results = screen.query_one("#drill-results")
        assert screen.has_class("-narrow") and not results.display
        await pilot.press("ctrl+b")
        assert results.display
        await pilot.press("ctrl+b")
        assert not results.display
        await _check(pilot)
        assert results.display and results.region.y > screen._editor.region.y


async def test_clock_counts_down_pauses_and_runs_into_overtime(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open(pilot)
        clock = screen.query_one("#drill-clock", Static)
        assert str(clock.render()) == "30:00"
        app.clock.advance(125)
        screen._tick()
        assert str(clock.render()) == "27:55"
        await pilot.press("ctrl+t")
        app.clock.advance(600)
        screen._tick()
        assert str(clock.render()) == "27:55 paused"
        await pilot.press("ctrl+t")
        app.clock.advance(30 * 60)
        screen._tick()
        assert str(clock.render()) == "+02:05 over"
        await pilot.press("escape", "escape")
        await pilot.pause()
        attempt = drill_ops.current_attempt(app.store, "softmax")
        assert attempt is not None and attempt["seconds"] == 1925.0


async def test_clock_resumes_where_the_attempt_left_off(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    drill_ops.start_attempt(app.store, _drill(), app.clock.now())
    drill_ops.save_attempt_seconds(app.store, "softmax", 20 * 60)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open(pilot)
        assert str(screen.query_one("#drill-clock", Static).render()) == "10:00"


async def test_reference_only_when_asked(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await _open(pilot)
        assert not app.screen.query(ReferenceScreen)
        await pilot.press("ctrl+o")
        await pilot.pause()
        assert isinstance(app.screen, ReferenceScreen)
        markdown = app.screen.query_one("#reference-text").source
        assert "## Why it is written this way" in markdown
        assert "np.max(x, axis=axis, keepdims=True)" in markdown
        assert drill_ops.current_attempt(app.store, "softmax")["revealed"] is True
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, DrillScreen)


async def test_reset_asks_then_keeps_a_backup(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    drill = _drill()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(pilot)
        screen._editor.load_text("# my attempt\n")
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert isinstance(app.screen, ResetConfirmScreen)
        await pilot.press("n")
        await pilot.pause()
        assert screen._editor.text == "# my attempt\n"
        await pilot.press("ctrl+n")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert screen._editor.text == drill.starter.read_text()
        (backup,) = (tmp_path / "drills" / "backups").iterdir()
        assert backup.read_text() == "# my attempt\n"
        assert len(drill_ops.attempts_of(app.store, "softmax")) == 2


async def test_external_editor_and_changes_on_disk(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    drill = _drill()
    script = tmp_path / "fake-editor"
    script.write_text(f"#!{sys.executable}\nimport sys, shutil\n"
                      f"shutil.copy({str(drill.reference)!r}, sys.argv[1])\n")
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", str(script))
    app = make_app(tmp_path / "data")
    monkeypatch.setattr(app, "suspend", contextlib.nullcontext)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open(pilot)
        await pilot.press("ctrl+g")
        await pilot.pause()
        assert screen._editor.text == drill.reference.read_text()
        screen.path.write_text("# edited elsewhere\n")
        screen._poll_disk()
        assert screen._editor.text == "# edited elsewhere\n"


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x40"])
def test_drills_list_snapshot(snap_compare, tmp_path: Path, size: tuple[int, int]) -> None:
    app = make_app(tmp_path)
    drill = _drill()
    path, _ = drill_ops.start_attempt(app.store, drill, app.clock.now())
    path.write_text(drill.reference.read_text())
    drill_ops.record_run(app.store, drill, run_checks(drill.folder, path), app.clock.now(),
                         754)
    assert snap_compare(app, terminal_size=size, press=["D", "down"])


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x40"])
def test_drill_screen_snapshot(snap_compare, tmp_path: Path, size: tuple[int, int]) -> None:
    app = make_app(tmp_path)
    drill = _drill()
    drill_ops.start_attempt(app.store, drill, app.clock.now())  # no first-time notice

    async def show_a_failing_report(pilot) -> None:
        screen = await _open(pilot)
        report = run_checks(drill.folder, SOLUTIONS / "softmax" / "wrong_no_max_shift.py")
        report.duration = 0.5
        screen.report = report
        screen.results_shown = True
        screen._apply_layout()
        screen._show_results()
        app.clock.advance(7 * 60)
        screen._tick()
        await pilot.pause()

    assert snap_compare(app, terminal_size=size, run_before=show_a_failing_report)
