"""Mock rounds: pick a format (and interviewer mode), and browse past rounds' reports."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Header, OptionList, Static
from textual.widgets.option_list import Option

from coach import practice
from coach.domain.questions import LEVELS
from coach.domain.rounds import FORMATS, compose_round, report_from_records
from coach.tui.widgets.key_bar import KeyBar

if TYPE_CHECKING:
    from coach.tui.app import CoachApp


class RoundsScreen(Screen[None]):

    CSS_PATH = Path(__file__).parent.parent / "practice.tcss"
    BINDINGS = [
        Binding("enter", "start_round", "Start", id="rounds.start"),
        Binding("i", "start_interviewer", "Interviewer mode", id="rounds.interviewer"),
        Binding("v", "cycle_level", "Level", id="rounds.level"),
        Binding("o", "open_report", "Open report", id="rounds.report"),
    ]

    app: CoachApp

    def __init__(self) -> None:
        super().__init__()
        self.level: str | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("[b]Mock rounds[/b] [$text-muted]the guide's formats, drawn from your "
                     "weak and due concepts[/]", id="rounds-title")
        yield OptionList(*(Option(f"[b]{f.name}[/b] [$text-muted]{f.minutes} min · "
                                  f"{', '.join(f.types)}[/]", id=f.id)
                           for f in FORMATS.values()), id="round-formats")
        yield Static(id="rounds-level")
        yield Static("[b]Past rounds[/b] [$text-muted](o or enter reopens the report)[/]")
        yield OptionList(id="round-history")
        yield KeyBar()

    def on_mount(self) -> None:
        self.refresh_from_store()
        self.query_one("#round-formats").focus()

    def on_screen_resume(self) -> None:
        self.refresh_from_store()

    def refresh_from_store(self) -> None:
        self.query_one("#rounds-level", Static).update(
            f"Level: [b]{self.level or 'any'}[/b] [$text-muted](v changes it)[/]")
        history = self.query_one("#round-history", OptionList)
        history.clear_options()
        bank = self.app.bank
        attempts = {a["id"]: a for a in self.app.store.records("attempts")}
        questions = {q.id: q for q in bank.questions}
        for rec in reversed(self.app.store.records("rounds")):
            report = report_from_records(rec, attempts, questions)
            when = datetime.fromisoformat(rec["started_at"]).strftime("%a %d %b %H:%M")
            name = FORMATS[rec["format"]].name if rec["format"] in FORMATS else rec["format"]
            mode = " · interviewer" if rec.get("mode") == "interviewer" else ""
            history.add_option(Option(
                f"{when} · {name}{mode} · [b]{report.score:.0%}[/b] "
                f"[$text-muted]{len(report.answered)}/{len(report.results)} answered · "
                f"{rec['status']}[/]", id=str(rec["id"])))
        if history.option_count:
            history.highlighted = 0

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option_list.id == "round-history":
            self.action_open_report()
        else:
            self.action_start_round()

    def _start(self, mode: str) -> None:
        option = self.query_one("#round-formats", OptionList).highlighted_option
        if option is None or option.id is None:
            return
        app = self.app
        fmt = FORMATS[option.id]
        seed = app.rng.randrange(2**31)
        ctx = practice.selection_context(app.store, app.curriculum, app.clock.today())
        questions = compose_round(fmt, app.bank.questions, ctx, seed, self.level)
        if not questions:
            self.notify("No questions of that kind at this level.", severity="warning")
            return
        rec = practice.start_round(app.store, fmt, questions, seed=seed, mode=mode,
                                   level=self.level, now=app.clock.now())
        from coach.tui.screens.round_runner import RoundRunnerScreen

        app.push_screen(RoundRunnerScreen(rec["id"]))

    def action_start_round(self) -> None:
        """Start the highlighted round format."""
        self._start("round")

    def action_start_interviewer(self) -> None:
        """Start the round with a partner: you read, they answer, you tick the rubric."""
        self._start("interviewer")

    def action_cycle_level(self) -> None:
        """Draw questions of any level, or only senior, staff or principal."""
        order = [None, *LEVELS]
        self.level = order[(order.index(self.level) + 1) % len(order)]
        self.refresh_from_store()

    def action_open_report(self) -> None:
        """Reopen the highlighted past round's report."""
        option = self.query_one("#round-history", OptionList).highlighted_option
        if option is None or option.id is None:
            self.notify("No past round selected.", severity="warning")
            return
        from coach.tui.screens.report import ReportScreen

        self.app.push_screen(ReportScreen(int(option.id)))
