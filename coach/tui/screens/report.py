"""The end-of-round report: each question, each concept, the time, and what to practise."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.markup import escape
from textual.screen import Screen
from textual.widgets import Header, Static

from coach.domain.rounds import FORMATS, RoundReport, report_from_records
from coach.domain.timer import format_clock
from coach.tui.widgets.key_bar import KeyBar

if TYPE_CHECKING:
    from coach.tui.app import CoachApp


def render_report(report: RoundReport, app: CoachApp, title: str) -> str:
    def name(concept_id: str) -> str:
        return escape(app.curriculum.concept(concept_id).name)

    lines = [f"[b]{escape(title)}[/b]",
             f"Score [b]{report.score:.0%}[/b] · {len(report.answered)} of "
             f"{len(report.results)} answered · time {format_clock(report.seconds_used)} of "
             f"{format_clock(report.budget_seconds)}", "", "[b $accent]Questions[/]"]
    for i, r in enumerate(report.results, 1):
        q = app.bank.get(r.question_id)
        kind = q.type if q else "?"
        score = f"[b]{r.score:.0%}[/b]" if r.score is not None else "[$warning]skipped[/]"
        over = " [$error]over time[/]" if r.limit_seconds and r.seconds > r.limit_seconds else ""
        lines.append(f"  {i}. {kind:<14} {name(r.concepts[0]) if r.concepts else '?'} · "
                     f"{score} · {format_clock(r.seconds)} / {format_clock(r.limit_seconds)}"
                     f"{over}")
    lines += ["", "[b $accent]By concept[/]"]
    for concept_id, value in sorted(report.by_concept().items(), key=lambda kv: kv[1]):
        lines.append(f"  {value:>4.0%}  {name(concept_id)}")
    weakest = report.weakest()
    lines += ["", "[b $accent]Practise next[/]"]
    if weakest:
        lines += [f"  [b]{i}[/b]  {name(c)} ({v:.0%})" for i, (c, v) in enumerate(weakest, 1)]
        lines.append("[$text-muted]Press the number to practise that concept.[/]")
    else:
        lines.append("  Every concept scored 80% or more. Well done.")
    return "\n".join(lines)


class ReportScreen(Screen[None]):

    CSS_PATH = Path(__file__).parent.parent / "practice.tcss"
    BINDINGS = [
        Binding("1", "practise(0)", "Practise 1st", id="report.p1"),
        Binding("2", "practise(1)", "Practise 2nd", id="report.p2"),
        Binding("3", "practise(2)", "Practise 3rd", id="report.p3"),
        Binding("escape", "close", "Close", id="report.close"),
    ]

    app: CoachApp

    def __init__(self, round_id: int) -> None:
        super().__init__()
        self.round_id = round_id

    def _report(self) -> tuple[RoundReport, str]:
        app = self.app
        rec = app.store.record("rounds", self.round_id)
        assert rec is not None
        attempts = {a["id"]: a for a in app.store.records("attempts")}
        report = report_from_records(rec, attempts, {q.id: q for q in app.bank.questions})
        fmt = FORMATS.get(rec["format"])
        title = f"{fmt.name if fmt else rec['format']} report"
        if rec.get("mode") == "interviewer":
            title += " (interviewer mode)"
        return report, title

    def compose(self) -> ComposeResult:
        yield Header()
        report, title = self._report()
        with VerticalScroll(id="report-body"):
            yield Static(render_report(report, self.app, title), id="report-text")
        yield KeyBar()

    def action_practise(self, index: int) -> None:
        """Practise one of the weakest concepts of this round."""
        weakest = self._report()[0].weakest()
        if index < len(weakest):
            self.app.practise_concept(weakest[index][0])

    def action_close(self) -> None:
        """Back to the rounds."""
        self.dismiss(None)
