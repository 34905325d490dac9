"""Why a store could not be opened, in words a user can act on."""

from __future__ import annotations

from pathlib import Path


class StoreError(Exception):
    """Base class: the message is meant for the user."""


class StoreTooNew(StoreError):
    def __init__(self, path: Path, found: int, supported: int) -> None:
        super().__init__(
            f"{path} was written by a newer version of the coach (store format {found}; this "
            f"version reads up to {supported}). Nothing was changed. Upgrade the coach "
            "(pip install -U ml-interview-coach), or use --data-dir to work on another store."
        )


class StoreBusy(StoreError):
    def __init__(self, path: Path, pid: str) -> None:
        who = f" (process {pid})" if pid else ""
        super().__init__(
            f"Another coach{who} has {path} open. Close it first, or make the change there: "
            "two coaches writing one store would overwrite each other's progress."
        )


class StoreUnreadable(StoreError):
    """The file is damaged and we may not move it aside (read-only use)."""
