"""Questions, rubrics and scoring.

Questions are named tuples: a bank of thousands is unpickled from the cache on every start of
the practice screens, and named tuples load several times faster than dataclasses.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import NamedTuple

QUESTION_TYPES: tuple[str, ...] = ("conceptual", "debugging", "implementation", "quantitative",
                                   "trade-off")
LEVELS: tuple[str, ...] = ("senior", "staff", "principal")
RUBRIC_MIN, RUBRIC_MAX = 3, 7


class RubricPoint(NamedTuple):
    text: str
    weight: float


class Calculation(NamedTuple):
    """The worked numbers behind a quantitative question, recomputable from its inputs."""

    inputs: Mapping[str, float]
    formula: str
    answer: float
    tolerance: float
    unit: str = ""


class Question(NamedTuple):
    id: str
    type: str
    concepts: tuple[str, ...]
    level: str
    minutes: int
    prompt: str
    rubric: tuple[RubricPoint, ...]
    model_answer: str
    follow_ups: tuple[str, ...] = ()
    common_mistakes: tuple[str, ...] = ()
    hints: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    calculation: Calculation | None = None
    source: str = ""
    line: int = 0

    @property
    def main_concept(self) -> str:
        return self.concepts[0]

    @property
    def total_weight(self) -> float:
        return sum(p.weight for p in self.rubric)


def score(question: Question, ticked: Iterable[int]) -> float:
    """The weighted share of rubric points the answer covered, from 0 to 1."""
    chosen = {i for i in ticked if 0 <= i < len(question.rubric)}
    total = question.total_weight
    if total <= 0:
        return 0.0
    return sum(question.rubric[i].weight for i in chosen) / total


@dataclass(frozen=True)
class Bank:
    """Every question available, from the built-in bank and the user's own banks."""

    questions: tuple[Question, ...]
    _by_id: dict[str, Question] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self._by_id.update({q.id: q for q in self.questions})

    def __len__(self) -> int:
        return len(self.questions)

    def get(self, question_id: str) -> Question | None:
        return self._by_id.get(question_id)

    def for_concept(self, concept_id: str) -> tuple[Question, ...]:
        return tuple(q for q in self.questions if concept_id in q.concepts)

    def of_type(self, qtype: str) -> tuple[Question, ...]:
        return tuple(q for q in self.questions if q.type == qtype)
