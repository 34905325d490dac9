"""The ``coach`` command: the full-screen app by default, plain subcommands for the shell.

Subcommands import only what they need; none of the shell paths import textual or rich, so
``coach today`` in a shell profile stays instant.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from coach import __version__, paths

EXIT_OK, EXIT_FAIL, EXIT_USAGE, EXIT_STORE = 0, 1, 2, 3

Handler = Callable[[argparse.Namespace], int]


class CommandError(Exception):
    """A user-facing failure with its exit code."""

    def __init__(self, message: str, code: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.code = code


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="coach",
        description="ML Interview Coach: a 14-day Staff/Principal ML interview preparation. "
                    "Run without a command to open the full-screen coach.",
    )
    parser.add_argument("--version", action="version", version=f"coach {__version__}")
    parser.add_argument("--data-dir", metavar="DIR",
                        help="where progress is stored (default: $COACH_DATA_DIR or the "
                             "platform's user data directory)")
    parser.add_argument("--bank", metavar="PATH", action="append", default=[],
                        help="an extra question bank (YAML file or folder); may be repeated")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    today = sub.add_parser("today", help="print today's plan and exit")
    today.add_argument("--date", help="show the plan for this date (YYYY-MM-DD)")
    today.set_defaults(handler=_cmd_today)

    start = sub.add_parser("start", help="set the plan's start date, interview date and budget")
    start.add_argument("--date", default="today", help="first day of the plan (default: today)")
    start.add_argument("--interview", help="interview date (YYYY-MM-DD), optional")
    start.add_argument("--budget", default=None, help="daily study time, e.g. 2h or 90m")
    start.add_argument("--target-recall", type=int, metavar="PERCENT",
                       help="recall to reach on the interview day for every P1 concept "
                            "(default 90)")
    start.set_defaults(handler=_cmd_start)

    mark = sub.add_parser("mark", help="record a checkpoint as done, e.g. mark backprop D2")
    mark.add_argument("concept", help="concept name or id (close matches are suggested)")
    mark.add_argument("checkpoint", help="D1, D2, D4, D7, D14, or R for a review after D14")
    mark.add_argument("--date", default="today", help="the day it was done (default: today)")
    mark.add_argument("--rating", default="good", choices=["again", "hard", "good", "easy"],
                      help="how well you recalled it (default: good)")
    mark.set_defaults(handler=_cmd_mark)

    ready = sub.add_parser("readiness",
                           help="predicted recall of every concept on the interview day")
    ready.add_argument("--date", help="predict for this day instead of the interview date")
    ready.set_defaults(handler=_cmd_readiness)

    undo = sub.add_parser("undo", help="undo the last change made today")
    undo.set_defaults(handler=_cmd_undo)

    for module in _FEATURE_MODULES:
        _feature(module).add_commands(sub)
    return parser


# Feature modules that add their own subcommands; each must be cheap to import.
_FEATURE_MODULES: tuple[str, ...] = (
    "coach.bank.cli",
    "coach.exports.cli",
    "coach.drills.cli",
    "coach.serve",
)


def _feature(module: str) -> Any:
    import importlib

    return importlib.import_module(module)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.data_dir:
        paths.set_data_dir(args.data_dir)
    handler: Handler | None = getattr(args, "handler", None)
    try:
        if handler is None:
            return _run_app(args)
        return handler(args)
    except CommandError as exc:
        print(f"coach: {exc}", file=sys.stderr)
        return exc.code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `coach drill list | head`: the reader left, which is fine
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK


# ---------------------------------------------------------------- helpers for handlers
def system_clock() -> Any:
    from coach.clock import SystemClock

    return SystemClock()


def open_store(*, readonly: bool) -> Any:
    from coach.store import Store, StoreError

    try:
        store = Store.open(paths.data_dir(), system_clock(), readonly=readonly)
    except StoreError as exc:
        raise CommandError(str(exc), EXIT_STORE) from None
    for notice in store.notices:
        print(f"coach: {notice}", file=sys.stderr)
    return store


def load_curriculum() -> Any:
    from coach.bank.curriculum import load_curriculum as load
    from coach.bank.problems import ContentError

    try:
        return load()
    except ContentError as exc:
        raise CommandError(exc.report(), EXIT_FAIL) from None


def parse_day(text: str | None, default: date) -> date:
    from coach.domain.units import parse_date

    if not text:
        return default
    try:
        return parse_date(text, default)
    except ValueError as exc:
        raise CommandError(str(exc)) from None


# ---------------------------------------------------------------- commands
def _cmd_today(args: argparse.Namespace) -> int:
    from coach import progress
    from coach.textviews import render_plan

    curriculum = load_curriculum()
    store = open_store(readonly=True)
    day = parse_day(args.date, system_clock().today())
    plan = progress.plan_for(store, curriculum, day)
    if plan is None:
        print("No plan yet. Run `coach` to set one up, or `coach start --date YYYY-MM-DD`.")
        return EXIT_OK
    sys.stdout.write(render_plan(plan, curriculum))
    return EXIT_OK


def _cmd_start(args: argparse.Namespace) -> int:
    from coach import progress
    from coach.domain.units import parse_minutes

    today = system_clock().today()
    start = parse_day(args.date, today)
    interview = parse_day(args.interview, today) if args.interview else None
    if interview and interview < start:
        raise CommandError("the interview date is before the start date")
    store = open_store(readonly=False)
    try:
        budget = int(store.settings["daily_budget_minutes"])
        if args.budget:
            try:
                budget = parse_minutes(args.budget)
            except ValueError as exc:
                raise CommandError(str(exc)) from None
        progress.configure(store, start=start, interview=interview, budget_minutes=budget)
        if args.target_recall is not None:
            if not 50 <= args.target_recall <= 99:
                raise CommandError("--target-recall should be a percentage from 50 to 99")
            store.set_value("settings", "target_recall", args.target_recall / 100,
                            label="Target recall")
    finally:
        store.close()
    print(f"Plan starts {start.isoformat()}"
          + (f", interview {interview.isoformat()}" if interview else "")
          + f", {budget} minutes a day.")
    return EXIT_OK


def _cmd_mark(args: argparse.Namespace) -> int:
    from coach import progress
    from coach.domain.curriculum import UnknownName
    from coach.domain.memory import RATING_BY_NAME
    from coach.domain.plan import LATER

    curriculum = load_curriculum()
    try:
        concept = curriculum.resolve_concept(args.concept)
        checkpoint = LATER if args.checkpoint.strip().upper() == LATER else \
            curriculum.resolve_checkpoint(args.checkpoint).id
    except UnknownName as exc:
        raise CommandError(str(exc)) from None
    day = parse_day(args.date, system_clock().today())
    store = open_store(readonly=False)
    try:
        if progress.start_date(store) is None:
            raise CommandError("no plan yet: run `coach start` first")
        rec = progress.mark_checkpoint(store, concept, checkpoint, day,
                                       RATING_BY_NAME[args.rating])
    finally:
        store.close()
    if rec is None:
        print(f"{checkpoint} of {concept.name} was already done.")
    else:
        print(f"Marked {checkpoint} of {concept.name} done on {day.isoformat()}.")
    return EXIT_OK


def _cmd_readiness(args: argparse.Namespace) -> int:
    from coach import progress
    from coach.readiness import readiness_for, render_readiness, trend_for

    curriculum = load_curriculum()
    store = open_store(readonly=True)
    today = system_clock().today()
    target = parse_day(args.date, today) if args.date else progress.interview_date(store)
    if target is None:
        print("No interview date yet: set one with `coach start --interview YYYY-MM-DD`, or "
              "pass --date.")
        return EXIT_FAIL
    readiness = readiness_for(store, curriculum, today, target)
    assert readiness is not None
    sys.stdout.write(render_readiness(readiness, trend_for(store, curriculum, today, target)))
    return EXIT_OK


def _cmd_undo(args: argparse.Namespace) -> int:
    store = open_store(readonly=False)
    try:
        label = store.undo()
    finally:
        store.close()
    if label is None:
        print("Nothing to undo today.")
        return EXIT_FAIL
    print(f"Undone: {label}")
    return EXIT_OK


def _run_app(args: argparse.Namespace) -> int:
    from coach.store import StoreError

    try:
        from coach.tui.app import run
    except ImportError as exc:  # pragma: no cover - broken install
        raise CommandError(f"the full-screen coach could not start: {exc}", EXIT_FAIL) from None
    try:
        return run(extra_banks=[Path(p) for p in args.bank])
    except StoreError as exc:
        from coach.tui.notice import NoticeApp, in_browser

        if in_browser():  # nobody sees this process's terminal: say it in the page
            NoticeApp("The coach cannot open your store", str(exc)).run()
        raise CommandError(str(exc), EXIT_STORE) from None
