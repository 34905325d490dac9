"""Coverage of the bank per concept, type and level, with the gaps against the targets."""

from __future__ import annotations

from collections import Counter

from coach.domain.curriculum import Curriculum
from coach.domain.questions import LEVELS, QUESTION_TYPES, Bank

MIN_PER_CONCEPT = {"P1": 5, "P2": 3, "P3": 3}
MIN_TYPES_PER_CONCEPT = 2


def concept_gaps(bank: Bank, curriculum: Curriculum) -> list[str]:
    gaps = []
    for concept in curriculum.concepts:
        qs = bank.for_concept(concept.id)
        need = MIN_PER_CONCEPT[concept.priority]
        types = {q.type for q in qs}
        if len(qs) < need:
            gaps.append(f"{concept.id} ({concept.priority}) has {len(qs)} questions; needs {need}")
        if len(types) < MIN_TYPES_PER_CONCEPT:
            gaps.append(f"{concept.id} has {len(types)} question type(s); needs "
                        f"{MIN_TYPES_PER_CONCEPT}")
    return gaps


def coverage_report(bank: Bank, curriculum: Curriculum) -> tuple[str, list[str]]:
    by_type = Counter(q.type for q in bank.questions)
    by_level = Counter(q.level for q in bank.questions)
    lines = [f"{len(bank)} questions", "", "By type:"]
    lines += [f"  {t:<15}{by_type.get(t, 0):>5}" for t in QUESTION_TYPES]
    lines += ["", "By level:"]
    lines += [f"  {lv:<15}{by_level.get(lv, 0):>5}" for lv in LEVELS]
    lines += ["", "By type and level:", "  " + " " * 15 + "".join(f"{lv:>11}" for lv in LEVELS)]
    for t in QUESTION_TYPES:
        row = Counter(q.level for q in bank.of_type(t))
        lines.append(f"  {t:<15}" + "".join(f"{row.get(lv, 0):>11}" for lv in LEVELS))
    lines += ["", f"By concept ({'/'.join(t[:4] for t in QUESTION_TYPES)}):"]
    for concept in curriculum.concepts:
        qs = bank.for_concept(concept.id)
        counts = Counter(q.type for q in qs)
        split = "/".join(str(counts.get(t, 0)) for t in QUESTION_TYPES)
        lines.append(f"  {concept.id:<24}{concept.priority}  {len(qs):>3}  {split}")
    gaps = concept_gaps(bank, curriculum)
    lines += ["", "Gaps:" if gaps else "Gaps: none"]
    lines += [f"  - {g}" for g in gaps]
    return "\n".join(lines), gaps
