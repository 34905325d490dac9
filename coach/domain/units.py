"""Parsing and formatting the few units users type: dates and durations."""

from __future__ import annotations

import re
from datetime import date, timedelta

_DURATION = re.compile(
    r"^\s*(?:(\d+(?:\.\d+)?)\s*h(?:ours?)?)?\s*(?:(\d+)\s*m(?:in(?:utes?)?)?)?\s*$",
    re.IGNORECASE)


def parse_minutes(text: str) -> int:
    """'2h', '90m', '1h30m', '1.5h' or a bare number of minutes -> minutes (positive)."""
    raw = text.strip()
    if raw.isdigit():
        minutes = int(raw)
    else:
        match = _DURATION.match(raw)
        if not raw or not match or not any(match.groups()):
            raise ValueError(f"'{text}' is not a duration (try 2h, 90m or 1h30m)")
        hours, mins = match.groups()
        minutes = round(float(hours or 0) * 60) + int(mins or 0)
    if minutes <= 0 or minutes > 24 * 60:
        raise ValueError(f"'{text}' should be between 1 minute and 24 hours")
    return minutes


def format_minutes(minutes: int) -> str:
    hours, mins = divmod(int(minutes), 60)
    if hours and mins:
        return f"{hours}h{mins:02d}"
    return f"{hours}h" if hours else f"{mins}m"


def parse_date(text: str, today: date) -> date:
    """An ISO date, or 'today' / 'yesterday' / 'tomorrow' / '+N' / '-N' days from today."""
    raw = text.strip().lower()
    named = {"today": 0, "yesterday": -1, "tomorrow": 1}
    if raw in named:
        return today + timedelta(days=named[raw])
    if re.fullmatch(r"[+-]\d+", raw):
        return today + timedelta(days=int(raw))
    try:
        return date.fromisoformat(raw)
    except ValueError:
        raise ValueError(f"'{text}' is not a date (use YYYY-MM-DD, today or +N)") from None
