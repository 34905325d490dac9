"""Shared fixtures: a fixed clock, the real curriculum, a store in a temporary folder."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from coach.bank.curriculum import load_curriculum
from coach.clock import FixedClock
from coach.domain.curriculum import Curriculum
from coach.store import Store

TODAY = date(2026, 11, 24)


@pytest.fixture(scope="session")
def curriculum() -> Curriculum:
    return load_curriculum()


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 11, 24, 9, 30).astimezone())


@pytest.fixture
def store(tmp_path: Path, clock: FixedClock) -> Iterator[Store]:
    s = Store.open(tmp_path / "data", clock)
    yield s
    s.close()


@pytest.fixture(autouse=True)
def _isolate_dirs(tmp_path_factory: pytest.TempPathFactory,
                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the real user data, config or cache directories from a test."""
    root = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("COACH_DATA_DIR", str(root / "data"))
    monkeypatch.setenv("COACH_CONFIG_DIR", str(root / "config"))
    monkeypatch.setenv("COACH_CACHE_DIR", str(root / "cache"))
    from coach import paths

    paths.set_data_dir(None)
