"""The day-before-interview checklist and the mistakes to avoid in the room."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.markup import escape
from textual.screen import ModalScreen
from textual.widgets import Static

from coach.tui.widgets.key_bar import KeyBar

if TYPE_CHECKING:
    from coach.tui.app import CoachApp


class ChecklistScreen(ModalScreen[None]):

    CSS_PATH = Path(__file__).parent.parent / "dialogs.tcss"
    BINDINGS = [Binding("escape,c", "close", "Close", id="checklist.close")]

    app: CoachApp

    def compose(self) -> ComposeResult:
        guide = self.app.curriculum.guide
        lines = ["[b]The day before the interview[/b]", ""]
        lines += [f"☐ {escape(entry)}" for entry in guide.day_before_checklist]
        lines += ["", "[b]In the room, avoid[/b]", ""]
        lines += [f"• {escape(entry)}" for entry in guide.mistakes_to_avoid]
        yield KeyBar()
        with VerticalScroll(classes="dialog", id="checklist-box"):
            yield Static("\n".join(lines))

    def action_close(self) -> None:
        """Close the checklist."""
        self.dismiss(None)
