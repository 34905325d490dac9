"""Backups restore exactly; anything that is not a good backup is refused and changes nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from coach import progress
from coach.cli import main
from coach.exports.backup import BackupError, read_backup, restore_backup
from coach.exports.run import export

from .conftest import TODAY


def test_a_backup_restores_the_store_and_keeps_the_replaced_one(week, curriculum, bank,
                                                                tmp_path: Path) -> None:
    [backup] = export("json", week, curriculum, TODAY, tmp_path / "b.json", lambda: bank)
    saved = json.loads(json.dumps(week.data))
    progress.mark_checkpoint(week, curriculum.concept("gan"), "D1", TODAY)
    before_import = week.path.read_bytes()
    aside = restore_backup(week, backup)
    assert aside is not None and aside.read_bytes() == before_import
    assert json.loads(week.path.read_text())["checkpoints"] == saved["checkpoints"]
    assert week.data["checkpoints"] == saved["checkpoints"]
    assert progress.checkpoint_record(week, "gan", "D1") is None


@pytest.mark.parametrize("content, reason", [
    (b"{not json", "not valid JSON"),
    (b'{"hello": "world"}', "not a coach backup"),
    (b'{"schema_version": 1, "settings": {}, "checkpoints": {}}', "damaged"),
    (b'{"schema_version": 99, "settings": {}, "checkpoints": []}', "newer version"),
    (b"\xff\xfe", "not valid JSON"),
])
def test_bad_files_are_refused_and_nothing_changes(week, tmp_path: Path, content: bytes,
                                                   reason: str) -> None:
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    before = week.path.read_bytes()
    files_before = sorted(p.name for p in week.path.parent.iterdir())
    with pytest.raises(BackupError, match=reason):
        restore_backup(week, bad)
    assert week.path.read_bytes() == before
    assert sorted(p.name for p in week.path.parent.iterdir()) == files_before


def test_import_from_the_shell(week, curriculum, bank, tmp_path: Path, capsys) -> None:
    [backup] = export("json", week, curriculum, TODAY, tmp_path / "b.json", lambda: bank)
    data_dir = week.path.parent
    week.close()  # the shell command takes the store itself
    assert main(["--data-dir", str(data_dir), "import", str(backup)]) == 0
    out = capsys.readouterr().out
    assert "Restored" in out and "before-import" in out
    (tmp_path / "junk.json").write_text("[]")
    assert main(["--data-dir", str(data_dir), "import", str(tmp_path / "junk.json")]) == 1
    assert "Nothing was changed" in capsys.readouterr().err
    assert read_backup(data_dir / "store.json")["checkpoints"]


def test_export_from_the_shell_while_the_app_has_the_store(week, tmp_path: Path,
                                                           capsys) -> None:
    out = tmp_path / "report.md"
    code = main(["--data-dir", str(week.path.parent), "export", "md", "-o", str(out)])
    assert code == 0 and out.exists()
    assert f"Wrote {out}" in capsys.readouterr().out
    # ...but restoring needs the store to itself
    assert main(["--data-dir", str(week.path.parent), "import", str(week.path)]) == 3
    assert "Another coach" in capsys.readouterr().err
