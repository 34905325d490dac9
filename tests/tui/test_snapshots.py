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
