"""A plotext plot that draws its data again whenever its size changes, so the ticks always suit
the space. textual-plotext is imported only when the first such plot is made."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def sized_plot(draw: Callable[[Any, int, int], None], classes: str) -> Any:
    """A plot widget calling ``draw(plt, width, height)`` for each new size; ``redraw()``
    draws it again at the same size (new data)."""
    from textual_plotext import PlotextPlot

    class SizedPlot(PlotextPlot):
        drawn_for: tuple[int, int] | None = None

        def render(self) -> Any:
            size = (self.size.width, self.size.height)
            if self.drawn_for != size:
                self.drawn_for = size
                draw(self.plt, *size)
            return super().render()

        def redraw(self) -> None:
            self.drawn_for = None
            self.refresh()

    return SizedPlot(classes=classes)
