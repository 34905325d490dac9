"""Decision trees as data: questions with choices that lead to recommendations (leaves).

A principal-level interview asks *which* tool fits a business problem. The trees encode that
reasoning so it can be walked, checked and practised. This module holds the types, the checks of
the graph (every choice leads somewhere, everything is reachable, nothing loops, every leaf says
everything a recommendation must say) and the walk itself. It reads no files: the loader in
``coach.bank.trees`` builds trees from YAML and turns the issues found here into located problems.
"""

from __future__ import annotations

import difflib
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field

MAX_CHOICES = 9  # a choice is picked with the number keys 1-9
MIN_CHOICES = 2
# The simulation lab's keys a leaf may point at (its ``show_simulation`` takes these).
SIMULATIONS = ("bandits", "contextual", "uplift", "rl")


@dataclass(frozen=True)
class Choice:
    label: str          # the answer as the user reads it
    target: str         # the id of the node it leads to
    short: str = ""     # the answer in the breadcrumb; the label when empty
    line: int = 0

    @property
    def crumb(self) -> str:
        return self.short or self.label


@dataclass(frozen=True)
class QuestionNode:
    id: str
    title: str                    # a short name, used in the breadcrumb
    prompt: str                   # Markdown: the question itself
    choices: tuple[Choice, ...]
    help: str = ""                # Markdown: how to tell the answers apart
    line: int = 0


@dataclass(frozen=True)
class Leaf:
    id: str
    title: str                                  # the recommendation in a few words
    sections: tuple[tuple[str, str], ...]       # (field key, Markdown) in the tree's order
    concepts: tuple[str, ...] = ()              # curriculum concept ids, the first the main one
    simulation: str = ""                        # a simulation that shows this technique at work
    line: int = 0
    field_lines: Mapping[str, int] = field(default_factory=dict)

    def section(self, key: str) -> str:
        return next((text for k, text in self.sections if k == key), "")


Node = QuestionNode | Leaf


@dataclass(frozen=True)
class LeafField:
    """A section every recommendation of a tree has (unless optional), with its heading."""

    key: str
    title: str
    optional: bool = False


@dataclass(frozen=True)
class Panel:
    """Reference material shown on a key from anywhere in the walk (a comparison table...)."""

    id: str
    title: str
    body: str  # Markdown


@dataclass(frozen=True)
class Tree:
    id: str
    title: str
    summary: str
    root: str
    fields: tuple[LeafField, ...]         # the sections of a leaf, in the order shown
    nodes: Mapping[str, Node]
    panels: tuple[Panel, ...] = ()
    source: str = ""
    line: int = 0
    order: int = 100  # where the tree comes in the list of trees

    def node(self, node_id: str) -> Node:
        return self.nodes[node_id]

    @property
    def leaves(self) -> tuple[Leaf, ...]:
        return tuple(n for n in self.nodes.values() if isinstance(n, Leaf))

    def leaf(self, leaf_id: str) -> Leaf | None:
        node = self.nodes.get(leaf_id)
        return node if isinstance(node, Leaf) else None

    def heading(self, key: str) -> str:
        return next((f.title for f in self.fields if f.key == key), key)

    def panel(self, panel_id: str) -> Panel | None:
        return next((p for p in self.panels if p.id == panel_id), None)


# ------------------------------------------------------------------ checking the graph
@dataclass(frozen=True, order=True)
class TreeIssue:
    """One thing wrong with a tree, located at a node (and at the line of the offending key)."""

    line: int
    node: str
    where: str      # the field inside the node ("choices[1].next"), or "" for the node itself
    message: str


