"""Drawing on a plotext figure with round ticks, theme colours and a legend kept off the plot.

plotext puts its legend in the top-left corner of the canvas, exactly where a good Qini or
learning curve lives, so series are drawn unlabelled and the legend is returned for the screen
to show on its own line. Nothing here imports plotext: the figure object is handed in.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from coach.domain.simulations.common import thin

RGB = tuple[int, int, int]
LABELLED_HEIGHT = 16


def nice_ticks(low: float, high: float, count: int = 5) -> list[float]:
    """Round tick positions (steps of 1, 2, 2.5 or 5 times a power of ten) inside
    [low, high], at most about `count` + 1 of them."""
    span = high - low
    if not math.isfinite(span) or span <= 0:
        return [low]
    magnitude = 10 ** math.floor(math.log10(span / max(1, count)))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if span / (m * magnitude) <= count)
    first = math.ceil(low / step - 1e-9) * step
    return [round(first + i * step, 10) for i in range(int((high - first) / step + 1e-9) + 1)]


def tick_label(value: float, suffix: str = "") -> str:
    return f"{value:,.0f}{suffix}" if float(value).is_integer() else f"{value:g}{suffix}"


@dataclass
class Canvas:
    """Where a lab draws: the plotext figure, the theme's colours and the plot's size."""

    plt: Any
    palette: dict[str, RGB]
    width: int
    height: int
    legend: list[tuple[str, RGB]] = field(default_factory=list)

    def colour(self, name: str) -> RGB:
        return self.palette.get(name) or self.palette.get("foreground") or (200, 200, 200)


class Figure:
    """One plot being drawn: records the data range so the axes get round ticks."""

    def __init__(self, canvas: Canvas, title: str, xlabel: str, ylabel: str) -> None:
        plt = canvas.plt
        plt.clear_figure()
        plt.title(title)
        if canvas.height >= LABELLED_HEIGHT:  # a short plot needs every row for its data
            plt.xlabel(xlabel)
            plt.ylabel(ylabel)
        canvas.legend.clear()
        self.canvas = canvas
        self.plt = plt
        self.x: list[float] = []
        self.y: list[float] = []

    def line(self, x: Any, y: Any, label: str, colour: str) -> None:
        tx, ty = thin(np.asarray(x, float), np.asarray(y, float))
        keep = np.isfinite(ty)
        tx, ty = tx[keep], ty[keep]
        if not len(tx):
            return
        self.x += [float(tx.min()), float(tx.max())]
        self.y += [float(ty.min()), float(ty.max())]
        rgb = self.canvas.colour(colour)
        self.plt.plot(tx.tolist(), ty.tolist(), color=rgb, marker="braille")
        self.canvas.legend.append((label, rgb))

    def level(self, y: float, label: str, colour: str) -> None:
        """A horizontal reference line across the whole plot."""
        rgb = self.canvas.colour(colour)
        self.y.append(y)
        self.plt.hline(y, rgb)
        self.canvas.legend.append((label, rgb))

    def bars(self, names: list[str], groups: list[tuple[str, list[float], str]]) -> None:
        """Side-by-side bars: one group per series, one bar per name."""
        colours = [self.canvas.colour(c) for _, _, c in groups]
        self.plt.multiple_bar(names, [values for _, values, _ in groups], color=colours)
        self.y += [0.0, *(max(values) for _, values, _ in groups)]
        self.canvas.legend.extend((label, rgb) for (label, _, _), rgb in
                                  zip(groups, colours, strict=True))

    def finish(self, *, x_suffix: str = "", y_floor: float | None = None,
               x_ticks: bool = True) -> None:
        if self.x and x_ticks:
            ticks = nice_ticks(min(self.x), max(self.x), max(2, self.canvas.width // 16))
            self.plt.xticks(ticks, [tick_label(t, x_suffix) for t in ticks])
        if self.y:
            low = min(self.y) if y_floor is None else min(y_floor, *self.y)
            high = max(self.y)
            pad = 0.05 * (high - low) if high > low else 1.0
            self.plt.ylim(low, high + pad)
            ticks = nice_ticks(low, high + pad, max(2, self.canvas.height // 4))
            self.plt.yticks(ticks, [tick_label(t) for t in ticks])
