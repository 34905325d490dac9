"""The stats screen's two plotext plots: score trends per question type and mock round scores.

The figure is handed in by the plot widget (textual-plotext is imported only in
`coach.tui.widgets.sized_plot`, when the stats screen opens); colours are theme colours
resolved by the screen.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from coach.domain.stats import RoundScore, ScoreTrend

RGB = tuple[int, int, int]
# Hues that stay apart in the built-in themes (accent and warning are often the same).
TYPE_COLOURS = {"conceptual": "primary", "debugging": "error", "implementation": "success",
                "quantitative": "warning", "trade-off": "foreground"}
FORMAT_COLOURS = {"implementation": "success", "conceptual": "primary", "debugging": "error",
                  "loop": "warning"}
PERCENT_TICKS = [0, 25, 50, 75, 100]
SHORT = 12  # below this many rows the plot drops its title and keeps every row for data


def _runs(points: Sequence[tuple[int, float | None]]) -> list[list[tuple[int, float]]]:
    """Consecutive stretches of points with a value: a gap in the data stays a gap."""
    runs: list[list[tuple[int, float]]] = []
    current: list[tuple[int, float]] = []
    for x, y in points:
        if y is None:
            if current:
                runs.append(current)
            current = []
        else:
            current.append((x, y))
    if current:
        runs.append(current)
    return runs


def _percent_axis(plt: Any) -> None:
    plt.ylim(0, 100)
    plt.yticks(PERCENT_TICKS, [f"{t}%" for t in PERCENT_TICKS])


def draw_trends(plt: Any, trends: Sequence[ScoreTrend], palette: Mapping[str, RGB],
                width: int, height: int) -> None:
    """Rolling mean score per type, day by day: x is days before today."""
    plt.clear_figure()
    if height >= SHORT:
        plt.title("Rubric score, 7-day rolling mean")
    days = len(trends[0].points) if trends else 0
    for trend in trends:
        colour = palette.get(TYPE_COLOURS.get(trend.type, "foreground"), (200, 200, 200))
        points = [(n - days + 1, None if v is None else 100 * v)
                  for n, (_, v) in enumerate(trend.points)]
        for run in _runs(points):
            xs, ys = [x for x, _ in run], [y for _, y in run]
            if len(run) == 1:
                plt.scatter(xs, ys, color=colour, marker="•")
            else:
                plt.plot(xs, ys, color=colour, marker="braille")
    if days:
        plt.xlim(-days + 1, 0)
        marks = list(range(0, -days, -7))[::-1]
        labels = [trends[0].points[days - 1 + m][0] for m in marks]
        plt.xticks(marks, ["today" if m == 0 else f"{d.day} {d:%b}" for m, d in
                           zip(marks, labels, strict=True)])
    _percent_axis(plt)


def draw_rounds(plt: Any, rounds: Sequence[RoundScore], palette: Mapping[str, RGB],
                width: int, height: int) -> None:
    """Each ended round's score in order, coloured by its format."""
    plt.clear_figure()
    if height >= SHORT:
        plt.title("Mock round scores")
    if not rounds:
        return
    xs = list(range(1, len(rounds) + 1))
    ys = [100 * r.score for r in rounds]
    if len(rounds) > 1:
        plt.plot(xs, ys, color=palette.get("foreground", (200, 200, 200)), marker="braille")
    for fmt, colour in FORMAT_COLOURS.items():
        mine = [(x, y) for x, y, r in zip(xs, ys, rounds, strict=True) if r.format_id == fmt]
        if mine:
            plt.scatter([x for x, _ in mine], [y for _, y in mine], marker="●",
                        color=palette.get(colour, (200, 200, 200)))
    plt.xlim(0.5, len(rounds) + 0.5)
    room = max(1, width // 10)  # a date label needs about ten columns
    step = max(1, -(-len(rounds) // room))
    marks = xs[::step]
    plt.xticks(marks, [f"{rounds[x - 1].day.day} {rounds[x - 1].day:%b}" for x in marks])
    _percent_axis(plt)
