"""Am I ready for the interview? Predicted recall on the day, what to review today."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.markup import escape
from textual.screen import Screen
from textual.widgets import DataTable, Header, Static

from coach import progress
from coach.domain.readiness import Readiness
from coach.readiness import readiness_for, trend_for
from coach.tui.widgets.key_bar import KeyBar

if TYPE_CHECKING:
    from coach.tui.app import CoachApp

SPARK = "▁▂▃▄▅▆▇█"


def sparkline(values: list[float]) -> str:
    return "".join(SPARK[min(len(SPARK) - 1, int(v * len(SPARK)))] for v in values)


class ReadinessScreen(Screen[None]):
    CSS_PATH = Path(__file__).parent.parent / "readiness.tcss"

    BINDINGS = [
        Binding("space", "review_now", "Reviewed now", id="readiness.review"),
        Binding("P", "practise_this", "Practise this", id="readiness.practise"),
        Binding("enter", "open_concept", "Open", id="readiness.open"),
        Binding("C", "calibration", "Calibration", id="readiness.calibration"),
        Binding("x", "cram", "Cram session", id="readiness.cram"),
    ]

    app: CoachApp

    def __init__(self) -> None:
        super().__init__()
        self.readiness: Readiness | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="readiness-head")
        yield DataTable(id="readiness-table", cursor_type="row", zebra_stripes=True)
        yield Static(id="readiness-detail")
        yield KeyBar()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_column("Concept", key="concept", width=28)
        table.add_column("Pri", key="pri", width=3)
        table.add_column("Recall", key="recall", width=6)
        table.add_column("Mastery", key="mastery", width=7)
        table.add_column("Review on", key="days")
        self.refresh_from_store()
        table.focus()

    def on_screen_resume(self) -> None:
        if self.is_mounted:
            self.refresh_from_store()

    def refresh_from_store(self) -> None:
        app = self.app
        today = app.clock.today()
        interview = progress.interview_date(app.store)
        head = self.query_one("#readiness-head", Static)
        table = self.query_one(DataTable)
        table.clear()
        if interview is None or interview < today:
            self.readiness = None
            head.update("[b]No interview date.[/b] Set one on the plan screen (S) to see how "
                        "ready you will be on the day.")
            return
        r = self.readiness = readiness_for(app.store, app.curriculum, today, interview)
        assert r is not None
        trend = trend_for(app.store, app.curriculum, today, interview)
        days_left = (interview - today).days
        lines = [f"[b]Readiness for {interview:%a %d %b}: {r.overall:.0%}[/b] "
                 f"[$text-muted](P1 weighted most · {days_left} days left · target recall "
                 f"{r.target_recall:.0%})[/]",
                 f"Trend over 7 days: {sparkline([v for _, v in trend])} "
                 f"{trend[0][1]:.0%} → {trend[-1][1]:.0%}"]
        due = r.due_today
        if due:
            top = due[0]
            after = top.recall_if_reviewed_today or 0.0
            lines.append(f"Review today: [b]{escape(top.concept.name)}[/b] - predicted recall "
                         f"on the day goes from {top.recall:.0%} to {after:.0%}"
                         + (f" (+{len(due) - 1} more)" if len(due) > 1 else ""))
        if r.unreachable_p1:
            lines.append(f"[$error]{len(r.unreachable_p1)} P1 concept(s) cannot reach "
                         f"{r.target_recall:.0%} in the days left[/] - review them as often as "
                         "you can.")
        head.update("\n".join(lines))
        for c in r.concepts:
            tone = "$success" if c.recall >= r.target_recall else (
                "$warning" if c.recall >= 0.6 else "$error")
            mastery = "-" if c.mastery is None else f"{c.mastery:.0%}"
            days = ", ".join(f"{d:%d/%m}" for d in c.review_days) or "-"
            if not c.reachable:
                days += " (not reachable)"
            if not c.studied:
                days += " study first"
            table.add_row(c.concept.name, c.concept.priority,
                          Content.from_markup(f"[{tone}]{c.recall:.0%}[/]"),
                          mastery, days, key=c.concept.id)
        self._show_detail()

    def _current(self) -> str | None:
        table = self.query_one(DataTable)
        if not table.row_count:
            return None
        return table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self._show_detail()

    def _show_detail(self) -> None:
        detail = self.query_one("#readiness-detail", Static)
        cid = self._current()
        row = next((c for c in self.readiness.concepts if c.concept.id == cid), None) \
            if self.readiness and cid else None
        if row is None:
            detail.update("")
            return
        after = row.recall_if_reviewed_today
        gain = f"a review today takes it to {after:.0%}" if after is not None else ""
        detail.update(f"[b]{escape(row.concept.name)}[/b]: predicted recall on the day "
                      f"{row.recall:.0%}; {gain}")

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_open_concept()

    def action_review_now(self) -> None:
        """Record a review of the highlighted concept now (recalled well)."""
        cid = self._current()
        if cid is None:
            return
        concept = self.app.curriculum.concept(cid)
        progress.record_later_review(self.app.store, concept, self.app.clock.today(),
                                     purpose="interview")
        self.notify(f"Reviewed {concept.name}.")
        self.refresh_from_store()

    def action_practise_this(self) -> None:
        """Practise questions on the highlighted concept."""
        cid = self._current()
        if cid:
            self.app.practise_concept(cid)

    def action_open_concept(self) -> None:
        """Open the highlighted concept: notes and history."""
        cid = self._current()
        if cid:
            from coach.tui.screens.concept import ConceptScreen

            self.app.push_screen(ConceptScreen(cid))

    def action_calibration(self) -> None:
        """How well your confidence predicts your scores."""
        from coach.tui.screens.calibration import CalibrationScreen

        self.app.push_screen(CalibrationScreen())

    def action_cram(self) -> None:
        """A cram session that leaves your schedule and memory model untouched."""
        from coach.tui.screens.cram import CramScreen

        self.app.push_screen(CramScreen())
