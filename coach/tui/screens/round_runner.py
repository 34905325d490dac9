"""Runs a mock round: the round clock, each question in turn, then the report."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.markup import escape
from textual.screen import Screen
from textual.widgets import Header, Static

from coach import practice
from coach.domain.rounds import FORMATS
from coach.domain.timer import Countdown
from coach.tui.screens.question import QuestionOutcome, QuestionScreen, RoundInfo
from coach.tui.widgets.countdown import CountdownLabel
from coach.tui.widgets.key_bar import KeyBar

if TYPE_CHECKING:
    from coach.tui.app import CoachApp


class RoundRunnerScreen(Screen[None]):

    CSS_PATH = Path(__file__).parent.parent / "practice.tcss"
    BINDINGS = [
        Binding("enter", "next_question", "Next question", id="runner.next"),
        Binding("e", "end_round", "End early", id="runner.end"),
    ]

    app: CoachApp

    def __init__(self, round_id: int) -> None:
        super().__init__()
        self.round_id = round_id
        record = self._record
        self.countdown = Countdown(float(record["budget_minutes"]) * 60.0)

    @property
    def _record(self) -> dict:
        rec = self.app.store.record("rounds", self.round_id)
        assert rec is not None
        return rec

    def compose(self) -> ComposeResult:
        yield Header()
        yield CountdownLabel(self.countdown, label="Round clock ", id="runner-clock")
        yield Static(id="runner-list")
        yield KeyBar()

    def on_mount(self) -> None:
        self.countdown.start(self.app.clock.monotonic())
        self.set_interval(1.0, self._tick)
        self.refresh_from_store()
        self.call_after_refresh(self.action_next_question)

    def _tick(self) -> None:
        self.query_one(CountdownLabel).tick(self.app.clock.monotonic())

    def refresh_from_store(self) -> None:
        self._tick()
        rec = self._record
        attempts = {a["id"]: a for a in self.app.store.records("attempts")}
        fmt = FORMATS.get(rec["format"])
        mode = "interviewer mode: read each prompt aloud and tick while listening" \
            if rec.get("mode") == "interviewer" else "answer each in turn"
        lines = [f"[b]{fmt.name if fmt else rec['format']}[/b] · {mode}", ""]
        for i, qid in enumerate(rec["questions"]):
            q = self.app.bank.get(qid)
            title = escape(self.app.curriculum.concept(q.main_concept).name) if q else qid
            kind = q.type if q else ""
            if i < len(rec["attempts"]):
                att = attempts.get(rec["attempts"][i]) or {}
                state = f"[b]{att['score']:.0%}[/b]" if att.get("status") == "scored" \
                    else "[$warning]skipped[/]"
            elif i == len(rec["attempts"]):
                state = "[$accent]next - press enter[/]"
            else:
                state = "[$text-muted]waiting[/]"
            lines.append(f"  {i + 1}. {kind:<14} {title} · {state}")
        self.query_one("#runner-list", Static).update("\n".join(lines))

    def action_next_question(self) -> None:
        """Open the next question of the round."""
        rec = self._record
        index = len(rec["attempts"])
        if rec["status"] != "running":
            return
        if index >= len(rec["questions"]):
            self._finish(early=False)
            return
        question = self.app.bank.get(rec["questions"][index])
        if question is None:  # removed from the bank since the round was drawn
            practice.round_attach(self.app.store, self.round_id, None)
            self.action_next_question()
            return
        mode = "interviewer" if rec.get("mode") == "interviewer" else "round"
        info = RoundInfo(index + 1, len(rec["questions"]), self.countdown)
        self.app.push_screen(QuestionScreen(question, mode=mode, round_id=self.round_id,
                                            round_info=info), self._after_question)

    def _after_question(self, outcome: QuestionOutcome | None) -> None:
        if outcome is None or outcome.status == "left":
            self.refresh_from_store()  # back to the overview; enter resumes the round
            if outcome is not None:
                practice.skip_attempt(self.app.store, outcome.attempt_id, 0.0)
                practice.round_attach(self.app.store, self.round_id, outcome.attempt_id)
                self.refresh_from_store()
            return
        practice.round_attach(self.app.store, self.round_id, outcome.attempt_id)
        self.refresh_from_store()
        if len(self._record["attempts"]) >= len(self._record["questions"]):
            self._finish(early=False)
        else:
            self.action_next_question()

    def action_end_round(self) -> None:
        """End the round now; the questions not reached count as skipped."""
        self._finish(early=True)

    def _finish(self, *, early: bool) -> None:
        if self._record["status"] == "running":
            practice.finish_round(self.app.store, self.round_id, self.app.clock.now(),
                                  early=early)
        from coach.tui.screens.report import ReportScreen

        self.app.switch_screen(ReportScreen(self.round_id))
