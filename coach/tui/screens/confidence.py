"""Before the rubric is shown: how well do you think you answered? One key per step."""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static

from coach.tui.widgets.key_bar import KeyBar

STEPS = ((1, 0.0, "Not at all"), (2, 0.25, "A little"), (3, 0.5, "About half"),
         (4, 0.75, "Mostly"), (5, 1.0, "Fully"))


class ConfidenceScreen(ModalScreen[float | None]):

    CSS_PATH = [Path(__file__).parent.parent / "dialogs.tcss",
                Path(__file__).parent.parent / "practice.tcss"]
    BINDINGS = [
        *(Binding(str(key), f"choose({value})", f"{label} ({value:.0%})", id=f"confidence.{key}")
          for key, value, label in STEPS),
        Binding("escape", "skip", "Skip", id="confidence.skip"),
    ]

    def compose(self) -> ComposeResult:
        yield KeyBar()
        lines = ["[b]How well did you answer?[/b]",
                 "[$text-muted]Say it before you see the rubric: the coach tracks where "
                 "confidence outruns knowledge.[/]", ""]
        lines += [f"  [b]{key}[/b]  {label:<11} {value:>4.0%}" for key, value, label in STEPS]
        lines += ["", "[$text-muted]escape: skip[/]"]
        with Vertical(classes="dialog", id="confidence-box"):
            yield Static("\n".join(lines))

    def action_choose(self, value: float) -> None:
        """Record this confidence and reveal the rubric."""
        self.dismiss(value)

    def action_skip(self) -> None:
        """Reveal without stating a confidence."""
        self.dismiss(None)
