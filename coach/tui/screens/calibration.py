"""Confidence calibration: predicted against actual rubric scores."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.markup import escape
from textual.screen import Screen
from textual.widgets import Header, Static

from coach.calibration import predictions
from coach.domain.calibration import bias, brier, by_key, overconfidence, reliability_bins
from coach.tui.widgets.key_bar import KeyBar

if TYPE_CHECKING:
    from coach.tui.app import CoachApp

BAR = 20


def bar(value: float, mark: str = "█") -> str:
    filled = round(max(0.0, min(1.0, value)) * BAR)
    return mark * filled + "·" * (BAR - filled)


class CalibrationScreen(Screen[None]):
    CSS_PATH = Path(__file__).parent.parent / "readiness.tcss"
    BINDINGS = [Binding("escape", "close", "Back", id="calibration.back")]

    app: CoachApp

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="calibration-body"):
            yield Static(self._text(), id="calibration-text")
        yield KeyBar()

    def _text(self) -> str:
        app = self.app
        preds = predictions(app.store)
        if not preds:
            return ("[b]Calibration[/b]\n\nNo predictions yet. Before each rubric is revealed "
                    "the coach asks how well you think you answered; after a few questions this "
                    "shows where your confidence matches your scores and where it runs ahead.")
        score = brier(preds) or 0.0
        gap = bias(preds) or 0.0
        tone = "over-confident" if gap > 0.05 else "under-confident" if gap < -0.05 else \
            "well calibrated"
        lines = [f"[b]Calibration[/b] over {len(preds)} answers: Brier score [b]{score:.3f}[/b] "
                 "[$text-muted](0 is perfect; always saying 50% scores 0.25)[/]",
                 f"On average you are [b]{tone}[/b] ({gap:+.0%} confidence minus score).", "",
                 "[b $accent]Reliability[/] [$text-muted]stated confidence against the score "
                 "you got[/]"]
        for b in reliability_bins(preds, 5):
            if not b.count:
                lines.append(f"  {b.low:>4.0%}-{b.high:<4.0%} [$text-muted]no answers[/]")
                continue
            lines.append(f"  {b.low:>4.0%}-{b.high:<4.0%} said [$primary]{bar(b.mean_confidence)}"
                         f"[/] {b.mean_confidence:>4.0%}  n={b.count}")
            lines.append(f"  {'':<9} got  [$success]{bar(b.mean_score)}[/] "
                         f"{b.mean_score:>4.0%}")
        lines += ["", "[b $accent]By question type[/]"]
        for qtype, items in sorted(by_key(preds, "type").items()):
            lines.append(f"  {qtype:<15} n={len(items):<3} Brier {brier(items) or 0:.3f}  "
                         f"confidence - score {bias(items) or 0:+.0%}")
        over = sorted(overconfidence(preds).items(), key=lambda kv: -kv[1])
        lines += ["", "[b $accent]Where confidence runs ahead of the score[/] "
                  "[$text-muted](asked more often)[/]"]
        if not over:
            lines.append("  Nowhere yet.")
        for cid, value in over[:8]:
            lines.append(f"  {value:+.0%}  {escape(app.curriculum.concept(cid).name)}")
        by_concept = by_key(preds, "concept")
        lines += ["", "[b $accent]By concept[/]"]
        for cid, items in sorted(by_concept.items(), key=lambda kv: -(bias(kv[1]) or 0)):
            lines.append(f"  {escape(app.curriculum.concept(cid).name)[:30]:<30} "
                         f"n={len(items):<3} {bias(items) or 0:+.0%}")
        return "\n".join(lines)

    def action_close(self) -> None:
        """Back to readiness."""
        self.dismiss(None)
