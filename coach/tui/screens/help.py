"""F1 help, built from the live bindings of the screen it was opened on."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.markup import escape
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

from coach.tui.widgets.key_bar import KeyBar


def binding_rows(screen: Screen) -> list[tuple[str, str, str]]:
    """(where, keys, description) for every described binding that works on ``screen``.

    The screen's own bindings come first and are listed even where a focused widget handles
    the same key (enter on a list both selects and opens, for example).
    """
    groups: dict[tuple[str, str, str], list[str]] = {}

    def add(where: str, binding: Binding) -> None:
        if binding.description:
            keys = groups.setdefault((where, binding.action, binding.description), [])
            shown = screen.app.get_key_display(binding)
            if shown not in keys:
                keys.append(shown)

    for item in screen.BINDINGS:
        if isinstance(item, Binding):
            for key in item.key.split(","):
                add("This screen", replace(item, key=key.strip()))
    for active in screen.active_bindings.values():
        if active.node is screen:
            add("This screen", active.binding)
        elif active.node is screen.app:
            add("Everywhere", active.binding)
        else:
            add(f"In the {type(active.node).__name__}", active.binding)
    order = {"This screen": 0, "Everywhere": 2}
    rows = [(where, ", ".join(keys), description)
            for (where, _action, description), keys in groups.items()]
    rows.sort(key=lambda r: order.get(r[0], 1))
    return rows


class HelpScreen(ModalScreen[None]):

    CSS_PATH = Path(__file__).parent.parent / "dialogs.tcss"
    BINDINGS = [Binding("escape,f1,q", "close", "Close help", id="help.close")]

    def __init__(self, target: Screen) -> None:
        super().__init__()
        self.target = target

    def compose(self) -> ComposeResult:
        lines = [f"[b]Keys for {escape(type(self.target).__name__.removesuffix('Screen'))}[/b]"]
        current = ""
        for where, keys, description in binding_rows(self.target):
            if where != current:
                lines += ["", f"[b $accent]{where}[/]"]
                current = where
            lines.append(f"  [b]{escape(f'{keys:<12}')}[/b] {escape(description)}")
        lines += ["", "[$text-muted]Ctrl+P opens the command palette: every action is there "
                  "too.[/]"]
        yield KeyBar()
        with VerticalScroll(classes="dialog", id="help-box"):
            yield Static("\n".join(lines), id="help-text")

    def action_close(self) -> None:
        """Close help."""
        self.dismiss(None)
