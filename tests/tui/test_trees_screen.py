"""The decision-tree screens: walking, back and restart, scenarios judged and saved, a round to
its summary, the links into practice; and snapshots of a question, a leaf and a verdict."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Markdown, OptionList, Static

from coach.domain.trees import leaf_paths
from coach.tui.screens.concept import ConceptScreen
from coach.tui.screens.scenario_summary import ScenarioSummaryScreen
from coach.tui.screens.tree_panels import PanelScreen
from coach.tui.screens.tree_walk import WalkScreen
from coach.tui.screens.trees import TreesScreen

from .helpers import make_app

SIZES = [(80, 24), (120, 40)]


async def open_trees(pilot) -> TreesScreen:
    await pilot.press("w")
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, TreesScreen) and screen.library is not None
    return screen


async def select(pilot, option_id: str) -> None:
    menu = pilot.app.screen.query_one("#trees-menu", OptionList)
    menu.highlighted = menu.get_option_index(option_id)
    await pilot.press("enter")
    await pilot.pause()


async def press_path(pilot, picks) -> None:
    for index in picks:
        await pilot.press(str(index + 1))
    await pilot.pause()


def body(screen: WalkScreen) -> str:
    return screen.query_one("#walk-text", Markdown).source


def head(screen: WalkScreen) -> str:
    return str(screen.query_one("#walk-head", Static).render())


async def test_walk_to_every_leaf_of_tree_one(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        trees = await open_trees(pilot)
        tree = trees.library.tree("uplift-bandits-rl")
        await select(pilot, "tree:uplift-bandits-rl")
        walk = app.screen
        assert isinstance(walk, WalkScreen) and walk.walk.current.id == tree.root
        for leaf_id, routes in leaf_paths(tree).items():
            await pilot.press("R")
            await press_path(pilot, routes[0])
            assert walk.walk.current.id == leaf_id
            leaf = tree.leaf(leaf_id)
            assert body(walk).startswith(f"## {leaf.title}")
            for f in tree.fields:
                assert (f"### {f.title}" in body(walk)) == bool(leaf.section(f.key))
            options = walk.query_one("#walk-choices", OptionList)
            assert [options.get_option_at_index(i).id for i in range(options.option_count)] \
                == list(leaf.concepts)
        assert app.store.records("scenario_results") == []  # a free walk saves nothing


async def test_back_restart_and_breadcrumb(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_trees(pilot)
        await select(pilot, "tree:uplift-bandits-rl")
        walk = app.screen
        await press_path(pilot, [1, 0])  # an option per request, a handful
        assert walk.walk.current.id == "horizon"
        assert "an option per request" in head(walk) and "a handful" in head(walk)
        await pilot.press("backspace")
        await pilot.pause()
        assert walk.walk.current.id == "options" and "a handful" not in head(walk)
        await pilot.press("down", "enter")  # arrows and enter answer too
        await pilot.pause()
        assert walk.walk.current.id == "catalogue-horizon"
        await pilot.press("b", "b")
        await pilot.pause()
        assert walk.walk.steps == ()
        await pilot.press("b")  # at the root: nothing happens
        await press_path(pilot, [3])
        assert walk.walk.current.id == "ab-test"
        await pilot.press("R")
        await pilot.pause()
        assert walk.walk.steps == () and "Answer the first question" in head(walk)
        await pilot.press("9")  # no ninth answer here
        await pilot.pause()
        assert walk.walk.steps == ()
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, TreesScreen)


async def _scenario(pilot, scenario_id: str, leaf_id: str) -> WalkScreen:
    trees = await open_trees(pilot)
    scenario = trees.library.scenario(scenario_id)
    tree = trees.library.tree(scenario.tree)
    await select(pilot, f"scenario:{scenario_id}")
    walk = pilot.app.screen
    assert isinstance(walk, WalkScreen) and walk.scenario == scenario
    assert scenario.situation.split()[0] in body(walk)
    await press_path(pilot, leaf_paths(tree)[leaf_id][0])
    return walk


async def test_scenario_judged_right_is_saved(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        walk = await _scenario(pilot, "coupons", "uplift")
        assert walk.verdict is not None and walk.verdict.correct
        assert body(walk).startswith("## ✓ Right: Uplift modelling")
        assert "### Why" in body(walk) and "What your choice would cost" not in body(walk)
        [rec] = app.store.records("scenario_results")
        assert rec["scenario"] == "coupons" and rec["leaf"] == "uplift" and rec["correct"]
        assert rec["path"] == ["decision", "evidence", "spread", "variants", "uplift"]
        assert rec["concepts"] == ["uplift-modeling"]
        assert rec["at"] == app.clock.now().isoformat()
        await pilot.press("b", "R")  # the answer is given: no going back
        await pilot.pause()
        assert walk.walk.current.id == "uplift"
        await pilot.press("escape")
        await pilot.pause()
        menu = app.screen.query_one("#trees-menu", OptionList)
        coupons = menu.get_option("scenario:coupons")
        assert "✓" in str(coupons.prompt)


async def test_scenario_judged_wrong_says_what_it_costs(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        walk = await _scenario(pilot, "gift-card", "contextual-bandit")
        assert walk.verdict is not None and not walk.verdict.correct
        text = body(walk)
        assert text.startswith("## ✗ Not the best fit: A contextual bandit")
        assert "The technique that fits is **Uplift modelling**" in text
        assert "Exploration is too expensive" in text
        assert "At **The decision**" in text  # where the walk turned away
        [rec] = app.store.records("scenario_results")
        assert rec["correct"] is False and rec["leaf"] == "contextual-bandit"
        assert rec["concepts"] == ["uplift-modeling"]
        options = walk.query_one("#walk-choices", OptionList)
        assert options.get_option_at_index(0).id == "uplift-modeling"  # expected's first
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert app.store.records("scenario_results") == []
        # The verdict goes with it: back at the last question, to choose again.
        assert walk.verdict is None and not walk.walk.at_leaf
        assert walk.check_action("back", ()) is True


async def test_a_round_of_five_ends_with_its_summary(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        trees = await open_trees(pilot)
        lib = trees.library
        await pilot.press("n")
        await pilot.pause()
        walk = app.screen
        assert isinstance(walk, WalkScreen) and walk.round is not None
        drawn = [s.id for s in walk.round.scenarios]
        assert len(drawn) == 5
        for number, sid in enumerate(drawn):
            assert walk.scenario.id == sid
            scenario = lib.scenario(sid)
            target = scenario.expected if number % 2 == 0 else next(iter(scenario.wrong))
            await press_path(pilot, leaf_paths(lib.tree(scenario.tree))[target][0])
            assert walk.verdict is not None
            await pilot.press("n")
            await pilot.pause()
        summary = app.screen
        assert isinstance(summary, ScenarioSummaryScreen)
        assert "3 of 5 right" in str(summary.query_one("#summary-head", Static).render())
        records = app.store.records("scenario_results")
        assert [r["scenario"] for r in records] == drawn
        assert [r["correct"] for r in records] == [True, False, True, False, True]
        assert {r["round"] for r in records} == {walk.round.seed}
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, TreesScreen)
        await pilot.press("n")  # the next round leaves out those answered right
        await pilot.pause()
        again = {s.id for s in app.screen.round.scenarios}
        assert not again & {drawn[0], drawn[2], drawn[4]}


async def test_links_into_practice_concepts_panels_and_the_lab(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_trees(pilot)
        await select(pilot, "tree:uplift-bandits-rl")
        walk = app.screen
        await press_path(pilot, [1, 0, 0, 1, 0])  # contextual bandit
        assert walk.walk.current.id == "contextual-bandit"
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ConceptScreen)
        assert app.screen.concept_id == "contextual-bandits"
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("c")
        await pilot.pause()
        panel = app.screen
        assert isinstance(panel, PanelScreen) and panel.panel_id == "comparison"
        await pilot.press("right")
        assert panel.panel_id == "framework"
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert isinstance(app.screen, PanelScreen) and app.screen.panel_id == "hybrid"
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("down", "P")
        await pilot.pause()
        assert app.current_mode == "practice"
        assert app.screen.concept_filter == "multi-armed-bandits"
        await pilot.press("w")
        await pilot.pause()
        assert app.screen is walk  # the walk is kept while elsewhere
        await pilot.press("G")  # the highlighted concept's row in the grid
        await pilot.pause()
        assert app.current_mode == "grid"
        assert app.screen.query_one("#grid-table").current_concept_id == \
            "multi-armed-bandits"
        await pilot.press("w")
        await pilot.pause()
        switched: list[str] = []
        app.switch_mode = switched.append  # the lab itself is another screen's business
        await pilot.press("l")
        await pilot.pause()
        assert switched == ["simulations"]


async def test_keys_that_do_not_apply_are_hidden(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_trees(pilot)
        await select(pilot, "tree:debugging")
        walk = app.screen
        assert walk.check_action("panel", ("hybrid",)) is False
        assert walk.check_action("panel", ("comparison",)) is True
        assert walk.check_action("practise", ()) is False
        assert walk.check_action("back", ()) is None  # shown, but nothing to go back to
        await press_path(pilot, [0, 0, 0])
        assert walk.walk.current.id == "nan-early"
        assert walk.check_action("choose", (0,)) is False
        assert walk.check_action("simulate", ()) is False
        assert walk.check_action("next_scenario", ()) is False


# ------------------------------------------------------------------ snapshots
async def _question(pilot) -> None:
    await pilot.press("w")
    await pilot.pause()
    await select(pilot, "tree:uplift-bandits-rl")
    await press_path(pilot, [1, 0])


async def _leaf(pilot) -> None:
    await pilot.press("w")
    await pilot.pause()
    await select(pilot, "tree:uplift-bandits-rl")
    await press_path(pilot, [0, 0, 0, 0])


async def _verdict(pilot) -> None:
    await pilot.press("w")
    await pilot.pause()
    await select(pilot, "scenario:which-ad")
    await press_path(pilot, [0, 0, 0, 0])  # uplift: the guide's third pitfall


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x40"])
def test_question_snapshot(snap_compare, tmp_path: Path, size: tuple[int, int]) -> None:
    assert snap_compare(make_app(tmp_path), terminal_size=size, run_before=_question)


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x40"])
def test_leaf_snapshot(snap_compare, tmp_path: Path, size: tuple[int, int]) -> None:
    assert snap_compare(make_app(tmp_path), terminal_size=size, run_before=_leaf)


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x40"])
def test_verdict_snapshot(snap_compare, tmp_path: Path, size: tuple[int, int]) -> None:
    assert snap_compare(make_app(tmp_path), terminal_size=size, run_before=_verdict)
