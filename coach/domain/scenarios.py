"""Business scenarios walked on a decision tree, and how an answer is judged.

A scenario names the leaf a principal would reach (and any others that are also defensible).
Reaching a leaf is judged against those; a wrong leaf is explained by what it would cost and by
the first answer after which the right technique was out of reach. Rounds of scenarios are drawn
from a seed so the same seed always gives the same round.
"""

from __future__ import annotations

import random
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field

from coach.domain.trees import Step, Tree, Walk, first_wrong_turn

ROUND_SIZE = 5


@dataclass(frozen=True)
class Scenario:
    id: str
    tree: str
    title: str
    situation: str                      # Markdown: the business problem as an interviewer puts it
    expected: str                       # the leaf a principal would reach
    why: str                            # Markdown: why that leaf
    accept: tuple[str, ...] = ()        # other leaves that are also defensible
    wrong: Mapping[str, str] = field(default_factory=dict)  # tempting leaf -> what it costs
    domain: str = ""                    # ads, pricing, search... for the list
    source: str = ""
    line: int = 0

    @property
    def right_leaves(self) -> tuple[str, ...]:
        return (self.expected, *self.accept)


@dataclass(frozen=True)
class Verdict:
    scenario: str
    reached: str                 # the leaf the user reached
    correct: bool                # the expected leaf or an acceptable one
    exact: bool                  # the expected leaf itself
    cost: str = ""               # what the reached (wrong) leaf would have cost, if written
    wrong_turn: Step | None = None  # the first answer that ruled the right leaves out


def judge(scenario: Scenario, walk: Walk) -> Verdict:
    """Judge a walk that ended at a leaf."""
    if not walk.at_leaf:
        raise ValueError("a scenario is judged at a leaf")
    reached = walk.current.id
    correct = reached in scenario.right_leaves
    return Verdict(scenario.id, reached, correct, reached == scenario.expected,
                   "" if correct else scenario.wrong.get(reached, ""),
                   None if correct else first_wrong_turn(walk, scenario.right_leaves))


def draw_round(scenarios: Sequence[Scenario], answered_right: Collection[str], seed: int,
               size: int = ROUND_SIZE, tree: str | None = None,
               missed: Collection[str] = ()) -> list[Scenario]:
    """``size`` scenarios in an order fixed by ``seed``: first those whose latest answer was
    wrong (``missed``: practise what was got wrong), then those never answered right, then
    the rest."""
    rng = random.Random(seed)
    pool = sorted((s for s in scenarios if tree is None or s.tree == tree), key=lambda s: s.id)
    again = [s for s in pool if s.id in missed]
    fresh = [s for s in pool if s.id not in answered_right and s.id not in missed]
    known = [s for s in pool if s.id in answered_right and s.id not in missed]
    for group in (again, fresh, known):
        rng.shuffle(group)
    return (again + fresh + known)[:size]


def scenario_issues(scenario: Scenario, trees: Mapping[str, Tree]) -> list[tuple[str, str]]:
    """(field, message) for each reference of the scenario that does not hold: the tree, the
    expected and acceptable leaves (which must be leaves reachable from the root), and the
    leaves whose cost is described."""
    tree = trees.get(scenario.tree)
    if tree is None:
        known = ", ".join(sorted(trees)) or "none"
        return [("tree", f"unknown tree '{scenario.tree}' (trees: {known})")]
    from coach.domain.trees import reachable

    reached = reachable(tree, tree.root) if tree.root in tree.nodes else set()
    out = []

    def check_leaf(where: str, leaf_id: str) -> bool:
        if tree.leaf(leaf_id) is None:
            kind = "a question, not a recommendation" if leaf_id in tree.nodes else "not a node"
            out.append((where, f"'{leaf_id}' in tree '{tree.id}' is {kind}"))
            return False
        if leaf_id not in reached:
            out.append((where, f"'{leaf_id}' cannot be reached from the root of '{tree.id}'"))
            return False
        return True

    check_leaf("expected", scenario.expected)
    for i, leaf_id in enumerate(scenario.accept):
        if check_leaf(f"accept[{i}]", leaf_id) and leaf_id == scenario.expected:
            out.append((f"accept[{i}]", f"'{leaf_id}' is already the expected leaf"))
    for leaf_id in scenario.wrong:
        if check_leaf(f"wrong.{leaf_id}", leaf_id) and leaf_id in scenario.right_leaves:
            out.append((f"wrong.{leaf_id}", f"'{leaf_id}' is a right answer for this scenario"))
    return out


@dataclass(frozen=True)
class RoundProgress:
    """A round of scenarios under way: which one is current and the verdicts so far."""

    seed: int
    scenarios: tuple[Scenario, ...]
    verdicts: tuple[Verdict, ...] = ()

    @property
    def current(self) -> Scenario | None:
        index = len(self.verdicts)
        return self.scenarios[index] if index < len(self.scenarios) else None

    @property
    def finished(self) -> bool:
        return len(self.verdicts) >= len(self.scenarios)

    @property
    def right(self) -> int:
        return sum(v.correct for v in self.verdicts)

    def answered(self, verdict: Verdict) -> RoundProgress:
        current = self.current
        if current is None or verdict.scenario != current.id:
            raise ValueError("the verdict is not for the current scenario")
        return RoundProgress(self.seed, self.scenarios, (*self.verdicts, verdict))
