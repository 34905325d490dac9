"""A GitHub-style study calendar: weekdays down, weeks across, busier days darker.

The shades are the theme's `$success` colour at rising strengths over the background, so the
calendar follows the theme. A cursor picks a day (arrows, or a click) and the widget posts
``DayHighlighted`` so the screen can show that day's numbers.
"""

from __future__ import annotations

from datetime import date, timedelta

from textual import events
from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.widget import Widget

from coach.domain.stats import DayActivity, Heatmap

LABEL_WIDTH = 4   # "Mon "
ROW_LABELS = ("Mon", "", "Wed", "", "Fri", "", "Sun")
# Colour level -> markup style; level 0 is a faint square so empty days still show the grid.
SHADES = ("$foreground 12%", "$success 35%", "$success 55%", "$success 78%", "$success")


class HeatmapWidget(Widget, can_focus=True):
    """Draws a `coach.domain.stats.Heatmap`; two cells per week, so 12 weeks take 28 columns."""

    DEFAULT_CSS = """
    HeatmapWidget {
        width: auto;
        height: auto;
        text-wrap: nowrap;
        text-overflow: clip;
    }
    """

    BINDINGS = [
        Binding("left", "move(-7)", "Week before", show=False, id="heatmap.left"),
        Binding("right", "move(7)", "Week after", show=False, id="heatmap.right"),
        Binding("up", "move(-1)", "Day before", show=False, id="heatmap.up"),
        Binding("down", "move(1)", "Day after", show=False, id="heatmap.down"),
        Binding("home", "jump_today", "Today", show=False, id="heatmap.today"),
    ]

    class DayHighlighted(Message):
        def __init__(self, activity: DayActivity) -> None:
            super().__init__()
            self.activity = activity

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.heatmap: Heatmap | None = None
        self.cursor: date | None = None

    def show(self, heatmap: Heatmap) -> None:
        """Draw a new calendar, keeping the chosen day if it is still on it."""
        self.heatmap = heatmap
        if self.cursor is None or self._activity(self.cursor) is None:
            self.cursor = heatmap.today
        self.refresh(layout=True)
        self._announce()

    # ------------------------------------------------------------------ geometry
    def get_content_width(self, container: object, viewport: object) -> int:
        weeks = len(self.heatmap.weeks) if self.heatmap else 12
        return LABEL_WIDTH + 2 * weeks

    def get_content_height(self, container: object, viewport: object, width: int) -> int:
        return 1 + 7 + 1  # month labels, the days, the legend

    def _activity(self, day: date) -> DayActivity | None:
        if self.heatmap is None:
            return None
        column = (day - self.heatmap.first_day).days // 7
        if not 0 <= column < len(self.heatmap.weeks) or day < self.heatmap.first_day:
            return None
        return self.heatmap.weeks[column][day.weekday()]

    # ------------------------------------------------------------------ drawing
    def render(self) -> Content:
        grid = self.heatmap
        if grid is None:
            return Content("")
        lines = [self._month_line(grid)]
        for row in range(7):
            parts = [Content.styled(f"{ROW_LABELS[row]:<{LABEL_WIDTH}}", "$text-muted")]
            for week in grid.weeks:
                parts.append(self._cell(grid, week[row]))
            lines.append(Content.assemble(*parts))
        lines.append(self._legend(grid))
        return Content("\n").join(lines)

    def _month_line(self, grid: Heatmap) -> Content:
        width = LABEL_WIDTH + 2 * len(grid.weeks)
        line = [" "] * width
        for column, first in grid.month_labels():
            text = f"{first:%b}"
            start = LABEL_WIDTH + 2 * column
            if start + len(text) <= width and all(c == " " for c in line[start - 1:start]):
                line[start:start + len(text)] = text
        return Content.styled("".join(line), "$text-muted")

    def _cell(self, grid: Heatmap, activity: DayActivity | None) -> Content:
        if activity is None:
            return Content("  ")
        style = SHADES[grid.level(activity)]
        if activity.day == self.cursor:
            ring = "$accent" if self.has_focus else "$foreground 30%"
            return Content.styled("■", f"{style} on {ring}") + Content(" ")
        return Content.styled("■ ", style)

    def _legend(self, grid: Heatmap) -> Content:
        squares = [Content.styled("■ ", SHADES[level]) for level in
                   (0, *(level for level, _, _ in grid.legend()))]
        return Content.assemble(Content.styled(f"{'':<{LABEL_WIDTH}}Less ", "$text-muted"),
                                *squares, Content.styled("More", "$text-muted"))

    # ------------------------------------------------------------------ the cursor
    def _announce(self) -> None:
        if self.cursor is not None:
            activity = self._activity(self.cursor)
            if activity is not None:
                self.post_message(self.DayHighlighted(activity))

    def action_move(self, days: int) -> None:
        """Move the chosen day, staying on the calendar."""
        if self.cursor is None:
            return
        target = self.cursor + timedelta(days=days)
        if self._activity(target) is not None:
            self.cursor = target
            self.refresh()
            self._announce()

    def action_jump_today(self) -> None:
        """Back to today."""
        if self.heatmap is not None:
            self.cursor = self.heatmap.today
            self.refresh()
            self._announce()

    def on_click(self, event: events.Click) -> None:
        grid = self.heatmap
        if grid is None or event.y < 1 or event.y > 7 or event.x < LABEL_WIDTH:
            return
        day = grid.first_day + timedelta(weeks=(event.x - LABEL_WIDTH) // 2, days=event.y - 1)
        if self._activity(day) is not None:
            self.cursor = day
            self.refresh()
            self._announce()

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()
