"""F1 help, built from the live bindings of the screen it was opened on."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.markup import escape
from textual.screen import ModalScreen, Screen
from textual.widgets import Static


def binding_rows(screen: Screen) -> list[tuple[str, str, str]]:
    """(where, keys, description) for every described binding active on ``screen``."""
    groups: dict[tuple[str, str, str], list[str]] = {}
    for active in screen.active_bindings.values():
        binding = active.binding
        if not binding.description:
            continue
        if active.node is screen:
            where = "This screen"
        elif active.node is screen.app:
            where = "Everywhere"
        else:
            where = f"In the {type(active.node).__name__}"
        keys = groups.setdefault((where, binding.action, binding.description), [])
        keys.append(screen.app.get_key_display(binding))
    rows = [(where, ", ".join(keys), description)
            for (where, _action, description), keys in groups.items()]
    order = {"This screen": 0, "Everywhere": 2}
    rows.sort(key=lambda r: order.get(r[0], 1))
    return rows


class HelpScreen(ModalScreen[None]):
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
            lines.append(f"  [b]{escape(keys):<12}[/b] {escape(description)}")
        lines += ["", "[$text-muted]Ctrl+P opens the command palette: every action is there "
                  "too.[/]"]
        with VerticalScroll(classes="dialog", id="help-box"):
            yield Static("\n".join(lines), id="help-text")

    def action_close(self) -> None:
        """Close help."""
        self.dismiss(None)
