"""What the user sees, at the smallest supported size and a comfortable one."""

from pathlib import Path

import pytest

from .helpers import make_app

SIZES = [(80, 24), (120, 40)]
TICKS = {"mlp": ["D1", "D2"], "activation-functions": ["D1"], "backpropagation": ["D1"]}


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x40"])
def test_plan_screen(snap_compare, tmp_path: Path, size: tuple[int, int]) -> None:
    assert snap_compare(make_app(tmp_path, ticks=TICKS), terminal_size=size)


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x40"])
def test_grid_screen(snap_compare, tmp_path: Path, size: tuple[int, int]) -> None:
    app = make_app(tmp_path, ticks=TICKS)
    assert snap_compare(app, terminal_size=size, press=["g", "j", "l", "l", "l"])


def test_first_run_setup(snap_compare, tmp_path: Path) -> None:
    assert snap_compare(make_app(tmp_path, started=None), terminal_size=(80, 24))


def test_concept_screen(snap_compare, tmp_path: Path) -> None:
    app = make_app(tmp_path, ticks=TICKS)
    assert snap_compare(app, terminal_size=(80, 24), press=["g", "j", "enter"])


async def _question(pilot) -> None:
    app = pilot.app
    app.open_question(app.bank.get("t-sqrt-dk"))
    await pilot.pause()
    await pilot.press(*"Scores grow with d_k")


async def _revealed(pilot) -> None:
    await _question(pilot)
    await pilot.press("ctrl+r")
    await pilot.pause()
    await pilot.press("4")
    await pilot.pause()
    await pilot.press("space")


async def _report(pilot) -> None:
    await pilot.press("m", "down", "down", "enter")  # debugging round
    await pilot.pause()
    from coach.tui.screens.question import QuestionScreen

    while isinstance(pilot.app.screen, QuestionScreen):
        await pilot.press("ctrl+r")
        await pilot.pause()
        await pilot.press("escape", "space", "3")
        await pilot.pause()


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x40"])
def test_question_screen(snap_compare, tmp_path: Path, size: tuple[int, int]) -> None:
    assert snap_compare(make_app(tmp_path), terminal_size=size, run_before=_question)


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x40"])
def test_revealed_rubric(snap_compare, tmp_path: Path, size: tuple[int, int]) -> None:
    assert snap_compare(make_app(tmp_path), terminal_size=size, run_before=_revealed)


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x40"])
def test_round_report(snap_compare, tmp_path: Path, size: tuple[int, int]) -> None:
    assert snap_compare(make_app(tmp_path), terminal_size=size, run_before=_report)
