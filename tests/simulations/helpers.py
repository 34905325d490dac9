"""Timing a simulation: every run must stay well under a second on a shared machine."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")
P = TypeVar("P")

BUDGET = 1.0  # seconds; typical runs take a fifth of that


def timed(run: Callable[[P], T], params: P) -> T:
    started = time.perf_counter()
    result = run(params)
    elapsed = time.perf_counter() - started
    assert elapsed < BUDGET, f"{run.__name__} took {elapsed:.2f}s"
    return result
