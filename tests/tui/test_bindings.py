"""Every key means one thing: a screen's own keys never hide an app-wide key, and every
binding is described (so it shows in the key bar, F1 and the command palette)."""

from __future__ import annotations

import importlib
import pkgutil

import pytest
from textual.binding import Binding
from textual.dom import DOMNode

import coach.tui.screens
import coach.tui.widgets
from coach.tui.app import CoachApp

# Keys a screen may take over on purpose: closing and help are screen-local everywhere.
SHARED = {"escape", "f1"}
# Help is a modal over everything: q closes it rather than quitting the coach.
ALLOWED = {("HelpScreen", "q")}


def _bindings(cls: type[DOMNode]) -> list[Binding]:
    out = []
    for item in cls.__dict__.get("BINDINGS", []):
        out.extend(Binding.make_bindings([item]))
    return out


def _classes() -> list[type[DOMNode]]:
    found: list[type[DOMNode]] = []
    for package in (coach.tui.screens, coach.tui.widgets):
        for info in pkgutil.iter_modules(package.__path__):
            module = importlib.import_module(f"{package.__name__}.{info.name}")
            for value in vars(module).values():
                if isinstance(value, type) and issubclass(value, DOMNode) \
                        and value.__module__ == module.__name__ and "BINDINGS" in value.__dict__:
                    found.append(value)
    return found


APP_KEYS = {key for b in _bindings(CoachApp) for key in b.key.split(",")} - SHARED


@pytest.mark.parametrize("cls", _classes(), ids=lambda c: c.__name__)
def test_no_screen_key_hides_an_app_key(cls: type[DOMNode]) -> None:
    clashes = [(key, b.description) for b in _bindings(cls) for key in b.key.split(",")
               if key in APP_KEYS and (cls.__name__, key) not in ALLOWED]
    assert not clashes, f"{cls.__name__} takes app-wide keys: {clashes}"


@pytest.mark.parametrize("cls", [CoachApp, *_classes()], ids=lambda c: c.__name__)
def test_every_binding_is_described_and_named(cls: type[DOMNode]) -> None:
    for b in _bindings(cls):
        assert b.description, f"{cls.__name__}: {b.key} has no description"
        assert b.id, f"{cls.__name__}: {b.key} has no id (keys.toml remaps by id)"


async def test_lists_still_show_the_screens_enter_but_text_areas_keep_their_keys(
        tmp_path) -> None:
    """A focused list binds enter to its own hidden select; the bar shows the screen's "Open"
    (which is what the selection does). A text area's own ctrl+z is not the app's undo, so the
    app's undo is not advertised there."""
    from .helpers import make_app

    app = make_app(tmp_path, ticks={"mlp": ["D1"]})
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.pause()
        bar = str(app.screen.query_one("KeyBar").render())
        assert "⏎ Open" in bar
        app.open_question(app.bank.get("t-sqrt-dk"))
        await pilot.pause()
        bar = str(app.screen.query_one("KeyBar").render())
        assert "Reveal" in bar and "Undo" not in bar


async def test_clicking_a_key_in_the_bar_does_what_the_key_does(tmp_path) -> None:
    from .helpers import make_app

    app = make_app(tmp_path)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        bar = app.screen.query_one("KeyBar")
        text = str(bar.render())
        column = text.index("g Grid") + 1
        await pilot.click(bar, offset=(column, 0))
        await pilot.pause()
        assert app.current_mode == "grid"
