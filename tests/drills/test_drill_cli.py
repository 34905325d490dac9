"""``coach drill list|start|check`` from the shell."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from coach.cli import main
from coach.drills.catalog import drills_dir
from coach.drills.progress import drill_status
from coach.store import Store

REFERENCE = drills_dir() / "softmax" / "reference.py"


def _store(data: Path) -> Store:
    from coach.clock import SystemClock

    return Store.open(data, SystemClock(), readonly=True)


def test_list_shows_every_drill(tmp_path: Path, capsys) -> None:
    assert main(["--data-dir", str(tmp_path), "drill", "list"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].split() == ["drill", "concept", "min", "status", "best",
                                           "tries", "title"]
    row = next(line for line in out.splitlines() if line.startswith("softmax "))
    assert row.split()[1:6] == ["activation-functions", "30", "new", "-", "0"]
    assert f"0 of {len(list(drills_dir().glob('*/drill.yaml')))} drills passed" in out


def test_start_writes_the_starter_and_keeps_existing_work(tmp_path: Path, capsys) -> None:
    assert main(["--data-dir", str(tmp_path), "drill", "start", "softmax"]) == 0
    path = tmp_path / "drills" / "softmax.py"
    assert path.read_text() == (drills_dir() / "softmax" / "starter.py").read_text()
    assert f"Wrote the starter for Numerically stable softmax to {path}" in \
        capsys.readouterr().out
    path.write_text("# mine\n")
    assert main(["--data-dir", str(tmp_path), "drill", "start", "softmax"]) == 0
    assert "already exists; your work is kept" in capsys.readouterr().out
    assert path.read_text() == "# mine\n"


def test_start_into_a_folder(tmp_path: Path, capsys) -> None:
    work = tmp_path / "work"
    assert main(["--data-dir", str(tmp_path / "d"), "drill", "start", "adam", "--dir",
                 str(work)]) == 0
    assert (work / "adam.py").is_file()
    assert f"coach drill check adam {work / 'adam.py'}" in capsys.readouterr().out


def test_check_passing_file_exits_0_and_is_recorded(tmp_path: Path, capsys) -> None:
    assert main(["--data-dir", str(tmp_path), "drill", "check", "softmax", str(REFERENCE)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("softmax: all 10 checks passed (")
    assert "  ✓ stable for logits in the thousands" in out
    status = drill_status(_store(tmp_path), "softmax")
    assert (status.status, status.runs, status.attempts) == ("passed", 1, 1)


def test_check_failing_file_exits_1_with_details_and_hints(tmp_path: Path, capsys) -> None:
    wrong = Path(__file__).parent / "solutions" / "softmax" / "wrong_no_max_shift.py"
    assert main(["--data-dir", str(tmp_path), "drill", "check", "softmax", str(wrong)]) == 1
    out = capsys.readouterr().out
    assert out.startswith("softmax: 8 of 10 checks passed")
    assert "  ✗ stable for logits in the thousands\n      softmax(logits around 2000): " in out
    assert "      hint: subtract the maximum of each slice before np.exp" in out
    assert drill_status(_store(tmp_path), "softmax").status == "failing"


def test_check_file_that_does_not_parse_exits_1(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("def softmax(x:\n")
    assert main(["--data-dir", str(tmp_path), "drill", "check", "softmax", str(bad)]) == 1
    out = capsys.readouterr().out
    assert out.startswith("softmax: could not be checked")
    assert "syntax error on line 1" in out


def test_unknown_drill_suggests_close_names(tmp_path: Path, capsys) -> None:
    assert main(["--data-dir", str(tmp_path), "drill", "check", "sofmax", str(REFERENCE)]) == 2
    assert "no drill named 'sofmax'; did you mean softmax?" in capsys.readouterr().err
    assert main(["--data-dir", str(tmp_path), "drill", "start", "zzz"]) == 2
    assert "`coach drill list` shows them all" in capsys.readouterr().err


def test_missing_file_exits_2(tmp_path: Path, capsys) -> None:
    code = main(["--data-dir", str(tmp_path), "drill", "check", "softmax",
                 str(tmp_path / "nope.py")])
    assert code == 2
    assert "nope.py does not exist" in capsys.readouterr().err
    assert drill_status(_store(tmp_path), "softmax").runs == 0


def test_drill_commands_never_import_textual_or_rich(tmp_path: Path) -> None:
    script = (
        "import sys\nfrom coach.cli import main\n"
        f"main(['--data-dir', {str(tmp_path)!r}, 'drill', 'list'])\n"
        f"main(['--data-dir', {str(tmp_path)!r}, 'drill', 'check', 'softmax', "
        f"{str(REFERENCE)!r}])\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('textual', 'rich')]\n"
        "assert not bad, bad\n")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
