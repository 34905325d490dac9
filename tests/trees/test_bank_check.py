"""``coach bank check`` reports tree and scenario problems in one list with the bank's."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.cli import main

from .samples import MINI, SCENARIOS, line_of, write


def test_shipped_trees_and_scenarios_pass(tmp_path: Path, capsys) -> None:
    assert main(["--data-dir", str(tmp_path), "bank", "check"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("OK: ") and "3 decision trees and" in out and "scenarios" in out


def test_tree_problems_are_listed_with_the_banks(tmp_path: Path, capsys,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    content = tmp_path / "content"
    broken = MINI.replace("next: right", "next: rigth")
    write(content, "trees/mini.yaml", broken)
    write(content, "scenarios/mini.yaml", SCENARIOS.replace("expected: left", "expected: up"))
    monkeypatch.setattr("coach.bank.trees.builtin_dir", lambda: content)
    bad_bank = write(tmp_path, "mine.yaml", "questions:\n  - id: x\n    type: essay\n")
    code = main(["--data-dir", str(tmp_path / "data"), "bank", "check", str(bad_bank)])
    err = capsys.readouterr().err
    assert code == 1
    assert "mine.yaml:3: questions[0] (x).type: 'essay' is not one of" in err
    dangling, orphan = line_of(broken, "next: rigth"), line_of(broken, "  right:")
    assert f"trees/mini.yaml:{dangling}: nodes.start.choices[1].next: leads to 'rigth'" in err
    assert f"trees/mini.yaml:{orphan}: nodes.right: cannot be reached from the root" in err
