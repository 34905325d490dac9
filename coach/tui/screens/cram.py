"""A cram session: the weakest concepts' questions and the checklist, under one clock.

Attempts made here are kept for calibration and history, but they never touch the schedule or
the memory model, as in a filtered deck that does not reschedule.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.markup import escape
from textual.screen import Screen
from textual.widgets import Header, OptionList, Static
from textual.widgets.option_list import Option

from coach.domain.questions import Question
from coach.domain.timer import Countdown
from coach.readiness import readiness_for
from coach.tui.widgets.countdown import CountdownLabel
from coach.tui.widgets.key_bar import KeyBar

if TYPE_CHECKING:
    from coach.tui.app import CoachApp

CRAM_MINUTES = 60
CRAM_CONCEPTS = 6


def cram_questions(app: CoachApp) -> list[Question]:
    """Two questions for each of the lowest-recall (else least mastered) concepts."""
    from coach.mastery import mastery_by_concept

    today = app.clock.today()
    readiness = readiness_for(app.store, app.curriculum, today)
    if readiness is not None:
        order = [c.concept.id for c in readiness.concepts]
    else:
        mastery = mastery_by_concept(app.store, today)
        order = sorted((c.id for c in app.curriculum.concepts),
                       key=lambda cid: (mastery.get(cid, 0.0), cid))
    chosen: list[Question] = []
    concepts = 0
    for cid in order:
        qs = [q for q in app.bank.for_concept(cid) if q not in chosen][:2]
        if qs:
            chosen.extend(qs)
            concepts += 1
        if concepts >= CRAM_CONCEPTS:
            break
    return chosen


class CramScreen(Screen[None]):
    CSS_PATH = Path(__file__).parent.parent / "readiness.tcss"
    BINDINGS = [
        Binding("enter", "open_question", "Answer", id="cram.open"),
        Binding("ctrl+t", "toggle_clock", "Pause", id="cram.pause"),
        Binding("c", "checklist", "Checklist", id="cram.checklist"),
        Binding("escape", "close", "End session", id="cram.close"),
    ]

    app: CoachApp

    def __init__(self) -> None:
        super().__init__()
        self.countdown = Countdown(CRAM_MINUTES * 60.0)
        self.questions: list[Question] = []

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("[b]Cram session[/b] · [$warning]your schedule and memory model stay "
                     "exactly as they are[/]; answers count only for calibration and history.",
                     id="cram-head")
        yield CountdownLabel(self.countdown, label="Session ", id="cram-clock")
        yield OptionList(id="cram-list")
        yield KeyBar()

    def on_mount(self) -> None:
        self.questions = cram_questions(self.app)
        listing = self.query_one(OptionList)
        for q in self.questions:
            name = self.app.curriculum.concept(q.main_concept).name
            listing.add_option(Option(f"[b]{q.type:<14}[/b] {escape(name)} "
                                      f"[$text-muted]· {q.minutes}m[/]", id=q.id))
        if not self.questions:
            listing.add_option(Option("No questions in the bank yet.", disabled=True))
        else:
            listing.highlighted = 0
        self.countdown.start(self.app.clock.monotonic())
        self.set_interval(1.0, self._tick)
        self._tick()
        listing.focus()

    def _tick(self) -> None:
        self.query_one(CountdownLabel).tick(self.app.clock.monotonic())

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_open_question()

    def action_open_question(self) -> None:
        """Answer the highlighted question (recorded as cram)."""
        option = self.query_one(OptionList).highlighted_option
        question = self.app.bank.get(option.id) if option and option.id else None
        if question is not None:
            from coach.tui.screens.question import QuestionScreen

            self.app.push_screen(QuestionScreen(question, mode="cram"))

    def action_toggle_clock(self) -> None:
        """Pause or resume the session clock."""
        self.countdown.toggle(self.app.clock.monotonic())
        self._tick()

    def action_checklist(self) -> None:
        """The day-before checklist."""
        from coach.tui.screens.checklist import ChecklistScreen

        self.app.push_screen(ChecklistScreen())

    def action_close(self) -> None:
        """End the cram session."""
        self.dismiss(None)
