"""Implementation drills: every drill with its concept, status, best time and attempts."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.markup import escape
from textual.screen import Screen
from textual.widgets import DataTable, Header, Static

from coach.tui.widgets.key_bar import KeyBar

if TYPE_CHECKING:
    from coach.drills.catalog import Drill
    from coach.tui.app import CoachApp

STATUS_TONE = {"passed": "b $success", "failing": "$warning", "new": "$foreground"}
FIXED_COLUMNS = 3 + 7 + 7 + 5 + 2 * 6 + 2  # min, status, best, tries, cell padding, scrollbar


class DrillsScreen(Screen[None]):

    CSS_PATH = Path(__file__).parent.parent / "drills.tcss"
    BINDINGS = [
        Binding("enter", "open_drill", "Open", id="drills.open"),
        Binding("P", "practise_this", "Practise concept", id="drills.practise"),
    ]

    app: CoachApp

    def __init__(self) -> None:
        super().__init__()
        self.drills: list[Drill] = []
        self._problem = ""

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="drills-head")
        yield DataTable(id="drills-table", cursor_type="row", zebra_stripes=True)
        yield Static(id="drills-detail")
        yield KeyBar()

    def on_mount(self) -> None:
        from coach.bank.problems import ContentError
        from coach.drills.catalog import load_drills

        try:
            drills = load_drills(concept_ids=[c.id for c in self.app.curriculum.concepts])
        except ContentError as exc:
            self._problem = exc.report()
        else:
            self.drills = sorted(drills, key=self._study_order)
        self._columns()
        self.refresh_from_store()
        self.query_one(DataTable).focus()

    def on_screen_resume(self) -> None:
        if self.is_mounted:
            self.refresh_from_store()

    def on_resize(self) -> None:
        if self.is_mounted and self.drills:
            self._columns()
            self.refresh_from_store()

    def _study_order(self, drill: Drill) -> tuple[int, str]:
        """The order of the 14 days: a drill comes when its main concept is studied."""
        try:
            return self.app.curriculum.concept(drill.concept).day, drill.title
        except KeyError:
            return 99, drill.title

    def _columns(self) -> None:
        table = self.query_one(DataTable)
        table.clear(columns=True)
        room = max(30, self.size.width - FIXED_COLUMNS)
        concept = min(26, int(room * 0.4))
        table.add_column("Drill", key="title", width=room - concept)
        table.add_column("Concept", key="concept", width=concept)
        table.add_column("Min", key="minutes", width=3)
        table.add_column("Status", key="status", width=7)
        table.add_column("Best", key="best", width=7)
        table.add_column("Tries", key="tries", width=5)

    def refresh_from_store(self) -> None:
        from coach.drills.progress import drill_statuses, format_seconds

        head = self.query_one("#drills-head", Static)
        if self._problem:
            head.update(f"[b $error]The drills could not be loaded[/]\n{escape(self._problem)}")
            return
        table = self.query_one(DataTable)
        row = table.cursor_row
        table.clear()
        statuses = drill_statuses(self.app.store, self.drills)
        for d in self.drills:
            s = statuses[d.id]
            tone = STATUS_TONE[s.status]
            table.add_row(d.title, self._concept_name(d.concept), str(d.minutes),
                          Content.from_markup(f"[{tone}]{s.status}[/]"),
                          format_seconds(s.best_seconds), str(s.attempts) if s.attempts else "-",
                          key=d.id)
        if table.row_count:
            table.move_cursor(row=min(row, table.row_count - 1), animate=False)
        passed = sum(1 for s in statuses.values() if s.status == "passed")
        failing = sum(1 for s in statuses.values() if s.status == "failing")
        head.update(f"[b]Implementation drills[/b] · {passed} of {len(self.drills)} passed"
                    + (f" · [$warning]{failing} in progress[/]" if failing else "")
                    + "\n[$text-muted]Write it from scratch in NumPy; hidden checks judge it "
                      "in a second or two. enter opens a drill.[/]")
        self._show_detail()

    def _concept_name(self, concept_id: str) -> str:
        try:
            return self.app.curriculum.concept(concept_id).name
        except KeyError:
            return concept_id

    def _current(self) -> Drill | None:
        table = self.query_one(DataTable)
        if not table.row_count:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        return next((d for d in self.drills if d.id == key), None)

    def on_data_table_row_highlighted(self, _event: DataTable.RowHighlighted) -> None:
        self._show_detail()

    def on_data_table_row_selected(self, _event: DataTable.RowSelected) -> None:
        self.action_open_drill()

    def _show_detail(self) -> None:
        from coach.drills.progress import drill_status

        detail = self.query_one("#drills-detail", Static)
        drill = self._current()
        if drill is None:
            detail.update("")
            return
        status = drill_status(self.app.store, drill.id)
        last = ""
        if status.last_run is not None:
            run = status.last_run
            when = run.get("at", "")[:16].replace("T", " ")
            last = (f" · last check {run.get('checks_passed', 0)}/{run.get('checks_total', 0)}"
                    f" on {when}")
        detail.update(f"[b]{escape(drill.title)}[/b]: {escape(drill.summary)}\n"
                      f"[$text-muted]{drill.level} · "
                      f"write {escape(', '.join(drill.functions))}{last}[/]")

    # ------------------------------------------------------------------ actions
    def action_open_drill(self) -> None:
        """Open the drill under the cursor: its file, the checks and the clock."""
        drill = self._current()
        if drill is not None:
            from coach.tui.screens.drill import DrillScreen

            self.app.push_screen(DrillScreen(drill))

    def action_practise_this(self) -> None:
        """Practise questions on this drill's concept."""
        drill = self._current()
        if drill is not None:
            self.app.practise_concept(drill.concept)
