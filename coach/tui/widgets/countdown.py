"""The question clock: counts down, turns amber when low, red and counting up in overtime."""

from __future__ import annotations

from textual.widgets import Static

from coach.domain.timer import Countdown, format_clock


class CountdownLabel(Static):
    """Shows a ``Countdown``; the owner calls ``tick`` with the monotonic time."""

    def __init__(self, countdown: Countdown, *, label: str = "", **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.countdown = countdown
        self.label = label

    def tick(self, now: float) -> None:
        phase = self.countdown.phase(now)
        for name in ("ok", "low", "overtime"):
            self.set_class(name == phase, f"-{name}")
        self.set_class(self.countdown.paused, "-paused")
        text = format_clock(self.countdown.remaining(now))
        suffix = " paused" if self.countdown.paused else (" over" if phase == "overtime" else "")
        self.update(f"{self.label}{text}{suffix}")
