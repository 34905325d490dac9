"""The end of a scenario round: what was right, what was not, and what to practise."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.markup import escape
from textual.screen import Screen
from textual.widgets import Header, OptionList, Static
from textual.widgets.option_list import Option

from coach.domain.scenarios import RoundProgress
from coach.domain.trees import Tree
from coach.tui.widgets.key_bar import KeyBar

if TYPE_CHECKING:
    from coach.tui.app import CoachApp


class ScenarioSummaryScreen(Screen[None]):

    CSS_PATH = Path(__file__).parent.parent / "trees.tcss"
    BINDINGS = [
        Binding("enter", "retry", "Walk it again", id="summary.retry"),
        Binding("P", "practise", "Practise", id="summary.practise"),
        Binding("n", "new_round", "New round", id="summary.new"),
        Binding("escape", "close", "Close", id="summary.close"),
    ]

    app: CoachApp

    def __init__(self, progress: RoundProgress, trees: dict[str, Tree]) -> None:
        super().__init__()
        self.progress = progress
        self.trees = trees

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="summary-head")
        yield OptionList(id="summary-list")
        yield Static(id="summary-practise")
        yield KeyBar()

    def on_mount(self) -> None:
        p = self.progress
        total = len(p.scenarios)
        tone = "$success" if p.right == total else ("$warning" if p.right >= total / 2
                                                      else "$error")
        self.query_one("#summary-head", Static).update(
            f"[b]Scenario round[/b] · [b {tone}]{p.right} of {total} right[/] "
            "[$text-muted]· each answer is saved and counts toward its concepts' mastery[/]")
        options = []
        for scenario, verdict in zip(p.scenarios, p.verdicts, strict=False):
            tree = self.trees.get(scenario.tree)
            reached = tree.leaf(verdict.reached) if tree else None
            expected = tree.leaf(scenario.expected) if tree else None
            reached_name = escape(reached.title if reached else verdict.reached)
            if verdict.correct:
                line = f"[b $success]✓[/] [b]{escape(scenario.title)}[/b]\n    {reached_name}"
            else:
                want = escape(expected.title if expected else scenario.expected)
                line = (f"[b $error]✗[/] [b]{escape(scenario.title)}[/b]\n    you: "
                        f"{reached_name} [$text-muted]· fits: {want}[/]")
            options.append(Option(line, id=scenario.id))
        listing = self.query_one("#summary-list", OptionList)
        listing.add_options(options)
        if options:
            listing.highlighted = 0
        names = [self.app.curriculum.concept(c).name for c in self._to_practise()
                 if self.app.curriculum.has_concept(c)]
        self.query_one("#summary-practise", Static).update(
            ("[b]Practise next:[/b] " + escape(", ".join(names)) if names else
             "[b $success]Every scenario right.[/] ") +
            " [$text-muted]enter walks the highlighted scenario again[/]")
        listing.focus()

    def _to_practise(self) -> list[str]:
        """The main concept of each scenario answered wrong."""
        out: list[str] = []
        for scenario, verdict in zip(self.progress.scenarios, self.progress.verdicts,
                                     strict=False):
            tree = self.trees.get(scenario.tree)
            leaf = tree.leaf(scenario.expected) if tree else None
            if not verdict.correct and leaf and leaf.concepts:
                out.append(leaf.concepts[0])
        return list(dict.fromkeys(out))

    def _highlighted(self) -> str | None:
        option = self.query_one("#summary-list", OptionList).highlighted_option
        return option.id if option is not None else None

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_retry()

    def action_retry(self) -> None:
        """Walk the highlighted scenario again, on its own."""
        sid = self._highlighted()
        scenario = next((s for s in self.progress.scenarios if s.id == sid), None)
        if scenario is None or scenario.tree not in self.trees:
            return
        from coach.tui.screens.tree_walk import WalkScreen

        self.app.switch_screen(WalkScreen(self.trees[scenario.tree], scenario=scenario,
                                          trees=self.trees))

    def action_practise(self) -> None:
        """Practise the concept of the highlighted scenario (the first one missed if none)."""
        sid = self._highlighted()
        scenario = next((s for s in self.progress.scenarios if s.id == sid), None)
        tree = self.trees.get(scenario.tree) if scenario else None
        leaf = tree.leaf(scenario.expected) if tree and scenario else None
        if leaf and leaf.concepts:
            self.app.practise_concept(leaf.concepts[0])

    def action_new_round(self) -> None:
        """Another round of five."""
        app = self.app
        self.dismiss(None)

        def start() -> None:
            action = getattr(app.screen, "action_scenario_round", None)
            if action is not None:
                action()

        app.call_later(start)

    def action_close(self) -> None:
        """Back to the trees."""
        self.dismiss(None)
