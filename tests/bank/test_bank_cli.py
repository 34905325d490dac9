from pathlib import Path

from coach.cli import main

BROKEN = """\
questions:
  - id: mine-1
    type: essay
    concepts: [not-a-concept]
    level: senior
    minutes: 10
    prompt: Something
    rubric:
      - point: Only one point here.
        weight: -1
    model_answer: An answer.
"""


def test_bank_check_lists_every_problem_and_fails(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "mine.yaml"
    bad.write_text(BROKEN)
    code = main(["--data-dir", str(tmp_path), "bank", "check", str(bad)])
    err = capsys.readouterr().err
    assert code == 1
    assert "mine.yaml:3: questions[0] (mine-1).type: 'essay' is not one of" in err
    assert "mine.yaml:4: questions[0] (mine-1).concepts[0]: unknown concept 'not-a-concept'" in err
    assert "mine.yaml:10: questions[0] (mine-1).rubric[0].weight: should be positive" in err
    assert "has 1 point; a rubric needs 3 to 7" in err
    assert err.startswith("4 problems")


def test_user_banks_folder_is_merged(tmp_path: Path, capsys) -> None:
    fixture = Path(__file__).resolve().parent.parent / "fixtures" / "bank.yaml"
    (tmp_path / "banks").mkdir()
    (tmp_path / "banks" / "extra.yaml").write_text(fixture.read_text())
    code = main(["--data-dir", str(tmp_path), "bank", "check"])
    out = capsys.readouterr().out
    assert code == 0 and out.startswith("OK:")
    count = int(out.split()[1])
    code = main(["--data-dir", str(tmp_path / "other"), "bank", "check"])
    assert int(capsys.readouterr().out.split()[1]) == count - 6
