"""The guide's progress grid, live: tick boxes, see what is due, open a concept."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Header, Input, Static

from coach import progress
from coach.domain.curriculum import PRIORITIES
from coach.domain.grid import GridFilter, grid_rows, summarize
from coach.tui.widgets.grid_table import GridTable
from coach.tui.widgets.key_bar import KeyBar

if TYPE_CHECKING:
    from coach.tui.app import CoachApp


class GridScreen(Screen[None]):

    CSS_PATH = Path(__file__).parent.parent / "grid.tcss"
    BINDINGS = [
        Binding("space", "toggle", "Tick", id="grid.toggle"),
        Binding("enter", "open_concept", "Open", id="grid.open"),
        Binding("u", "undo", "Undo", id="grid.undo"),
        Binding("P", "practise_this", "Practise this", id="grid.practise"),
        Binding("f", "cycle_priority", "Priority", id="grid.priority"),
        Binding("e", "cycle_section", "Section", id="grid.section"),
        Binding("d", "toggle_due", "Due only", id="grid.due"),
        Binding("slash", "search", "Search", id="grid.search"),
        Binding("escape", "clear_filters", "Clear filters", id="grid.clear"),
    ]

    app: CoachApp

    def __init__(self) -> None:
        super().__init__()
        self.filter = GridFilter()

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="grid-summary")
        yield Input(placeholder="Search concepts and notes (enter to keep, escape to clear)",
                    id="grid-search", classes="hidden")
        yield GridTable(id="grid-table")
        yield Static(id="grid-legend")
        yield KeyBar()

    def on_mount(self) -> None:
        self.refresh_from_store()
        self.query_one(GridTable).focus()

    def on_screen_resume(self) -> None:
        self.refresh_from_store()

    def focus_concept(self, concept_id: str) -> None:
        """Show one concept's row (from another screen's "show in grid"), clearing filters
        that would hide it."""
        table = self.query_one(GridTable)
        if not table.select_concept(concept_id):
            self.filter = GridFilter()
            self.refresh_from_store()
            table.select_concept(concept_id)
        table.focus()

    def on_resize(self) -> None:
        self.refresh_from_store()

    def refresh_from_store(self) -> None:
        app = self.app
        today = app.clock.today()
        start = progress.start_date(app.store) or today
        sections = grid_rows(app.curriculum, start=start, today=today,
                             completions=progress.completions(app.store),
                             notes=app.store.data["notes"], mastery=self._mastery())
        summary = summarize(sections)
        shown = [(s, [r for r in rows if self.filter.accepts(r)]) for s, rows in sections]
        table = self.query_one(GridTable)
        from coach.habits import leech_concepts

        table.show(shown, today, notes_width=max(4, self.size.width - 79),
                   leeches=frozenset(leech_concepts(app.store)))
        per = " · ".join(f"{p} {d}/{t}" for p, (d, t) in summary.by_priority.items())
        self.query_one("#grid-summary", Static).update(
            f"[b]Checkpoints {summary.done}/{summary.total}[/b] · {per} · "
            f"[$warning]{summary.due_today} due today[/] · [$error]{summary.overdue} overdue[/]")
        self.query_one("#grid-legend", Static).update(
            f"[$text-muted]Filters: {self.filter.describe()} · [b $success]done[/] "
            "[b reverse $warning]due[/] [b $error]overdue[/] [dim]upcoming[/] · "
            "* beyond the guide's table · [b $error]⚠[/] leech[/]")

    def _mastery(self) -> dict[str, float]:
        from coach.mastery import mastery_by_concept

        return mastery_by_concept(self.app.store, self.app.clock.today())

    # ------------------------------------------------------------------ actions
    def action_toggle(self) -> None:
        """Tick or untick the box under the cursor (ticked today)."""
        table = self.query_one(GridTable)
        concept_id, checkpoint = table.current_concept_id, table.current_checkpoint
        if concept_id is None:
            return
        if checkpoint is None:
            self.notify("Move to a D1-D14 column to tick a box.", severity="warning")
            return
        concept = self.app.curriculum.concept(concept_id)
        ticked = progress.toggle_checkpoint(self.app.store, concept, checkpoint,
                                            self.app.clock.today())
        self.notify(f"{checkpoint} of {concept.name}: {'ticked' if ticked else 'unticked'}")
        self.app.data_changed()

    def action_undo(self) -> None:
        """Undo the last change."""
        self.app.action_undo()

    def action_open_concept(self) -> None:
        """Open the concept under the cursor: notes and checkpoint history."""
        concept_id = self.query_one(GridTable).current_concept_id
        if concept_id:
            from coach.tui.screens.concept import ConceptScreen

            self.app.push_screen(ConceptScreen(concept_id))

    def action_practise_this(self) -> None:
        """Practise questions on the concept under the cursor."""
        concept_id = self.query_one(GridTable).current_concept_id
        if concept_id:
            self.app.practise_concept(concept_id)

    def on_data_table_cell_selected(self, event: GridTable.CellSelected) -> None:
        event.stop()
        self.action_open_concept()

    def action_cycle_priority(self) -> None:
        """Show all priorities, then only P1, P2 or P3."""
        order = [None, *PRIORITIES]
        nxt = order[(order.index(self.filter.priority) + 1) % len(order)]
        self.filter = replace(self.filter, priority=nxt)
        self.refresh_from_store()

    def action_cycle_section(self) -> None:
        """Show all sections, then one section at a time."""
        order = [None, *(s.id for s in self.app.curriculum.sections)]
        nxt = order[(order.index(self.filter.section) + 1) % len(order)]
        self.filter = replace(self.filter, section=nxt)
        self.refresh_from_store()

    def action_toggle_due(self) -> None:
        """Show only concepts with a box due today or overdue."""
        self.filter = replace(self.filter, due_only=not self.filter.due_only)
        self.refresh_from_store()

    def action_search(self) -> None:
        """Filter by text in concept names and notes."""
        search = self.query_one("#grid-search", Input)
        search.remove_class("hidden")
        search.focus()

    def on_input_changed(self, event: Input.Changed) -> None:
        self.filter = replace(self.filter, text=event.value.strip())
        self.refresh_from_store()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.query_one(GridTable).focus()

    def action_clear_filters(self) -> None:
        """Clear every filter."""
        search = self.query_one("#grid-search", Input)
        search.value = ""
        search.add_class("hidden")
        self.filter = GridFilter()
        self.refresh_from_store()
        self.query_one(GridTable).focus()
