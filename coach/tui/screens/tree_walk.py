"""Walk one decision tree, freely or for a business scenario (alone or in a round).

The current question and its numbered answers, the answers so far as a breadcrumb, back and
restart; at a leaf the full recommendation and its concepts (open one, or practise it). For a
scenario, reaching a leaf saves the result and shows the verdict: right or not, why, and what
the wrong choice would have cost.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Header, Markdown, OptionList, Static
from textual.widgets.option_list import Option

from coach import scenarios as ops
from coach.domain.scenarios import RoundProgress, Scenario, Verdict
from coach.domain.trees import Leaf, QuestionNode, Tree, Walk
from coach.tui import tree_views as views
from coach.tui.widgets.key_bar import KeyBar

if TYPE_CHECKING:
    from coach.tui.app import CoachApp

ANSWER_KEYS = [
    Binding("1", "choose(0)", "Answer", key_display="1-9", id="walk.answer1"),
    *(Binding(str(n), f"choose({n - 1})", f"Answer {n}", show=False, id=f"walk.answer{n}")
      for n in range(2, 10)),
]


class WalkScreen(Screen[None]):

    CSS_PATH = Path(__file__).parent.parent / "trees.tcss"
    BINDINGS = [
        *ANSWER_KEYS,
        Binding("b,backspace", "back", "Back", id="walk.back"),
        Binding("R", "restart", "Restart", id="walk.restart"),
        Binding("n", "next_scenario", "Next", id="walk.next"),
        Binding("P", "practise", "Practise", id="walk.practise"),
        Binding("G", "show_in_grid", "In grid", id="walk.grid"),
        Binding("l", "simulate", "Simulate", id="walk.simulate"),
        Binding("c", "panel('comparison')", "Compare", id="walk.compare"),
        Binding("f", "panel('framework')", "Framework", id="walk.framework"),
        Binding("y", "panel('hybrid')", "Hybrid", id="walk.hybrid"),
        Binding("space", "scroll_body", "Scroll", id="walk.scroll"),
        Binding("ctrl+u", "scroll_body(-1)", "Scroll up", show=False, id="walk.scroll_up"),
        Binding("escape", "leave", "Trees", id="walk.leave"),
    ]

    app: CoachApp

    def __init__(self, tree: Tree, *, scenario: Scenario | None = None,
                 round_progress: RoundProgress | None = None,
                 trees: dict[str, Tree] | None = None) -> None:
        super().__init__()
        self.decision_tree = tree
        self.walk = Walk(tree)
        self.round = round_progress
        self.scenario = round_progress.current if round_progress else scenario
        self.verdict: Verdict | None = None
        self.trees = trees or {tree.id: tree}
        if self.scenario is not None:
            self.decision_tree = self.trees.get(self.scenario.tree, tree)
            self.walk = Walk(self.decision_tree)

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="walk-head")
        with VerticalScroll(id="walk-body"):
            yield Markdown(id="walk-text")
        yield Static(id="walk-question")
        yield OptionList(id="walk-choices")
        yield KeyBar()

    def on_mount(self) -> None:
        self._show()
        self.query_one("#walk-choices").focus()

    _answer_id: int | None = None

    def refresh_from_store(self) -> None:
        if self.verdict is not None and self._answer_id is not None \
                and self.app.store.record("scenario_results", self._answer_id) is None:
            self._answer_undone()
            return
        if self.walk.at_leaf:
            self._show_options()

    def _answer_undone(self) -> None:
        """ctrl+z took the saved answer back: return to the last question to choose again."""
        self.verdict = None
        self._answer_id = None
        if self.round is not None and self.round.verdicts:
            self.round = RoundProgress(self.round.seed, self.round.scenarios,
                                       self.round.verdicts[:-1])
        if self.walk.steps:
            self.walk = self.walk.back()
        self._show()

    # ------------------------------------------------------------------ drawing
    def _show(self) -> None:
        node = self.walk.current
        self.query_one("#walk-head", Static).update(views.crumbs_markup(self.walk, self.scenario))
        text = self.query_one("#walk-text", Markdown)
        question = self.query_one("#walk-question", Static)
        self.set_class(isinstance(node, QuestionNode), "-question")
        body = self.query_one("#walk-body", VerticalScroll)
        if isinstance(node, QuestionNode):
            markdown = views.question_body(self.walk, self.scenario)
            body.display = bool(markdown)
            text.update(markdown)
            question.update(views.question_markup(node, len(self.walk.steps)))
        else:
            if self.scenario is not None and self.verdict is not None:
                text.update(views.verdict_markdown(self.decision_tree, self.scenario, self.verdict))
            else:
                text.update(views.leaf_markdown(self.decision_tree, node))
            body.display = True
            question.update(self._leaf_hint())
        body.scroll_home(animate=False)
        self._show_options()
        self.refresh_bindings()

    def _leaf_hint(self) -> str:
        parts = ["[b]Related concepts[/b] [$text-muted]enter opens · P practises"]
        if self.verdict is not None:
            if self.round is not None:
                last = self.round.finished
                parts.append("n shows the summary" if last else "n next scenario")
            parts.append("saved · ctrl+z undoes")
        elif self._leaf() and self._leaf().simulation:  # type: ignore[union-attr]
            parts.append("l simulates it")
        return " · ".join(parts) + "[/]"

    def _show_options(self) -> None:
        options = self.query_one("#walk-choices", OptionList)
        highlighted = options.highlighted
        options.clear_options()
        node = self.walk.current
        if isinstance(node, QuestionNode):
            options.add_options([Option(views.choice_label(i, c.label), id=str(i))
                                 for i, c in enumerate(node.choices)])
            highlighted = 0
        else:
            from coach.mastery import mastery_by_concept

            mastery = mastery_by_concept(self.app.store)
            for cid in self._concepts():
                concept = self.app.curriculum.concept(cid)
                options.add_option(Option(views.concept_option(
                    concept.name, concept.priority, mastery.get(cid)), id=cid))
        if options.option_count:
            options.highlighted = min(highlighted or 0, options.option_count - 1)

    def _leaf(self) -> Leaf | None:
        node = self.walk.current
        return node if isinstance(node, Leaf) else None

    def _concepts(self) -> list[str]:
        """The expected leaf's concepts first (a scenario counts toward them), then the
        reached leaf's."""
        ids: list[str] = []
        if self.scenario is not None and self.verdict is not None:
            expected = self.decision_tree.leaf(self.scenario.expected)
            ids += list(expected.concepts if expected else ())
        leaf = self._leaf()
        ids += list(leaf.concepts if leaf else ())
        return [c for c in dict.fromkeys(ids) if self.app.curriculum.has_concept(c)]

    # ------------------------------------------------------------------ keys
    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        at_leaf = self.walk.at_leaf
        if action == "choose":
            return not at_leaf
        if action in ("back", "restart"):
            if self.verdict is not None:
                return False
            return None if not self.walk.steps else True
        if action in ("practise", "show_in_grid"):
            return at_leaf
        if action == "simulate":
            leaf = self._leaf()
            return bool(leaf and leaf.simulation)
        if action == "next_scenario":
            return self.verdict is not None and self.round is not None
        if action == "panel":
            return self.decision_tree.panel(str(parameters[0])) is not None if parameters else False
        return True

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if self.walk.at_leaf:
            self.action_open_concept()
        elif event.option.id is not None:
            self.action_choose(int(event.option.id))

    def action_choose(self, index: int) -> None:
        """Answer the current question."""
        node = self.walk.current
        if not isinstance(node, QuestionNode) or not 0 <= index < len(node.choices):
            return
        self.walk = self.walk.choose(index)
        if self.walk.at_leaf and self.scenario is not None:
            self._judge()
        self._show()

    def _judge(self) -> None:
        assert self.scenario is not None
        app = self.app
        seed = self.round.seed if self.round else None
        verdict, record = ops.record_answer(app.store, self.decision_tree, self.scenario,
                                            self.walk, app.clock.now(), round_seed=seed)
        self.verdict = verdict
        self._answer_id = record["id"]
        if self.round is not None:
            self.round = self.round.answered(verdict)
        app.data_changed()

    def action_back(self) -> None:
        """Go back one question."""
        if self.verdict is None and self.walk.steps:
            self.walk = self.walk.back()
            self._show()

    def action_restart(self) -> None:
        """Start the tree again from its first question."""
        if self.verdict is None:
            self.walk = self.walk.restart()
            self._show()

    def action_next_scenario(self) -> None:
        """The next scenario of the round, or its summary after the last."""
        if self.round is None or self.verdict is None:
            return
        if self.round.finished:
            from coach.tui.screens.scenario_summary import ScenarioSummaryScreen

            self.app.switch_screen(ScenarioSummaryScreen(self.round, self.trees))
            return
        self.scenario = self.round.current
        assert self.scenario is not None
        self.decision_tree = self.trees[self.scenario.tree]
        self.walk = Walk(self.decision_tree)
        self.verdict = None
        self._show()

    def _current_concept(self) -> str | None:
        option = self.query_one("#walk-choices", OptionList).highlighted_option
        return option.id if option is not None and self.walk.at_leaf else None

    def action_open_concept(self) -> None:
        """Open the highlighted concept: its checkpoints, memory and notes."""
        cid = self._current_concept()
        if cid:
            from coach.tui.screens.concept import ConceptScreen

            self.app.push_screen(ConceptScreen(cid))

    def action_show_in_grid(self) -> None:
        """Show the highlighted concept's row in the progress grid."""
        cid = self._current_concept()
        if cid:
            self.app.show_in_grid(cid)

    def action_practise(self) -> None:
        """Practise questions on the highlighted concept."""
        cid = self._current_concept()
        if cid:
            self.app.practise_concept(cid)

    def action_simulate(self) -> None:
        """See this technique at work in the simulation lab."""
        leaf = self._leaf()
        if leaf is None or not leaf.simulation:
            return
        self.app.switch_mode("simulations")
        show = getattr(self.app.screen, "show_simulation", None)
        if show is not None:
            show(leaf.simulation)

    def action_panel(self, panel_id: str) -> None:
        """Reference for this tree: the comparison table, the framework, the hybrid example."""
        if self.decision_tree.panel(panel_id) is None:
            return
        from coach.tui.screens.tree_panels import PanelScreen

        self.app.push_screen(PanelScreen(self.decision_tree, panel_id))

    def action_scroll_body(self, direction: int = 1) -> None:
        """Page through the text above the answers (back to the top after the end)."""
        body = self.query_one("#walk-body", VerticalScroll)
        if direction > 0 and body.scroll_y >= body.max_scroll_y:
            body.scroll_home(animate=False)
        elif direction > 0:
            body.scroll_page_down(animate=False)
        else:
            body.scroll_page_up(animate=False)

    def action_leave(self) -> None:
        """Back to the list of trees and scenarios."""
        self.dismiss(None)
