"""Where the coach keeps its data and configuration.

``--data-dir`` wins, then ``COACH_DATA_DIR``, then the platform's user data directory.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "ml-interview-coach"
_override: Path | None = None


def set_data_dir(path: str | os.PathLike[str] | None) -> None:
    """Pin the data directory for this process (from ``--data-dir``)."""
    global _override
    _override = Path(path).expanduser() if path else None


def data_dir() -> Path:
    if _override is not None:
        return _override
    env = os.environ.get("COACH_DATA_DIR")
    if env:
        return Path(env).expanduser()
    import platformdirs

    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def config_dir() -> Path:
    env = os.environ.get("COACH_CONFIG_DIR")
    if env:
        return Path(env).expanduser()
    import platformdirs

    return platformdirs.user_config_path(APP_NAME, appauthor=False)


def cache_dir() -> Path:
    env = os.environ.get("COACH_CACHE_DIR")
    if env:
        return Path(env).expanduser()
    import platformdirs

    return platformdirs.user_cache_path(APP_NAME, appauthor=False)
