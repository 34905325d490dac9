"""One question under the clock: answer, state your confidence, reveal, tick, rate.

Used on its own (practice), inside a mock round, in interviewer mode (the rubric shows from the
start so a partner can tick while listening) and in cram sessions.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.markup import escape
from textual.screen import Screen
from textual.widgets import Header, Markdown, Static, TextArea

from coach import practice
from coach.domain.memory import RATING_NAMES
from coach.domain.questions import Question, score
from coach.domain.timer import Countdown
from coach.tui.widgets.countdown import CountdownLabel
from coach.tui.widgets.key_bar import KeyBar
from coach.tui.widgets.rubric import RubricChecklist

if TYPE_CHECKING:
    from coach.tui.app import CoachApp

SAVE_DELAY = 0.5


@dataclass(frozen=True)
class RoundInfo:
    """Where a question sits in a mock round, for the header."""

    number: int
    total: int
    countdown: Countdown


@dataclass(frozen=True)
class QuestionOutcome:
    attempt_id: int
    status: str  # scored, skipped, left
    score: float | None = None


def reveal_markdown(question: Question) -> str:
    parts = ["## Model answer", question.model_answer]
    if question.follow_ups:
        parts += ["## Follow-up questions", *(f"- {f}" for f in question.follow_ups)]
    if question.common_mistakes:
        parts += ["## Common mistakes", *(f"- {m}" for m in question.common_mistakes)]
    return "\n\n".join(parts)


class QuestionScreen(Screen[QuestionOutcome]):

    CSS_PATH = Path(__file__).parent.parent / "practice.tcss"
    BINDINGS = [
        Binding("ctrl+r", "reveal_rubric", "Reveal", id="question.reveal"),
        Binding("ctrl+t", "toggle_timer", "Pause", id="question.pause"),
        Binding("1", "rate(1)", "Again", id="question.again"),
        Binding("2", "rate(2)", "Hard", id="question.hard"),
        Binding("3", "rate(3)", "Good", id="question.good"),
        Binding("4", "rate(4)", "Easy", id="question.easy"),
        Binding("ctrl+o", "past_attempts", "Past attempts", id="question.history"),
        Binding("ctrl+n", "skip", "Skip", id="question.skip"),
        Binding("escape", "leave", "Back", id="question.back"),
    ]

    app: CoachApp

    def __init__(self, question: Question, *, mode: str = "practice",
                 round_id: int | None = None, round_info: RoundInfo | None = None) -> None:
        super().__init__()
        self.question = question
        self.mode = mode
        self.round_id = round_id
        self.round_info = round_info
        self.countdown = Countdown(question.minutes * 60.0)
        self.revealed = mode == "interviewer"
        self.scored: float | None = None
        self.confidence: float | None = None
        self.attempt: dict[str, Any] = {}
        self._save_timer: Any = None
        self._answer = ""

    # ------------------------------------------------------------------ layout
    def compose(self) -> ComposeResult:
        q = self.question
        names = ", ".join(self.app.curriculum.concept(c).name for c in q.concepts)
        yield Header()
        with Horizontal(id="question-bar"):
            yield Static(f"[b]{q.type.title()}[/b] · {q.level} · {escape(names)}",
                         id="question-meta")
            if self.round_info:
                yield CountdownLabel(self.round_info.countdown,
                                     label=f"Q{self.round_info.number}/{self.round_info.total}"
                                     " · round ", id="round-clock")
            yield CountdownLabel(self.countdown, id="question-clock")
        with VerticalScroll(id="question-prompt"):
            if self.mode == "interviewer":
                yield Static("[b $accent]Read this aloud to the candidate[/]")
            elif self.mode == "cram":
                yield Static("[b $warning]Cram: this answer will not change your schedule[/]")
            yield Markdown(q.prompt)
            if self.mode == "interviewer" and q.hints:
                yield Markdown("**Hints you may give:**\n\n"
                               + "\n".join(f"- {h}" for h in q.hints))
        with Vertical(id="question-answer"):
            yield Static("[b]Your answer[/b] [$text-muted](saved as you type · ctrl+r "
                         "reveals the rubric)[/]", id="answer-label")
            yield TextArea(id="answer", soft_wrap=True)
        with VerticalScroll(id="question-reveal"):
            yield Static("[b]Rubric[/b] [$text-muted]tick what the answer covered "
                         "(space), then rate recall: 1 again · 2 hard · 3 good · 4 easy[/]")
            yield RubricChecklist(q.rubric, id="rubric")
            yield Static(id="score-line")
            yield Markdown(reveal_markdown(q), id="model-answer")
        yield KeyBar()

    def on_mount(self) -> None:
        if self.mode == "interviewer":
            self.query_one("#question-answer").display = False
        self._begin_attempt()
        self.countdown.start(self.app.clock.monotonic(),
                             already_used=float(self.attempt.get("seconds", 0.0)))
        self.set_interval(1.0, self._tick)
        self._tick()
        self._show_reveal(self.revealed)
        if self.mode == "interviewer":
            self.query_one("#rubric").focus()
        else:
            self.query_one("#answer", TextArea).focus()

    def _begin_attempt(self) -> None:
        store, q = self.app.store, self.question
        existing = practice.open_attempt(store, q.id, self.mode) \
            if self.round_id is None else None
        if existing is not None:
            self.attempt = existing
            self._answer = existing.get("answer", "")
            area = self.query_one("#answer", TextArea)
            area.load_text(self._answer)
            area.move_cursor(area.document.end)  # carry on where the answer stopped
            self.notify("Resumed your unfinished answer.")
        else:
            self.attempt = practice.start_attempt(store, q, self.mode, self.app.clock.now(),
                                                  self.round_id)

    def _show_reveal(self, shown: bool) -> None:
        self.query_one("#question-reveal").display = shown
        if shown:
            self.query_one("#answer-label", Static).update("[b]Your answer[/b]")
        self.set_class(shown, "-revealed")
        self.refresh_bindings()

    def _tick(self) -> None:
        now = self.app.clock.monotonic()
        self.query_one("#question-clock", CountdownLabel).tick(now)
        if self.round_info:
            self.query_one("#round-clock", CountdownLabel).tick(now)

    @property
    def seconds(self) -> float:
        return self.countdown.elapsed(self.app.clock.monotonic())

    # ------------------------------------------------------------------ saving as typed
    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        self._answer = event.text_area.text
        if self._save_timer is not None:
            self._save_timer.stop()
        self._save_timer = self.set_timer(SAVE_DELAY, self._save_answer)

    def _save_answer(self) -> None:
        self._save_timer = None
        if self.attempt and self.attempt.get("status") == "open":
            practice.save_progress(self.app.store, self.attempt["id"], answer=self._answer,
                                   seconds=self.seconds)

    def on_rubric_checklist_changed(self, event: RubricChecklist.Changed) -> None:
        ticked = self.query_one("#rubric", RubricChecklist).selected
        value = score(self.question, ticked)
        self.query_one("#score-line", Static).update(
            f"Score so far: [b]{value:.0%}[/b] of {self.question.total_weight:g} points")

    # ------------------------------------------------------------------ actions
    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "rate":
            return self.revealed and self.scored is None
        if action == "reveal_rubric":
            return not self.revealed
        if action == "skip":
            return self.round_id is not None and self.scored is None
        return True

    def action_reveal_rubric(self) -> None:
        """Say how well you think you did, then see the rubric and the model answer."""
        if self.revealed:
            return
        from coach.tui.screens.confidence import ConfidenceScreen

        self._save_answer()
        self.app.push_screen(ConfidenceScreen(), self._after_confidence)

    def _after_confidence(self, confidence: float | None) -> None:
        self.confidence = confidence
        if confidence is not None:
            practice.save_progress(self.app.store, self.attempt["id"], confidence=confidence)
        self.revealed = True
        self._show_reveal(True)
        self.query_one("#rubric").focus()

    def action_toggle_timer(self) -> None:
        """Pause or resume the question clock."""
        self.countdown.toggle(self.app.clock.monotonic())
        if self.round_info:
            self.round_info.countdown.toggle(self.app.clock.monotonic())
        self._tick()

    def action_rate(self, rating: int) -> None:
        """Save the attempt with its score and how well you recalled it."""
        if not self.revealed or self.scored is not None:
            return
        ticked = self.query_one("#rubric", RubricChecklist).selected
        if self._save_timer is not None:
            self._save_timer.stop()
            self._save_timer = None
        practice.save_progress(self.app.store, self.attempt["id"], answer=self._answer)
        rec = practice.score_attempt(self.app.store, self.question, self.attempt["id"],
                                     ticked=ticked, rating=rating, seconds=self.seconds,
                                     now=self.app.clock.now(), confidence=self.confidence)
        self.scored = float(rec["score"])
        self.countdown.pause(self.app.clock.monotonic())
        self.refresh_bindings()
        message = f"Saved: {self.scored:.0%}, recall {RATING_NAMES[rating]}."
        if self.round_id is not None:
            self.dismiss(QuestionOutcome(self.attempt["id"], "scored", self.scored))
            return
        self.query_one("#score-line", Static).update(
            f"[b $success]{message}[/] Escape to go back.")
        self.notify(message)

    def action_skip(self) -> None:
        """Skip this question (it counts as zero in the round)."""
        if self.round_id is None:
            return
        self._save_answer()
        practice.skip_attempt(self.app.store, self.attempt["id"], self.seconds)
        self.dismiss(QuestionOutcome(self.attempt["id"], "skipped", None))

    def action_past_attempts(self) -> None:
        """See earlier attempts at this question."""
        from coach.tui.screens.attempts import AttemptsScreen

        self.app.push_screen(AttemptsScreen(self.question))

    def action_leave(self) -> None:
        """Go back; an unfinished answer is kept and resumed next time."""
        self._save_answer()
        status = "scored" if self.scored is not None else "left"
        self.dismiss(QuestionOutcome(self.attempt["id"], status, self.scored))

    def on_unmount(self) -> None:
        if self._save_timer is not None:
            self._save_timer.stop()
            self._save_answer()
