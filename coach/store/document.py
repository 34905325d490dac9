"""The store's JSON document: its shape, defaults and migrations between versions.

Every later feature has a home here from version 1 on (attempts with their confidence, rounds,
drill runs, scenario results, the memory state per concept, the undo history), so features add
records, not schema rewrites. A future format bump adds a function to ``MIGRATIONS``.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

SCHEMA_VERSION = 1

COLLECTIONS: tuple[str, ...] = (
    "checkpoints",       # {"concept", "checkpoint", "date", "rating", "at"}
    "reviews",           # reviews after D14: {"concept", "date", "rating", "at"}
    "attempts",          # practice answers, see coach.domain.attempts
    "rounds",            # mock rounds and their reports
    "drill_runs",        # implementation drill check runs
    "scenario_results",  # decision-tree scenario answers
    "events",            # small facts worth keeping (readiness snapshots, sessions)
)

DEFAULT_SETTINGS: dict[str, Any] = {
    "start_date": None,
    "interview_date": None,
    "daily_budget_minutes": 180,
    "theme": None,
    "target_recall": 0.9,
}


def new_document() -> dict[str, Any]:
    doc: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "settings": copy.deepcopy(DEFAULT_SETTINGS),
        "notes": {},
        "drafts": {},
        "memory": {},
        "undo": [],
        "next_id": 1,
    }
    for name in COLLECTIONS:
        doc[name] = []
    return doc


# version N -> function that turns a version-N document into version N+1
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


def migrate(doc: dict[str, Any]) -> dict[str, Any]:
    version = doc["schema_version"]
    while version < SCHEMA_VERSION:
        step = MIGRATIONS.get(version)
        if step is None:
            raise ValueError(f"no migration from store format {version}")
        doc = step(doc)
        version += 1
        doc["schema_version"] = version
    return doc


def shape_problems(doc: Any) -> list[str]:
    """What makes a parsed document unusable; empty when it can be loaded."""
    if not isinstance(doc, dict):
        return ["the top level is not an object"]
    problems = []
    version = doc.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        problems.append("schema_version is missing or not a positive whole number")
    for name in COLLECTIONS:
        value = doc.get(name, [])
        if not isinstance(value, list) or not all(isinstance(r, dict) for r in value):
            problems.append(f"'{name}' is not a list of records")
    for name in ("settings", "notes", "drafts", "memory"):
        if not isinstance(doc.get(name, {}), dict):
            problems.append(f"'{name}' is not an object")
    if not isinstance(doc.get("undo", []), list):
        problems.append("'undo' is not a list")
    return problems


def fill_defaults(doc: dict[str, Any]) -> dict[str, Any]:
    """Add anything a same-version document lacks (for hand-edited or older-build files)."""
    base = new_document()
    for key, value in base.items():
        doc.setdefault(key, value)
    for key, value in DEFAULT_SETTINGS.items():
        doc["settings"].setdefault(key, value)
    ids = [r.get("id", 0) for name in COLLECTIONS for r in doc[name]]
    numeric = [i for i in ids if isinstance(i, int)]
    doc["next_id"] = max([doc.get("next_id", 1), *(i + 1 for i in numeric)])
    return doc
