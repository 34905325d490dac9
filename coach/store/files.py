"""Low-level file safety: atomic replace, a lock per store, rolling backups."""

from __future__ import annotations

import contextlib
import os
import shutil
import threading
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import IO

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

BACKUPS_KEPT = 7


def atomic_write(path: Path, data: bytes | Sequence[bytes], *,
                 release_old_later: bool = False) -> None:
    """Replace ``path`` with ``data`` so a crash leaves either the old or the new file whole.

    Temp file in the same directory, flush, fsync, ``os.replace``, then fsync the directory so
    the rename itself survives a power cut. ``data`` may be a sequence of pieces, written with
    gathered writes so a document of megabytes is never joined into one string first.

    ``release_old_later``: freeing the blocks of a replaced file of megabytes takes several
    milliseconds on some file systems; the store keeps a second name for the old file across the
    rename and drops it in the background, so a save does not wait for that.
    """
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    try:
        _write_all(fd, [data] if isinstance(data, bytes) else data)
        os.fsync(fd)
    finally:
        os.close(fd)
    held = _hold_old(path) if release_old_later else None
    os.replace(tmp, path)
    if hasattr(os, "O_DIRECTORY"):
        dfd = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)
    if held is not None:
        thread = threading.Thread(target=_unlink_quietly, args=(held,), daemon=True)
        thread.start()
        _releasing[:] = [t for t in _releasing if t.is_alive()]  # a session saves thousands
        _releasing.append(thread)


_releasing: list[threading.Thread] = []


def finish_releasing() -> None:
    """Wait until replaced files are freed (on close, so nothing is left behind)."""
    while _releasing:
        _releasing.pop().join()


def _write_all(fd: int, pieces: Sequence[bytes]) -> None:
    batch = 512  # well under IOV_MAX
    for start in range(0, len(pieces), batch):
        group = pieces[start:start + batch]
        if hasattr(os, "writev"):
            written = os.writev(fd, group)
            if written == sum(map(len, group)):
                continue
            rest = memoryview(b"".join(group))[written:]  # a short write: finish it plainly
        else:
            rest = memoryview(b"".join(group))
        while rest:
            rest = rest[os.write(fd, rest):]


def _hold_old(path: Path) -> Path | None:
    """A second name for the current file, so replacing it does not free its blocks now."""
    held = path.with_name(f".{path.name}.old")
    _unlink_quietly(held)  # left by a process that stopped before dropping it
    try:
        os.link(path, held)
    except OSError:  # no file yet, or no hard links here: replace frees it at once
        return None
    return held


def _unlink_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)


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
