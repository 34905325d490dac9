"""A small pickle cache for validated content, keyed on the files' bytes.

Parsing YAML costs tens of milliseconds, which matters on the start-up path; a cached, already
validated object loads in about one. Any change to a file (or to the coach) changes the key.
"""

from __future__ import annotations

import hashlib
import pickle
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

from coach import __version__

T = TypeVar("T")
FORMAT = 1


def content_key(files: Sequence[Path], extra: str = "") -> str | None:
    digest = hashlib.sha256(f"{FORMAT}|{__version__}|{extra}".encode())
    for path in files:
        try:
            data = path.read_bytes()
        except OSError:
            return None
        digest.update(str(path.resolve()).encode())
        digest.update(hashlib.sha256(data).digest())
    return digest.hexdigest()[:32]


def cached(name: str, files: Sequence[Path], build: Callable[[], T], kind: type[T],
           folder: Path | None, extra: str = "") -> T:
    """``build()`` once per distinct content of ``files``; otherwise the pickled result."""
    key = content_key(files, extra) if folder else None
    if folder is None or key is None:
        return build()
    target = folder / f"{name}-{key}.pickle"
    try:
        with open(target, "rb") as handle:
            value = pickle.load(handle)
        if isinstance(value, kind):
            return value
    except (OSError, pickle.PickleError, EOFError, AttributeError, ImportError, TypeError,
            ValueError):
        pass
    value = build()
    try:
        from coach.store.files import atomic_write

        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.glob(f"{name}-*.pickle"):
            old.unlink(missing_ok=True)
        atomic_write(target, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
    except OSError:
        pass  # a cache is a convenience; failing to write one must not stop the coach
    return value
