"""Load the decision trees (``question_bank/trees/*.yaml``) and their scenarios.

Each tree file is read with line numbers; the shape of the graph is checked by
``coach.domain.trees.check_tree`` and every issue becomes a ``Problem`` naming the file, the line
and the node (``nodes.<id>.choices[1].next``). Scenarios (``coach.bank.scenarios``) are checked
against the trees they walk. The validated library is cached like the question bank.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from coach.bank.fields import Reader
from coach.bank.location import builtin_dir, display_name
from coach.bank.problems import ContentError, Problem
from coach.bank.yamlsource import line_of, load_yaml_text
from coach.domain.scenarios import Scenario
from coach.domain.trees import (
    Choice,
    Leaf,
    LeafField,
    Node,
    Panel,
    QuestionNode,
    Tree,
    check_tree,
)

TREE_FIELDS = ("id", "title", "summary", "order", "root", "fields", "panels", "nodes")
QUESTION_FIELDS = ("title", "ask", "help", "choices")
CHOICE_FIELDS = ("answer", "short", "next")
LEAF_BASE_FIELDS = ("recommend", "concepts", "simulation")


@dataclass(frozen=True)
class TreeLibrary:
    trees: tuple[Tree, ...]
    scenarios: tuple[Scenario, ...]

    def tree(self, tree_id: str) -> Tree | None:
        return next((t for t in self.trees if t.id == tree_id), None)

    def scenario(self, scenario_id: str) -> Scenario | None:
        return next((s for s in self.scenarios if s.id == scenario_id), None)

    def scenarios_for(self, tree_id: str) -> tuple[Scenario, ...]:
        return tuple(s for s in self.scenarios if s.tree == tree_id)


def library_files(folder: Path | None = None) -> tuple[list[Path], list[Path]]:
    """The tree files and the scenario files of a content folder (the built-in one by default)."""
    root = folder or builtin_dir()

    def yaml_in(sub: str) -> list[Path]:
        where = root / sub
        return sorted(p for p in where.glob("*.y*ml")) if where.is_dir() else []

    return yaml_in("trees"), yaml_in("scenarios")


def load_library(concept_ids: Collection[str], folder: Path | None = None, *,
                 cache_dir: Path | None = None) -> TreeLibrary:
    """Every tree and scenario, validated; raise ``ContentError`` listing every problem."""
    from coach.bank.cache import cached

    trees, scenarios = library_files(folder)
    known = frozenset(concept_ids)
    return cached("trees", [*trees, *scenarios], lambda: check_library(trees, scenarios, known),
                  TreeLibrary, cache_dir, extra="|".join(sorted(known)))


def check_library(tree_files: Sequence[Path], scenario_files: Sequence[Path],
                  concept_ids: Collection[str]) -> TreeLibrary:
    from coach.bank.scenarios import parse_scenario_file

    problems: list[Problem] = []
    trees: dict[str, Tree] = {}
    broken: set[str] = set()
    for path in tree_files:
        tree, issues = parse_tree_file(path, concept_ids)
        problems += issues
        if tree is None:
            continue
        if issues:
            broken.add(tree.id)
            continue
        if tree.id in trees:
            problems.append(Problem(tree.source, tree.line, "id", f"tree '{tree.id}' is "
                                    f"already defined in {trees[tree.id].source}"))
            continue
        trees[tree.id] = tree
    scenarios: list[Scenario] = []
    seen: dict[str, Scenario] = {}
    for path in scenario_files:
        found, issues = parse_scenario_file(path, trees, broken)
        problems += issues
        for s in found:
            if s.id in seen:
                problems.append(Problem(s.source, s.line, "id", f"'{s.id}' is already used in "
                                        f"{seen[s.id].source}:{seen[s.id].line}"))
                continue
            seen[s.id] = s
            scenarios.append(s)
    if problems:
        raise ContentError(problems)
    ordered = sorted(trees.values(), key=lambda t: (t.order, t.id))
    rank = {t.id: i for i, t in enumerate(ordered)}
    scenarios.sort(key=lambda s: rank.get(s.tree, len(rank)))  # stable: file order within
    return TreeLibrary(tuple(ordered), tuple(scenarios))


# ------------------------------------------------------------------ one tree file
def parse_tree_file(path: Path, concept_ids: Collection[str] | None = None
                    ) -> tuple[Tree | None, list[Problem]]:
    """Read and check one tree; return it (None if it could not be built at all) and every
    problem found. A tree returned with problems must not be walked."""
    name = display_name(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return None, [Problem(name, 0, "", f"cannot be read: {exc}")]
    try:
        root = load_yaml_text(text, name)
    except ContentError as exc:
        return None, [_in_node(p, text) for p in exc.problems]
    reader = Reader(name)
    tree = _read_tree(reader, root, name)
    if tree is None:
        return None, reader.problems
    for issue in check_tree(tree, concept_ids):
        where = f"nodes.{issue.node}" + (f".{issue.where}" if issue.where else "")
        if issue.where == "root":
            where = "root"
        reader.problem(issue.line, where, issue.message)
    return tree, reader.problems


_NODE_KEY = re.compile(r"^  ([A-Za-z0-9_.-]+):\s*(#.*)?$")


def _in_node(problem: Problem, text: str) -> Problem:
    """Name the node a YAML syntax error sits in: the nearest node key above its line."""
    lines = text.splitlines()
    in_nodes = False
    node = ""
    for number, line in enumerate(lines[: max(0, problem.line)], start=1):
        if line.startswith("nodes:"):
            in_nodes = True
        elif line and not line.startswith((" ", "#")):
            in_nodes = False
        elif in_nodes and (m := _NODE_KEY.match(line)) and number <= problem.line:
            node = m.group(1)
    if not node:
        return problem
    return Problem(problem.file, problem.line, f"nodes.{node}", problem.message)


def _read_tree(r: Reader, root: Any, name: str) -> Tree | None:
    top = r.document(root, TREE_FIELDS)
    if top is None:
        return None
    tree_id = r.text(top, "id", "")
    title = r.text(top, "title", "")
    summary = r.text(top, "summary", "", required=False)
    root_id = r.text(top, "root", "")
    fields = _read_fields(r, top)
    panels = _read_panels(r, top)
    nodes: dict[str, Node] = {}
    raw_nodes = top.get("nodes")
    nm = r.mapping(raw_nodes, "nodes", line_of(top, "nodes")) if "nodes" in top else None
    if "nodes" not in top:
        r.problem(line_of(top), "nodes", "is missing")
    for key, raw in (nm or {}).items():
        node_id = str(key)
        where = f"nodes.{node_id}"
        m = r.mapping(raw, where, line_of(nm, key))
        if m is None:
            continue
        node = _read_node(r, m, node_id, where, line_of(nm, key), fields)
        if node is not None:
            nodes[node_id] = node
    if not (tree_id and title and root_id and nodes):
        return None
    order = int(r.number(top, "order", "", required=False, default=100, integer=True))
    return Tree(tree_id, title, summary, root_id, fields, nodes, panels, name, line_of(top),
                order)


def _read_fields(r: Reader, top: dict[Any, Any]) -> tuple[LeafField, ...]:
    items = r.seq(top, "fields", "")
    out: list[LeafField] = []
    for i, raw in enumerate(items):
        m = r.mapping(raw, f"fields[{i}]", line_of(items, i))
        if m is None:
            continue
        r.unknown_keys(m, f"fields[{i}]", ["key", "title", "optional"])
        key = r.text(m, "key", f"fields[{i}]")
        if key in (*LEAF_BASE_FIELDS, *QUESTION_FIELDS):
            r.problem(line_of(m, "key"), f"fields[{i}].key", f"'{key}' is a reserved name")
            continue
        out.append(LeafField(key, r.text(m, "title", f"fields[{i}]"), m.get("optional") is True))
    return tuple(out)


def _read_panels(r: Reader, top: dict[Any, Any]) -> tuple[Panel, ...]:
    items = r.seq(top, "panels", "", required=False)
    out = []
    for i, raw in enumerate(items):
        m = r.mapping(raw, f"panels[{i}]", line_of(items, i))
        if m is None:
            continue
        r.unknown_keys(m, f"panels[{i}]", ["id", "title", "body"])
        out.append(Panel(r.text(m, "id", f"panels[{i}]"), r.text(m, "title", f"panels[{i}]"),
                         r.text(m, "body", f"panels[{i}]")))
    return tuple(out)


def _read_node(r: Reader, m: dict[Any, Any], node_id: str, where: str, line: int,
               fields: tuple[LeafField, ...]) -> Node | None:
    if ("ask" in m) == ("recommend" in m):
        r.problem(line, where, "needs either 'ask' (a question) or 'recommend' (a leaf)")
        return None
    if "ask" in m:
        r.unknown_keys(m, where, QUESTION_FIELDS)
        items = r.seq(m, "choices", where)
        choices = []
        for i, raw in enumerate(items):
            cm = r.mapping(raw, f"{where}.choices[{i}]", line_of(items, i))
            if cm is None:
                continue
            r.unknown_keys(cm, f"{where}.choices[{i}]", CHOICE_FIELDS)
            choices.append(Choice(r.text(cm, "answer", f"{where}.choices[{i}]"),
                                  r.text(cm, "next", f"{where}.choices[{i}]"),
                                  r.text(cm, "short", f"{where}.choices[{i}]", required=False),
                                  line_of(cm, "next")))
        return QuestionNode(node_id, r.text(m, "title", where), r.text(m, "ask", where),
                            tuple(choices), r.text(m, "help", where, required=False), line)
    keys = [f.key for f in fields]
    r.unknown_keys(m, where, [*LEAF_BASE_FIELDS, *keys])
    sections = []
    for key in keys:  # a missing required field is reported by check_tree, naming the node
        text = r.text(m, key, where, required=False)
        if text:
            sections.append((key, text))
        elif key in m:
            r.problem(line_of(m, key), f"{where}.{key}", "is empty")
    return Leaf(node_id, r.text(m, "recommend", where), tuple(sections),
                r.texts(m, "concepts", where, required=False),
                r.text(m, "simulation", where, required=False), line,
                {str(k): line_of(m, k) for k in m})
