import json
import subprocess
import sys
from pathlib import Path

import pytest

from coach.cli import main


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_version_and_help(capsys) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert capsys.readouterr().out.startswith("coach 0.")
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "today" in capsys.readouterr().out


def test_start_mark_today_flow(tmp_path: Path, capsys) -> None:
    data = str(tmp_path)
    code, out, _ = run(capsys, "--data-dir", data, "start", "--date", "2026-11-21",
                       "--interview", "2026-12-10", "--budget", "2h")
    assert code == 0 and "2026-11-21" in out
    code, out, _ = run(capsys, "--data-dir", data, "mark", "neural network (mlp)", "d1",
                       "--date", "2026-11-21")
    assert code == 0 and "Marked D1 of Neural Network (MLP)" in out
    code, out, _ = run(capsys, "--data-dir", data, "today", "--date", "2026-11-22")
    assert code == 0
    assert "Day 2 of 14" in out
    assert "Interview in 18 days" in out
    assert "D2  Neural Network (MLP)" in out
    assert "Backpropagation" in out
    stored = json.loads((tmp_path / "store.json").read_text())
    assert stored["settings"]["daily_budget_minutes"] == 120


def test_unknown_concept_suggests_close_matches(tmp_path: Path, capsys) -> None:
    run(capsys, "--data-dir", str(tmp_path), "start", "--date", "2026-11-21")
    code, _, err = run(capsys, "--data-dir", str(tmp_path), "mark", "backprop", "D2")
    assert code == 2
    assert "Unknown concept 'backprop'" in err and "Backpropagation" in err
    code, _, err = run(capsys, "--data-dir", str(tmp_path), "mark", "backpropagation", "D3")
    assert code == 2 and "Unknown checkpoint 'D3'" in err


def test_undo_from_the_shell(tmp_path: Path, capsys) -> None:
    data = str(tmp_path)
    run(capsys, "--data-dir", data, "start", "--date", "2026-11-21")
    run(capsys, "--data-dir", data, "mark", "mlp", "D1", "--date", "2026-11-21")
    code, out, _ = run(capsys, "--data-dir", data, "undo")
    assert code == 0 and "Undone: D1 of Neural Network (MLP)" in out
    stored = json.loads((tmp_path / "store.json").read_text())
    assert stored["checkpoints"] == []


def test_today_without_a_plan_says_how_to_start(tmp_path: Path, capsys) -> None:
    code, out, _ = run(capsys, "--data-dir", str(tmp_path), "today")
    assert code == 0 and "coach start" in out
    assert not (tmp_path / "store.json").exists()


def test_interview_tomorrow_prints_the_checklist(tmp_path: Path, capsys) -> None:
    data = str(tmp_path)
    run(capsys, "--data-dir", data, "start", "--date", "2026-11-21", "--interview", "2026-11-30")
    _code, out, _ = run(capsys, "--data-dir", data, "today", "--date", "2026-11-29")
    assert "The day before the interview" in out
    assert "Prepare three to five questions" in out


def test_env_var_picks_the_data_dir(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("COACH_DATA_DIR", str(tmp_path / "env"))
    run(capsys, "start", "--date", "2026-11-21")
    assert (tmp_path / "env" / "store.json").exists()


def test_shell_commands_never_import_textual(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from coach.cli import main\n"
        f"main(['--data-dir', {str(tmp_path)!r}, 'start', '--date', '2026-11-21'])\n"
        f"main(['--data-dir', {str(tmp_path)!r}, 'today', '--date', '2026-11-25'])\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('textual', 'rich', 'numpy')]\n"
        "assert not bad, bad\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    assert "Day 5 of 14" in result.stdout


@pytest.mark.parametrize("command", [
    ["readiness", "--date", "2026-12-01"], ["drill", "list"], ["bank", "stats"],
    ["export", "md", "-o", "{tmp}/r.md"], ["export", "json", "-o", "{tmp}/b.json"],
    ["export", "csv", "-o", "{tmp}/c"], ["export", "html", "-o", "{tmp}/g.html"],
])
def test_other_shell_commands_never_import_textual_or_rich(tmp_path: Path,
                                                           command: list[str]) -> None:
    args = [a.replace("{tmp}", str(tmp_path)) for a in command]
    code = (
        "import sys\n"
        "from coach.cli import main\n"
        f"main(['--data-dir', {str(tmp_path)!r}, 'start', '--date', '2026-11-21'])\n"
        f"code = main(['--data-dir', {str(tmp_path)!r}, *{args!r}])\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('textual', 'rich')]\n"
        "assert not bad, bad\n"
        "sys.exit(code)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr


def test_second_writer_is_refused_while_the_store_is_open(tmp_path: Path, capsys, clock) -> None:
    from coach.store import Store

    holder = Store.open(tmp_path, clock)
    try:
        code, _, err = run(capsys, "--data-dir", str(tmp_path), "start", "--date", "2026-11-21")
        assert code == 3 and "Another coach" in err
        code, _, _ = run(capsys, "--data-dir", str(tmp_path), "today")
        assert code == 0
    finally:
        holder.close()


def test_output_cut_short_by_a_pipe_is_not_an_error(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """`coach drill list | head -1`: once the reader has gone, no traceback, exit 0."""
    import os

    class ClosedPipe:
        def __init__(self) -> None:
            self.fd = os.open(os.devnull, os.O_WRONLY)

        def write(self, _text: str) -> int:
            raise BrokenPipeError(32, "Broken pipe")

        def flush(self) -> None:
            pass

        def fileno(self) -> int:
            return self.fd

    pipe = ClosedPipe()
    monkeypatch.setattr(sys, "stdout", pipe)
    try:
        assert main(["--data-dir", str(tmp_path), "drill", "list"]) == 0
    finally:
        os.close(pipe.fd)
