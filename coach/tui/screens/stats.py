"""Progress at a glance: when you studied, for how long, how scores move, what is mastered.

Four tabs, each fitting an 80x24 terminal: activity (a 12-week calendar, the summary and
minutes per day), scores (rolling mean per question type), mastery (a bar per grid section)
and mock rounds. Every figure comes from `coach.domain.stats`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.color import Color
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.markup import escape
from textual.screen import Screen
from textual.widgets import DataTable, Header, Static, TabbedContent, TabPane, Tabs

from coach.domain.stats import DayActivity, SectionMastery, Stats
from coach.stats import stats_for
from coach.tui.stats_plots import (
    FORMAT_COLOURS,
    TYPE_COLOURS,
    draw_rounds,
    draw_trends,
)
from coach.tui.widgets.day_bars import DayBars, DayColumn, minutes_label
from coach.tui.widgets.heatmap import HeatmapWidget
from coach.tui.widgets.key_bar import KeyBar
from coach.tui.widgets.sized_plot import sized_plot

if TYPE_CHECKING:
    from coach.tui.app import CoachApp

TABS = (("activity", "Activity"), ("scores", "Scores"), ("mastery", "Mastery"),
        ("rounds", "Rounds"))
TIME_PARTS = (("practice", "$primary"), ("drills", "$warning"), ("checkpoints", "$success"))
THEME_COLOURS = ("primary", "secondary", "accent", "success", "warning", "error",
                 "foreground")
NAME_WIDTH = 30


def tone(value: float) -> str:
    return "$success" if value >= 0.8 else "$warning" if value >= 0.5 else "$error"


def plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def day_line(activity: DayActivity) -> str:
    parts = [plural(n, word) for n, word in
             ((activity.checkpoints, "checkpoint"), (activity.attempts, "answer"),
              (activity.drill_runs, "drill run"), (activity.scenarios, "scenario"))
             if n]
    return " · ".join(parts) if parts else "nothing recorded"


def mastery_bar(section: SectionMastery, width: int) -> str:
    filled = round(section.mastery * width)
    colour = tone(section.mastery) if section.practised else "$text-muted"
    name = section.name + ("*" if section.extra else "")
    if len(name) > NAME_WIDTH - 1:
        name = name[:NAME_WIDTH - 2] + "…"
    return (f"{escape(name):<{NAME_WIDTH}}[{colour}]{'█' * filled}[/]"
            f"[$foreground 15%]{'█' * (width - filled)}[/] "
            f"[b]{section.mastery:>4.0%}[/] [$text-muted]{section.practised}/"
            f"{section.concepts} practised[/]")


class StatsScreen(Screen[None]):
    CSS_PATH = Path(__file__).parent.parent / "stats.tcss"

    BINDINGS = [
        *(Binding(str(n), f"show_tab('{key}')", title, id=f"stats.{key}")
          for n, (key, title) in enumerate(TABS, start=1)),
        Binding("right_square_bracket", "next_tab", "Next tab", show=False, id="stats.next"),
        Binding("left_square_bracket", "next_tab(-1)", "Previous tab", show=False,
                id="stats.previous"),
        Binding("P", "practise_weakest", "Practise weakest", id="stats.practise"),
    ]

    app: CoachApp

    def __init__(self) -> None:
        super().__init__()
        self.stats: Stats | None = None
        self._chosen: DayActivity | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        with TabbedContent(id="stats-tabs"):
            with TabPane("1 Activity", id="tab-activity"):
                with Horizontal(id="activity-top"):
                    yield HeatmapWidget(id="heatmap")
                    yield Static(id="activity-summary")
                yield Static(id="time-title")
                yield DayBars([colour for _, colour in TIME_PARTS], id="time-bars")
                yield Static(id="time-empty", classes="empty")
            with TabPane("2 Scores", id="tab-scores"):
                yield sized_plot(self._draw_trends, "stats-plot scores-plot")
                yield Static(id="scores-legend", classes="legend")
                yield Static(id="scores-empty", classes="empty")
            with TabPane("3 Mastery", id="tab-mastery"), VerticalScroll(id="mastery-scroll"):
                yield Static(id="mastery-bars")
                yield Static(id="mastery-note")
            with TabPane("4 Rounds", id="tab-rounds"), Vertical(id="rounds-body"):
                yield sized_plot(self._draw_rounds, "stats-plot rounds-plot")
                yield Static(id="rounds-legend", classes="legend")
                yield DataTable(id="rounds-table", cursor_type="row", zebra_stripes=True)
                yield Static(id="rounds-empty", classes="empty")
        yield KeyBar()

    def on_mount(self) -> None:
        table = self.query_one("#rounds-table", DataTable)
        table.add_column("Date", key="date", width=10)
        table.add_column("Round", key="round", width=20)
        table.add_column("Score", key="score", width=5)
        table.add_column("Answered", key="answered", width=8)
        table.add_column("", key="note")
        self.app.theme_changed_signal.subscribe(self, lambda _theme: self._redraw_plots())
        self.refresh_from_store()
        self.query_one(HeatmapWidget).focus()

    def on_screen_resume(self) -> None:
        if self.is_mounted:
            self.refresh_from_store()

    def on_resize(self) -> None:
        self._show_mastery()

    # ------------------------------------------------------------------ reading the store
    def refresh_from_store(self) -> None:
        app = self.app
        self.stats = stats_for(app.store, app.curriculum, app.clock.today())
        self._show_activity()
        self._show_scores()
        self._show_mastery()
        self._show_rounds()
        self.refresh_bindings()

    # ------------------------------------------------------------------ activity
    def _show_activity(self) -> None:
        stats = self.stats
        assert stats is not None
        self.query_one(HeatmapWidget).show(stats.heatmap)
        recent = stats.recent_time
        studied = any(t.total for t in recent)
        bars = self.query_one(DayBars)
        bars.display = studied
        bars.show([DayColumn(t.day, (t.practice, t.drills, t.checkpoints)) for t in recent])
        totals = [sum(t.practice for t in recent), sum(t.drills for t in recent),
                  sum(t.checkpoints for t in recent)]
        key = "  ".join(f"[{colour}]■[/] {name} [b]{minutes_label(total)}[/b]"
                        for (name, colour), total in zip(TIME_PARTS, totals, strict=True))
        self.query_one("#time-title", Static).update(
            f"[b]Time per day[/b][$text-muted], {len(recent)} days[/]  {key}")
        empty = self.query_one("#time-empty", Static)
        empty.display = not studied
        empty.update("No study time yet: press [b]t[/b] for today's plan or [b]p[/b] to "
                     "practise. Answers count their time, checkpoints the plan's estimate.")
        self._show_summary()

    def on_heatmap_widget_day_highlighted(self, event: HeatmapWidget.DayHighlighted) -> None:
        self._chosen = event.activity
        self._show_summary()

    def _show_summary(self) -> None:
        stats = self.stats
        if stats is None:
            return
        s = stats.summary
        box = self.query_one("#activity-summary", Static)
        if stats.empty:
            box.update("[b]Nothing studied yet.[/b]\n\nTick a checkpoint on today's plan "
                       "([b]t[/b]) or press [b]p[/b] to practise: every day you study fills "
                       "a square, darker the more you do.")
            return
        mean = f", mean [b]{s.mean_score:.0%}[/b]" if s.mean_score is not None else ""
        lines = [f"[$text-muted]Streak [/] [b]{plural(s.streak, 'day')}[/b]",
                 f"[$text-muted]Active [/] [b]{s.active_days}[/b] of the last 28 days",
                 f"[$text-muted]Time   [/] [b]{minutes_label(s.minutes_week)}[/b] this week · "
                 f"[b]{minutes_label(s.minutes_period)}[/b] in 28 days",
                 f"[$text-muted]Scored [/] [b]{s.answered}[/b] answers in 28 days{mean}"]
        chosen = self._chosen
        if chosen is not None:
            when = "today" if chosen.day == stats.today else f"{chosen.day:%a %d %b}"
            minutes = stats.time_on(chosen.day).total
            lines += ["", f"[b $accent]{when}[/]: {day_line(chosen)}"
                          + (f" · {minutes_label(minutes)}" if minutes else "")]
        box.update("\n".join(lines))

    # ------------------------------------------------------------------ scores
    def _palette(self) -> dict[str, tuple[int, int, int]]:
        variables = self.app.theme_variables
        return {name: Color.parse(variables[name]).rgb for name in THEME_COLOURS
                if name in variables}

    def _draw_trends(self, plt: Any, width: int, height: int) -> None:
        if self.stats is not None:
            draw_trends(plt, self.stats.trends, self._palette(), width, height)

    def _draw_rounds(self, plt: Any, width: int, height: int) -> None:
        if self.stats is not None:
            draw_rounds(plt, self.stats.rounds, self._palette(), width, height)

    def _redraw_plots(self) -> None:
        for plot in self.query(".stats-plot"):
            plot.redraw()  # type: ignore[attr-defined]

    def _show_scores(self) -> None:
        stats = self.stats
        assert stats is not None
        practised = any(t.has_data for t in stats.trends)
        self.query_one(".scores-plot").display = practised
        self.query_one("#scores-legend").display = practised
        empty = self.query_one("#scores-empty", Static)
        empty.display = not practised
        empty.update("No practice yet: press [b]p[/b] to answer a question. Each scored "
                     "answer adds to its type's line here.")
        parts = []
        for trend in stats.trends:
            recent = f"[b]{trend.recent:.0%}[/b]" if trend.recent is not None else "-"
            parts.append(f"[${TYPE_COLOURS[trend.type]}]■[/] {trend.type} {recent} "
                         f"[$text-muted]({trend.count})[/]")
        self.query_one("#scores-legend", Static).update(
            "  ".join(parts) + "\n[$text-muted]% the mean of the last 7 days · (answers in 28 "
            "days)[/]")
        self._redraw_plots()

    # ------------------------------------------------------------------ mastery
    def _show_mastery(self) -> None:
        stats = self.stats
        if stats is None:
            return
        width = max(8, self.size.width - NAME_WIDTH - 25)  # padding, scrollbar, figures
        lines = [mastery_bar(s, width) for s in stats.sections]
        self.query_one("#mastery-bars", Static).update("\n".join(lines))
        practised = sum(s.practised for s in stats.sections)
        total = sum(s.concepts for s in stats.sections)
        note = ("[$text-muted]Mastery weighs recent rubric scores, drills and scenarios, the "
                "newest most; a concept not practised yet counts as 0. * beyond the guide's "
                "table.[/]")
        if not practised:
            note = ("No evidence yet: answer questions ([b]p[/b]), run drills ([b]D[/b]) or "
                    "judge scenarios ([b]w[/b]) and the bars fill in.\n" + note)
        else:
            note = f"[b]{practised}[/b] of {total} concepts practised. " + note
        if stats.weakest:
            note += ("\n\n[b $accent]Practise next[/] [$text-muted](least mastered so far; P "
                     "practises the first)[/]")
            note += "".join(f"\n  [{tone(value)}]{value:>4.0%}[/]  {escape(name)}"
                            for _, name, value in stats.weakest)
        self.query_one("#mastery-note", Static).update(note)

    # ------------------------------------------------------------------ rounds
    def _show_rounds(self) -> None:
        stats = self.stats
        assert stats is not None
        rounds = stats.rounds
        for widget in (self.query_one(".rounds-plot"), self.query_one("#rounds-legend"),
                       self.query_one("#rounds-table")):
            widget.display = bool(rounds)
        empty = self.query_one("#rounds-empty", Static)
        empty.display = not rounds
        empty.update("No mock rounds yet: press [b]m[/b] to run one. Each round you finish "
                     "adds a point here.")
        used = {r.format_id for r in rounds}
        names = {r.format_id: r.name for r in rounds}
        self.query_one("#rounds-legend", Static).update("  ".join(
            f"[${colour}]●[/] {escape(names[fmt])}" for fmt, colour in FORMAT_COLOURS.items()
            if fmt in used) + "  [$text-muted]· enter opens a round's report[/]")
        table = self.query_one("#rounds-table", DataTable)
        table.clear()
        for r in reversed(rounds):
            table.add_row(f"{r.day:%d %b}", r.name,
                          Content.from_markup(f"[{tone(r.score)}]{r.score:.0%}[/]"),
                          f"{r.answered} of {r.questions}",
                          "ended early" if r.early else "", key=str(r.round_id))
        self._redraw_plots()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "practise_weakest":
            return bool(self.stats and self.stats.weakest) or None
        return True

    def action_practise_weakest(self) -> None:
        """Practise the least mastered concept practised so far."""
        if self.stats and self.stats.weakest:
            self.app.practise_concept(self.stats.weakest[0][0])

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        if event.row_key.value is not None:
            from coach.tui.screens.report import ReportScreen

            self.app.push_screen(ReportScreen(int(event.row_key.value)))

    # ------------------------------------------------------------------ tabs
    def action_show_tab(self, key: str) -> None:
        """Go to one of the stats tabs."""
        self.query_one("#stats-tabs", TabbedContent).active = f"tab-{key}"
        if key == "activity":
            self.query_one(HeatmapWidget).focus()
        elif key == "rounds" and self.stats and self.stats.rounds:
            self.query_one("#rounds-table").focus()
        else:
            self.query_one("#stats-tabs", TabbedContent).query_one(Tabs).focus()

    def action_next_tab(self, step: int = 1) -> None:
        """The next (or previous) tab."""
        keys = [key for key, _ in TABS]
        active = self.query_one("#stats-tabs", TabbedContent).active.removeprefix("tab-")
        self.action_show_tab(keys[(keys.index(active) + step) % len(keys)])
