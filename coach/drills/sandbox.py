"""Run a drill's checks on the user's file in a separate, limited process.

The user's code may loop forever, allocate without bound, print without end, call
``sys.exit`` or ``os._exit``, or not even parse. None of that may hang or kill the coach, so
the checks run in a child process (``coach.drills.worker``) in its own session, with:

- a wall-clock limit (the whole process group is killed when it passes),
- CPU-time, address-space and file-size limits (``resource.setrlimit`` in the child),
- the user's prints sent to a file, of which only the start is read back,
- one BLAS thread (the machine may be shared; results stay deterministic),
- the report handed back in a temporary file, never on stdout.

This guards against mistakes, not against deliberately hostile code: the user's code runs
with the user's own permissions.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from coach.drills.harness import Report

THREAD_VARS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS",
               "VECLIB_MAXIMUM_THREADS", "NUMEXPR_NUM_THREADS", "BLIS_NUM_THREADS")


@dataclass(frozen=True)
class Limits:
    """What one sandboxed check may use."""

    wall_seconds: float = 10.0
    cpu_seconds: int = 0           # 0: derived from the wall limit
    memory_bytes: int = 2 << 30    # address space; numpy needs a few hundred MiB of it
    file_bytes: int = 8 << 20      # largest file the child may write
    output_chars: int = 200_000    # what the child lets through to its output file
    shown_output: int = 8_000      # what is read back into the report

    def cpu(self) -> int:
        return self.cpu_seconds or int(self.wall_seconds) + 1


def worker_env() -> dict[str, str]:
    """The child's environment: ours, with single-threaded numerical libraries.
    ``OPENBLAS_CORETYPE`` and similar settings pass through untouched."""
    env = dict(os.environ)
    for name in THREAD_VARS:
        env[name] = "1"
    env.pop("PYTHONSTARTUP", None)
    return env


def run_sandboxed(drill_dir: str | Path, user_path: str | Path,
                  limits: Limits | None = None) -> Report:
    """Check ``user_path`` against the drill in a child process; always returns a Report."""
    limits = limits or Limits()
    drill_dir, user_path = Path(drill_dir).resolve(), Path(user_path).resolve()
    drill = drill_dir.name
    start = time.monotonic()
    if not user_path.is_file():
        return Report.unusable_file(drill, f"{user_path} does not exist")
    scratch = Path(tempfile.mkdtemp(prefix="coach-drill-"))
    report_file, output_file = scratch / "report.json", scratch / "output.txt"
    command = [sys.executable, "-I", "-m", "coach.drills.worker", str(drill_dir),
               str(user_path), str(report_file), "--cpu", str(limits.cpu()),
               "--memory", str(limits.memory_bytes), "--file-size", str(limits.file_bytes),
               "--output-chars", str(limits.output_chars)]
    try:
        with open(output_file, "wb") as out:
            proc = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=out,
                                    stderr=subprocess.STDOUT, cwd=scratch, env=worker_env(),
                                    start_new_session=True)
        timed_out = False
        try:
            proc.wait(timeout=limits.wall_seconds)
        except subprocess.TimeoutExpired:
            timed_out = True
        finally:
            _kill_group(proc)  # also ends anything the user's code started
        elapsed = time.monotonic() - start
        output = _read_output(output_file, limits.shown_output)
        if timed_out:
            return Report.unusable_file(
                drill, f"stopped after {limits.wall_seconds:g} s without finishing: an "
                       "endless loop, or far too much work for these small inputs?"
                       + (" (the start of what it printed is below)" if output else ""),
                elapsed, output)
        return _outcome(drill, proc.returncode, report_file, elapsed, output, limits)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _kill_group(proc: subprocess.Popen[bytes]) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(proc.pid, signal.SIGKILL)
    with contextlib.suppress(subprocess.TimeoutExpired):
        proc.wait(timeout=5)


def _outcome(drill: str, code: int | None, report_file: Path, elapsed: float, output: str,
             limits: Limits) -> Report:
    data = None
    if report_file.is_file():
        try:
            data = json.loads(report_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            data = None
    if isinstance(data, dict) and code == 0:
        try:
            report = Report.from_dict(data)
        except (KeyError, TypeError, ValueError):
            report = None
        if report is not None:
            report.duration = elapsed
            dropped = int(data.get("dropped_output", 0) or 0)
            report.output = output + (f"\n… ({dropped} more characters of output dropped)"
                                      if dropped else "")
            return report
    return Report.unusable_file(drill, _why_it_died(code, limits), elapsed, output)


def _why_it_died(code: int | None, limits: Limits) -> str:
    if code is None:
        return "the checks did not finish"
    if code < 0:
        sig = -code
        if sig == signal.SIGXCPU:
            return (f"used more than {limits.cpu()} s of CPU time: an endless loop, or far "
                    "too much work?")
        if sig == signal.SIGKILL:
            return "the process was killed, most likely for using too much memory"
        if sig == signal.SIGSEGV:
            return "the process crashed (segmentation fault)"
        name = signal.Signals(sig).name if sig in signal.Signals._value2member_map_ else sig
        return f"the process was stopped by signal {name}"
    return (f"the process ended with exit code {code} before the checks finished "
            "(os._exit() in your code?)")


def _read_output(path: Path, limit: int) -> str:
    try:
        size = path.stat().st_size
        with open(path, "rb") as fh:
            head = fh.read(limit)
    except OSError:
        return ""
    text = head.decode("utf-8", errors="replace")
    if size > limit:
        text += f"\n… (output cut at {limit} of {size} bytes)"
    return text
