"""Earlier attempts at one question: when, how long, the score, and what was written."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.markup import escape
from textual.screen import ModalScreen
from textual.widgets import Static

from coach import practice
from coach.domain.memory import RATING_NAMES
from coach.domain.questions import Question
from coach.domain.timer import format_clock
from coach.tui.widgets.key_bar import KeyBar

if TYPE_CHECKING:
    from coach.tui.app import CoachApp


class AttemptsScreen(ModalScreen[None]):

    CSS_PATH = [Path(__file__).parent.parent / "dialogs.tcss",
                Path(__file__).parent.parent / "practice.tcss"]
    BINDINGS = [Binding("escape", "close", "Close", id="attempts.close")]

    app: CoachApp

    def __init__(self, question: Question) -> None:
        super().__init__()
        self.question = question

    def compose(self) -> ComposeResult:
        yield KeyBar()
        attempts = practice.attempts_for(self.app.store, self.question.id)
        lines = [f"[b]Past attempts: {escape(self.question.id)}[/b]", ""]
        if not attempts:
            lines.append("[$text-muted]No attempts yet.[/]")
        for a in reversed(attempts):
            when = datetime.fromisoformat(a["started_at"]).strftime("%a %d %b %H:%M")
            used = format_clock(float(a.get("seconds", 0.0)))
            if a.get("status") == "scored":
                rating = RATING_NAMES.get(a.get("rating") or 0, "")
                conf = a.get("confidence")
                conf_text = f" · predicted {conf:.0%}" if conf is not None else ""
                head = f"{when} · {used} · [b]{a['score']:.0%}[/b] · {rating}{conf_text}"
            else:
                head = f"{when} · {used} · [$text-muted]{a.get('status')}[/]"
            lines.append(f"[b $accent]•[/] {head} [$text-muted]({a.get('mode')})[/]")
            answer = " ".join(a.get("answer", "").split())
            if answer:
                lines.append(f"  [$text-muted]{escape(answer[:300])}[/]")
        with VerticalScroll(classes="dialog", id="attempts-box"):
            yield Static("\n".join(lines))

    def action_close(self) -> None:
        """Close."""
        self.dismiss(None)
