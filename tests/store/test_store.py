import json
import multiprocessing
from datetime import date, datetime
from pathlib import Path

import pytest

from coach import progress
from coach.clock import FixedClock
from coach.store import Store, StoreBusy, StoreTooNew, StoreUnreadable
from coach.store import document as document_module
from coach.store.files import atomic_write


def _reopen(store: Store) -> Store:
    folder, clock = store.path.parent, store.clock
    store.close()
    return Store.open(folder, clock)


def test_every_change_is_on_disk_at_once(store, curriculum) -> None:
    progress.configure(store, start=date(2026, 11, 21), interview=None, budget_minutes=120)
    progress.mark_checkpoint(store, curriculum.concept("mlp"), "D1", date(2026, 11, 21))
    on_disk = json.loads(store.path.read_text())
    assert on_disk["settings"]["daily_budget_minutes"] == 120
    assert [(r["concept"], r["checkpoint"]) for r in on_disk["checkpoints"]] == [("mlp", "D1")]
    assert "mlp" in on_disk["memory"]


def test_atomic_write_leaves_no_temp_files_and_replaces_whole(tmp_path: Path) -> None:
    target = tmp_path / "f.json"
    atomic_write(target, b"old")
    atomic_write(target, b"new")
    assert target.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["f.json"]


def test_atomic_write_of_pieces_releasing_the_old_file_later(tmp_path: Path) -> None:
    from coach.store.files import finish_releasing

    target = tmp_path / "f.json"
    atomic_write(target, [b"o", b"ld"], release_old_later=True)  # no old file yet
    old_inode = target.stat().st_ino
    pieces = [bytes([65 + i % 26]) * (i % 7) for i in range(2000)]  # more than one writev
    atomic_write(target, pieces, release_old_later=True)
    finish_releasing()
    assert target.read_bytes() == b"".join(pieces)
    assert target.stat().st_ino != old_inode
    assert [p.name for p in tmp_path.iterdir()] == ["f.json"]


def test_corrupt_store_is_moved_aside_and_reported(tmp_path: Path, clock: FixedClock) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "store.json").write_text('{"schema_version": 1, "checkpoints": [')
    store = Store.open(folder, clock)
    try:
        aside = list(folder.glob("store.corrupt-*.json"))
        assert len(aside) == 1
        assert aside[0].read_text() == '{"schema_version": 1, "checkpoints": ['
        assert store.notices and aside[0].name in store.notices[0]
        assert store.data["checkpoints"] == []
    finally:
        store.close()


def test_wrong_shape_counts_as_corrupt(tmp_path: Path, clock: FixedClock) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "store.json").write_text('{"schema_version": 1, "checkpoints": {"a": 1}}')
    store = Store.open(folder, clock)
    store.close()
    assert "checkpoints" in store.notices[0]
    assert len(list(folder.glob("store.corrupt-*.json"))) == 1


def test_corrupt_store_read_only_is_refused_untouched(tmp_path: Path, clock: FixedClock) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "store.json").write_text("not json")
    with pytest.raises(StoreUnreadable, match="damaged"):
        Store.open(folder, clock, readonly=True)
    assert (folder / "store.json").read_text() == "not json"


def test_newer_store_is_refused_and_left_alone(tmp_path: Path, clock: FixedClock) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    raw = json.dumps({"schema_version": 99, "settings": {}})
    (folder / "store.json").write_text(raw)
    with pytest.raises(StoreTooNew, match="newer version"):
        Store.open(folder, clock)
    assert (folder / "store.json").read_text() == raw
    assert not list(folder.glob("store.corrupt-*"))
    # and the lock was released: a second attempt fails the same way, not as "busy"
    with pytest.raises(StoreTooNew):
        Store.open(folder, clock)


def test_migration_path_runs_registered_steps(tmp_path: Path, clock: FixedClock,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(document_module, "SCHEMA_VERSION", 2)
    monkeypatch.setattr("coach.store.store.SCHEMA_VERSION", 2)

    def one_to_two(doc: dict) -> dict:
        doc["settings"]["migrated"] = True
        return doc

    monkeypatch.setitem(document_module.MIGRATIONS, 1, one_to_two)
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "store.json").write_text(json.dumps({"schema_version": 1, "settings": {}}))
    store = Store.open(folder, clock)
    store.save()
    store.close()
    saved = json.loads((folder / "store.json").read_text())
    assert saved["schema_version"] == 2 and saved["settings"]["migrated"] is True


def _hold_store(folder: str, ready, release) -> None:  # pragma: no cover - child process
    store = Store.open(Path(folder), FixedClock(datetime(2026, 1, 1, 9)))
    ready.set()
    release.wait(10)
    store.close()


