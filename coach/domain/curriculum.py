"""The 14-day plan and the progress grid as immutable domain objects.

They are named tuples rather than dataclasses: the curriculum is read on every start, and named
tuples cost a fraction of a dataclass to define and to unpickle from the cache.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple

PRIORITIES: tuple[str, ...] = ("P1", "P2", "P3")
CHECKPOINT_IDS: tuple[str, ...] = ("D1", "D2", "D4", "D7", "D14")
PLAN_DAYS = 14


class Checkpoint(NamedTuple):
    """One step of the review schedule: due ``offset`` days after the real first study."""

    id: str
    offset: int
    activity: str
    minutes: Mapping[str, int]


class Concept(NamedTuple):
    """A row of the progress grid."""

    id: str
    name: str
    priority: str
    day: int
    section_id: str
    extra: bool = False

    @property
    def priority_rank(self) -> int:
        return PRIORITIES.index(self.priority)


class Section(NamedTuple):
    id: str
    name: str
    concepts: tuple[Concept, ...]
    extra: bool = False
    note: str = ""


class PlanDay(NamedTuple):
    day: int
    block: str
    topics: tuple[str, ...]
    practice: str
    study_minutes: int


class Phase(NamedTuple):
    id: str
    name: str
    first_day: int
    last_day: int


class WeakSpot(NamedTuple):
    id: str
    area: str
    title: str
    struggle: str
    remedy: str
    concepts: tuple[str, ...]


class FailureMode(NamedTuple):
    group: str
    symptom: str
    fix: str
    concepts: tuple[str, ...]
    correction: str = ""


class Reading(NamedTuple):
    title: str
    authors: str
    year: int
    topic: str
    concepts: tuple[str, ...]


class GuideLists(NamedTuple):
    """The guide's supporting lists that later screens draw on."""

    weak_spots: tuple[WeakSpot, ...] = ()
    failure_modes: tuple[FailureMode, ...] = ()
    reading_list: tuple[Reading, ...] = ()
    day_before_checklist: tuple[str, ...] = ()
    mistakes_to_avoid: tuple[str, ...] = ()


class Curriculum(NamedTuple):
    phases: tuple[Phase, ...]
    days: tuple[PlanDay, ...]
    sections: tuple[Section, ...]
    checkpoints: tuple[Checkpoint, ...]
    later_review_minutes: Mapping[str, int]
    priority_notes: Mapping[str, str]
    guide: GuideLists = GuideLists()

    @property
    def concepts(self) -> tuple[Concept, ...]:
        return tuple(c for s in self.sections for c in s.concepts)

    def concept(self, concept_id: str) -> Concept:
        for c in self.concepts:
            if c.id == concept_id:
                return c
        raise KeyError(concept_id)

    def has_concept(self, concept_id: str) -> bool:
        return any(c.id == concept_id for c in self.concepts)

    def section(self, section_id: str) -> Section:
        for s in self.sections:
            if s.id == section_id:
                return s
        raise KeyError(section_id)

    def checkpoint(self, checkpoint_id: str) -> Checkpoint:
        for cp in self.checkpoints:
            if cp.id == checkpoint_id:
                return cp
        raise KeyError(checkpoint_id)

    def plan_day(self, day: int) -> PlanDay | None:
        for d in self.days:
            if d.day == day:
                return d
        return None

    def phase_for_day(self, day: int) -> Phase | None:
        for p in self.phases:
            if p.first_day <= day <= p.last_day:
                return p
        return None

    def concepts_on_day(self, day: int) -> tuple[Concept, ...]:
        return tuple(c for c in self.concepts if c.day == day)

    def resolve_concept(self, text: str) -> Concept:
        """Find a concept by id or name, case-insensitively; raise ``UnknownName`` with matches."""
        wanted = _norm(text)
        for c in self.concepts:
            if wanted in (_norm(c.id), _norm(c.name)):
                return c
        display = {c.name: c.name for c in self.concepts} | {c.id: c.name for c in self.concepts}
        hits = _close(text, list(display))
        raise UnknownName("concept", text, list(dict.fromkeys(display[h] for h in hits)))

    def resolve_checkpoint(self, text: str) -> Checkpoint:
        wanted = text.strip().upper()
        for cp in self.checkpoints:
            if cp.id == wanted:
                return cp
        raise UnknownName("checkpoint", text, _close(wanted, [cp.id for cp in self.checkpoints]))


class UnknownName(LookupError):
    """A name the user typed that matches nothing; carries the close matches to suggest."""

    def __init__(self, kind: str, text: str, suggestions: list[str]) -> None:
        self.kind = kind
        self.text = text
        self.suggestions = suggestions
        hint = f" Did you mean: {', '.join(suggestions)}?" if suggestions else ""
        super().__init__(f"Unknown {kind} '{text}'.{hint}")


def _norm(text: str) -> str:
    return " ".join(text.lower().replace("-", " ").split())


def _close(text: str, options: list[str]) -> list[str]:
    import difflib

    lowered = {o.lower(): o for o in options}
    hits = difflib.get_close_matches(text.lower(), list(lowered), n=3, cutoff=0.5)
    subs = [o for o in options if text.lower() in o.lower()]
    seen: dict[str, str] = {}
    for o in [lowered[h] for h in hits] + subs:
        seen.setdefault(o.lower(), o)
    return list(seen.values())[:3]
