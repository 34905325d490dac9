"""Stacked columns, one per day, drawn as text at an eighth of a row's resolution.

Each day's bar is split into coloured parts (e.g. practice, drills, checkpoints). Where one
part ends inside a cell, the cell is a partial block in the lower part's colour over the upper
part's colour, so the stack stays exact to an eighth of a row. Colours are theme variables.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from textual.content import Content
from textual.widget import Widget

BLOCKS = " ▁▂▃▄▅▆▇█"
AXIS_WIDTH = 6
# Scale tops in minutes: the smallest that holds the busiest day.
SCALE_MINUTES = (30, 60, 90, 120, 180, 240, 360, 480, 720, 960, 1440)


@dataclass(frozen=True)
class DayColumn:
    day: date
    parts: tuple[float, ...]  # bottom first, in the order of the widget's colours

    @property
    def total(self) -> float:
        return sum(self.parts)


def scale_top(busiest: float) -> int:
    return next((m for m in SCALE_MINUTES if busiest <= m), int(busiest) + 1)


def minutes_label(minutes: float) -> str:
    """``45m``, ``2h``, ``1h30``: short enough for the axis."""
    total = round(minutes)
    hours, rest = divmod(total, 60)
    if not hours:
        return f"{rest}m"
    return f"{hours}h{rest:02d}" if rest else f"{hours}h"


def column_cells(parts: Sequence[float], top: float, rows: int) -> list[tuple[str, int, int]]:
    """The cells of one column, bottom row first: (block, part below, part above), with -1
    for "nothing". A non-zero day gets at least the lowest block, so it never vanishes."""
    eighths = rows * 8
    edges = []
    running = 0.0
    for value in parts:
        running += max(0.0, value)
        edges.append(running / top * eighths if top > 0 else 0.0)
    rounded = [min(eighths, round(e)) for e in edges]
    if running > 0 and rounded and rounded[-1] == 0:
        rounded[-1] = 1
    cells: list[tuple[str, int, int]] = []
    for row in range(rows):
        low, high = row * 8, row * 8 + 8
        below = next((i for i, e in enumerate(rounded) if e > low), -1)
        if below == -1:
            cells.append((" ", -1, -1))
            continue
        if rounded[below] >= high:
            cells.append(("█", below, below))
            continue
        above = next((i for i, e in enumerate(rounded) if i > below and e > rounded[below]),
                     -1)
        cells.append((BLOCKS[rounded[below] - low], below, above))
    return cells


class DayBars(Widget):
    """A column per day with a minutes axis on the left and dates under the columns."""

    DEFAULT_CSS = """
    DayBars {
        height: 1fr;
        min-height: 5;
        text-wrap: nowrap;
        text-overflow: clip;
    }
    """

    def __init__(self, colours: Sequence[str], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.colours = tuple(colours)
        self.columns: tuple[DayColumn, ...] = ()

    def show(self, columns: Sequence[DayColumn]) -> None:
        self.columns = tuple(columns)
        self.refresh()

    def _layout(self) -> tuple[int, int]:
        """(bar width, slot width) that fit the days into the space beside the axis."""
        room = max(1, self.size.width - AXIS_WIDTH)
        slot = max(1, room // max(1, len(self.columns)))
        return (max(1, slot - 1) if slot >= 2 else 1), slot

    def render(self) -> Content:
        if not self.columns:
            return Content("")
        rows = max(1, self.size.height - 1)
        bar, slot = self._layout()
        top = scale_top(max(c.total for c in self.columns))
        cells = [column_cells(c.parts, top, rows) for c in self.columns]
        half_row = -(-rows * 4 // 8) - 1  # the row holding the half-way mark
        lines = []
        for row in reversed(range(rows)):
            if row == rows - 1:
                label = minutes_label(top)
            elif row == half_row and rows >= 4:
                label = minutes_label(top / 2)
            else:
                label = ""
            parts = [Content.styled(f"{label:>{AXIS_WIDTH - 2}} ┤" if label else
                                    f"{'':>{AXIS_WIDTH - 2}} │", "$text-muted")]
            for column in cells:
                block, below, above = column[row]
                parts.append(self._cell(block, below, above, bar))
                parts.append(Content(" " * (slot - bar)))
            lines.append(Content.assemble(*parts))
        lines.append(self._dates(slot))
        return Content("\n").join(lines)

    def _cell(self, block: str, below: int, above: int, width: int) -> Content:
        if below == -1:
            return Content(" " * width)
        style = self.colours[below]
        if block not in ("█", " ") and above != -1:
            style = f"{style} on {self.colours[above]}"
        return Content.styled(block * width, style)

    def _dates(self, slot: int) -> Content:
        """Weekly date labels under the columns, counted back from the newest day."""
        width = AXIS_WIDTH + slot * len(self.columns)
        line = [" "] * width
        marks = list(range(len(self.columns) - 1, -1, -7))
        for index in reversed(marks):
            text = "today" if index == len(self.columns) - 1 else \
                f"{self.columns[index].day.day} {self.columns[index].day:%b}"
            start = min(width - len(text), AXIS_WIDTH + index * slot)
            if all(c == " " for c in line[max(0, start - 1):start + len(text)]):
                line[start:start + len(text)] = text
        return Content.styled("".join(line), "$text-muted")
