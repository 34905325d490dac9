"""Checking simulation parameters and reading them from what a user typed.

Every parameter problem is a `ParamError` naming the field, so a form can put the message next
to the right box instead of failing the whole run.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

T = TypeVar("T")


class ParamError(ValueError):
    """A parameter out of range or unreadable; `field` names the dataclass field."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


def check_int(field: str, value: int, low: int, high: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ParamError(field, "must be a whole number")
    if not low <= value <= high:
        raise ParamError(field, f"must be between {low} and {high}")


def check_float(field: str, value: float, low: float, high: float, *,
                open_low: bool = False) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ParamError(field, "must be a number")
    if value > high or value < low or (open_low and value == low):
        side = f"above {low:g}" if open_low else f"at least {low:g}"
        raise ParamError(field, f"must be {side} and at most {high:g}")


def check_seed(value: int) -> None:
    check_int("seed", value, 0, 2**32 - 1)


# ---------------------------------------------------------------------- reading typed text
def read_int(text: str) -> int:
    cleaned = text.strip().replace("_", "").replace(",", "")
    try:
        return int(cleaned)
    except ValueError:
        raise ValueError("must be a whole number") from None


def read_float(text: str) -> float:
    try:
        value = float(text.strip())
    except ValueError:
        raise ValueError("must be a number") from None
    if not math.isfinite(value):
        raise ValueError("must be a finite number")
    return value


def read_floats(text: str) -> tuple[float, ...]:
    """A comma (or space) separated list of numbers, as users type arm means."""
    parts = [p for p in text.replace(",", " ").split() if p]
    if not parts:
        raise ValueError("needs at least one number")
    values = []
    for part in parts:
        try:
            values.append(read_float(part))
        except ValueError:
            raise ValueError(f"'{part}' is not a number") from None
    return tuple(values)


def from_text(cls: Callable[..., T], readers: Mapping[str, Callable[[str], Any]],
              texts: Mapping[str, str]) -> T:
    """Build a parameter dataclass from typed text: each field read by its reader, then the
    dataclass checks ranges. Fields left out keep their defaults."""
    values: dict[str, Any] = {}
    for field, text in texts.items():
        reader = readers.get(field)
        if reader is None:
            raise ParamError(field, "is not a parameter of this simulation")
        try:
            values[field] = reader(text)
        except ValueError as error:
            raise ParamError(field, str(error)) from None
    return cls(**values)
