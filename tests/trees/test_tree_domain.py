"""The pure tree rules: graph checks, walking, and where a walk went wrong."""

from __future__ import annotations

import pytest

from coach.domain.trees import (
    Choice,
    Leaf,
    LeafField,
    QuestionNode,
    Tree,
    Walk,
    check_tree,
    first_wrong_turn,
    leaf_paths,
    walk_along,
)

FIELDS = (LeafField("when", "When"), LeafField("note", "Note", optional=True))


def leaf(node_id: str, *, when: str = "Sometimes.", concepts: tuple[str, ...] = ("c1",),
         line: int = 0) -> Leaf:
    sections = (("when", when),) if when else ()
    return Leaf(node_id, node_id.title(), sections, concepts, line=line)


def question(node_id: str, *targets: str, line: int = 0) -> QuestionNode:
    choices = tuple(Choice(f"to {t}", t, line=line + 1 + i) for i, t in enumerate(targets))
    return QuestionNode(node_id, node_id.title(), f"{node_id}?", choices, line=line)


def tree(*nodes: QuestionNode | Leaf, root: str = "q1") -> Tree:
    return Tree("t", "T", "", root, FIELDS, {n.id: n for n in nodes})


def sample() -> Tree:
    # q1 -> (q2 | c) ; q2 -> (a | b | c)
    return tree(question("q1", "q2", "c", line=10), question("q2", "a", "b", "c", line=20),
                leaf("a"), leaf("b"), leaf("c"))


def test_a_sound_tree_has_no_issues() -> None:
    assert check_tree(sample(), {"c1"}) == []


def test_dangling_choice_names_node_line_and_suggests() -> None:
    t = tree(question("q1", "a", "bb", line=3), leaf("a"), leaf("b"))
    issues = check_tree(t)
    dangling = [i for i in issues if "not a node" in i.message]
    assert len(dangling) == 1
    assert dangling[0].node == "q1" and dangling[0].where == "choices[1].next"
    assert dangling[0].line == 5
    assert "'bb'" in dangling[0].message and "did you mean 'b'" in dangling[0].message


def test_unreachable_node_is_reported_at_its_line() -> None:
    t = tree(question("q1", "a", "b"), leaf("a"), leaf("b"), leaf("orphan", line=42))
    [issue] = check_tree(t)
    assert (issue.node, issue.line) == ("orphan", 42)
    assert "cannot be reached from the root 'q1'" in issue.message


def test_cycle_is_reported_with_the_loop() -> None:
    t = tree(question("q1", "q2", "a", line=1), question("q2", "q3", "b", line=10),
             question("q3", "q1", "a", line=20), leaf("a"), leaf("b"))
    [issue] = check_tree(t)
    assert issue.node == "q3" and issue.where == "choices[0].next" and issue.line == 21
    assert issue.message == "makes a cycle: q1 -> q2 -> q3 -> q1"


def test_a_choice_back_to_its_own_question_is_refused() -> None:
    t = tree(question("q1", "q1", "a"), leaf("a"))
    assert [i.message for i in check_tree(t)] == ["leads back to its own question"]


def test_leaf_missing_a_required_field_or_concepts() -> None:
    t = tree(question("q1", "a", "b"), leaf("a", when="", line=7), leaf("b", concepts=()))
    issues = {(i.node, i.where): i for i in check_tree(t)}
    assert issues[("a", "when")].line == 7
    assert "is missing" in issues[("a", "when")].message
    assert ("b", "concepts") in issues
    assert ("a", "note") not in issues  # optional


def test_unknown_concept_is_named_with_a_suggestion() -> None:
    t = tree(question("q1", "a", "b"), leaf("a", concepts=("uplfit-modeling",)), leaf("b"))
    [issue] = check_tree(t, {"uplift-modeling", "c1"})
    assert issue.where == "concepts[0]"
    assert issue.message == "unknown concept 'uplfit-modeling' (did you mean 'uplift-modeling'?)"


def test_choice_counts_and_missing_root() -> None:
    t = tree(question("q1", "a"), leaf("a"))
    assert "has 1 choice(s)" in check_tree(t)[0].message
    ten = tree(question("q1", *[f"l{i}" for i in range(10)]), *[leaf(f"l{i}") for i in range(10)])
    assert any("has 10 choice(s)" in i.message for i in check_tree(ten))
    rootless = tree(leaf("a"), root="start")
    assert any(i.where == "root" for i in check_tree(rootless))


def test_walk_forward_back_and_restart() -> None:
    t = sample()
    walk = Walk(t)
    assert walk.current.id == "q1" and not walk.at_leaf
    walk = walk.choose(0).choose(1)
    assert walk.at_leaf and walk.current.id == "b"
    assert walk.path == ("q1", "q2", "b")
    assert walk.crumbs() == [("Q1", "to q2"), ("Q2", "to b")]
    assert walk.back().current.id == "q2"
    assert walk.back().back().back().current.id == "q1"  # back at the root stays there
    assert walk.restart().steps == ()
    with pytest.raises(ValueError):
        walk.choose(0)
    with pytest.raises(IndexError):
        Walk(t).choose(5)


def test_leaf_paths_cover_every_leaf_by_every_route() -> None:
    paths = leaf_paths(sample())
    assert paths == {"a": [(0, 0)], "b": [(0, 1)], "c": [(0, 2), (1,)]}
    for leaf_id, routes in paths.items():
        for route in routes:
            assert walk_along(sample(), route).current.id == leaf_id


def test_first_wrong_turn_is_the_answer_that_ruled_the_target_out() -> None:
    t = sample()
    went_c = walk_along(t, (1,))
    step = first_wrong_turn(went_c, {"a"})
    assert step is not None and (step.node, step.choice) == ("q1", 1)
    went_b = walk_along(t, (0, 1))
    step = first_wrong_turn(went_b, {"a"})
    assert step is not None and (step.node, step.choice) == ("q2", 1)
    assert first_wrong_turn(went_b, {"b"}) is None
    assert first_wrong_turn(walk_along(t, (0, 2)), {"c"}) is None