def check_tree(tree: Tree, concept_ids: Collection[str] | None = None) -> list[TreeIssue]:
    """Every problem of the tree's shape: dangling choices, unreachable nodes, cycles,
    questions with too few or too many choices, leaves missing a field or naming an unknown
    concept. An empty list means the tree can be walked from its root to a leaf on every path."""
    issues: list[TreeIssue] = []
    if tree.root not in tree.nodes:
        issues.append(TreeIssue(tree.line, tree.root, "root",
                                f"the root '{tree.root}' is not a node{_suggest(tree.root, tree)}"))
    for node in tree.nodes.values():
        if isinstance(node, QuestionNode):
            issues += _question_issues(tree, node)
        else:
            issues += _leaf_issues(tree, node, concept_ids)
    if tree.root in tree.nodes:
        issues += _cycle_issues(tree)
        reached = reachable(tree, tree.root)
        for node in tree.nodes.values():
            if node.id not in reached:
                issues.append(TreeIssue(node.line, node.id, "",
                                        "cannot be reached from the root "
                                        f"'{tree.root}': no choice leads here"))
    return sorted(set(issues))


def _question_issues(tree: Tree, node: QuestionNode) -> list[TreeIssue]:
    out = []
    count = len(node.choices)
    if not MIN_CHOICES <= count <= MAX_CHOICES:
        out.append(TreeIssue(node.line, node.id, "choices",
                             f"has {count} choice(s); a question needs {MIN_CHOICES} to "
                             f"{MAX_CHOICES}"))
    for i, choice in enumerate(node.choices):
        if choice.target not in tree.nodes:
            out.append(TreeIssue(choice.line or node.line, node.id, f"choices[{i}].next",
                                 f"leads to '{choice.target}', which is not a node"
                                 f"{_suggest(choice.target, tree)}"))
        elif choice.target == node.id:
            out.append(TreeIssue(choice.line or node.line, node.id, f"choices[{i}].next",
                                 "leads back to its own question"))
    return out


def _leaf_issues(tree: Tree, leaf: Leaf, concept_ids: Collection[str] | None) -> list[TreeIssue]:
    out = []
    filled = {k for k, text in leaf.sections if text.strip()}
    for f in tree.fields:
        if not f.optional and f.key not in filled:
            out.append(TreeIssue(leaf.line, leaf.id, f.key,
                                 "is missing (every recommendation in this tree has it)"))
    if leaf.simulation and leaf.simulation not in SIMULATIONS:
        out.append(TreeIssue(leaf.field_lines.get("simulation", leaf.line), leaf.id,
                             "simulation", f"'{leaf.simulation}' is not one of: "
                             f"{', '.join(SIMULATIONS)}"))
    if not leaf.concepts:
        out.append(TreeIssue(leaf.line, leaf.id, "concepts",
                             "is missing (link at least one curriculum concept)"))
    if concept_ids is not None:
        for i, cid in enumerate(leaf.concepts):
            if cid not in concept_ids:
                hint = difflib.get_close_matches(cid, list(concept_ids), n=1)
                out.append(TreeIssue(leaf.field_lines.get("concepts", leaf.line), leaf.id,
                                     f"concepts[{i}]", f"unknown concept '{cid}'"
                                     + (f" (did you mean '{hint[0]}'?)" if hint else "")))
    return out


def _cycle_issues(tree: Tree) -> list[TreeIssue]:
    """Depth-first search from the root; a choice pointing at a node still on the stack closes
    a loop, which would let a walk go on for ever."""
    out: list[TreeIssue] = []
    state: dict[str, int] = {}  # 1 on the stack, 2 finished
    stack: list[tuple[str, int]] = [(tree.root, 0)]
    state[tree.root] = 1
    while stack:
        node_id, index = stack[-1]
        node = tree.nodes[node_id]
        choices = node.choices if isinstance(node, QuestionNode) else ()
        if index >= len(choices):
            state[node_id] = 2
            stack.pop()
            continue
        stack[-1] = (node_id, index + 1)
        choice = choices[index]
        target = choice.target
        if target not in tree.nodes or target == node_id:
            continue  # reported as a dangling or self-pointing choice
        if state.get(target) == 1:
            loop = [n for n, _ in stack[[n for n, _ in stack].index(target):]] + [target]
            out.append(TreeIssue(choice.line or node.line, node_id, f"choices[{index}].next",
                                 "makes a cycle: " + " -> ".join(loop)))
        elif target not in state:
            state[target] = 1
            stack.append((target, 0))
    return out


