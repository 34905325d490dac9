"""Drill operations: the user's attempt files and the runs of their checks, in the store.

- The user's code lives in ``<data dir>/drills/<id>.py``; it is written from the starter once
  and never overwritten (a reset first copies it to ``drills/backups/``).
- An attempt starts when that file is created (or reset): an ``events`` record
  ``{"event": "drill_attempt", "drill", "at", "seconds"}``. ``seconds`` is the attempt
  clock's active time, kept by the app when it pauses or leaves the drill.
- Each check run is a ``drill_runs`` record with the fields mastery and memory read
  (``drill``, ``concepts``, ``at``, ``passed``, ``checks_passed``, ``checks_total``) plus the
  attempt's time, the attempt number and the result of every check.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from coach.drills.catalog import Drill
from coach.drills.harness import Report
from coach.store import Store

ATTEMPT_EVENT = "drill_attempt"
DETAIL_KEPT = 400  # characters of each check's detail kept in the store


@dataclass(frozen=True)
class DrillStatus:
    """Where the user stands on one drill."""

    drill: str
    status: str                  # "new", "failing" or "passed"
    attempts: int
    runs: int
    best_seconds: float | None   # quickest time into an attempt at which it first passed
    last_run: dict[str, Any] | None


def drills_folder(store: Store) -> Path:
    return store.path.parent / "drills"


def attempt_file(store: Store, drill_id: str) -> Path:
    return drills_folder(store) / f"{drill_id}.py"


def attempts_of(store: Store, drill_id: str) -> list[dict[str, Any]]:
    return [e for e in store.records("events")
            if e.get("event") == ATTEMPT_EVENT and e.get("drill") == drill_id]


def current_attempt(store: Store, drill_id: str) -> dict[str, Any] | None:
    found = attempts_of(store, drill_id)
    return found[-1] if found else None


def _new_attempt(store: Store, drill: Drill, now: datetime, label: str) -> dict[str, Any]:
    return store.add_record("events", {"event": ATTEMPT_EVENT, "drill": drill.id,
                                       "at": now.isoformat(), "seconds": 0.0},
                            label=label, undoable=False)


def start_attempt(store: Store, drill: Drill, now: datetime,
                  folder: Path | None = None) -> tuple[Path, bool]:
    """The user's file for this drill, written from the starter if it does not exist yet.

    Returns ``(path, created)``. Existing work is never overwritten. ``folder`` places the
    file elsewhere (``coach drill start --dir``)."""
    path = (folder / f"{drill.id}.py") if folder is not None else attempt_file(store, drill.id)
    if path.exists():
        if current_attempt(store, drill.id) is None:
            _new_attempt(store, drill, now, f"Start drill {drill.id}")
        return path, False
    path.parent.mkdir(parents=True, exist_ok=True)
    _write_new(path, drill.starter.read_text(encoding="utf-8"))
    _new_attempt(store, drill, now, f"Start drill {drill.id}")
    return path, True


def reset_attempt(store: Store, drill: Drill, now: datetime,
                  path: Path | None = None) -> Path | None:
    """Put the starter back and begin a new attempt; the old file is kept as a backup,
    whose path is returned (``None`` if there was nothing to keep)."""
    path = path or attempt_file(store, drill.id)
    backup = None
    if path.exists():
        backups = path.parent / "backups"
        backups.mkdir(parents=True, exist_ok=True)
        backup = backups / f"{drill.id}-{now.strftime('%Y%m%d-%H%M%S')}.py"
        n = 1
        while backup.exists():
            n += 1
            backup = backups / f"{drill.id}-{now.strftime('%Y%m%d-%H%M%S')}-{n}.py"
        shutil.copy2(path, backup)
    tmp = path.with_suffix(".py.tmp")
    tmp.write_text(drill.starter.read_text(encoding="utf-8"), encoding="utf-8")
    tmp.replace(path)
    _new_attempt(store, drill, now, f"Reset drill {drill.id}")
    return backup


def save_attempt_seconds(store: Store, drill_id: str, seconds: float) -> None:
    """Keep the attempt clock's active time (not an undo step)."""
    attempt = current_attempt(store, drill_id)
    if attempt is not None and abs(float(attempt.get("seconds", 0.0)) - seconds) >= 0.5:
        store.update_record("events", attempt["id"], {"seconds": round(seconds, 1)},
                            undoable=False, affects_memory=False)


def mark_revealed(store: Store, drill_id: str) -> None:
    """Note that the reference was shown during this attempt (runs after it say so)."""
    attempt = current_attempt(store, drill_id)
    if attempt is not None and not attempt.get("revealed"):
        store.update_record("events", attempt["id"], {"revealed": True}, undoable=False,
                            affects_memory=False)


def attempt_seconds(store: Store, drill_id: str, now: datetime) -> float:
    """Seconds into the current attempt for a run from the shell: the wall time since it
    started, or the app's clock time if that is larger."""
    attempt = current_attempt(store, drill_id)
    if attempt is None:
        return 0.0
    started = datetime.fromisoformat(attempt["at"])
    wall = max(0.0, (now - started).total_seconds())
    return max(wall, float(attempt.get("seconds", 0.0)))


def record_run(store: Store, drill: Drill, report: Report, now: datetime,
               seconds: float) -> dict[str, Any]:
    """One check run as a ``drill_runs`` record (an undo step)."""
    attempt = current_attempt(store, drill.id)
    if attempt is None:
        attempt = _new_attempt(store, drill, now, f"Start drill {drill.id}")
    number = len(attempts_of(store, drill.id))
    verdict = "passed" if report.passed else report.summary
    return store.add_record("drill_runs", {
        "drill": drill.id, "concepts": list(drill.concepts), "at": now.isoformat(),
        "passed": report.passed, "checks_passed": report.checks_passed,
        "checks_total": report.checks_total, "seconds": round(seconds, 1),
        "attempt": number, "attempt_id": attempt["id"], "unusable": report.unusable[:300],
        "revealed": bool(attempt.get("revealed")),
        "checks": [{"name": c.name, "passed": c.passed, "detail": c.detail[:DETAIL_KEPT]}
                   for c in report.checks],
    }, label=f"Check drill {drill.id} ({verdict})")


def runs_of(store: Store, drill_id: str) -> list[dict[str, Any]]:
    return [r for r in store.records("drill_runs") if r.get("drill") == drill_id]


def drill_status(store: Store, drill_id: str) -> DrillStatus:
    runs = runs_of(store, drill_id)
    attempts = attempts_of(store, drill_id)
    first_pass: dict[Any, float] = {}
    for run in runs:
        if run.get("passed"):
            key = run.get("attempt_id", run.get("attempt"))
            seconds = float(run.get("seconds") or 0.0)
            first_pass[key] = min(seconds, first_pass.get(key, seconds))
    status = "passed" if first_pass else ("failing" if runs else "new")
    return DrillStatus(drill_id, status, max(len(attempts), 1 if runs else 0), len(runs),
                       min(first_pass.values()) if first_pass else None,
                       runs[-1] if runs else None)


def drill_statuses(store: Store, drills: Iterable[Drill]) -> dict[str, DrillStatus]:
    return {d.id: drill_status(store, d.id) for d in drills}


def _write_new(path: Path, text: str) -> None:
    """Create ``path`` with ``text``, failing rather than replacing a file that appeared."""
    with open(path, "x", encoding="utf-8") as fh:
        fh.write(text)


def format_seconds(seconds: float | None) -> str:
    """``1:05:09``, ``42:07`` or ``0:31``; ``-`` for none."""
    if seconds is None:
        return "-"
    total = round(seconds)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
