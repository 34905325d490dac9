"""Choose what to practise: the suggested order, by type, by concept, or "next"."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.markup import escape
from textual.screen import Screen
from textual.widgets import Header, Input, OptionList, Static
from textual.widgets.option_list import Option

from coach import practice
from coach.domain.questions import QUESTION_TYPES, Question
from coach.domain.selection import choose, rank
from coach.tui.widgets.key_bar import KeyBar

if TYPE_CHECKING:
    from coach.tui.app import CoachApp


class PracticeScreen(Screen[None]):

    CSS_PATH = Path(__file__).parent.parent / "practice.tcss"
    BINDINGS = [
        Binding("n", "next_question", "Next", id="practice.next"),
        Binding("enter", "open_question", "Open", id="practice.open"),
        Binding("f", "cycle_type", "Type", id="practice.type"),
        Binding("slash", "search", "Search", id="practice.search"),
        Binding("escape", "clear_filters", "Clear", id="practice.clear"),
        Binding("o", "past_attempts", "Past attempts", id="practice.history"),
    ]

    app: CoachApp

    def __init__(self) -> None:
        super().__init__()
        self.type_filter: str | None = None
        self.concept_filter: str | None = None
        self.text = ""
        self._shown: list[Question] = []

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="practice-head")
        yield Input(placeholder="Search concepts and prompts", id="practice-search",
                    classes="hidden")
        yield OptionList(id="practice-list")
        yield Static(id="practice-detail")
        yield KeyBar()

    def on_mount(self) -> None:
        self.refresh_from_store()
        self.query_one("#practice-list").focus()

    def on_screen_resume(self) -> None:
        self.refresh_from_store()

    def focus_concept(self, concept_id: str | None) -> None:
        self.concept_filter = concept_id
        if self.is_mounted:
            self.refresh_from_store()

    def refresh_from_store(self) -> None:
        app = self.app
        ctx = practice.selection_context(app.store, app.curriculum, app.clock.today())
        questions = [q for q in app.bank.questions if self._accepts(q)]
        self._shown = rank(questions, ctx)
        last = {}
        for a in app.store.records("attempts"):
            if a.get("status") == "scored":
                last[a["question"]] = a["score"]
        from coach.habits import current_leeches

        leech_questions = {lc.id for lc in current_leeches(app.store) if lc.kind == "question"}
        options = []
        for q in self._shown:
            concept = app.curriculum.concept(q.main_concept).name
            done = f" · last {last[q.id]:.0%}" if q.id in last else ""
            if q.id in leech_questions:
                done += " [b $error]⚠ leech[/]"
            options.append(Option(f"[b]{q.type:<14}[/b] {escape(concept)} "
                                  f"[$text-muted]· {q.level} · {q.minutes}m{done}[/]", id=q.id))
        listing = self.query_one("#practice-list", OptionList)
        listing.clear_options()
        listing.add_options(options)
        if options:
            listing.highlighted = 0
        parts = [f"[b]{len(self._shown)}[/b] of {len(app.bank)} questions, weakest and due "
                 "first"]
        if self.type_filter:
            parts.append(f"type {self.type_filter}")
        if self.concept_filter:
            parts.append(f"concept {app.curriculum.concept(self.concept_filter).name}")
        if self.text:
            parts.append(f"'{escape(self.text)}'")
        self.query_one("#practice-head", Static).update(
            " · ".join(parts) + " · [$text-muted]n picks one for you[/]")
        self._show_detail()

    def _accepts(self, q: Question) -> bool:
        if self.type_filter and q.type != self.type_filter:
            return False
        if self.concept_filter and self.concept_filter not in q.concepts:
            return False
        if self.text:
            names = " ".join(self.app.curriculum.concept(c).name for c in q.concepts)
            if self.text.lower() not in f"{names} {q.prompt} {q.id}".lower():
                return False
        return True

    def _current(self) -> Question | None:
        option = self.query_one("#practice-list", OptionList).highlighted_option
        return self.app.bank.get(option.id) if option and option.id else None

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self._show_detail()

    def _show_detail(self) -> None:
        q = self._current()
        first = " ".join(q.prompt.split())[:150] if q else ""
        self.query_one("#practice-detail", Static).update(f"[$text-muted]{escape(first)}[/]")

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_open_question()

    # ------------------------------------------------------------------ actions
    def action_open_question(self) -> None:
        """Answer the highlighted question under its clock."""
        q = self._current()
        if q is not None:
            self.app.open_question(q)

    def action_next_question(self) -> None:
        """Let the coach pick: weak and due concepts first, nothing seen recently."""
        app = self.app
        ctx = practice.selection_context(app.store, app.curriculum, app.clock.today())
        pool = [q for q in app.bank.questions if self._accepts(q)]
        q = choose(pool, ctx, app.rng)
        if q is None:
            self.notify("No question matches the filters.", severity="warning")
            return
        app.open_question(q)

    def action_cycle_type(self) -> None:
        """Show one question type at a time."""
        order = [None, *QUESTION_TYPES]
        self.type_filter = order[(order.index(self.type_filter) + 1) % len(order)]
        self.refresh_from_store()

    def action_search(self) -> None:
        """Filter by text."""
        box = self.query_one("#practice-search", Input)
        box.remove_class("hidden")
        box.focus()

    def on_input_changed(self, event: Input.Changed) -> None:
        self.text = event.value.strip()
        self.refresh_from_store()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.query_one("#practice-list").focus()

    def action_clear_filters(self) -> None:
        """Clear the type, concept and text filters."""
        box = self.query_one("#practice-search", Input)
        box.value = ""
        box.add_class("hidden")
        self.type_filter = self.concept_filter = None
        self.text = ""
        self.refresh_from_store()
        self.query_one("#practice-list").focus()

    def action_past_attempts(self) -> None:
        """See earlier attempts at the highlighted question."""
        q = self._current()
        if q is not None:
            from coach.tui.screens.attempts import AttemptsScreen

            self.app.push_screen(AttemptsScreen(q))
