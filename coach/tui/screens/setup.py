"""Plan settings: the start date, an optional interview date and the daily time budget."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Static

from coach import progress
from coach.domain.units import format_minutes, parse_date, parse_minutes
from coach.tui.widgets.key_bar import KeyBar

if TYPE_CHECKING:
    from coach.tui.app import CoachApp


class SetupScreen(ModalScreen[bool]):
    """Asked on the first run; reachable later from the plan (S)."""

    CSS_PATH = Path(__file__).parent.parent / "dialogs.tcss"

    BINDINGS = [
        Binding("ctrl+s", "save", "Save", id="setup.save"),
        Binding("escape", "cancel", "Cancel", id="setup.cancel"),
    ]

    app: CoachApp

    def __init__(self, *, first_run: bool) -> None:
        super().__init__()
        self.first_run = first_run

    def compose(self) -> ComposeResult:
        store = self.app.store
        today = self.app.clock.today()
        start = progress.start_date(store) or today
        interview = progress.interview_date(store)
        budget = int(store.settings.get("daily_budget_minutes") or 180)
        yield KeyBar()
        with Vertical(id="setup-box", classes="dialog"):
            yield Static("[b]Welcome to ML Interview Coach[/b]" if self.first_run
                         else "[b]Plan settings[/b]", id="setup-title")
            if self.first_run:
                yield Static("Fourteen days of study with reviews on days 1, 2, 4, 7 and 14 "
                             "after each topic. Tell the coach when you start.",
                             classes="muted")
            yield Label("Start date (YYYY-MM-DD, or today / +N)")
            yield Input(start.isoformat(), id="setup-start", compact=True)
            yield Label("Interview date (optional)")
            yield Input(interview.isoformat() if interview else "", id="setup-interview",
                        placeholder="none", compact=True)
            yield Label("Daily time budget (e.g. 3h, 90m, 1h30m)")
            yield Input(format_minutes(budget), id="setup-budget", compact=True)
            yield Label("Recall to reach on the interview day, P1 concepts (percent)")
            target = round(float(store.settings.get("target_recall") or 0.9) * 100)
            yield Input(str(target), id="setup-target", type="integer", compact=True)
            yield Static("", id="setup-error")
            with Horizontal(classes="buttons"):
                yield Button("Save", variant="primary", id="setup-save")
                if not self.first_run:
                    yield Button("Cancel", id="setup-cancel")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "setup-save":
            self.action_save()
        else:
            self.action_cancel()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.action_save()

    def _read_target(self) -> float:
        raw = self.query_one("#setup-target", Input).value.strip() or "90"
        if not raw.isdigit() or not 50 <= int(raw) <= 99:
            raise ValueError("The target recall should be a percentage from 50 to 99.")
        return int(raw) / 100

    def _read(self) -> tuple[date, date | None, int]:
        today = self.app.clock.today()
        start = parse_date(self.query_one("#setup-start", Input).value or "today", today)
        raw_interview = self.query_one("#setup-interview", Input).value.strip()
        interview = parse_date(raw_interview, today) if raw_interview else None
        if interview is not None and interview < start:
            raise ValueError("The interview date is before the start date.")
        budget = parse_minutes(self.query_one("#setup-budget", Input).value)
        return start, interview, budget

    def action_save(self) -> None:
        """Validate and save the settings."""
        try:
            start, interview, budget = self._read()
            target = self._read_target()
        except ValueError as exc:
            self.query_one("#setup-error", Static).update(f"[$error]{exc}[/]")
            return
        progress.configure(self.app.store, start=start, interview=interview,
                           budget_minutes=budget, target_recall=target)
        self.dismiss(True)
        self.app.data_changed()

    def action_cancel(self) -> None:
        """Close without saving (the first run needs a start date)."""
        if self.first_run:
            self.query_one("#setup-error", Static).update(
                "[$warning]Save a start date to begin (today is fine).[/]")
            return
        self.dismiss(False)
