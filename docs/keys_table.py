"""Rewrite the key table at the end of docs/keys.md from the bindings in the code.

    python docs/keys_table.py
"""

from __future__ import annotations

from pathlib import Path

from coach.tui.app import CoachApp
from coach.tui.keymap import all_bindings

HEADER = "| binding id | default key | where | what it does |\n| --- | --- | --- | --- |\n"


def main() -> None:
    doc = Path(__file__).with_name("keys.md")
    text = doc.read_text()
    intro = text[: text.index(HEADER)]
    rows = [f"| `{i.id}` | {', '.join(i.keys)} | {i.scope} | {i.description} |"
            for i in all_bindings(CoachApp)]
    doc.write_text(intro + HEADER + "\n".join(rows) + "\n")


if __name__ == "__main__":
    main()
