import random
from collections import Counter

from coach.domain.questions import Question, RubricPoint, score
from coach.domain.rounds import FORMATS, QuestionResult, RoundReport, compose_round
from coach.domain.selection import SelectionContext, choose, rank, weight


def q(qid: str, concept: str, qtype: str = "conceptual", minutes: int = 10,
      level: str = "senior") -> Question:
    rubric = (RubricPoint("a", 2), RubricPoint("b", 1), RubricPoint("c", 1))
    return Question(qid, qtype, (concept,), level, minutes, "p", rubric, "m")


BANK = [q(f"{c}-{t}-{i}", c, t, m) for c in ("weak", "strong", "due")
        for t, m in (("conceptual", 10), ("debugging", 10), ("implementation", 30),
                     ("trade-off", 10)) for i in range(4)]


def test_score_is_the_weighted_share_of_ticked_points() -> None:
    question = BANK[0]
    assert score(question, []) == 0
    assert score(question, [0]) == 0.5
    assert score(question, [0, 1, 2]) == 1
    assert score(question, [1, 99]) == 0.25  # out-of-range ticks are ignored


def test_weak_and_due_concepts_are_asked_more_and_recent_ones_less() -> None:
    ctx = SelectionContext(mastery={"weak": 0.1, "strong": 0.95, "due": 0.95}, due={"due"})
    w = {c: weight(next(x for x in BANK if x.main_concept == c), ctx)
         for c in ("weak", "strong", "due")}
    assert w["weak"] > w["strong"] and w["due"] > w["strong"]
    rng = random.Random(1)
    picks = Counter(choose(BANK, ctx, rng).main_concept for _ in range(600))
    assert picks["weak"] > picks["strong"] and picks["due"] > picks["strong"]
    recent = SelectionContext(recent={BANK[0].id})
    assert weight(BANK[0], recent) < weight(BANK[1], recent)
    assert rank(BANK, ctx)[0].main_concept == "weak"


def test_overconfident_concepts_are_weighted_up() -> None:
    base = SelectionContext()
    over = SelectionContext(overconfident={"weak": 0.4})
    assert weight(BANK[0], over) > weight(BANK[0], base)


def test_rounds_are_reproducible_never_repeat_and_fit_the_budget() -> None:
    ctx = SelectionContext(mastery={"strong": 0.9})
    fmt = FORMATS["loop"]
    a = compose_round(fmt, BANK, ctx, seed=42)
    b = compose_round(fmt, BANK, ctx, seed=42)
    c = compose_round(fmt, BANK, ctx, seed=43)
    assert [x.id for x in a] == [x.id for x in b]
    assert [x.id for x in a] != [x.id for x in c]
    assert len({x.id for x in a}) == len(a)
    impl = [x for x in a if x.type == "implementation"]
    assert sum(x.minutes for x in impl) == 60
    assert {x.type for x in a} >= {"implementation", "debugging"}
    debugging = compose_round(FORMATS["debugging"], BANK, ctx, seed=1)
    assert sum(x.minutes for x in debugging) == 30
    assert all(x.type == "debugging" for x in debugging)


def test_round_level_filter() -> None:
    bank = [*BANK, q("staff-1", "weak", "debugging", 10, "staff")]
    chosen = compose_round(FORMATS["debugging"], bank, SelectionContext(), seed=3,
                           level="staff")
    assert [x.id for x in chosen] == ["staff-1"]


def test_report_scores_concepts_and_finds_the_weakest() -> None:
    report = RoundReport((
        QuestionResult("a", ("x",), 0.9, 300, 600),
        QuestionResult("b", ("y", "x"), 0.3, 700, 600),
        QuestionResult("c", ("z",), None, 0, 600),
    ), 1800)
    assert abs(report.score - 0.4) < 1e-9
    assert report.seconds_used == 1000
    assert report.by_concept() == {"x": 0.6, "y": 0.3, "z": 0.0}
    assert report.weakest() == [("z", 0.0), ("y", 0.3), ("x", 0.6)]
