"""The drill screen's two side trips: the reference with its explanation, and the reset
confirmation."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.markup import escape
from textual.screen import ModalScreen, Screen
from textual.widgets import Header, Markdown, Static

from coach.tui.widgets.key_bar import KeyBar

if TYPE_CHECKING:
    from coach.drills.catalog import Drill


def reference_markdown(drill: Drill) -> str:
    code = drill.reference.read_text(encoding="utf-8").rstrip()
    return (f"# {drill.title}: reference\n\n## Why it is written this way\n\n"
            f"{drill.explanation}\n\n## The reference solution\n\n```python\n{code}\n```\n")


class ReferenceScreen(Screen[None]):
    """The reference solution and its explanation, shown only when asked for."""

    CSS_PATH = [Path(__file__).parent.parent / "dialogs.tcss",
                Path(__file__).parent.parent / "drills.tcss"]
    BINDINGS = [Binding("escape", "close", "Back to the drill", id="reference.back")]

    def __init__(self, drill: Drill) -> None:
        super().__init__()
        self.drill = drill

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="reference-body"):
            yield Markdown(reference_markdown(self.drill), id="reference-text")
        yield KeyBar()

    def on_mount(self) -> None:
        self.query_one("#reference-body").focus()

    def action_close(self) -> None:
        """Go back to your code."""
        self.dismiss(None)


class ResetConfirmScreen(ModalScreen[bool]):
    """Ask before putting the starter back; the old file is kept as a backup."""

    CSS_PATH = [Path(__file__).parent.parent / "dialogs.tcss",
                Path(__file__).parent.parent / "drills.tcss"]
    BINDINGS = [
        Binding("y", "confirm", "Reset", id="reset.yes"),
        Binding("n,escape", "cancel", "Keep my code", id="reset.no"),
    ]

    def __init__(self, drill: Drill, path: Path) -> None:
        super().__init__()
        self.drill = drill
        self.path = path

    def compose(self) -> ComposeResult:
        yield KeyBar()
        with Vertical(classes="dialog", id="reset-box"):
            yield Static(f"[b]Start {escape(self.drill.title)} again from the starter?[/b]\n\n"
                         f"Your current file is copied to [b]{escape(str(self.path.parent))}"
                         "/backups/[/b] first, and a new attempt (with a fresh clock) begins."
                         "\n\n[$text-muted]y: reset · n or escape: keep my code[/]")

    def action_confirm(self) -> None:
        """Reset to the starter."""
        self.dismiss(True)

    def action_cancel(self) -> None:
        """Keep the current code."""
        self.dismiss(False)
