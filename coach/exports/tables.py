"""The grid and the attempts as CSV, one file each, for spreadsheets and scripts."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping
from typing import Any

from coach.exports.progress_view import ProgressView

CHECKPOINTS = ("D1", "D2", "D4", "D7", "D14")
GRID_FIELDS = ("section", "concept_id", "concept", "priority", "plan_day",
               *(f"{cp}_{k}" for cp in CHECKPOINTS for k in ("due", "done")),
               "mastery", "notes")
ATTEMPT_FIELDS = ("id", "question", "type", "level", "concepts", "mode", "round",
                  "started_at", "seconds", "status", "score", "rating", "confidence",
                  "ticked", "scored_at", "answer")


def grid_csv(view: ProgressView) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, GRID_FIELDS, lineterminator="\n")
    writer.writeheader()
    for section, rows in view.sections:
        for row in rows:
            line: dict[str, Any] = {
                "section": section.name, "concept_id": row.concept.id,
                "concept": row.concept.name, "priority": row.concept.priority,
                "plan_day": row.concept.day,
                "mastery": f"{row.mastery:.3f}" if row.mastery is not None else "",
                "notes": row.note}
            for state in row.states:
                line[f"{state.checkpoint_id}_due"] = state.due.isoformat()
                line[f"{state.checkpoint_id}_done"] = \
                    state.done_on.isoformat() if state.done_on else ""
            writer.writerow(line)
    return out.getvalue()


def _value(record: Mapping[str, Any], field: str) -> str:
    value = record.get(field)
    if value is None:
        return ""
    if field in ("concepts", "ticked"):
        return ";".join(str(v) for v in value)
    return str(value)


def attempts_csv(attempts: Iterable[Mapping[str, Any]]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, ATTEMPT_FIELDS, lineterminator="\n")
    writer.writeheader()
    for rec in attempts:
        writer.writerow({f: _value(rec, f) for f in ATTEMPT_FIELDS})
    return out.getvalue()
