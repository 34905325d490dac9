"""Low-level file safety: atomic replace, a lock per store, rolling backups."""

from __future__ import annotations

import contextlib
import os
import shutil
from datetime import date, datetime
from pathlib import Path
from typing import IO

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

BACKUPS_KEPT = 7


def atomic_write(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so a crash leaves either the old or the new file whole.

    Temp file in the same directory, flush, fsync, ``os.replace``, then fsync the directory so
    the rename itself survives a power cut.
    """
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(tmp, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)
    if hasattr(os, "O_DIRECTORY"):
        fd = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


class StoreLock:
    """An exclusive advisory lock on a store, released by the OS even if the process is killed."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._handle: IO[str] | None = None

    def acquire(self) -> str | None:
        """Take the lock; return ``None`` on success or the holder's pid (may be '') if held."""
        handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held while open
        if fcntl is not None:
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                handle.seek(0)
                holder = handle.read().strip()
                handle.close()
                return holder
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        self._handle = handle
        return None

    def release(self) -> None:
        if self._handle is not None:
            with contextlib.suppress(OSError):
                self._handle.truncate(0)
            self._handle.close()
            self._handle = None


def move_aside(path: Path, reason: str, when: datetime) -> Path:
    """Rename a damaged store to a timestamped name next to it; never delete it."""
    stamp = when.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.{reason}-{stamp}{path.suffix}")
    counter = 1
    while target.exists():
        target = path.with_name(f"{path.stem}.{reason}-{stamp}-{counter}{path.suffix}")
        counter += 1
    os.replace(path, target)
    return target


def daily_backup(path: Path, today: date, keep: int = BACKUPS_KEPT) -> Path | None:
    """Copy the store to ``backups/`` once a day before it is first changed; keep the newest."""
    if not path.exists():
        return None
    folder = path.parent / "backups"
    target = folder / f"{path.stem}-{today.isoformat()}{path.suffix}"
    if target.exists():
        return None
    folder.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(".tmp")
    shutil.copyfile(path, tmp)
    os.replace(tmp, target)
    backups = sorted(folder.glob(f"{path.stem}-????-??-??{path.suffix}"))
    for old in backups[:-keep]:
        with contextlib.suppress(OSError):
            old.unlink()
    return target


def latest_backup(path: Path) -> Path | None:
    backups = sorted((path.parent / "backups").glob(f"{path.stem}-????-??-??{path.suffix}"))
    return backups[-1] if backups else None
