"""A tree's reference panels (comparison table, framework, hybrid example...) over the walk."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.markup import escape
from textual.screen import ModalScreen
from textual.widgets import Markdown, Static

from coach.domain.trees import Tree
from coach.tui.widgets.key_bar import KeyBar

if TYPE_CHECKING:
    from coach.tui.app import CoachApp


class PanelScreen(ModalScreen[None]):

    CSS_PATH = [Path(__file__).parent.parent / "dialogs.tcss",
                Path(__file__).parent.parent / "trees.tcss"]
    BINDINGS = [
        Binding("right,tab", "cycle(1)", "Next panel", priority=True, id="panels.next"),
        Binding("left,shift+tab", "cycle(-1)", "Previous panel", priority=True,
                id="panels.previous"),
        Binding("escape,c", "close", "Close", id="panels.close"),
    ]

    app: CoachApp

    def __init__(self, tree: Tree, panel_id: str) -> None:
        super().__init__()
        self.decision_tree = tree
        ids = [p.id for p in tree.panels]
        self.index = ids.index(panel_id) if panel_id in ids else 0

    def compose(self) -> ComposeResult:
        yield KeyBar()
        with Vertical(classes="dialog", id="panel-box"):
            yield Static(id="panel-tabs")
            with VerticalScroll(id="panel-body"):
                yield Markdown(id="panel-text")

    def on_mount(self) -> None:
        self._show()
        self.query_one("#panel-body").focus()

    def _show(self) -> None:
        tabs = []
        for i, panel in enumerate(self.decision_tree.panels):
            name = escape(panel.title)
            tabs.append(f"[b reverse $accent] {name} [/]" if i == self.index else
                        f"[$text-muted] {name} [/]")
        self.query_one("#panel-tabs", Static).update(
            f"[b]{escape(self.decision_tree.title)}[/b]  " + " [$text-muted]·[/]".join(tabs)
            + "  [$text-muted]← → more[/]")
        panel = self.decision_tree.panels[self.index]
        self.query_one("#panel-text", Markdown).update(panel.body)
        self.query_one("#panel-body", VerticalScroll).scroll_home(animate=False)

    @property
    def panel_id(self) -> str:
        return self.decision_tree.panels[self.index].id

    def action_cycle(self, step: int) -> None:
        """Show the next (or previous) panel of this tree."""
        self.index = (self.index + step) % len(self.decision_tree.panels)
        self._show()

    def action_close(self) -> None:
        """Back to the walk."""
        self.dismiss(None)
