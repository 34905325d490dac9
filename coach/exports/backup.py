"""Full backups of the store and restoring one.

A backup is the store document itself, so any backup (including the automatic ones in
``backups/``) can be restored. Restoring validates the file completely before anything is
touched, keeps the current store aside under a timestamped name, then replaces it atomically.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from coach.store import Store
from coach.store.document import (
    SCHEMA_VERSION,
    fill_defaults,
    migrate,
    shape_problems,
)

# Keys every coach store has had since its first version: a file without them is not ours.
_SIGNATURE = ("schema_version", "settings", "checkpoints")


class BackupError(ValueError):
    """A file that cannot be restored, with the reason in words."""


def backup_bytes(store: Store) -> bytes:
    return json.dumps(store.data, ensure_ascii=False, indent=1).encode("utf-8") + b"\n"


def read_backup(path: Path) -> dict[str, Any]:
    """The validated, upgraded document in ``path``; ``BackupError`` if it is not one."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise BackupError(f"{path} cannot be read: {exc.strerror or exc}") from None
    try:
        doc = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BackupError(f"{path} is not a coach backup: it is not valid JSON ({exc})") \
            from None
    if not isinstance(doc, dict) or any(key not in doc for key in _SIGNATURE):
        raise BackupError(f"{path} is not a coach backup: it lacks "
                          + ", ".join(k for k in _SIGNATURE if not isinstance(doc, dict)
                                      or k not in doc))
    problems = shape_problems(doc)
    if problems:
        raise BackupError(f"{path} is damaged: " + "; ".join(problems))
    if doc["schema_version"] > SCHEMA_VERSION:
        raise BackupError(f"{path} was written by a newer version of the coach (store format "
                          f"{doc['schema_version']}; this version reads up to {SCHEMA_VERSION})."
                          " Upgrade the coach to restore it.")
    try:
        return fill_defaults(migrate(doc))
    except (ValueError, KeyError, TypeError) as exc:
        raise BackupError(f"{path} could not be upgraded: {exc}") from None


def restore_backup(store: Store, source: Path) -> Path | None:
    """Replace the store's contents with the backup in ``source``.

    Returns where the previous store was kept (``None`` if there was none). Nothing changes if
    the backup is refused.
    """
    doc = read_backup(source)
    aside = None
    if store.path.exists():
        stamp = store.clock.now().strftime("%Y%m%d-%H%M%S")
        aside = store.path.with_name(f"{store.path.stem}.before-import-{stamp}.json")
        counter = 1
        while aside.exists():
            aside = store.path.with_name(
                f"{store.path.stem}.before-import-{stamp}-{counter}.json")
            counter += 1
        shutil.copyfile(store.path, aside)
    store.replace_document(doc)
    return aside
