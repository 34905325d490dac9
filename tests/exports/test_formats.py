"""Every export read back: the report and the printable grid name every concept and date, the
CSV round-trips, the Anki deck is a real collection with stable note ids."""

from __future__ import annotations

import csv
import io
import sqlite3
import zipfile
from pathlib import Path

from coach.domain.questions import Bank
from coach.domain.schedule import Status
from coach.exports.progress_view import build_view
from coach.exports.run import csv_paths, export
from coach.exports.tables import ATTEMPT_FIELDS

from .conftest import TODAY


def _done_dates(view) -> list[str]:
    return [st.done_on.isoformat() for _s, rows in view.sections for r in rows
            for st in r.states if st.status is Status.DONE]


def test_markdown_report_has_every_concept_date_and_round(week, curriculum, bank,
                                                          tmp_path: Path) -> None:
    [path] = export("md", week, curriculum, TODAY, tmp_path / "r.md", lambda: bank)
    text = path.read_text()
    for concept in curriculum.concepts:
        assert f"| {concept.name.replace('|', chr(92) + '|')} | {concept.priority} |" in text
    view = build_view(week, curriculum, TODAY)
    for day in _done_dates(view):
        assert f"[x] {day}" in text
    assert "cache every z \\| and a, per layer" in text  # a pipe in a note cannot break a row
    assert "Debugging round" in text and "2 of 2" in text
    assert "day 8 of 14" in text
    assert "Weakest concepts" in text


def test_printable_grid_is_self_contained_and_shaded_by_priority(week, curriculum, bank,
                                                                 tmp_path: Path) -> None:
    [path] = export("html", week, curriculum, TODAY, tmp_path / "g.html", lambda: bank)
    page = path.read_text()
    for concept in curriculum.concepts:
        assert f'<td class="concept">{concept.name.replace("&", "&amp;")}</td>' in page
    assert page.count('<tr class="P1">') == sum(c.priority == "P1" for c in curriculum.concepts)
    assert "http://" not in page and "https://" not in page and "<script" not in page
    assert "&quot;sqrt(d_k)&quot;" in page  # notes are escaped
    view = build_view(week, curriculum, TODAY)
    shown = {st.done_on.strftime("%d %b") for _s, rows in view.sections for r in rows
             for st in r.states if st.done_on}
    assert all(f"&#9745; {d}" in page for d in shown)


def test_csv_round_trips(week, curriculum, bank, tmp_path: Path) -> None:
    grid_path, attempts_path = export("csv", week, curriculum, TODAY, tmp_path / "out.csv",
                                      lambda: bank)
    assert (grid_path, attempts_path) == csv_paths(tmp_path / "out")
    rows = list(csv.DictReader(io.StringIO(grid_path.read_text())))
    assert [r["concept_id"] for r in rows] == [c.id for c in curriculum.concepts]
    by_id = {r["concept_id"]: r for r in rows}
    done = {(rec["concept"], rec["checkpoint"]): rec["date"]
            for rec in week.records("checkpoints")}
    for (cid, cp), day in done.items():
        assert by_id[cid][f"{cp}_done"] == day
    assert sum(1 for r in rows for cp in ("D1", "D2", "D4", "D7", "D14") if r[f"{cp}_done"]) \
        == len(done)
    assert by_id["self-attention"]["notes"] == week.data["notes"]["self-attention"]
    attempts = list(csv.DictReader(io.StringIO(attempts_path.read_text())))
    assert len(attempts) == len(week.records("attempts"))
    for line, rec in zip(attempts, week.records("attempts"), strict=True):
        assert set(line) == set(ATTEMPT_FIELDS)
        assert line["answer"] == rec["answer"]
        assert line["concepts"].split(";") == rec["concepts"]
        assert float(line["score"]) == rec["score"]


def _notes(apkg: Path, folder: Path) -> list[tuple[str, str, str]]:
    with zipfile.ZipFile(apkg) as archive:
        archive.extract("collection.anki2", folder)
    with sqlite3.connect(folder / "collection.anki2") as db:
        return db.execute("select guid, tags, flds from notes order by guid").fetchall()


def test_anki_deck_opens_with_tagged_notes_and_stable_ids(week, curriculum, bank,
                                                          tmp_path: Path) -> None:
    first = export("anki", week, curriculum, TODAY, tmp_path / "a.apkg", lambda: bank)[0]
    notes = _notes(first, tmp_path / "one")
    assert len(notes) == len(bank)
    fields = {flds.split("\x1f")[3]: (tags, flds) for _g, tags, flds in notes}
    q = bank.get("t-sqrt-dk")
    tags, flds = fields[q.id]
    assert "type::conceptual" in tags and "concept::self-attention" in tags
    assert "priority::P1" in tags
    assert q.rubric[0].text.split(",")[0] in flds and "Model answer" in flds
    # A later export, after every question was reworded, updates the same notes in Anki.
    edited = Bank(tuple(x._replace(prompt=x.prompt + " (reworded)") for x in bank.questions))
    again = export("anki", week, curriculum, TODAY, tmp_path / "b.apkg", lambda: edited)[0]
    renotes = _notes(again, tmp_path / "two")
    assert [n[0] for n in renotes] == [n[0] for n in notes]
    assert all("(reworded)" in n[2] for n in renotes)
    assert len({n[0] for n in notes}) == len(notes)
