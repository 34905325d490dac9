"""Export in any format to files: shared by ``coach export`` and the app's command palette."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from coach.domain.curriculum import Curriculum
from coach.domain.questions import Bank
from coach.store import Store

FORMATS: dict[str, str] = {
    "md": "a Markdown progress report",
    "csv": "the grid and the attempts as CSV, one file each",
    "html": "a printable progress grid (greys for P1/P2/P3)",
    "anki": "an Anki deck (.apkg) of the question bank",
    "json": "a full backup of the store (restore with `coach import`)",
}


def default_target(kind: str, today: date, folder: Path) -> Path:
    stamp = today.isoformat()
    names = {"md": f"coach-progress-{stamp}.md", "csv": f"coach-{stamp}",
             "html": f"coach-grid-{stamp}.html", "anki": "ml-interview-coach.apkg",
             "json": f"coach-backup-{stamp}.json"}
    return folder / names[kind]


def csv_paths(target: Path) -> tuple[Path, Path]:
    base = target.with_suffix("") if target.suffix == ".csv" else target
    return (base.with_name(f"{base.name}-grid.csv"), base.with_name(f"{base.name}-attempts.csv"))


def _write_text(path: Path, text: str) -> None:
    from coach.store.files import atomic_write

    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, text.encode("utf-8"))


def export(kind: str, store: Store, curriculum: Curriculum, today: date, target: Path,
           bank: Callable[[], Bank]) -> list[Path]:
    """Write ``kind`` to ``target``; return the files written. ``bank`` is called only when
    the format needs the questions."""
    if kind not in FORMATS:
        raise ValueError(f"unknown export format {kind!r}; choose from {', '.join(FORMATS)}")
    if kind == "json":
        from coach.exports.backup import backup_bytes
        from coach.store.files import atomic_write

        target.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(target, backup_bytes(store))
        return [target]
    if kind == "anki":
        from coach.exports.anki import write_deck

        target.parent.mkdir(parents=True, exist_ok=True)
        write_deck(target, bank().questions, {c.id: c.name for c in curriculum.concepts},
                   {c.id: c.priority for c in curriculum.concepts})
        return [target]
    from coach.exports.progress_view import build_view

    questions = {q.id: q for q in bank().questions} if kind == "md" else {}
    view = build_view(store, curriculum, today, questions)
    if kind == "md":
        from coach.exports.markdown import render_markdown

        _write_text(target, render_markdown(view))
        return [target]
    if kind == "html":
        from coach.exports.html import render_html

        _write_text(target, render_html(view))
        return [target]
    from coach.exports.tables import attempts_csv, grid_csv

    grid, attempts = csv_paths(target)
    _write_text(grid, grid_csv(view))
    _write_text(attempts, attempts_csv(store.records("attempts")))
    return [grid, attempts]
