"""The shipped bank: coverage, correctness checks that can be automated, and the guide's
required questions."""

from __future__ import annotations

import re
from collections import Counter
from difflib import SequenceMatcher
from itertools import combinations

import pytest

from coach.bank.curriculum import load_curriculum
from coach.bank.location import builtin_dir
from coach.bank.questions import bank_files, check_files
from coach.bank.stats import concept_gaps
from coach.domain.formula import evaluate, matches
from coach.domain.questions import QUESTION_TYPES, Bank

MIN_POINT_WORDS = 8
WORDS_PER_POINT = 15
NEAR_DUPLICATE = 0.85



@pytest.fixture(scope="module")
def bank() -> Bank:
    files = bank_files([builtin_dir() / "questions"]) if (builtin_dir() / "questions").is_dir() \
        else []
    if not files:
        pytest.skip("the built-in bank has no question files yet")
    return check_files(files, frozenset(c.id for c in load_curriculum().concepts))


def _words(text: str) -> int:
    return len(re.findall(r"[A-Za-z0-9_']+", text))


def test_every_rubric_point_has_substance(bank: Bank) -> None:
    thin = [(q.id, p.text) for q in bank.questions for p in q.rubric
            if _words(p.text) < MIN_POINT_WORDS]
    assert not thin, f"rubric points under {MIN_POINT_WORDS} words: {thin[:10]}"


def test_model_answers_cover_their_rubrics(bank: Bank) -> None:
    short = [(q.id, _words(q.model_answer), len(q.rubric)) for q in bank.questions
             if _words(q.model_answer) < max(60, WORDS_PER_POINT * len(q.rubric))]
    assert not short, f"model answers shorter than their rubric implies: {short[:10]}"


def test_no_duplicate_or_near_duplicate_prompts(bank: Bank) -> None:
    def norm(text: str) -> str:
        return " ".join(re.findall(r"[a-z0-9]+", text.lower()))

    prompts = [(q.id, norm(q.prompt)) for q in bank.questions]
    exact = [p for p, n in Counter(n for _, n in prompts).items() if n > 1]
    assert not exact, f"duplicate prompts: {exact[:5]}"
    near = []
    for (a, pa), (b, pb) in combinations(prompts, 2):
        if abs(len(pa) - len(pb)) > 0.3 * max(len(pa), len(pb)):
            continue
        matcher = SequenceMatcher(None, pa, pb, autojunk=False)
        if matcher.quick_ratio() > NEAR_DUPLICATE and matcher.ratio() > NEAR_DUPLICATE:
            near.append((a, b))
    assert not near, f"near-duplicate prompts: {near[:10]}"


def test_every_quantitative_answer_recomputes(bank: Bank) -> None:
    quant = bank.of_type("quantitative")
    for q in quant:
        assert q.calculation is not None, q.id
        value = evaluate(q.calculation.formula, q.calculation.inputs)
        assert matches(value, q.calculation.answer, q.calculation.tolerance), (q.id, value)


def test_coverage_targets(bank: Bank) -> None:
    gaps = concept_gaps(bank, load_curriculum())
    assert not gaps, "\n".join(gaps)


def test_size_and_type_targets(bank: Bank) -> None:
    by_type = Counter(q.type for q in bank.questions)
    assert len(bank) >= 250
    assert by_type["debugging"] >= 40
    assert by_type["quantitative"] >= 30
    assert by_type["trade-off"] >= 30
    assert set(by_type) == set(QUESTION_TYPES)
    section9 = [q for q in bank.questions if "section-9" in q.tags]
    assert len(section9) >= 15


def test_the_guides_required_questions_are_there(bank: Bank) -> None:
    tagged = Counter(t for q in bank.questions for t in q.tags)
    samples = [q for q in bank.questions if "guide-8.1" in q.tags]
    assert Counter(q.type for q in samples)["implementation"] >= 5
    assert Counter(q.type for q in samples)["debugging"] >= 4
    assert sum(1 for q in samples if q.type in ("conceptual", "trade-off")) >= 6
    assert tagged["failure-mode"] >= 12
    assert tagged["weak-spot"] >= 9


def test_a_full_loop_can_be_drawn_at_every_level(bank: Bank) -> None:
    from coach.domain.rounds import FORMATS, compose_round
    from coach.domain.selection import SelectionContext

    for level in ("senior", "staff", "principal"):
        drawn = compose_round(FORMATS["loop"], bank.questions, SelectionContext(), seed=1,
                              level=level)
        kinds = {q.type for q in drawn}
        assert {"implementation", "debugging"} <= kinds, (level, kinds)
        assert kinds & {"conceptual", "trade-off"}, (level, kinds)
