"""The progress grid as data: rows, filters and the summary counts."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from coach.domain.curriculum import PRIORITIES, Concept, Curriculum, Section
from coach.domain.schedule import CheckpointState, Status, concept_schedule


@dataclass(frozen=True)
class GridRow:
    concept: Concept
    states: tuple[CheckpointState, ...]
    note: str = ""
    mastery: float | None = None

    @property
    def has_due(self) -> bool:
        return any(s.status in (Status.DUE, Status.OVERDUE) for s in self.states)


@dataclass(frozen=True)
class GridFilter:
    priority: str | None = None
    section: str | None = None
    due_only: bool = False
    text: str = ""

    def accepts(self, row: GridRow, notes_too: bool = True) -> bool:
        if self.priority and row.concept.priority != self.priority:
            return False
        if self.section and row.concept.section_id != self.section:
            return False
        if self.due_only and not row.has_due:
            return False
        if self.text:
            needle = self.text.lower()
            haystack = f"{row.concept.name} {row.concept.id} {row.note if notes_too else ''}"
            if needle not in haystack.lower():
                return False
        return True

    def describe(self) -> str:
        parts = []
        if self.priority:
            parts.append(self.priority)
        if self.section:
            parts.append(f"section {self.section}")
        if self.due_only:
            parts.append("due only")
        if self.text:
            parts.append(f"'{self.text}'")
        return ", ".join(parts) or "none"


@dataclass(frozen=True)
class GridSummary:
    done: int
    total: int
    by_priority: Mapping[str, tuple[int, int]]
    due_today: int
    overdue: int


def grid_rows(curriculum: Curriculum, *, start: date, today: date,
              completions: Mapping[str, Mapping[str, date]], notes: Mapping[str, str],
              mastery: Mapping[str, float] | None = None) -> list[tuple[Section, list[GridRow]]]:
    mastery = mastery or {}
    out = []
    for section in curriculum.sections:
        rows = [GridRow(c, concept_schedule(curriculum, c, start, completions.get(c.id, {}),
                                            today), notes.get(c.id, ""), mastery.get(c.id))
                for c in section.concepts]
        out.append((section, rows))
    return out


def summarize(sections: list[tuple[Section, list[GridRow]]]) -> GridSummary:
    done = total = due = overdue = 0
    per: dict[str, list[int]] = {p: [0, 0] for p in PRIORITIES}
    for _section, rows in sections:
        for row in rows:
            for state in row.states:
                total += 1
                per[row.concept.priority][1] += 1
                if state.status is Status.DONE:
                    done += 1
                    per[row.concept.priority][0] += 1
                elif state.status is Status.DUE:
                    due += 1
                elif state.status is Status.OVERDUE:
                    overdue += 1
    return GridSummary(done, total, {p: (v[0], v[1]) for p, v in per.items()}, due, overdue)
