"""A small valid tree (and a scenario on it) that tests break one way at a time."""

from __future__ import annotations

from pathlib import Path

MINI = """\
id: mini
title: Mini
root: start
fields:
  - {key: when, title: When it fits}
  - {key: note, title: A note, optional: true}
nodes:
  start:
    title: Start
    ask: Which way?
    choices:
      - answer: Left
        next: left
      - answer: Right
        next: right
  left:
    recommend: Go left
    concepts: [uplift-modeling]
    when: Always.
  right:
    recommend: Go right
    concepts: [multi-armed-bandits]
    when: Never.
"""

SCENARIOS = """\
scenarios:
  - id: pick-left
    tree: mini
    title: Pick left
    situation: Left is right here.
    expected: left
    why: Because.
    wrong:
      right: It costs a lot.
"""


def line_of(text: str, marker: str) -> int:
    """The 1-based line of the first line containing ``marker``."""
    for number, line in enumerate(text.splitlines(), start=1):
        if marker in line:
            return number
    raise AssertionError(f"{marker!r} not in the text")


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path
