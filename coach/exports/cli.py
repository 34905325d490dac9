"""``coach export FORMAT`` and ``coach import BACKUP.json``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from coach.exports.run import FORMATS


def add_commands(sub: Any) -> None:
    export = sub.add_parser("export", help="write progress as md, csv, html, anki or json",
                            description="Export: " + "; ".join(f"{k}: {v}"
                                                               for k, v in FORMATS.items()))
    export.add_argument("format", choices=list(FORMATS), metavar="FORMAT",
                        help=", ".join(FORMATS))
    export.add_argument("-o", "--output", metavar="FILE",
                        help="where to write (csv: a name prefix for -grid.csv and "
                             "-attempts.csv); default: a dated name in this folder")
    export.add_argument("--date", help="the day the report is for (default: today)")
    export.set_defaults(handler=_cmd_export)

    restore = sub.add_parser("import", help="restore a backup made with `coach export json` "
                                            "(or one from the backups folder)")
    restore.add_argument("backup", metavar="BACKUP.json")
    restore.set_defaults(handler=_cmd_import)


def _cmd_export(args: argparse.Namespace) -> int:
    from coach import paths
    from coach.cli import EXIT_OK, load_curriculum, open_store, parse_day, system_clock
    from coach.exports.run import default_target, export

    curriculum = load_curriculum()
    store = open_store(readonly=True)
    today = parse_day(args.date, system_clock().today())
    target = Path(args.output).expanduser() if args.output else \
        default_target(args.format, today, Path.cwd())

    def bank() -> Any:
        from coach.practice import load_bank

        loaded, problems = load_bank(curriculum, paths.data_dir(), [Path(p) for p in args.bank])
        for problem in problems:
            print(f"coach: {problem}")
        return loaded

    for path in export(args.format, store, curriculum, today, target, bank):
        print(f"Wrote {path}")
    return EXIT_OK


def _cmd_import(args: argparse.Namespace) -> int:
    from coach.cli import EXIT_FAIL, EXIT_OK, CommandError, open_store
    from coach.exports.backup import BackupError, read_backup, restore_backup

    source = Path(args.backup).expanduser()
    try:
        read_backup(source)  # refuse a bad file before taking the store
    except BackupError as exc:
        raise CommandError(f"{exc}. Nothing was changed.", EXIT_FAIL) from None
    store = open_store(readonly=False)
    try:
        aside = restore_backup(store, source)
    except BackupError as exc:
        raise CommandError(f"{exc}. Nothing was changed.", EXIT_FAIL) from None
    finally:
        store.close()
    print(f"Restored {source}.")
    if aside:
        print(f"The store it replaced is kept as {aside}.")
    return EXIT_OK
