"""Decision trees: pick a tree to walk, a scenario to practise, or a round of five.

The trees turn "which tool for this business problem?" into questions answered one at a time;
the scenarios test that judgement on problems an interviewer would pose.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.markup import escape
from textual.screen import Screen
from textual.widgets import Header, OptionList, Static
from textual.widgets.option_list import Option

from coach import scenarios as ops
from coach.domain.scenarios import RoundProgress
from coach.tui.widgets.key_bar import KeyBar

if TYPE_CHECKING:
    from coach.bank.trees import TreeLibrary
    from coach.domain.trees import Tree
    from coach.tui.app import CoachApp

ROUND_OPTION = "round"


class TreesScreen(Screen[None]):

    CSS_PATH = Path(__file__).parent.parent / "trees.tcss"
    BINDINGS = [
        Binding("enter", "open", "Open", id="trees.open"),
        Binding("n", "scenario_round", "Scenario round", id="trees.round"),
        Binding("c", "compare", "Compare", id="trees.compare"),
    ]

    app: CoachApp

    def __init__(self) -> None:
        super().__init__()
        self.library: TreeLibrary | None = None
        self.problems: list[str] = []

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="trees-head")
        yield OptionList(id="trees-menu")
        yield Static(id="trees-detail")
        yield KeyBar()

    def on_mount(self) -> None:
        self.library, self.problems = ops.load_library(
            [c.id for c in self.app.curriculum.concepts])
        self.refresh_from_store()
        self.query_one("#trees-menu").focus()

    def on_screen_resume(self) -> None:
        self.refresh_from_store()

    def refresh_from_store(self) -> None:
        head = self.query_one("#trees-head", Static)
        menu = self.query_one("#trees-menu", OptionList)
        keep = menu.highlighted
        menu.clear_options()
        if self.library is None:
            shown = "\n".join(escape(p) for p in self.problems[:12])
            head.update("[b $error]The decision trees could not be loaded.[/]\n"
                        f"{shown}\n[$text-muted]Run `coach bank check` for the full list.[/]")
            return
        lib = self.library
        outcomes = ops.last_outcomes(self.app.store)
        right = ops.answered_right(self.app.store)
        head.update(f"[b]Decision trees[/b] [$text-muted]which tool for which problem · "
                    f"scenarios answered right: {len(right & {s.id for s in lib.scenarios})} "
                    f"of {len(lib.scenarios)}[/]")
        options: list[Option | None] = []
        for tree in lib.trees:
            count = len(lib.scenarios_for(tree.id))
            options.append(Option(f"[b]{escape(tree.title)}[/b] [$text-muted]"
                                  f"{len(tree.leaves)} recommendations · {count} scenarios[/]",
                                  id=f"tree:{tree.id}"))
        options += [None, Option("[b $accent]Scenario round[/] [$text-muted]five business "
                                 "problems, missed ones first[/]", id=ROUND_OPTION), None]
        titles = {t.id: t.title for t in lib.trees}
        for s in lib.scenarios:
            if s.id not in outcomes:
                mark = "[$text-muted]·[/]"
            else:
                mark = "[b $success]✓[/]" if outcomes[s.id] else "[b $error]✗[/]"
            domain = f"{s.domain} · " if s.domain else ""
            options.append(Option(f"{mark} {escape(s.title)} [$text-muted]{domain}"
                                  f"{escape(titles.get(s.tree, s.tree))}[/]",
                                  id=f"scenario:{s.id}"))
        menu.add_options(options)
        menu.highlighted = min(keep or 0, menu.option_count - 1)
        self._show_detail()

    def _selected(self) -> str:
        option = self.query_one("#trees-menu", OptionList).highlighted_option
        return option.id or "" if option is not None else ""

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self._show_detail()

    def _show_detail(self) -> None:
        detail = self.query_one("#trees-detail", Static)
        lib, key = self.library, self._selected()
        text = ""
        if lib is not None and key.startswith("tree:"):
            tree = lib.tree(key[5:])
            text = " ".join(tree.summary.split()) if tree else ""
        elif lib is not None and key.startswith("scenario:"):
            s = lib.scenario(key[9:])
            text = " ".join(s.situation.split()) if s else ""
        elif key == ROUND_OPTION:
            text = ("Five scenarios drawn at random: those you last got wrong first, then "
                    "those not yet answered right. Walk the tree for each; the coach judges "
                    "where you end up.")
        detail.update(f"[$text-muted]{escape(text[:300])}[/]")

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_open()

    # ------------------------------------------------------------------ actions
    def _trees(self) -> dict[str, Tree]:
        assert self.library is not None
        return {t.id: t for t in self.library.trees}

    def action_open(self) -> None:
        """Walk the highlighted tree, or practise the highlighted scenario."""
        lib, key = self.library, self._selected()
        if lib is None or not key:
            return
        from coach.tui.screens.tree_walk import WalkScreen

        if key == ROUND_OPTION:
            self.action_scenario_round()
        elif key.startswith("tree:") and (tree := lib.tree(key[5:])):
            self.app.push_screen(WalkScreen(tree, trees=self._trees()))
        elif key.startswith("scenario:") and (s := lib.scenario(key[9:])):
            trees = self._trees()
            self.app.push_screen(WalkScreen(trees[s.tree], scenario=s, trees=trees))

    def action_scenario_round(self) -> None:
        """Five scenarios, those never answered right first; a summary at the end."""
        lib = self.library
        if lib is None or not lib.scenarios:
            return
        seed = self.app.rng.randrange(2**31)
        drawn = ops.new_round(self.app.store, lib.scenarios, seed)
        from coach.tui.screens.tree_walk import WalkScreen

        trees = self._trees()
        progress = RoundProgress(seed, tuple(drawn))
        self.app.push_screen(WalkScreen(trees[drawn[0].tree], round_progress=progress,
                                        trees=trees))

    def action_compare(self) -> None:
        """The comparison table of the highlighted tree."""
        lib, key = self.library, self._selected()
        tree = None
        if lib is not None and key.startswith("tree:"):
            tree = lib.tree(key[5:])
        elif lib is not None and key.startswith("scenario:") and (s := lib.scenario(key[9:])):
            tree = lib.tree(s.tree)
        if tree is not None and tree.panels:
            from coach.tui.screens.tree_panels import PanelScreen

            self.app.push_screen(PanelScreen(tree, "comparison"))
