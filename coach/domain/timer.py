"""A countdown that pauses and runs on into overtime instead of cutting the user off.

It is driven by readings of a monotonic clock passed in, never by reading time itself, so tests
move time by hand.
"""

from __future__ import annotations

from dataclasses import dataclass

LOW_SHARE = 0.2     # the last fifth of the time is "running low"
LOW_SECONDS = 60.0  # ... or the last minute, whichever is longer


@dataclass
class Countdown:
    limit: float  # seconds
    _started: float | None = None
    _paused_at: float | None = None
    _paused_total: float = 0.0
    _offset: float = 0.0  # time already used before this countdown (a resumed attempt)

    def start(self, now: float, *, already_used: float = 0.0) -> None:
        self._started = now
        self._offset = already_used
        self._paused_at = None
        self._paused_total = 0.0

    @property
    def started(self) -> bool:
        return self._started is not None

    @property
    def paused(self) -> bool:
        return self._paused_at is not None

    def pause(self, now: float) -> None:
        if self._started is not None and self._paused_at is None:
            self._paused_at = now

    def resume(self, now: float) -> None:
        if self._paused_at is not None:
            self._paused_total += now - self._paused_at
            self._paused_at = None

    def toggle(self, now: float) -> None:
        if self.paused:
            self.resume(now)
        else:
            self.pause(now)

    def elapsed(self, now: float) -> float:
        if self._started is None:
            return self._offset
        end = self._paused_at if self._paused_at is not None else now
        return max(0.0, end - self._started - self._paused_total) + self._offset

    def remaining(self, now: float) -> float:
        """Seconds left; negative in overtime."""
        return self.limit - self.elapsed(now)

    def phase(self, now: float) -> str:
        """'ok', 'low' or 'overtime', for colouring the clock."""
        left = self.remaining(now)
        if left < 0:
            return "overtime"
        if left <= max(LOW_SECONDS, self.limit * LOW_SHARE):
            return "low"
        return "ok"


def format_clock(seconds: float) -> str:
    """'12:05', or '+01:30' in overtime."""
    sign = "+" if seconds < 0 else ""
    total = int(abs(seconds) + (0.999 if seconds > 0 else 0))
    minutes, secs = divmod(total, 60)
    if minutes >= 60:
        hours, minutes = divmod(minutes, 60)
        return f"{sign}{hours}:{minutes:02d}:{secs:02d}"
    return f"{sign}{minutes:02d}:{secs:02d}"
