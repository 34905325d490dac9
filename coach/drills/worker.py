"""The child process that runs a drill's checks on the user's file (see ``sandbox.py``).

``python -I -m coach.drills.worker DRILL_DIR USER_FILE REPORT_FILE [--cpu S] [--memory B]
[--file-size B] [--output-chars N]``

Limits are set first, before the user's code is imported. The user's prints go to this
process's stdout (a file chosen by the parent) through a writer that stops after a cap; the
report goes to REPORT_FILE as JSON, written atomically, so nothing the user prints can forge or
corrupt it by accident. The process ends with ``os._exit`` so ``atexit`` hooks or lingering
threads from the user's code cannot delay or change the outcome.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import signal
import sys


class CappedWriter(io.TextIOBase):
    """A text stream that passes through the first ``limit`` characters and drops the rest,
    so a print in an endless loop neither fills the disk nor slows the run to a crawl."""

    def __init__(self, target: io.TextIOBase, limit: int) -> None:
        self._target = target
        self._left = limit
        self.dropped = 0

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        if self._left > 0:
            part = text[: self._left]
            self._left -= len(part)
            try:
                self._target.write(part)
            except OSError:  # the file-size limit: stop writing, keep running
                self._left = 0
            self.dropped += len(text) - len(part)
        else:
            self.dropped += len(text)
        return len(text)

    def flush(self) -> None:
        with contextlib.suppress(OSError):
            self._target.flush()

    def isatty(self) -> bool:
        return False


def apply_limits(cpu_seconds: int, memory_bytes: int, file_bytes: int) -> None:
    import resource

    def cap(kind: int, soft: int, hard: int | None = None) -> None:
        _, old_hard = resource.getrlimit(kind)
        want_hard = hard if hard is not None else soft
        if old_hard != resource.RLIM_INFINITY:
            want_hard = min(want_hard, old_hard)
            soft = min(soft, want_hard)
        with contextlib.suppress(ValueError, OSError):  # a platform without it: best effort
            resource.setrlimit(kind, (soft, want_hard))

    if cpu_seconds > 0:
        cap(resource.RLIMIT_CPU, cpu_seconds, cpu_seconds + 1)
    if memory_bytes > 0:
        cap(resource.RLIMIT_AS, memory_bytes)
    if file_bytes > 0:
        # Writing past the limit raises OSError (EFBIG) instead of killing the process.
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        cap(resource.RLIMIT_FSIZE, file_bytes)
    cap(resource.RLIMIT_CORE, 0)


def write_report(path: str, data: dict[str, object]) -> None:
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(data, fh)
        fh.flush()
    os.replace(tmp, path)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="coach.drills.worker")
    parser.add_argument("drill_dir")
    parser.add_argument("user_file")
    parser.add_argument("report_file")
    parser.add_argument("--cpu", type=int, default=0)
    parser.add_argument("--memory", type=int, default=0)
    parser.add_argument("--file-size", type=int, default=0)
    parser.add_argument("--output-chars", type=int, default=200_000)
    args = parser.parse_args(argv)
    apply_limits(args.cpu, args.memory, args.file_size)

    out = CappedWriter(sys.stdout, args.output_chars)  # type: ignore[arg-type]
    sys.stdout = sys.stderr = out  # type: ignore[assignment]
    report_file = os.path.abspath(args.report_file)
    try:
        from coach.drills.harness import run_checks

        report = run_checks(args.drill_dir, args.user_file)
        data = report.to_dict()
    except BaseException as exc:  # the harness itself failed (e.g. out of memory)
        data = {"drill": os.path.basename(os.path.normpath(args.drill_dir)), "passed": False,
                "checks": [], "summary": "", "unusable": f"the checks could not run: "
                f"{type(exc).__name__}: {exc}", "duration": 0.0}
        data["summary"] = data["unusable"]
    data["dropped_output"] = out.dropped
    try:
        out.flush()
        write_report(report_file, data)
        code = 0
    except BaseException:
        code = 3
    os._exit(code)


if __name__ == "__main__":
    main()