def test_second_coach_on_the_same_store_is_told(tmp_path: Path, clock: FixedClock) -> None:
    ctx = multiprocessing.get_context("spawn")
    ready, release = ctx.Event(), ctx.Event()
    child = ctx.Process(target=_hold_store, args=(str(tmp_path), ready, release))
    child.start()
    try:
        assert ready.wait(20)
        with pytest.raises(StoreBusy, match=r"Another coach \(process \d+\)"):
            Store.open(tmp_path, clock)
        # reading is still allowed
        Store.open(tmp_path, clock, readonly=True)
    finally:
        release.set()
        child.join(20)
    Store.open(tmp_path, clock).close()  # free again once the first coach has gone


def test_undo_reverts_each_kind_of_change_and_survives_restart(store, curriculum) -> None:
    mlp = curriculum.concept("mlp")
    progress.configure(store, start=date(2026, 11, 21), interview=None, budget_minutes=180)
    progress.mark_checkpoint(store, mlp, "D1", date(2026, 11, 21))
    progress.set_note(store, mlp, "first")
    progress.set_note(store, mlp, "first draft")  # same editing session: one undo step
    rec = store.add_record("attempts", {"concepts": ["mlp"], "status": "open"},
                           label="Attempt")
    store.update_record("attempts", rec["id"], {"status": "scored", "score": 1.0,
                                                 "scored_at": "2026-11-24T10:00:00"},
                        label="Score attempt")
    progress.unmark_checkpoint(store, mlp, "D1")
    assert "mlp" not in store.data["memory"] or store.data["memory"]["mlp"]["reviews"] == 1

    store = _reopen(store)
    labels = []
    while (label := store.undo()) is not None:
        labels.append(label)
        if label.startswith("Untick"):
            assert progress.checkpoint_record(store, "mlp", "D1") is not None
        if label == "Score attempt":
            assert store.records("attempts")[0]["status"] == "open"
        if label.startswith("Notes"):
            assert "mlp" not in store.data["notes"]
    assert labels == ["Untick D1 of Neural Network (MLP)", "Score attempt", "Attempt",
                      "Notes on Neural Network (MLP)", "D1 of Neural Network (MLP) (good)",
                      "Plan settings"]
    assert store.records("checkpoints") == [] and store.records("attempts") == []
    assert store.data["memory"] == {}
    assert store.settings["start_date"] is None


def test_undo_history_is_kept_for_the_current_day_only(store, curriculum) -> None:
    progress.mark_checkpoint(store, curriculum.concept("mlp"), "D1", date(2026, 11, 24))
    store.clock.advance(days=1)
    store = _reopen(store)
    assert store.undo() is None
    assert store.records("checkpoints")


def test_daily_backup_is_taken_before_the_first_change_of_a_day(store, curriculum) -> None:
    progress.mark_checkpoint(store, curriculum.concept("mlp"), "D1", date(2026, 11, 24))
    store.clock.advance(days=1)
    progress.mark_checkpoint(store, curriculum.concept("mlp"), "D2", date(2026, 11, 25))
    backups = sorted((store.path.parent / "backups").glob("store-*.json"))
    assert [b.name for b in backups] == ["store-2026-11-25.json"]
    assert len(json.loads(backups[0].read_text())["checkpoints"]) == 1


@pytest.mark.parametrize("chunk", [3, 256])
def test_incremental_encoding_always_matches_the_document(store, curriculum, chunk: int,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """Whatever sequence of changes, the file on disk equals the document in memory (also with
    tiny chunks, so edits, inserts and removals land in and across many cached chunks)."""
    import random

    import coach.store.store as store_module

    monkeypatch.setattr(store_module, "CHUNK", chunk)

    rng = random.Random(5)
    mlp = curriculum.concept("mlp")
    for step in range(120):
        action = rng.randrange(6)
        attempts = store.records("attempts")
        if action == 0 or not attempts:
            store.add_record("attempts", {"concepts": ["mlp"], "status": "open",
                                          "answer": "", "started_at": "2026-11-24T10:00"},
                             label=f"a{step}")
        elif action == 1:
            target = rng.choice(attempts)
            store.update_record("attempts", target["id"], {"answer": f"typed {step}"},
                                undoable=False, affects_memory=False)
        elif action == 2:
            target = rng.choice(attempts)
            store.update_record("attempts", target["id"],
                                {"status": "scored", "score": rng.random(),
                                 "scored_at": "2026-11-24T11:00"}, label="score")
        elif action == 3:
            store.remove_record("attempts", rng.choice(attempts)["id"], label="remove")
        elif action == 4:
            progress.toggle_checkpoint(store, mlp, rng.choice(["D1", "D2"]), date(2026, 11, 24))
        else:
            store.undo()
        assert json.loads(store.path.read_text()) == json.loads(json.dumps(store.data))
