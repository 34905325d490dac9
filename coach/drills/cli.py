"""``coach drill list``, ``coach drill start NAME`` and ``coach drill check NAME FILE``.

Checks run in the sandbox, exactly as in the app, and are recorded in the store like the
app's runs. Exit codes of ``check``: 0 all checks passed, 1 a check failed (or the file could
not be checked), 2 unusable input (unknown drill, missing file).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2


def add_commands(sub: Any) -> None:
    drill = sub.add_parser("drill", help="implementation drills: write it in NumPy, get it "
                                         "checked")
    actions = drill.add_subparsers(dest="drill_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="every drill with its status, best time and "
                                              "attempts")
    listing.set_defaults(handler=_cmd_list)
    start = actions.add_parser("start", help="write the starter file for a drill (never "
                                             "overwrites your work)")
    start.add_argument("name", help="the drill, e.g. softmax")
    start.add_argument("--dir", metavar="D", help="write NAME.py into this folder instead of "
                                                  "the data directory")
    start.set_defaults(handler=_cmd_start)
    check = actions.add_parser("check", help="run the drill's hidden checks on FILE")
    check.add_argument("name", help="the drill, e.g. softmax")
    check.add_argument("file", help="your solution, a .py file")
    check.set_defaults(handler=_cmd_check)


def _drills() -> list[Any]:
    from coach.bank.problems import ContentError
    from coach.cli import CommandError, load_curriculum
    from coach.drills.catalog import load_drills

    curriculum = load_curriculum()
    try:
        return load_drills(concept_ids=[c.id for c in curriculum.concepts])
    except ContentError as exc:
        raise CommandError(exc.report(), EXIT_FAIL) from None


def _find(name: str) -> Any:
    from coach.cli import CommandError
    from coach.drills.catalog import close_names, find_drill

    drills = _drills()
    drill = find_drill(drills, name)
    if drill is None:
        close = close_names(drills, name)
        hint = f"; did you mean {' or '.join(close)}?" if close else \
            "; `coach drill list` shows them all"
        raise CommandError(f"no drill named '{name}'{hint}", EXIT_USAGE)
    return drill


def _cmd_list(args: argparse.Namespace) -> int:
    from coach.cli import open_store
    from coach.drills.progress import drill_statuses, format_seconds

    drills = _drills()
    store = open_store(readonly=True)
    statuses = drill_statuses(store, drills)
    rows = [("drill", "concept", "min", "status", "best", "tries", "title")]
    for d in drills:
        s = statuses[d.id]
        rows.append((d.id, d.concept, str(d.minutes), s.status, format_seconds(s.best_seconds),
                     str(s.attempts), d.title))
    widths = [max(len(r[i]) for r in rows) for i in range(6)]
    for r in rows:
        print("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(r[:6])) + "  " + r[6])
    passed = sum(1 for s in statuses.values() if s.status == "passed")
    print(f"\n{passed} of {len(drills)} drills passed. Start one with "
          "`coach drill start NAME`.")
    return EXIT_OK


def _cmd_start(args: argparse.Namespace) -> int:
    from coach.cli import open_store, system_clock
    from coach.drills.progress import start_attempt

    drill = _find(args.name)
    store = open_store(readonly=False)
    try:
        folder = Path(args.dir).expanduser() if args.dir else None
        path, created = start_attempt(store, drill, system_clock().now(), folder)
    finally:
        store.close()
    if created:
        print(f"Wrote the starter for {drill.title} to {path}")
    else:
        print(f"{path} already exists; your work is kept.")
    print(f"Budget: {drill.minutes} minutes. Functions to write: {', '.join(drill.functions)}.")
    print(f"Check it with: coach drill check {drill.id} {path}")
    return EXIT_OK


def _cmd_check(args: argparse.Namespace) -> int:
    from coach.cli import CommandError, open_store, system_clock
    from coach.drills.progress import attempt_seconds, record_run
    from coach.drills.render import report_text
    from coach.drills.sandbox import run_sandboxed

    drill = _find(args.name)
    path = Path(args.file).expanduser()
    if not path.is_file():
        what = "is a folder" if path.is_dir() else "does not exist"
        raise CommandError(f"{path} {what}; pass your .py file (`coach drill start "
                           f"{drill.id}` writes one)", EXIT_USAGE)
    report = run_sandboxed(drill.folder, path)
    sys.stdout.write(report_text(report, title=drill.id))
    try:
        store = open_store(readonly=False)
    except CommandError as exc:
        print(f"coach: the result was not recorded: {exc}", file=sys.stderr)
    else:
        try:
            now = system_clock().now()
            record_run(store, drill, report, now, attempt_seconds(store, drill.id, now))
        finally:
            store.close()
    return EXIT_OK if report.passed else EXIT_FAIL
