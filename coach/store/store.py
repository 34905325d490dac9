"""The store: one JSON document on disk, changed only through methods that save at once.

Every change records how to undo it (``undo`` list of small inverse operations), so ``undo``
works for any kind of change, survives a restart for the rest of the day, and never needs a
snapshot of the whole document.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

from coach.clock import Clock
from coach.store import files
from coach.store.document import (
    COLLECTIONS,
    SCHEMA_VERSION,
    fill_defaults,
    migrate,
    new_document,
    shape_problems,
)
from coach.store.errors import StoreBusy, StoreTooNew, StoreUnreadable

STORE_NAME = "store.json"


def _dumps(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


UNDO_KEPT = 200
CHUNK = 256  # records per cached piece of a collection's encoding


class Store:
    def __init__(self, path: Path, data: dict[str, Any], clock: Clock, *,
                 lock: files.StoreLock | None = None, readonly: bool = False,
                 notices: list[str] | None = None) -> None:
        self.path = path
        self.data = data
        self.clock = clock
        self.readonly = readonly
        self.notices = notices or []
        self._lock = lock
        self._backed_up_on: date | None = None
        # Serialised records by id, so a save re-encodes only what changed (see ``_encode``).
        self._fragments: dict[int, tuple[dict[str, Any], bytes]] = {}
        # ... and whole collections that did not change since the last save.
        self._collections: dict[str, list[bytes]] = {}
        # ... and collections in chunks: (ids of the records, the records, joined encoding).
        self._chunks: dict[str, list[Any]] = {}
        self._chunk_of: dict[int, tuple[str, int]] = {}
        self._prune_undo()

    # ----------------------------------------------------------------- opening
    @classmethod
    def open(cls, folder: Path, clock: Clock, *, readonly: bool = False) -> Store:
        """Open (or create) the store in ``folder``.

        Writable stores take the folder's lock first: a second coach gets ``StoreBusy``. A file
        that cannot be parsed is moved aside and a fresh store started, with a notice saying
        where the old one went; read-only opens raise ``StoreUnreadable`` instead.
        """
        path = folder / STORE_NAME
        lock = None
        if not readonly:
            folder.mkdir(parents=True, exist_ok=True)
            lock = files.StoreLock(folder / ".lock")
            holder = lock.acquire()
            if holder is not None:
                raise StoreBusy(path, holder)
        try:
            data, notices = cls._read(path, clock, readonly)
        except BaseException:
            if lock:
                lock.release()
            raise
        return cls(path, data, clock, lock=lock, readonly=readonly, notices=notices)

    @classmethod
    def _read(cls, path: Path, clock: Clock, readonly: bool) -> tuple[dict[str, Any], list[str]]:
        if not path.exists():
            return new_document(), []
        problem = ""
        doc: Any = None
        try:
            doc = json.loads(path.read_bytes())
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            problem = f"it is not valid JSON ({exc})"
        if not problem:
            problems = shape_problems(doc)
            if problems:
                problem = "; ".join(problems)
        if not problem:
            if doc["schema_version"] > SCHEMA_VERSION:
                raise StoreTooNew(path, doc["schema_version"], SCHEMA_VERSION)
            try:
                return fill_defaults(migrate(doc)), []
            except (ValueError, KeyError, TypeError) as exc:
                problem = f"it could not be upgraded ({exc})"
        if readonly:
            raise StoreUnreadable(
                f"{path} is damaged: {problem}. Open the coach (run `coach`) to move it aside "
                "and start again, or restore a backup with `coach import`.")
        aside = files.move_aside(path, "corrupt", clock.now())
        backup = files.latest_backup(path)
        note = (f"Your store could not be read: {problem}. It was kept as {aside.name} and a "
                "fresh store was started.")
        if backup:
            note += f" The newest backup is {backup}; restore it with `coach import {backup}`."
        return new_document(), [note]

    def close(self) -> None:
        files.finish_releasing()
        if self._lock:
            self._lock.release()
            self._lock = None

    # ----------------------------------------------------------------- saving
    def save(self) -> None:
        if self.readonly:
            raise RuntimeError("this store was opened read-only")
        today = self.clock.today()
        if self._backed_up_on != today:
            files.daily_backup(self.path, today)
            self._backed_up_on = today
        self.data["schema_version"] = SCHEMA_VERSION
        files.atomic_write(self.path, self._encode(), release_old_later=True)

    def _encode(self) -> list[bytes]:
        """The document as compact JSON pieces, reusing the encoding of unchanged records.

        Two years of heavy use make a document of megabytes, almost all of it old attempts.
        Records are encoded once and kept by id; collections are kept as joined chunks of
        ``CHUNK`` records, so a change re-joins one chunk; the pieces go to the file unjoined.
        A cached fragment or chunk is used only while the very same record objects are in
        place, and every method that edits a record in place drops both (``_after_change``).
        """
        out: list[bytes] = [b"{"]
        for index, (key, value) in enumerate(self.data.items()):
            out.append(b"," + _dumps(key) + b":" if index else _dumps(key) + b":")
            if key in COLLECTIONS:
                pieces = self._collections.get(key)
                if pieces is None:
                    pieces = self._collection_pieces(key, value)
                    self._collections[key] = pieces
                out.extend(pieces)
            else:
                out.append(_dumps(value))
        out.append(b"}")
        return out

    def _collection_pieces(self, kind: str, records: list[dict[str, Any]]) -> list[bytes]:
        cached = self._chunks.setdefault(kind, [])
        pieces: list[bytes] = [b"["]
        for number, start in enumerate(range(0, len(records), CHUNK)):
            part = records[start:start + CHUNK]
            ids = list(map(id, part))
            entry = cached[number] if number < len(cached) else None
            if entry is None or entry[0] != ids:
                # ``part`` is kept with the ids so those objects live, and ids stay unique.
                entry = (ids, part, b",".join([self._record_bytes(r) for r in part]))
                if number < len(cached):
                    cached[number] = entry
                else:
                    cached.append(entry)
                for rec in part:
                    if isinstance(rec.get("id"), int):
                        self._chunk_of[rec["id"]] = (kind, number)
            if number:
                pieces.append(b",")
            pieces.append(entry[2])
        del cached[-(-len(records) // CHUNK):]
        pieces.append(b"]")
        return pieces

    def _drop_chunk_of(self, record_id: int) -> None:
        where = self._chunk_of.pop(record_id, None)
        if where is not None:
            chunks = self._chunks.get(where[0], [])
            if where[1] < len(chunks):
                chunks[where[1]] = None

    def _record_bytes(self, record: dict[str, Any]) -> bytes:
        rid = record.get("id")
        if isinstance(rid, int):
            hit = self._fragments.get(rid)
            if hit is not None and hit[0] is record:
                return hit[1]
            encoded = _dumps(record)
            self._fragments[rid] = (record, encoded)
            return encoded
        return _dumps(record)

    def replace_document(self, doc: dict[str, Any]) -> None:
        """Take a whole validated document (a restored backup) as the store and save it.

        Its undo history from other days is dropped as on every open; undoing past this point
        is not possible, which is why the previous store is kept aside by the caller.
        """
        self.data = doc
        self.forget_encodings()
        self._prune_undo()
        self.save()

    def forget_encodings(self) -> None:
        """Drop every cached fragment (after editing ``data`` other than through methods)."""
        self._fragments.clear()
        self._collections.clear()
        self._chunks.clear()
        self._chunk_of.clear()

    # ----------------------------------------------------------------- reading
    @property
    def settings(self) -> dict[str, Any]:
        return self.data["settings"]

    def records(self, kind: str) -> list[dict[str, Any]]:
        return self.data[kind]

    def record(self, kind: str, record_id: int) -> dict[str, Any] | None:
        for rec in self.data[kind]:
            if rec.get("id") == record_id:
                return rec
        return None

    # ----------------------------------------------------------------- changing
    def _new_id(self) -> int:
        value = int(self.data["next_id"])
        self.data["next_id"] = value + 1
        return value

    def _push_undo(self, label: str, ops: list[dict[str, Any]], *, kind: str = "",
                   key: str = "") -> None:
        now = self.clock.now()
        self.data["undo"].append({"label": label, "ops": ops, "kind": kind, "key": key,
                                  "day": now.date().isoformat(), "at": now.isoformat()})
        del self.data["undo"][:-UNDO_KEPT]

    def _prune_undo(self) -> None:
        today = self.clock.today().isoformat()
        self.data["undo"] = [u for u in self.data.get("undo", []) if u.get("day") == today]

    def add_record(self, kind: str, record: dict[str, Any], *, label: str,
                   undoable: bool = True) -> dict[str, Any]:
        """Append a record to a collection and save; undo removes it again."""
        if kind not in COLLECTIONS:
            raise KeyError(kind)
        rec = {"id": self._new_id(), **record}
        self.data[kind].append(rec)
        self._collections.pop(kind, None)
        if undoable:
            self._push_undo(label, [{"op": "remove", "coll": kind, "id": rec["id"]}])
        self._after_change([rec])
        return rec

    def update_record(self, kind: str, record_id: int, changes: dict[str, Any], *,
                      label: str = "", undoable: bool = True,
                      affects_memory: bool = True) -> dict[str, Any]:
        """Change fields of a record; with a label, undo puts the old record back.

        ``affects_memory=False`` is for edits that cannot change a memory state (an answer
        being typed), so they skip rebuilding it.
        """
        rec = self.record(kind, record_id)
        if rec is None:
            raise KeyError(f"{kind} #{record_id}")
        before = copy.deepcopy(rec)
        rec.update(changes)
        self._collections.pop(kind, None)
        if undoable and label:
            self._push_undo(label, [{"op": "restore", "coll": kind, "record": before}])
        self._after_change([before, rec], memory=affects_memory)
        return rec

    def remove_record(self, kind: str, record_id: int, *, label: str) -> dict[str, Any] | None:
        for index, rec in enumerate(self.data[kind]):
            if rec.get("id") == record_id:
                del self.data[kind][index]
                self._collections.pop(kind, None)
                self._push_undo(label, [{"op": "insert", "coll": kind, "index": index,
                                         "record": rec}])
                self._after_change([rec])
                return rec
        return None

    def set_value(self, section: str, key: str, value: Any, *, label: str,
                  coalesce: bool = False) -> bool:
        """Set ``data[section][key]``; consecutive coalesced edits share one undo entry.

        Returns whether a new undo entry was made.
        """
        table = self.data[section]
        old_present = key in table
        old = copy.deepcopy(table.get(key))
        if old_present and old == value:
            return False
        table[key] = value
        undo = self.data["undo"]
        joined = (coalesce and undo and undo[-1].get("kind") == "set"
                  and undo[-1].get("key") == f"{section}/{key}")
        if not joined:
            self._push_undo(label, [{"op": "set", "section": section, "key": key,
                                     "value": old, "present": old_present}],
                            kind="set", key=f"{section}/{key}")
        self._after_change([])
        return not joined

    def set_quietly(self, section: str, key: str, value: Any) -> None:
        """Save a value with no undo entry (drafts being typed, window state)."""
        if value is None:
            self.data[section].pop(key, None)
        else:
            self.data[section][key] = value
        self.save()

    def undo(self) -> str | None:
        """Revert the newest change of today; return its label, or ``None`` if none is left."""
        if not self.data["undo"]:
            return None
        entry = self.data["undo"].pop()
        touched: list[dict[str, Any]] = []
        for op in reversed(entry["ops"]):
            touched.extend(self._apply_inverse(op))
        self._after_change(touched)
        return str(entry["label"])

    def undo_label(self) -> str | None:
        return self.data["undo"][-1]["label"] if self.data["undo"] else None

    def _apply_inverse(self, op: dict[str, Any]) -> list[dict[str, Any]]:
        kind = op["op"]
        if "coll" in op:
            self._collections.pop(op["coll"], None)
        if kind == "remove":
            coll = self.data[op["coll"]]
            gone = [r for r in coll if r.get("id") == op["id"]]
            coll[:] = [r for r in coll if r.get("id") != op["id"]]
            return gone
        if kind == "insert":
            self.data[op["coll"]].insert(op["index"], op["record"])
            return [op["record"]]
        if kind == "restore":
            coll = self.data[op["coll"]]
            for i, rec in enumerate(coll):
                if rec.get("id") == op["record"]["id"]:
                    coll[i] = op["record"]
                    return [rec, op["record"]]
            coll.append(op["record"])
            return [op["record"]]
        if kind == "set":
            table = self.data[op["section"]]
            if op["present"]:
                table[op["key"]] = op["value"]
            else:
                table.pop(op["key"], None)
            return []
        raise ValueError(f"unknown undo operation {kind!r}")

    # ----------------------------------------------------------------- derived state
    def _after_change(self, touched: Iterable[dict[str, Any]], *, memory: bool = True) -> None:
        from coach.domain.events import concepts_of

        concepts: set[str] = set()
        for rec in touched:
            concepts.update(concepts_of(rec))
            if isinstance(rec.get("id"), int):
                self._fragments.pop(rec["id"], None)
                self._drop_chunk_of(rec["id"])
        if concepts and memory:
            self.refresh_memory(concepts)
        self.save()

    def refresh_memory(self, concepts: Iterable[str]) -> None:
        """Rebuild the memory state of these concepts from their events."""
        from coach.domain.events import memory_events
        from coach.domain.memory import replay

        for concept in concepts:
            events = memory_events(concept, self.data["checkpoints"], self.data["reviews"],
                                   self.data["attempts"], self.data["drill_runs"])
            state = replay(events)
            if state is None:
                self.data["memory"].pop(concept, None)
            else:
                self.data["memory"][concept] = state.to_dict()
