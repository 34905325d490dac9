"""The sandboxed check: every way the user's code can misbehave gives a clear verdict, and the
caller never hangs or dies."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from coach.drills.catalog import drills_dir
from coach.drills.sandbox import Limits, run_sandboxed, worker_env

SOFTMAX = drills_dir() / "softmax"
GOOD = """import numpy as np

def softmax(x, axis=-1):
    e = np.exp(x - x.max(axis=axis, keepdims=True))
    return e / e.sum(axis=axis, keepdims=True)
"""
FAST = Limits(wall_seconds=3.0, memory_bytes=768 << 20)


def _file(tmp_path: Path, source: str) -> Path:
    path = tmp_path / "attempt.py"
    path.write_text(source)
    return path


def _check(tmp_path: Path, source: str, limits: Limits = FAST):
    return run_sandboxed(SOFTMAX, _file(tmp_path, source), limits)


@pytest.mark.parametrize("drill", ["softmax", "attention", "adam"])
def test_reference_passes_in_the_sandbox(drill: str) -> None:
    report = run_sandboxed(drills_dir() / drill, drills_dir() / drill / "reference.py")
    assert report.passed, report.summary
    assert report.duration < 5


def test_wrong_answer_gives_per_check_results(tmp_path: Path) -> None:
    report = _check(tmp_path, GOOD.replace("x - x.max(axis=axis, keepdims=True)", "x"))
    assert not report.passed and not report.unusable
    failed = [c.name for c in report.checks if not c.passed]
    assert failed == ["stable for logits in the thousands", "stable for very negative logits"]


def test_endless_loop_is_stopped(tmp_path: Path) -> None:
    limits = Limits(wall_seconds=1.5, memory_bytes=768 << 20)
    start = time.monotonic()
    report = _check(tmp_path, "def softmax(x, axis=-1):\n    while True:\n        pass\n",
                    limits)
    assert time.monotonic() - start < 6
    assert report.unusable.startswith("stopped after 1.5 s without finishing")


def test_cpu_limit_stops_a_busy_process(tmp_path: Path) -> None:
    limits = Limits(wall_seconds=8.0, cpu_seconds=1, memory_bytes=768 << 20)
    report = _check(tmp_path, "def softmax(x, axis=-1):\n    while True:\n        pass\n",
                    limits)
    assert report.unusable.startswith("used more than 1 s of CPU time")


def test_memory_bomb_fails_its_checks(tmp_path: Path) -> None:
    # np.empty reserves address space without touching it, so the bomb is quick to set off
    # and only the address-space limit stops it.
    limits = Limits(wall_seconds=8.0, memory_bytes=512 << 20)
    report = _check(tmp_path, "import numpy as np\n\ndef softmax(x, axis=-1):\n    hog = []\n"
                              "    while True:\n        hog.append(np.empty(10_000_000))\n",
                    limits)
    assert not report.passed
    assert report.checks and all("raised MemoryError" in c.detail for c in report.checks)


def test_flood_of_prints_is_capped(tmp_path: Path) -> None:
    source = GOOD.replace("    e = np.exp", "    for i in range(20_000):\n"
                                             "        print('debug line', i)\n    e = np.exp")
    limits = Limits(wall_seconds=8.0, memory_bytes=768 << 20, output_chars=5_000,
                    shown_output=1_000)
    report = _check(tmp_path, source, limits)
    assert report.passed, report.summary
    assert report.output.startswith("debug line 0\ndebug line 1\n")
    assert "more characters of output dropped" in report.output
    assert len(report.output) < 1_200


def test_writes_to_the_raw_descriptor_are_bounded(tmp_path: Path) -> None:
    source = ("import os\n" + GOOD.replace(
        "    e = np.exp", "    for _ in range(5_000):\n        os.write(1, b'x' * 1000)\n"
                         "    e = np.exp"))
    limits = Limits(wall_seconds=8.0, memory_bytes=768 << 20, file_bytes=1 << 20)
    report = _check(tmp_path, source, limits)
    assert not report.passed
    assert "File too large" in report.checks[0].detail
    assert "output cut at" in report.output


def test_sys_exit_fails_only_the_checks(tmp_path: Path) -> None:
    report = _check(tmp_path, "import sys\n\ndef softmax(x, axis=-1):\n    sys.exit(4)\n")
    assert report.checks and not report.unusable
    assert report.checks[0].detail.startswith("raised SystemExit (code 4)")


def test_os_exit_is_a_clear_verdict(tmp_path: Path) -> None:
    report = _check(tmp_path, "import os\n\ndef softmax(x, axis=-1):\n    os._exit(7)\n")
    assert report.unusable == ("the process ended with exit code 7 before the checks finished "
                               "(os._exit() in your code?)")


def test_os_exit_while_loading(tmp_path: Path) -> None:
    report = _check(tmp_path, "import os\nos._exit(0)\n")
    assert "ended with exit code 0 before the checks finished" in report.unusable


def test_syntax_error(tmp_path: Path) -> None:
    report = _check(tmp_path, "def softmax(x, axis=-1)\n    return x\n")
    assert report.unusable.startswith("syntax error on line 1")


def test_exception_on_import(tmp_path: Path) -> None:
    report = _check(tmp_path, "raise RuntimeError('boom')\n")
    assert report.unusable.startswith("loading your file raised RuntimeError: boom")


def test_missing_file(tmp_path: Path) -> None:
    report = run_sandboxed(SOFTMAX, tmp_path / "nope.py", FAST)
    assert "does not exist" in report.unusable


def test_input_is_not_waited_for(tmp_path: Path) -> None:
    report = _check(tmp_path, "def softmax(x, axis=-1):\n    return input()\n")
    assert report.checks[0].detail.startswith("raised EOFError")


def test_background_children_are_killed(tmp_path: Path) -> None:
    marker = tmp_path / "child.pid"
    source = (f"import subprocess, sys\np = subprocess.Popen([sys.executable, '-c', "
              f"'import time; time.sleep(60)'])\nopen({str(marker)!r}, 'w').write(str(p.pid))\n"
              + GOOD)
    report = _check(tmp_path, source)
    assert report.passed
    pid = int(marker.read_text())
    deadline = time.monotonic() + 5
    while _alive(pid) and time.monotonic() < deadline:
        time.sleep(0.02)  # SIGKILL is delivered asynchronously; poll the OS briefly
    assert not _alive(pid), "a process started by the user's code outlived the check"


def _alive(pid: int) -> bool:
    """Running, not merely a zombie waiting for a parent that will never reap it."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (FileNotFoundError, ProcessLookupError):
        return False
    return fields[0] not in ("Z", "X")


def test_single_threaded_blas_keeps_coretype(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENBLAS_CORETYPE", "Haswell")
    monkeypatch.setenv("OMP_NUM_THREADS", "8")
    env = worker_env()
    assert env["OMP_NUM_THREADS"] == env["OPENBLAS_NUM_THREADS"] == "1"
    assert env["OPENBLAS_CORETYPE"] == "Haswell"
