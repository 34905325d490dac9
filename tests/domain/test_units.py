from datetime import date

import pytest

from coach.domain.units import format_minutes, parse_date, parse_minutes


@pytest.mark.parametrize(("text", "minutes"),
                         [("2h", 120), ("90m", 90), ("1h30m", 90), ("1.5h", 90), ("45", 45),
                          ("3 hours", 180)])
def test_parse_minutes(text: str, minutes: int) -> None:
    assert parse_minutes(text) == minutes


@pytest.mark.parametrize("text", ["", "abc", "0", "25h", "-3"])
def test_parse_minutes_rejects(text: str) -> None:
    with pytest.raises(ValueError):
        parse_minutes(text)


def test_format_minutes() -> None:
    assert [format_minutes(m) for m in (45, 60, 90, 125)] == ["45m", "1h", "1h30", "2h05"]


def test_parse_date_forms() -> None:
    today = date(2026, 12, 31)
    assert parse_date("today", today) == today
    assert parse_date("+1", today) == date(2027, 1, 1)
    assert parse_date("yesterday", today) == date(2026, 12, 30)
    assert parse_date("2026-02-03", today) == date(2026, 2, 3)
    with pytest.raises(ValueError, match="not a date"):
        parse_date("31/12/2026", today)
