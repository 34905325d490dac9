"""Where the built-in content lives, installed or in a source checkout."""

from __future__ import annotations

from functools import cache
from pathlib import Path


@cache
def builtin_dir() -> Path:
    """The shipped ``question_bank`` folder.

    A wheel carries it inside the package (``coach/question_bank``); a source checkout or an
    editable install keeps it at the top of the repository.
    """
    here = Path(__file__).resolve().parent.parent
    packaged = here / "question_bank"
    if packaged.is_dir():
        return packaged
    return here.parent / "question_bank"


def display_name(path: Path) -> str:
    """How problems name a content file: relative for built-in content, as given otherwise."""
    try:
        return str(path.resolve().relative_to(builtin_dir().resolve().parent))
    except ValueError:
        return str(path)
