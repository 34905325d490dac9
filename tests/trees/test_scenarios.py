"""Scenarios: checked against their trees, judged at the leaf, drawn into rounds, saved."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from coach import scenarios as ops
from coach.bank.problems import ContentError
from coach.bank.trees import check_library, library_files, load_library
from coach.domain.curriculum import Curriculum
from coach.domain.scenarios import RoundProgress, draw_round, judge
from coach.domain.trees import leaf_paths, walk_along
from coach.mastery import mastery_by_concept
from coach.store import Store

from .samples import MINI, SCENARIOS, line_of, write


def check(tmp_path: Path, scenarios: str, curriculum: Curriculum):
    write(tmp_path, "trees/mini.yaml", MINI)
    write(tmp_path, "scenarios/mini.yaml", scenarios)
    trees, files = library_files(tmp_path)
    return check_library(trees, files, {c.id for c in curriculum.concepts})


def problems(tmp_path: Path, scenarios: str, curriculum: Curriculum) -> dict[str, str]:
    with pytest.raises(ContentError) as err:
        check(tmp_path, scenarios, curriculum)
    return {p.field: f"{p.line}: {p.message}" for p in err.value.problems}


def test_the_sample_scenario_is_valid(tmp_path: Path, curriculum: Curriculum) -> None:
    lib = check(tmp_path, SCENARIOS, curriculum)
    [s] = lib.scenarios
    assert s.expected == "left" and s.wrong == {"right": "It costs a lot."}


def test_unknown_tree(tmp_path: Path, curriculum: Curriculum) -> None:
    text = SCENARIOS.replace("tree: mini", "tree: maxi")
    found = problems(tmp_path, text, curriculum)
    assert found["scenarios[0] (pick-left).tree"] == \
        f"{line_of(text, 'tree: maxi')}: unknown tree 'maxi' (trees: mini)"


def test_expected_leaf_must_exist_and_be_a_leaf(tmp_path: Path, curriculum: Curriculum) -> None:
    text = SCENARIOS.replace("expected: left", "expected: start")
    found = problems(tmp_path, text, curriculum)
    assert "is a question, not a recommendation" in found["scenarios[0] (pick-left).expected"]
    text = SCENARIOS.replace("expected: left", "expected: lfet")
    found = problems(tmp_path, text, curriculum)
    assert found["scenarios[0] (pick-left).expected"] == \
        f"{line_of(text, 'expected: lfet')}: 'lfet' in tree 'mini' is not a node"


def test_accepted_and_wrong_leaves_are_checked(tmp_path: Path, curriculum: Curriculum) -> None:
    text = SCENARIOS.replace("    why: Because.\n", "    accept: [left]\n    why: Because.\n") \
        .replace("      right: It costs a lot.", "      left: Not really.")
    found = problems(tmp_path, text, curriculum)
    assert "already the expected leaf" in found["scenarios[0] (pick-left).accept[0]"]
    assert found["scenarios[0] (pick-left).wrong.left"] == \
        f"{line_of(text, 'left: Not really.')}: 'left' is a right answer for this scenario"


def test_a_broken_tree_does_not_bury_its_scenarios_in_noise(tmp_path: Path,
                                                          curriculum: Curriculum) -> None:
    write(tmp_path, "trees/mini.yaml", MINI.replace("next: right", "next: rigth"))
    write(tmp_path, "scenarios/mini.yaml", SCENARIOS)
    trees, files = library_files(tmp_path)
    with pytest.raises(ContentError) as err:
        check_library(trees, files, {c.id for c in curriculum.concepts})
    assert {p.field for p in err.value.problems} == {"nodes.start.choices[1].next",
                                                     "nodes.right"}


# ------------------------------------------------------------------ the shipped scenarios
@pytest.fixture(scope="module")
def shipped(curriculum: Curriculum):
    return load_library([c.id for c in curriculum.concepts])


def test_enough_scenarios_mostly_on_tree_one(shipped) -> None:
    by_tree: dict[str, int] = {}
    for s in shipped.scenarios:
        by_tree[s.tree] = by_tree.get(s.tree, 0) + 1
    assert len(shipped.scenarios) >= 22
    assert by_tree["uplift-bandits-rl"] > len(shipped.scenarios) / 2
    assert by_tree["algorithm-selection"] >= 2 and by_tree["debugging"] >= 2
    ids = {s.id for s in shipped.scenarios}
    guide = {"coupons", "hero-image", "video-session", "next-video-click", "gift-card",
             "which-ad", "rl-without-ope"}
    assert guide <= ids
    domains = {s.domain for s in shipped.scenarios}
    assert {"ads", "recommendations", "pricing", "notifications", "search", "fraud",
            "content"} <= domains


def test_every_expected_leaf_exists_and_is_reachable(shipped) -> None:
    for s in shipped.scenarios:
        tree = shipped.tree(s.tree)
        paths = leaf_paths(tree)
        for leaf_id in (*s.right_leaves, *s.wrong):
            assert leaf_id in paths, (s.id, leaf_id)
        walk = walk_along(tree, paths[s.expected][0])
        verdict = judge(s, walk)
        assert verdict.correct and verdict.exact
        assert s.wrong, f"{s.id} names no tempting wrong choice"
        for leaf_id, cost in s.wrong.items():
            wrong = judge(s, walk_along(tree, paths[leaf_id][0]))
            assert not wrong.correct and wrong.cost == cost and wrong.wrong_turn is not None


def test_guide_pitfalls_point_where_the_guide_says(shipped) -> None:
    expect = {"coupons": "uplift", "hero-image": "contextual-bandit", "video-session": "rl",
              "next-video-click": "contextual-bandit", "gift-card": "uplift",
              "which-ad": "contextual-bandit"}
    for sid, leaf in expect.items():
        assert shipped.scenario(sid).expected == leaf
    assert "rl" in shipped.scenario("next-video-click").wrong
    assert "contextual-bandit" in shipped.scenario("gift-card").wrong
    assert "uplift" in shipped.scenario("which-ad").wrong
    assert "rl" in shipped.scenario("rl-without-ope").wrong


# ------------------------------------------------------------------ rounds and records
def test_rounds_are_reproducible_and_prefer_unanswered(shipped) -> None:
    pool = list(shipped.scenarios)
    first = draw_round(pool, set(), seed=7)
    assert [s.id for s in first] == [s.id for s in draw_round(list(reversed(pool)), set(), 7)]
    assert len(first) == 5 and len({s.id for s in first}) == 5
    assert [s.id for s in first] != [s.id for s in draw_round(pool, set(), 8)]
    right = {s.id for s in pool[:-3]}  # all but three answered right
    drawn = draw_round(pool, right, seed=7)
    assert {s.id for s in drawn[:3]} == {s.id for s in pool[-3:]}
    assert all(s.id in right for s in drawn[3:])
    only = draw_round(pool, set(), seed=1, tree="debugging")
    assert only and all(s.tree == "debugging" for s in only)


def test_rounds_bring_back_what_was_last_answered_wrong_first(shipped) -> None:
    pool = list(shipped.scenarios)
    missed = {pool[0].id, pool[5].id}  # wrong last time (one of them right once before)
    right = {s.id for s in pool[3:]}
    drawn = draw_round(pool, right, seed=7, missed=missed)
    assert {s.id for s in drawn[:2]} == missed
    assert {s.id for s in drawn[2:4]} == {pool[1].id, pool[2].id}  # then never answered right
    assert all(s.id in right and s.id not in missed for s in drawn[4:])


def test_round_progress_moves_one_verdict_at_a_time(shipped) -> None:
    drawn = tuple(draw_round(list(shipped.scenarios), set(), seed=3, size=2))
    progress = RoundProgress(3, drawn)
    tree = shipped.tree(drawn[0].tree)
    walk = walk_along(tree, leaf_paths(tree)[drawn[0].expected][0])
    progress = progress.answered(judge(drawn[0], walk))
    assert progress.current == drawn[1] and progress.right == 1 and not progress.finished
    with pytest.raises(ValueError):
        progress.answered(judge(drawn[0], walk))


def test_a_result_is_saved_undoable_and_counts_toward_mastery(shipped, store: Store) -> None:
    s = shipped.scenario("gift-card")
    tree = shipped.tree(s.tree)
    paths = leaf_paths(tree)
    now = datetime(2026, 11, 24, 10, 0).astimezone()
    wrong_walk = walk_along(tree, paths["contextual-bandit"][0])
    verdict, rec = ops.record_answer(store, tree, s, wrong_walk, now, round_seed=42)
    assert not verdict.correct
    assert rec["scenario"] == "gift-card" and rec["tree"] == tree.id
    assert rec["leaf"] == "contextual-bandit" and rec["correct"] is False
    assert rec["path"] == list(wrong_walk.path) and rec["path"][-1] == "contextual-bandit"
    assert rec["concepts"] == list(tree.leaf("uplift").concepts)
    assert rec["at"] == now.isoformat() and rec["round"] == 42
    assert store.undo_label() == \
        "Scenario 'Who gets a $50 gift card?': wrong (A contextual bandit)"
    assert mastery_by_concept(store)["uplift-modeling"] == 0.0
    later = datetime(2026, 11, 24, 10, 5).astimezone()
    ops.record_answer(store, tree, s, walk_along(tree, paths["uplift"][0]), later)
    # newest right (weight 1), older wrong (0.7), prior 0.5: 1 / 2.2
    assert mastery_by_concept(store)["uplift-modeling"] == pytest.approx(1 / 2.2)
    assert ops.answered_right(store) == {"gift-card"}
    assert ops.last_outcomes(store) == {"gift-card": True}
    store.undo()
    assert ops.last_outcomes(store) == {"gift-card": False}
    assert ops.answered_right(store) == set()
