"""Drill attempts and check runs in the store, and how they count towards mastery and memory."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from coach.clock import FixedClock
from coach.drills import progress as ops
from coach.drills.catalog import Drill, load_drills
from coach.drills.harness import run_checks
from coach.mastery import mastery_by_concept
from coach.store import Store

SOLUTIONS = Path(__file__).parent / "solutions"


@pytest.fixture(scope="module")
def softmax() -> Drill:
    return next(d for d in load_drills() if d.id == "softmax")


def test_start_writes_the_starter_once_and_never_overwrites(store: Store, clock: FixedClock,
                                                            softmax: Drill) -> None:
    path, created = ops.start_attempt(store, softmax, clock.now())
    assert created and path == store.path.parent / "drills" / "softmax.py"
    assert path.read_text() == softmax.starter.read_text()
    path.write_text("# my work\n")
    again, created = ops.start_attempt(store, softmax, clock.now())
    assert again == path and not created
    assert path.read_text() == "# my work\n"
    assert len(ops.attempts_of(store, "softmax")) == 1


def test_start_in_another_folder(store: Store, clock: FixedClock, softmax: Drill,
                                 tmp_path: Path) -> None:
    path, created = ops.start_attempt(store, softmax, clock.now(), tmp_path / "mine")
    assert created and path == tmp_path / "mine" / "softmax.py"


def test_status_new_failing_passed_with_best_time(store: Store, clock: FixedClock,
                                                  softmax: Drill) -> None:
    assert ops.drill_status(store, "softmax").status == "new"
    path, _ = ops.start_attempt(store, softmax, clock.now())
    report = run_checks(softmax.folder, path)
    run = ops.record_run(store, softmax, report, clock.now(), seconds=300)
    assert {k: run[k] for k in ("drill", "concepts", "passed", "checks_passed", "checks_total",
                                "seconds", "attempt")} == {
        "drill": "softmax", "concepts": list(softmax.concepts), "passed": False,
        "checks_passed": 0, "checks_total": report.checks_total, "seconds": 300.0,
        "attempt": 1}
    assert run["at"] == clock.now().isoformat()
    assert run["checks"][0]["name"] == report.checks[0].name
    assert "NotImplementedError" in run["checks"][0]["detail"]
    status = ops.drill_status(store, "softmax")
    assert (status.status, status.runs, status.attempts, status.best_seconds) == (
        "failing", 1, 1, None)

    path.write_text(softmax.reference.read_text())
    ops.record_run(store, softmax, run_checks(softmax.folder, path), clock.now(), seconds=900)
    ops.record_run(store, softmax, run_checks(softmax.folder, path), clock.now(), seconds=960)
    status = ops.drill_status(store, "softmax")
    assert (status.status, status.runs, status.best_seconds) == ("passed", 3, 900.0)


def test_reset_keeps_a_backup_and_starts_a_new_attempt(store: Store, clock: FixedClock,
                                                       softmax: Drill) -> None:
    path, _ = ops.start_attempt(store, softmax, clock.now())
    path.write_text(softmax.reference.read_text())
    ops.record_run(store, softmax, run_checks(softmax.folder, path), clock.now(), seconds=1200)
    backup = ops.reset_attempt(store, softmax, clock.now())
    assert backup is not None and backup.read_text() == softmax.reference.read_text()
    assert backup.parent == path.parent / "backups"
    assert path.read_text() == softmax.starter.read_text()
    second = ops.reset_attempt(store, softmax, clock.now())
    assert second is not None and second != backup  # same second: a distinct name
    path.write_text(softmax.reference.read_text())
    ops.record_run(store, softmax, run_checks(softmax.folder, path), clock.now(), seconds=400)
    status = ops.drill_status(store, "softmax")
    assert (status.attempts, status.best_seconds, status.last_run["attempt"]) == (3, 400.0, 3)


def test_attempt_seconds_from_the_shell_and_the_app(store: Store, clock: FixedClock,
                                                    softmax: Drill) -> None:
    start = clock.now()
    ops.start_attempt(store, softmax, start)
    assert ops.attempt_seconds(store, "softmax", start + timedelta(minutes=7)) == 420
    ops.save_attempt_seconds(store, "softmax", 3000)
    assert ops.attempt_seconds(store, "softmax", start + timedelta(minutes=7)) == 3000


def test_a_check_run_is_undoable(store: Store, clock: FixedClock, softmax: Drill) -> None:
    path, _ = ops.start_attempt(store, softmax, clock.now())
    ops.record_run(store, softmax, run_checks(softmax.folder, path), clock.now(), seconds=5)
    assert store.undo_label() == "Check drill softmax (0 of 10 checks passed)"
    store.undo()
    assert ops.drill_status(store, "softmax").status == "new"


def test_passing_counts_towards_mastery_and_memory(store: Store, clock: FixedClock,
                                                   softmax: Drill) -> None:
    path, _ = ops.start_attempt(store, softmax, clock.now())
    path.write_text(softmax.reference.read_text())
    ops.record_run(store, softmax, run_checks(softmax.folder, path), clock.now(), seconds=60)
    main = softmax.concept
    assert mastery_by_concept(store)[main] == pytest.approx(1 / 1.5)
    assert main in store.data["memory"]


def test_a_failing_run_is_weaker_evidence(store: Store, clock: FixedClock,
                                          softmax: Drill) -> None:
    path, _ = ops.start_attempt(store, softmax, clock.now())
    path.write_text((SOLUTIONS / "softmax" / "wrong_no_max_shift.py").read_text())
    report = run_checks(softmax.folder, path)
    ops.record_run(store, softmax, report, clock.now(), seconds=60)
    expected = 0.8 * report.checks_passed / report.checks_total / 1.5
    assert mastery_by_concept(store)[softmax.concept] == pytest.approx(expected)


def test_format_seconds() -> None:
    assert [ops.format_seconds(s) for s in (None, 31, 2527, 3909)] == [
        "-", "0:31", "42:07", "1:05:09"]
