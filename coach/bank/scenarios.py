"""Read scenario files (``question_bank/scenarios/*.yaml``) and check them against the trees.

A scenario is only useful if its tree exists and its expected leaf can be reached by walking
that tree, so both are checked here (with ``coach.domain.scenarios.scenario_issues``) and each
mistake is reported with file, line and field.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from pathlib import Path
from typing import Any

from coach.bank.fields import Reader
from coach.bank.location import display_name
from coach.bank.problems import ContentError, Problem
from coach.bank.yamlsource import line_of, load_yaml_file
from coach.domain.scenarios import Scenario, scenario_issues
from coach.domain.trees import Tree

SCENARIO_FIELDS = ("id", "tree", "title", "domain", "situation", "expected", "accept", "why",
                   "wrong")


def parse_scenario_file(path: Path, trees: Mapping[str, Tree],
                        broken: Collection[str] = ()) -> tuple[list[Scenario], list[Problem]]:
    """Scenarios of one file and their problems. Scenarios on a tree in ``broken`` (a tree with
    problems of its own) are not checked against it: the tree's problems say what to fix."""
    name = display_name(path)
    try:
        root = load_yaml_file(path, name)
    except ContentError as exc:
        return [], exc.problems
    r = Reader(name)
    top = r.document(root, ["scenarios"], "scenarios")
    if top is None:
        return [], r.problems
    items = r.seq(top, "scenarios", "")
    out = []
    for index, raw in enumerate(items):
        m = r.mapping(raw, f"scenarios[{index}]", line_of(items, index))
        if m is None:
            continue
        scenario = _read_scenario(r, m, index, name, trees, broken)
        if scenario is not None:
            out.append(scenario)
    return out, r.problems


def _read_scenario(r: Reader, m: dict[Any, Any], index: int, name: str,
                   trees: Mapping[str, Tree], broken: Collection[str]) -> Scenario | None:
    sid = r.text(m, "id", f"scenarios[{index}]")
    where = f"scenarios[{index}]" + (f" ({sid})" if sid else "")
    r.unknown_keys(m, where, SCENARIO_FIELDS)
    wrong: dict[str, str] = {}
    if "wrong" in m:
        wm = r.mapping(m["wrong"], f"{where}.wrong", line_of(m, "wrong"))
        for key in wm or {}:
            wrong[str(key)] = r.text(wm, key, f"{where}.wrong")  # type: ignore[arg-type]
    scenario = Scenario(
        id=sid, tree=r.text(m, "tree", where), title=r.text(m, "title", where),
        situation=r.text(m, "situation", where), expected=r.text(m, "expected", where),
        why=r.text(m, "why", where), accept=r.texts(m, "accept", where),
        wrong=wrong, domain=r.text(m, "domain", where, required=False), source=name,
        line=line_of(m))
    if not (scenario.id and scenario.tree and scenario.expected):
        return None
    if scenario.tree in broken:
        return scenario
    for field, message in scenario_issues(scenario, trees):
        key = field.split(".")[0].split("[")[0]
        if key == "wrong" and "." in field:
            line = line_of(m.get("wrong"), field.split(".", 1)[1])
        elif key == "accept" and "[" in field:
            line = line_of(m.get("accept"), int(field[field.index("[") + 1:-1]))
        else:
            line = line_of(m, key)
        r.problem(line or line_of(m), f"{where}.{field}", message)
    return scenario
