"""The drills list and the drill screen: editing, checking, the attempt clock, reveal, reset;
and a passed drill showing in the grid's mastery column."""

from __future__ import annotations

from pathlib import Path

from coach.drills import progress as drill_ops
from coach.drills.catalog import load_drills
from coach.drills.harness import run_checks
from coach.tui.widgets.grid_table import GridTable

from .helpers import make_app


def _softmax():
    return next(d for d in load_drills() if d.id == "softmax")


async def test_a_passed_drill_shows_in_the_grid_mastery_column(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    drill = _softmax()
    path, _ = drill_ops.start_attempt(app.store, drill, app.clock.now())
    path.write_text(drill.reference.read_text())
    drill_ops.record_run(app.store, drill, run_checks(drill.folder, path), app.clock.now(), 60)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("g")
        await pilot.pause()
        table = app.screen.query_one(GridTable)
        assert table.get_cell(drill.concept, "mastery") == "67%"
