from datetime import date

from coach.domain.grid import GridFilter, grid_rows, summarize
from coach.domain.mastery import Evidence, evidence_by_concept, mastery

START = date(2026, 11, 21)


def test_grid_keeps_the_guide_order_and_counts(curriculum) -> None:
    sections = grid_rows(curriculum, start=START, today=date(2026, 11, 23),
                         completions={"mlp": {"D1": START, "D2": date(2026, 11, 22)}},
                         notes={"mlp": "chain rule!"})
    assert [s.id for s, _ in sections][:3] == ["dl-fundamentals", "cnn", "rnn"]
    first = sections[0][1][0]
    assert first.concept.id == "mlp" and first.note == "chain rule!"
    summary = summarize(sections)
    assert summary.total == 5 * len(curriculum.concepts)
    assert summary.done == 2
    assert summary.by_priority["P1"][0] == 2
    # day 3: day-1 activation D1 and day-2 D1s are overdue; day-3 D1s due today
    assert summary.overdue == 3
    assert summary.due_today == len(curriculum.concepts_on_day(3))


def test_grid_filters(curriculum) -> None:
    sections = grid_rows(curriculum, start=START, today=START, completions={},
                         notes={"gan": "mode collapse"})
    rows = [r for _, rs in sections for r in rs]
    assert {r.concept.id for r in rows if GridFilter(text="collapse").accepts(r)} == {"gan"}
    assert all(r.concept.priority == "P3" for r in rows if GridFilter(priority="P3").accepts(r))
    due = {r.concept.id for r in rows if GridFilter(due_only=True).accepts(r)}
    assert due == {c.id for c in curriculum.concepts_on_day(1)}
    assert GridFilter(priority="P1", due_only=True).describe() == "P1, due only"


def test_mastery_weights_recent_evidence_and_shrinks_single_answers() -> None:
    assert mastery([]) is None
    single = mastery([Evidence("2026-01-01", 1.0)])
    assert single is not None and 0.6 < single < 0.7
    improving = mastery([Evidence("2026-01-01", 0.0), Evidence("2026-01-02", 1.0)])
    declining = mastery([Evidence("2026-01-01", 1.0), Evidence("2026-01-02", 0.0)])
    assert improving is not None and declining is not None and improving > declining


def test_evidence_from_attempts_drills_and_scenarios() -> None:
    ev = evidence_by_concept(
        [{"status": "scored", "score": 0.5, "concepts": ["a", "b"], "scored_at": "t1"},
         {"status": "open", "concepts": ["a"]}],
        [{"drill": "d", "at": "2026-01-01T10", "passed": False, "checks_passed": 1,
          "checks_total": 2, "concepts": ["a"]},
         {"drill": "d", "at": "2026-01-01T11", "passed": True, "concepts": ["a"]}],
        [{"at": "t3", "correct": False, "concepts": ["c"]}])
    assert [e.score for e in ev["a"]] == [0.5, 1.0]
    assert [e.score for e in ev["b"]] == [0.5]
    assert [e.score for e in ev["c"]] == [0.0]
