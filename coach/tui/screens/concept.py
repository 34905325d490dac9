"""One concept: its checkpoints, its memory, and notes saved as they are typed."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.markup import escape
from textual.screen import ModalScreen
from textual.widgets import Static, TextArea

from coach import progress
from coach.domain.memory import RATING_NAMES, MemoryState
from coach.domain.schedule import Status, concept_schedule
from coach.tui.widgets.key_bar import KeyBar

if TYPE_CHECKING:
    from coach.tui.app import CoachApp

NOTE_SAVE_DELAY = 0.4  # seconds of quiet typing before a note is written


class ConceptScreen(ModalScreen[None]):

    CSS_PATH = [Path(__file__).parent.parent / "dialogs.tcss",
                Path(__file__).parent.parent / "concept.tcss"]
    BINDINGS = [
        Binding("escape", "close", "Close", id="concept.close"),
        Binding("ctrl+t", "tick_next", "Tick next checkpoint", id="concept.tick"),
    ]

    app: CoachApp

    def __init__(self, concept_id: str) -> None:
        super().__init__()
        self.concept = None
        self.concept_id = concept_id
        self._save_timer = None

    def compose(self) -> ComposeResult:
        concept = self.app.curriculum.concept(self.concept_id)
        self.concept = concept
        section = self.app.curriculum.section(concept.section_id)
        yield KeyBar()
        with Vertical(classes="dialog", id="concept-box"):
            yield Static(f"[b]{escape(concept.name)}[/b]  [$text-muted]{concept.priority} · "
                         f"{escape(section.name)} · plan day {concept.day}[/]", id="concept-title")
            with Horizontal(id="concept-body"):
                yield Static(id="concept-history")
                with Vertical(id="concept-notes-box"):
                    yield Static("[b]Practice notes[/b] [$text-muted](saved as you type)[/]")
                    notes = self.app.store.data["notes"].get(concept.id, "")
                    yield TextArea(notes, id="concept-notes", soft_wrap=True)

    def on_mount(self) -> None:
        self.refresh_from_store()
        self.query_one("#concept-notes", TextArea).focus()

    def refresh_from_store(self) -> None:
        self.query_one("#concept-history", Static).update(self._history())
        notes = self.query_one("#concept-notes", TextArea)
        stored = self.app.store.data["notes"].get(self.concept_id, "")
        if notes.text != stored and self._save_timer is None:
            notes.load_text(stored)

    def _history(self) -> str:
        app = self.app
        today = app.clock.today()
        start = progress.start_date(app.store) or today
        done = progress.completions(app.store).get(self.concept_id, {})
        ratings = {r["checkpoint"]: r.get("rating") for r in app.store.records("checkpoints")
                   if r["concept"] == self.concept_id}
        assert self.concept is not None
        lines = ["[b]Checkpoints[/b]"]
        for state in concept_schedule(app.curriculum, self.concept, start, done, today):
            cp = app.curriculum.checkpoint(state.checkpoint_id)
            if state.status is Status.DONE and state.done_on:
                rating = RATING_NAMES.get(ratings.get(cp.id) or 3, "")
                when = f"[$success]done {state.done_on:%d %b}[/] ({rating})"
            elif state.status is Status.OVERDUE:
                when = f"[$error]due {state.due:%d %b}, overdue[/]"
            elif state.status is Status.DUE:
                when = "[$warning]due today[/]"
            else:
                when = f"[$text-muted]due {state.due:%d %b}[/]"
            lines.append(f"[b]{cp.id:<4}[/b]{when}")
        reviews = [r for r in app.store.records("reviews") if r["concept"] == self.concept_id]
        if reviews:
            lines.append(f"Later reviews: {len(reviews)}, last {reviews[-1]['date']}")
        raw = app.store.data["memory"].get(self.concept_id)
        if raw:
            from coach.domain.memory import retrievability

            state = MemoryState.from_dict(raw)
            recall = retrievability(state, today)
            lines += ["", "[b]Memory[/b]", f"Predicted recall today {recall:.0%}"]
            if "D14" in done:
                lines.append(f"Next review {state.due:%d %b}")
        return "\n".join(lines)

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        if self._save_timer is not None:
            self._save_timer.stop()
        self._save_timer = self.set_timer(NOTE_SAVE_DELAY, self._save_notes)

    def _save_notes(self) -> None:
        self._save_timer = None
        assert self.concept is not None
        text = self.query_one("#concept-notes", TextArea).text
        if text != self.app.store.data["notes"].get(self.concept_id, ""):
            progress.set_note(self.app.store, self.concept, text)

    def action_tick_next(self) -> None:
        """Mark the next open checkpoint of this concept as done today."""
        app = self.app
        done = progress.completions(app.store).get(self.concept_id, {})
        assert self.concept is not None
        for cp in app.curriculum.checkpoints:
            if cp.id not in done:
                progress.mark_checkpoint(app.store, self.concept, cp.id, app.clock.today())
                self.notify(f"{cp.id} of {self.concept.name}: done")
                app.data_changed()
                return
        self.notify("Every checkpoint is done.")

    def action_close(self) -> None:
        """Save the notes and close."""
        if self._save_timer is not None:
            self._save_timer.stop()
            self._save_notes()
        self.dismiss(None)
        self.app.data_changed()

    def on_unmount(self) -> None:
        if self._save_timer is not None:
            self._save_timer.stop()
            self._save_notes()
