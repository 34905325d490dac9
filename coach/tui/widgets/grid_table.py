"""The progress grid table: cell cursor, vim keys, priority shading from the theme."""

from __future__ import annotations

from datetime import date

from textual.binding import Binding
from textual.content import Content
from textual.markup import escape
from textual.widgets import DataTable

from coach.domain.curriculum import CHECKPOINT_IDS, Section
from coach.domain.grid import GridRow
from coach.domain.schedule import CheckpointState, Status

CHECK_COLUMNS = CHECKPOINT_IDS
FIRST_CHECK_COLUMN = 2
# P1 darkest, P2 medium, P3 lightest: the guide's print shading, drawn with the theme's colour.
PRIORITY_SHADE = {"P1": "on $primary", "P2": "on $primary 50%", "P3": "on $primary 20%"}


def checkpoint_cell(state: CheckpointState, today: date) -> Content:
    if state.status is Status.DONE and state.done_on:
        return Content.from_markup(f"[b $success]{state.done_on:%d/%m}[/]")
    if state.status is Status.OVERDUE:
        return Content.from_markup(f"[b $error]{state.due:%d/%m}[/]")
    if state.status is Status.DUE:
        return Content.from_markup(f"[b reverse $warning]{state.due:%d/%m}[/]")
    return Content.from_markup(f"[dim]{state.due:%d/%m}[/]")


class GridTable(DataTable):
    BINDINGS = [
        Binding("h", "cursor_left", "Left", show=False, id="grid.left"),
        Binding("j", "cursor_down", "Down", show=False, id="grid.down"),
        Binding("k", "cursor_up", "Up", show=False, id="grid.up"),
        Binding("l", "cursor_right", "Right", show=False, id="grid.right"),
    ]

    def on_mount(self) -> None:
        self.cursor_type = "cell"
        self.zebra_stripes = False
        self.add_column("Concept", key="concept", width=25)
        self.add_column("Pri", key="pri", width=3)
        for cp in CHECK_COLUMNS:
            self.add_column(cp, key=cp, width=5)
        self.add_column("Mast", key="mastery", width=4)
        self.add_column("Notes", key="notes")

    def show(self, sections: list[tuple[Section, list[GridRow]]], today: date,
             notes_width: int, leeches: frozenset[str] = frozenset()) -> None:
        coordinate = self.cursor_coordinate
        self.clear()
        for section, rows in sections:
            if not rows:
                continue
            label = escape(section.name) + ("*" if section.extra else "")
            self.add_row(Content.from_markup(f"[b $accent]▸ {label}[/]"), *[""] * 8,
                         key=f"#{section.id}")
            for row in rows:
                self.add_row(*self._cells(row, today, notes_width, row.concept.id in leeches),
                             key=row.concept.id)
        if self.row_count:
            row = min(coordinate.row, self.row_count - 1)
            self.move_cursor(row=row, column=coordinate.column, animate=False)

    def _cells(self, row: GridRow, today: date, notes_width: int,
               leech: bool = False) -> list[object]:
        concept = row.concept
        name: object = concept.name
        if leech:
            name = Content.from_markup(f"[b $error]⚠[/] {escape(concept.name)}")
        pri = Content.from_markup(f"[b {PRIORITY_SHADE[concept.priority]}]{concept.priority}[/]")
        mastery = "" if row.mastery is None else f"{row.mastery:.0%}"
        note = " ".join(row.note.split())
        if len(note) > notes_width:
            note = note[: max(0, notes_width - 1)] + "…"
        return [name, pri, *(checkpoint_cell(s, today) for s in row.states),
                mastery, note]

    def select_concept(self, concept_id: str) -> bool:
        """Put the cursor on a concept's row; False if it is not shown (filtered out)."""
        try:
            row = self.get_row_index(concept_id)
        except Exception:  # RowDoesNotExist: not in the table as filtered
            return False
        self.move_cursor(row=row, column=FIRST_CHECK_COLUMN)
        return True

    @property
    def current_concept_id(self) -> str | None:
        if not self.row_count:
            return None
        key = self.coordinate_to_cell_key(self.cursor_coordinate).row_key.value
        return None if key is None or key.startswith("#") else key

    @property
    def current_checkpoint(self) -> str | None:
        column = self.cursor_coordinate.column - FIRST_CHECK_COLUMN
        return CHECK_COLUMNS[column] if 0 <= column < len(CHECK_COLUMNS) else None
