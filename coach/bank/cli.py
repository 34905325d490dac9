"""``coach bank check`` and ``coach bank stats``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any


def add_commands(sub: Any) -> None:
    bank = sub.add_parser("bank", help="validate question banks and show their coverage")
    bank_sub = bank.add_subparsers(dest="bank_command", metavar="ACTION", required=True)
    check = bank_sub.add_parser("check", help="validate the built-in bank, your banks and PATHs")
    check.add_argument("paths", nargs="*", metavar="PATH", help="extra bank files or folders")
    check.set_defaults(handler=_cmd_check)
    stats = bank_sub.add_parser("stats", help="coverage per concept, type and level, with gaps")
    stats.set_defaults(handler=_cmd_stats)


def _sources(args: argparse.Namespace) -> list[Path]:
    from coach import paths
    from coach.bank.questions import default_sources

    extra = [Path(p) for p in [*args.bank, *getattr(args, "paths", [])]]
    return default_sources(paths.data_dir(), extra)


def _cmd_check(args: argparse.Namespace) -> int:
    """The question bank, the decision trees and their scenarios: every problem of all three
    in one list."""
    from coach.bank.problems import ContentError, Problem
    from coach.bank.questions import bank_files, check_files
    from coach.bank.trees import check_library, library_files
    from coach.cli import load_curriculum

    curriculum = load_curriculum()
    concept_ids = frozenset(c.id for c in curriculum.concepts)
    files = bank_files(_sources(args))
    problems: list[Problem] = []
    count = 0
    try:
        count = len(check_files(files, concept_ids))
    except ContentError as exc:
        problems += exc.problems
    tree_files, scenario_files = library_files()
    library = None
    try:
        library = check_library(tree_files, scenario_files, concept_ids)
    except ContentError as exc:
        problems += exc.problems
    if problems:
        print(ContentError(problems).report(), file=sys.stderr)
        return 1
    assert library is not None
    print(f"OK: {count} questions in {len(files)} files, {len(library.trees)} decision trees "
          f"and {len(library.scenarios)} scenarios, no problems.")
    return 0


def _cmd_stats(args: argparse.Namespace) -> int:
    from coach.bank.problems import ContentError
    from coach.bank.questions import bank_files, check_files
    from coach.bank.stats import coverage_report
    from coach.cli import load_curriculum

    curriculum = load_curriculum()
    try:
        bank = check_files(bank_files(_sources(args)),
                           frozenset(c.id for c in curriculum.concepts))
    except ContentError as exc:
        print(exc.report(), file=sys.stderr)
        return 1
    text, gaps = coverage_report(bank, curriculum)
    print(text)
    return 1 if gaps else 0