def _suggest(name: str, tree: Tree) -> str:
    hits = difflib.get_close_matches(name, list(tree.nodes), n=1)
    return f" (did you mean '{hits[0]}'?)" if hits else ""


def reachable(tree: Tree, start: str) -> set[str]:
    """Node ids reachable from ``start`` (itself included), ignoring dangling choices."""
    seen = {start}
    todo = [start]
    while todo:
        node = tree.nodes.get(todo.pop())
        if isinstance(node, QuestionNode):
            for choice in node.choices:
                if choice.target in tree.nodes and choice.target not in seen:
                    seen.add(choice.target)
                    todo.append(choice.target)
    return seen


def leaf_paths(tree: Tree) -> dict[str, list[tuple[int, ...]]]:
    """Every leaf with the choice indices that reach it from the root (the tree must be
    valid: no cycles)."""
    out: dict[str, list[tuple[int, ...]]] = {}
    todo: list[tuple[str, tuple[int, ...]]] = [(tree.root, ())]
    while todo:
        node_id, picks = todo.pop()
        node = tree.nodes[node_id]
        if isinstance(node, Leaf):
            out.setdefault(node_id, []).append(picks)
            continue
        for i, choice in reversed(list(enumerate(node.choices))):
            todo.append((choice.target, (*picks, i)))
    return {k: sorted(v) for k, v in out.items()}


# ------------------------------------------------------------------ walking
@dataclass(frozen=True)
class Step:
    node: str    # the question answered
    choice: int  # the index of the answer picked


@dataclass(frozen=True)
class Walk:
    """Where a user is in a tree and how they got there; each move returns a new walk."""

    tree: Tree
    steps: tuple[Step, ...] = ()

    @property
    def current(self) -> Node:
        if not self.steps:
            return self.tree.node(self.tree.root)
        last = self.steps[-1]
        node = self.tree.node(last.node)
        assert isinstance(node, QuestionNode)
        return self.tree.node(node.choices[last.choice].target)

    @property
    def at_leaf(self) -> bool:
        return isinstance(self.current, Leaf)

    def choose(self, index: int) -> Walk:
        node = self.current
        if not isinstance(node, QuestionNode):
            raise ValueError("a recommendation has no choices")
        if not 0 <= index < len(node.choices):
            raise IndexError(f"question '{node.id}' has {len(node.choices)} choices")
        return Walk(self.tree, (*self.steps, Step(node.id, index)))

    def back(self) -> Walk:
        return Walk(self.tree, self.steps[:-1])

    def restart(self) -> Walk:
        return Walk(self.tree)

    def crumbs(self) -> list[tuple[str, str]]:
        """(question title, answer given) for each step so far."""
        out = []
        for step in self.steps:
            node = self.tree.node(step.node)
            assert isinstance(node, QuestionNode)
            out.append((node.title, node.choices[step.choice].crumb))
        return out

    @property
    def path(self) -> tuple[str, ...]:
        """The node ids visited, from the root to the current node."""
        return (*(s.node for s in self.steps), self.current.id)


def walk_along(tree: Tree, picks: Iterable[int]) -> Walk:
    walk = Walk(tree)
    for index in picks:
        walk = walk.choose(index)
    return walk


def first_wrong_turn(walk: Walk, targets: Collection[str]) -> Step | None:
    """The first answer after which none of ``targets`` could be reached any more, or None if
    the walk can still get there (or got there)."""
    for step in walk.steps:
        node = walk.tree.node(step.node)
        assert isinstance(node, QuestionNode)
        after = reachable(walk.tree, node.choices[step.choice].target)
        if not after & set(targets):
            return step
    return None
