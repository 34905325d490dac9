"""Time as a dependency: the app and domain read the clock, tests inject a fixed one.

Nothing in the coach calls ``datetime.now()`` or ``date.today()`` directly, so every screen and
schedule can be tested on any date and snapshots never show a live timer.
"""

from __future__ import annotations

import time
from datetime import date, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """The current local time, timezone-aware."""

    def monotonic(self) -> float:
        """Seconds from an arbitrary origin, for measuring elapsed time."""

    def today(self) -> date:
        """The current local date."""


class SystemClock:
    """The real clock."""

    def now(self) -> datetime:
        return datetime.now().astimezone()

    def monotonic(self) -> float:
        return time.monotonic()

    def today(self) -> date:
        return self.now().date()


class FixedClock:
    """A clock that only moves when told to: for tests, snapshots and benchmarks."""

    def __init__(self, start: datetime) -> None:
        if start.tzinfo is None:
            start = start.astimezone()
        self._now = start
        self._mono = 1000.0

    def now(self) -> datetime:
        return self._now

    def monotonic(self) -> float:
        return self._mono

    def today(self) -> date:
        return self._now.date()

    def advance(self, seconds: float = 0.0, *, days: int = 0) -> None:
        self._now += timedelta(seconds=seconds, days=days)
        self._mono += seconds + days * 86400
