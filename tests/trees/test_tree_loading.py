"""Tree files: each kind of mistake is reported with the file, the line and the node; the
shipped trees load and every leaf can be walked to."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.bank.problems import ContentError, Problem
from coach.bank.trees import check_library, library_files, load_library, parse_tree_file
from coach.domain.curriculum import Curriculum
from coach.domain.trees import Leaf, leaf_paths, walk_along

from .samples import MINI, line_of, write


def problems_of(tmp_path: Path, text: str, curriculum: Curriculum) -> list[Problem]:
    path = write(tmp_path, "mini.yaml", text)
    tree, problems = parse_tree_file(path, {c.id for c in curriculum.concepts})
    assert tree is None or problems or tree.id == "mini"
    return problems


def only(problems: list[Problem], field: str) -> Problem:
    hits = [p for p in problems if p.field == field]
    assert len(hits) == 1, problems
    assert hits[0].file.endswith("mini.yaml")
    return hits[0]


def test_the_sample_is_valid(tmp_path: Path, curriculum: Curriculum) -> None:
    assert problems_of(tmp_path, MINI, curriculum) == []


def test_dangling_choice(tmp_path: Path, curriculum: Curriculum) -> None:
    text = MINI.replace("next: right", "next: rigth")
    p = only(problems_of(tmp_path, text, curriculum), "nodes.start.choices[1].next")
    assert p.line == line_of(text, "next: rigth")
    assert p.message == "leads to 'rigth', which is not a node (did you mean 'right'?)"
    assert str(p).startswith(f"{p.file}:{p.line}: nodes.start.choices[1].next: leads to")


def test_unreachable_node(tmp_path: Path, curriculum: Curriculum) -> None:
    text = MINI + "  orphan:\n    recommend: Nobody comes here\n    concepts: [gan]\n" \
                  "    when: Never.\n"
    p = only(problems_of(tmp_path, text, curriculum), "nodes.orphan")
    assert p.line == line_of(text, "  orphan:")
    assert "cannot be reached from the root 'start'" in p.message


def test_cycle(tmp_path: Path, curriculum: Curriculum) -> None:
    text = MINI.replace("""  right:
    recommend: Go right
    concepts: [multi-armed-bandits]
    when: Never.
""", """  right:
    title: Right
    ask: Really?
    choices:
      - answer: Start again
        next: start
      - answer: Left after all
        next: left
""")
    p = only(problems_of(tmp_path, text, curriculum), "nodes.right.choices[0].next")
    assert p.line == line_of(text, "next: start")
    assert p.message == "makes a cycle: start -> right -> start"


def test_leaf_missing_a_field(tmp_path: Path, curriculum: Curriculum) -> None:
    text = MINI.replace("    when: Always.\n", "")
    p = only(problems_of(tmp_path, text, curriculum), "nodes.left.when")
    assert p.line == line_of(text, "  left:")
    assert "is missing" in p.message


def test_unknown_concept(tmp_path: Path, curriculum: Curriculum) -> None:
    text = MINI.replace("[uplift-modeling]", "[uplfit-modeling]")
    p = only(problems_of(tmp_path, text, curriculum), "nodes.left.concepts[0]")
    assert p.line == line_of(text, "uplfit-modeling")
    assert p.message == "unknown concept 'uplfit-modeling' (did you mean 'uplift-modeling'?)"


def test_bad_yaml_names_the_node_it_sits_in(tmp_path: Path, curriculum: Curriculum) -> None:
    text = MINI.replace("    when: Never.", "    when: [Never.")
    [p] = problems_of(tmp_path, text, curriculum)
    assert p.field == "nodes.right"
    assert p.message.startswith("not valid YAML")
    assert line_of(text, "  right:") < p.line <= len(text.splitlines()) + 1


def test_node_that_is_both_or_neither(tmp_path: Path, curriculum: Curriculum) -> None:
    text = MINI.replace("    recommend: Go right\n", "")
    p = only(problems_of(tmp_path, text, curriculum), "nodes.right")
    assert "either 'ask' (a question) or 'recommend' (a leaf)" in p.message


def test_unknown_key_in_a_leaf(tmp_path: Path, curriculum: Curriculum) -> None:
    text = MINI.replace("    when: Always.\n", "    when: Always.\n    whne: typo\n")
    p = only(problems_of(tmp_path, text, curriculum), "nodes.left.whne")
    assert p.line == line_of(text, "whne")


def test_every_problem_of_a_library_is_raised_together(tmp_path: Path,
                                                       curriculum: Curriculum) -> None:
    write(tmp_path, "trees/a.yaml", MINI.replace("next: right", "next: rigth"))
    write(tmp_path, "trees/b.yaml", MINI.replace("id: mini", "id: other")
          .replace("[uplift-modeling]", "[nope]"))
    trees, scenarios = library_files(tmp_path)
    with pytest.raises(ContentError) as err:
        check_library(trees, scenarios, {c.id for c in curriculum.concepts})
    fields = {p.field for p in err.value.problems}
    assert {"nodes.start.choices[1].next", "nodes.left.concepts[0]"} <= fields


# ------------------------------------------------------------------ the shipped trees
@pytest.fixture(scope="module")
def shipped(curriculum: Curriculum):
    return load_library([c.id for c in curriculum.concepts])


def test_the_shipped_trees_load(shipped) -> None:
    assert {t.id for t in shipped.trees} == {"uplift-bandits-rl", "algorithm-selection",
                                             "debugging"}
    for t in shipped.trees:
        assert t.panel("comparison") is not None, t.id


def test_every_shipped_leaf_is_reachable_and_complete(shipped, curriculum: Curriculum) -> None:
    for t in shipped.trees:
        paths = leaf_paths(t)
        assert set(paths) == {leaf.id for leaf in t.leaves}
        for leaf_id, routes in paths.items():
            node = walk_along(t, routes[0]).current
            assert isinstance(node, Leaf) and node.id == leaf_id
            for f in t.fields:
                assert f.optional or node.section(f.key), (t.id, leaf_id, f.key)
            assert all(curriculum.has_concept(c) for c in node.concepts)


def test_tree_one_covers_the_guide_and_the_simple_answers(shipped) -> None:
    t = shipped.tree("uplift-bandits-rl")
    leaves = {leaf.id for leaf in t.leaves}
    assert {"uplift", "contextual-bandit", "mab", "rl", "ab-test", "supervised",
            "hybrid"} <= leaves
    assert {p.id for p in t.panels} >= {"comparison", "framework", "hybrid"}
    section9 = {"uplift-modeling", "multi-armed-bandits", "contextual-bandits",
                "rl-recommendations"}
    assert section9 <= {c for leaf in t.leaves for c in leaf.concepts}
