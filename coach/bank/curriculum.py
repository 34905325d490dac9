"""The curriculum, from a content-keyed cache when nothing changed (no YAML on start-up)."""

from __future__ import annotations

from pathlib import Path

from coach.bank.location import builtin_dir
from coach.domain.curriculum import Curriculum


def load_curriculum(folder: Path | None = None, *, use_cache: bool = True) -> Curriculum:
    """Read the curriculum; raise ``ContentError`` listing every problem found."""
    from coach import paths
    from coach.bank.cache import cached

    source = folder or builtin_dir()

    def build() -> Curriculum:
        from coach.bank.curriculum_parse import parse_curriculum

        return parse_curriculum(source)

    files = [source / "curriculum.yaml", source / "guide.yaml"]
    cache = paths.cache_dir() if use_cache and folder is None else None
    return cached("curriculum", files, build, Curriculum, cache)
