"""The simulation lab: runs in a thread, takes typed parameters, refuses bad ones politely."""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import DataTable, Input, Static, TabbedContent

from coach.tui.screens.simulations import LabPanel, SimulationsScreen

from .helpers import make_app

SIZES = [(80, 24), (120, 40)]


async def _open(pilot: Any) -> SimulationsScreen:
    await pilot.press("L")
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, SimulationsScreen)
    return screen


def _status(panel: LabPanel) -> str:
    return str(panel.query_one(".lab-status", Static).render())


def _table(panel: LabPanel) -> list[list[str]]:
    table = panel.query_one(DataTable)
    return [[str(cell) for cell in table.get_row_at(i)] for i in range(table.row_count)]


async def _type_into(pilot: Any, panel: LabPanel, field: str, text: str) -> None:
    box = panel.form.input_for(field)
    assert box is not None
    box.focus()
    box.value = ""
    await pilot.press(*text)
    await pilot.pause()


async def test_opening_the_lab_runs_the_default_bandits(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(pilot)
        panel = screen.panel
        assert panel.lab.key == "bandits" and panel.result is not None
        assert "5 arms · 20 runs x 2,000 pulls" in _status(panel)
        rows = _table(panel)
        assert [r[0].split(" ", 1)[1] for r in rows] == ["epsilon-greedy", "UCB1", "Thompson"]
        assert rows[2][1] == f"{panel.result.policy('Thompson').final_regret:.1f}"
        assert "Thompson lost least" in str(panel.query_one(".lab-notes-text").render())
        # The other labs wait until they are opened.
        assert [p.result is None for p in screen.query(LabPanel)] == [False, True, True, True]


async def test_changed_parameters_are_used_for_the_next_run(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(pilot)
        panel = screen.panel
        assert screen.has_class("-folded")  # a short screen starts with the form folded
        await pilot.press("e")
        assert not screen.has_class("-folded")
        assert isinstance(screen.focused, Input) and screen.focused.name == "means"
        await _type_into(pilot, panel, "means", "0.2, 0.8")
        await _type_into(pilot, panel, "horizon", "300")
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert panel.result.params.means == (0.2, 0.8)
        assert panel.result.params.horizon == 300
        assert "2 arms · 20 runs x 300 pulls" in _status(panel)
        assert len(panel.result.policy("UCB1").regret) == 300
        await pilot.press("escape", "R")  # leave the form; R runs again from the results
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert panel.result.params.horizon == 300


@pytest.mark.parametrize(("field", "text", "message"), [
    ("epsilon", "1.5", "Epsilon: must be at least 0 and at most 1"),
    ("means", "0.1, x", "Arm means: 'x' is not a number"),
    ("means", "0.5", "Arm means: give between 2 and 10 arm means"),
    ("runs", "80", "Runs: horizon x runs must stay under 100,000"),
])
async def test_an_invalid_parameter_is_named_and_nothing_runs(tmp_path: Path, field: str,
                                                              text: str, message: str) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open(pilot)
        panel = screen.panel
        before = panel.result
        await _type_into(pilot, panel, field, text)
        assert panel.form.problem.startswith(message)  # said while typing
        assert panel.form.input_for(field).has_class("-invalid")
        await pilot.press("enter")
        await pilot.pause()
        assert all(w.is_finished for w in app.workers)  # nothing was started
        assert panel.result is before
        assert _status(panel).startswith("Not run: fix the parameter")
        assert screen.focused is panel.form.input_for(field)
        await _type_into(pilot, panel, field, {"epsilon": "0.2", "means": "0.3, 0.6",
                                               "runs": "10"}[field])
        assert panel.form.problem == ""
        assert not panel.form.input_for(field).has_class("-invalid")


async def test_runs_happen_in_a_thread_and_the_screen_stays_responsive(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open(pilot)
        panel = screen.panel
        release = threading.Event()
        seen: list[str] = []
        real_run = panel.lab.run

        def slow_run(params: Any) -> Any:
            seen.append(threading.current_thread().name)
            release.wait(5)
            return real_run(params)

        panel.lab = replace(panel.lab, run=slow_run)
        await pilot.press("R")
        await pilot.pause()
        assert _status(panel).startswith("Running Bandits")
        assert panel.query_one(".lab-plot").loading
        await pilot.press("right_square_bracket")  # the interface still answers keys
        await pilot.pause()
        assert screen.panel.lab.key == "contextual"
        release.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert seen and seen[0] != threading.main_thread().name
        assert panel.running is False and not panel.query_one(".lab-plot").loading
        assert "5 arms" in _status(panel)


async def test_a_stale_run_never_overwrites_a_newer_one(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open(pilot)
        panel = screen.panel
        first_may_finish = threading.Event()
        real_run = panel.lab.run

        def run(params: Any) -> Any:
            if params.horizon == 400:
                first_may_finish.wait(5)
            return real_run(params)

        panel.lab = replace(panel.lab, run=run)
        await _type_into(pilot, panel, "horizon", "400")
        await pilot.press("enter")
        await _type_into(pilot, panel, "horizon", "200")
        await pilot.press("enter")
        await pilot.pause()
        first_may_finish.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert panel.result.params.horizon == 200
        assert "x 200 pulls" in _status(panel)


async def test_tabs_views_and_explanation(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(pilot)
        await pilot.press("3")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        uplift = screen.panel
        assert uplift.lab.key == "uplift" and uplift.result is not None
        legend = str(uplift.query_one(".lab-legend").render())
        assert "T-learner" in legend and "random" in legend
        await pilot.press("v")
        assert uplift.lab.views[uplift.view] == "uplift"
        assert "everyone" in str(uplift.query_one(".lab-legend").render())
        await pilot.press("i")
        assert uplift.has_class("-reading")
        assert "sleeping dogs" in str(uplift.query_one(".lab-reading-text").render())
        await pilot.press("i", "left_square_bracket")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.panel.lab.key == "contextual" and screen.panel.result is not None
        assert screen.check_action("next_view", ()) is None  # one view only: shown dimmed
        screen.show_simulation("rl")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.query_one(TabbedContent).active == "lab-rl"
        assert _table(screen.panel)[1][4] == "bait/bait/bait"


async def test_a_tall_screen_shows_the_form_and_the_explanation(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open(pilot)
        assert not screen.has_class("-folded") and not screen.has_class("-narrow")
        assert screen.panel.query_one(".lab-notes").display
        await pilot.press("e")
        assert screen.has_class("-folded")


async def _lab_result(pilot: Any, key: str = "bandits") -> None:
    await pilot.press("L")
    await pilot.pause()
    screen = pilot.app.screen
    screen.show_simulation(key)
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x40"])
def test_bandits_snapshot(snap_compare, tmp_path: Path, size: tuple[int, int]) -> None:
    assert snap_compare(make_app(tmp_path), terminal_size=size, run_before=_lab_result)


@pytest.mark.parametrize(("key", "size"), [("uplift", (120, 40)), ("rl", (80, 24))],
                         ids=["uplift-120x40", "rl-80x24"])
def test_lab_snapshot(snap_compare, tmp_path: Path, key: str, size: tuple[int, int]) -> None:
    async def run_before(pilot: Any) -> None:
        await _lab_result(pilot, key)

    assert snap_compare(make_app(tmp_path), terminal_size=size, run_before=run_before)


async def test_plots_follow_the_theme(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open(pilot)
        legend = screen.panel.query_one(".lab-legend", Static)
        before = str(legend.content)
        app.theme = "textual-light" if app.theme != "textual-light" else "nord"
        await pilot.pause()
        after = str(legend.content)
        assert before != after and "epsilon-greedy" in after


async def test_another_screen_can_open_a_given_lab(tmp_path: Path) -> None:
    """The decision-tree walk switches mode and asks for a lab in the same breath."""
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.switch_mode("simulations")
        app.screen.show_simulation("uplift")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, SimulationsScreen)
        assert screen.panel.lab.key == "uplift" and screen.panel.result is not None
        assert [p.result is None for p in screen.query(LabPanel)] == [True, True, False, True]
        app.switch_mode("plan")
        await pilot.pause()
        app.switch_mode("simulations")
        app.screen.show_simulation("rl")  # the built screen: switches tab and runs
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.panel.lab.key == "rl" and screen.panel.result is not None
