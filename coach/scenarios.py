"""Scenario operations: load the trees, record an answer, draw a round.

Like ``coach.practice``, this turns user intent into store records with clear undo labels and
reads them back; the screens only call these. A result counts toward the mastery of the
expected leaf's concepts (``coach.domain.mastery`` reads ``scenario_results``).
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime
from typing import TYPE_CHECKING, Any

from coach.domain.scenarios import ROUND_SIZE, Scenario, Verdict, draw_round, judge
from coach.domain.trees import Tree, Walk
from coach.store import Store

if TYPE_CHECKING:
    from coach.bank.trees import TreeLibrary


def load_library(concept_ids: Collection[str]) -> tuple[TreeLibrary | None, list[str]]:
    """The built-in trees and scenarios, or None and the problems that keep them from loading
    (each with file, line and node)."""
    from coach import paths
    from coach.bank.problems import ContentError
    from coach.bank.trees import load_library as load

    try:
        return load(concept_ids, cache_dir=paths.cache_dir()), []
    except ContentError as exc:
        return None, [str(p) for p in exc.problems]


def results(store: Store, scenario_id: str | None = None) -> list[dict[str, Any]]:
    return [r for r in store.records("scenario_results")
            if scenario_id is None or r.get("scenario") == scenario_id]


def last_outcomes(store: Store) -> dict[str, bool]:
    """Scenario id -> whether its newest answer was right."""
    out: dict[str, bool] = {}
    for rec in store.records("scenario_results"):
        out[rec.get("scenario", "")] = bool(rec.get("correct"))
    return out


def answered_right(store: Store) -> set[str]:
    """Scenarios answered right at least once."""
    return {r.get("scenario", "") for r in store.records("scenario_results") if r.get("correct")}


def record_answer(store: Store, tree: Tree, scenario: Scenario, walk: Walk, now: datetime, *,
                  round_seed: int | None = None) -> tuple[Verdict, dict[str, Any]]:
    """Judge a walk that reached a leaf and save the result (undoable)."""
    verdict = judge(scenario, walk)
    expected = tree.leaf(scenario.expected)
    reached = tree.leaf(verdict.reached)
    record: dict[str, Any] = {
        "scenario": scenario.id, "tree": tree.id, "leaf": verdict.reached,
        "path": list(walk.path), "correct": verdict.correct, "exact": verdict.exact,
        "concepts": list(expected.concepts if expected else ()), "at": now.isoformat(),
    }
    if round_seed is not None:
        record["round"] = round_seed
    outcome = "right" if verdict.correct else "wrong"
    name = reached.title if reached else verdict.reached
    rec = store.add_record("scenario_results", record,
                           label=f"Scenario '{scenario.title}': {outcome} ({name})")
    return verdict, rec


def new_round(store: Store, scenarios: Collection[Scenario], seed: int,
              size: int = ROUND_SIZE, tree: str | None = None) -> list[Scenario]:
    """A reproducible round: the same seed and the same history give the same scenarios."""
    missed = {sid for sid, right in last_outcomes(store).items() if not right}
    return draw_round(list(scenarios), answered_right(store), seed, size, tree,
                      missed=missed)
