"""The stats screen's numbers, from hand-made records whose answers are worked out by hand."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from coach.domain.curriculum import Checkpoint, Concept, Curriculum, Phase, PlanDay, Section
from coach.domain.stats import (
    activity_by_day,
    build_stats,
    colour_level,
    drill_minutes_by_day,
    heatmap,
    level_bounds,
    mastery_by_section,
    round_scores,
    score_trends,
    shade,
    time_by_day,
    weakest_concepts,
)

TODAY = date(2026, 11, 24)  # a Tuesday
MINUTES = {"D1": {"P1": 150, "P2": 60, "P3": 30}, "D2": {"P1": 60, "P2": 30, "P3": 15},
           "D4": {"P1": 30, "P2": 15, "P3": 10}}


def _curriculum() -> Curriculum:
    a = Concept("a", "Alpha", "P1", 1, "one")
    b = Concept("b", "Beta", "P2", 1, "one")
    c = Concept("c", "Gamma", "P3", 2, "two")
    return Curriculum(
        phases=(Phase("dl", "Deep learning", 1, 2),),
        days=(PlanDay(1, "block", ("Alpha", "Beta"), "practice", 120),
              PlanDay(2, "block", ("Gamma",), "practice", 60)),
        sections=(Section("one", "Section one", (a, b)), Section("two", "Section two", (c,),
                                                                 extra=True)),
        checkpoints=tuple(Checkpoint(cp, off, "do it", MINUTES[cp])
                          for cp, off in (("D1", 0), ("D2", 1), ("D4", 3))),
        later_review_minutes={"P1": 15, "P2": 10, "P3": 5}, priority_notes={})


def _at(day: date, hour: int = 10) -> str:
    return f"{day.isoformat()}T{hour:02d}:00:00+01:00"


def _attempt(n: int, day: date, qtype: str, score: float | None, seconds: float = 600.0,
             status: str = "scored") -> dict:
    return {"id": n, "question": f"q{n}", "type": qtype, "concepts": ["a"],
            "started_at": _at(day), "scored_at": _at(day, 11) if status == "scored" else None,
            "seconds": seconds, "score": score, "status": status}


def test_activity_counts_each_kind_on_its_local_day() -> None:
    day = TODAY - timedelta(days=2)
    activity = activity_by_day(
        checkpoints=[{"concept": "a", "checkpoint": "D1", "date": day.isoformat()}],
        reviews=[{"concept": "a", "date": day.isoformat()}],
        attempts=[_attempt(1, day, "conceptual", 0.5), _attempt(2, day, "debugging", None,
                                                                status="skipped"),
                  _attempt(3, day, "debugging", None, status="open")],
        drill_runs=[{"at": "2026-11-22T23:30:00-08:00"}],  # late evening where it was run
        scenario_results=[{"at": _at(TODAY)}])
    assert activity[day].checkpoints == 2
    assert activity[day].attempts == 2  # an attempt left open is not yet work done
    assert activity[day].drill_runs == 1
    assert activity[day].total == 5
    assert activity[TODAY].scenarios == 1 and activity[TODAY].total == 1


def test_level_bounds_split_the_busiest_day_into_four_shades() -> None:
    assert level_bounds([0, 3, 8]) == (1, 3, 5, 7)
    assert [shade(n, (1, 3, 5, 7)) for n in (0, 1, 2, 3, 6, 7, 8)] == [0, 1, 1, 2, 3, 4, 4]
    assert level_bounds([2, 1]) == (1, 2)  # only two distinct shades are possible
    assert level_bounds([1]) == (1,)
    assert level_bounds([]) == (1, 2, 3, 4)
    # the busiest day is always the darkest colour, whatever the number of shades
    assert [colour_level(s, 2) for s in (0, 1, 2)] == [0, 2, 4]
    assert colour_level(1, 1) == 4


def test_heatmap_is_twelve_weeks_of_monday_first_columns_ending_today() -> None:
    day = TODAY - timedelta(days=1)
    activity = activity_by_day([{"date": day.isoformat()}] * 4, [], [], [], [])
    grid = heatmap(activity, TODAY)
    assert len(grid.weeks) == 12 and all(len(w) == 7 for w in grid.weeks)
    assert grid.first_day == date(2026, 9, 7) and grid.first_day.weekday() == 0
    last = grid.weeks[-1]
    assert last[0] is not None and last[0].day == day and last[0].total == 4
    assert last[1] is not None and last[1].day == TODAY
    assert last[2:] == (None,) * 5  # the rest of this week has not happened
    assert len(grid.days) == 11 * 7 + 2
    assert grid.level(last[0]) == 4 and grid.level(last[1]) == 0 and grid.level(None) == 0
    assert grid.active_days == 1 and grid.busiest == last[0]
    assert grid.legend() == [(1, 1, 1), (2, 2, 2), (3, 3, 3), (4, 4, None)]


def test_month_labels_sit_on_the_week_holding_the_first() -> None:
    grid = heatmap({}, TODAY)
    # 1 October 2026 is a Thursday (week of 28 Sep, column 3); 1 November a Sunday (column 7)
    assert grid.month_labels() == [(0, date(2026, 9, 1)), (3, date(2026, 10, 1)),
                                   (7, date(2026, 11, 1))]
    # when a month starts in the second column, the first column stays unlabelled
    grid = heatmap({}, date(2026, 12, 8))  # first column: week of 21 Sep
    assert grid.month_labels()[0] == (1, date(2026, 10, 1))


def test_time_adds_practice_drills_and_checkpoint_estimates() -> None:
    curriculum = _curriculum()
    day = TODAY - timedelta(days=1)
    checkpoints = [
        {"concept": "a", "checkpoint": "D1", "date": day.isoformat()},  # 120*150/210 -> 85
        {"concept": "b", "checkpoint": "D1", "date": day.isoformat()},  # 120*60/210 -> 35
        {"concept": "a", "checkpoint": "D2", "date": TODAY.isoformat()},  # 60
        {"concept": "gone", "checkpoint": "D2", "date": TODAY.isoformat()},  # removed: 0
    ]
    reviews = [{"concept": "c", "date": TODAY.isoformat()}]  # later review of a P3: 5
    attempts = [_attempt(1, TODAY, "conceptual", 1.0, seconds=90),
                _attempt(2, TODAY, "conceptual", None, seconds=30, status="open")]
    runs = [{"drill": "x", "attempt_id": 7, "at": _at(day), "seconds": 300},
            {"drill": "x", "attempt_id": 7, "at": _at(TODAY), "seconds": 420},
            {"drill": "x", "attempt_id": 8, "at": _at(TODAY, 12), "seconds": 60}]
    days = time_by_day(curriculum, TODAY, checkpoints, reviews, attempts, runs)
    assert len(days) == 28 and days[0].day == TODAY - timedelta(days=27)
    assert days[-1].day == TODAY
    yesterday, today = days[-2], days[-1]
    assert yesterday.checkpoints == 120 and yesterday.drills == pytest.approx(5.0)
    assert today.checkpoints == 65
    assert today.practice == pytest.approx(2.0)  # open attempts' time was still spent
    assert today.drills == pytest.approx(2.0 + 1.0)  # 120 s more on attempt 7, 60 s on 8
    assert today.total == pytest.approx(70.0)
    assert sum(d.total for d in days[:-2]) == 0


def test_drill_time_is_not_counted_twice_within_an_attempt() -> None:
    runs = [{"drill": "x", "attempt_id": 1, "at": _at(TODAY, h), "seconds": s}
            for h, s in ((9, 120), (10, 240), (11, 240), (12, None))]
    assert drill_minutes_by_day(runs) == {TODAY: pytest.approx(4.0)}


def test_score_trend_is_a_seven_day_rolling_mean_per_type() -> None:
    attempts = [_attempt(1, TODAY - timedelta(days=8), "debugging", 0.2),
                _attempt(2, TODAY - timedelta(days=6), "debugging", 0.4),
                _attempt(3, TODAY - timedelta(days=6), "debugging", 0.6),
                _attempt(4, TODAY, "debugging", 1.0),
                _attempt(5, TODAY, "debugging", None, status="skipped"),
                _attempt(6, TODAY - timedelta(days=40), "conceptual", 0.9)]
    trends = {t.type: t for t in score_trends(attempts, TODAY)}
    assert list(trends) == ["conceptual", "debugging", "implementation", "quantitative",
                            "trade-off"]
    debugging = dict(trends["debugging"].points)
    assert len(debugging) == 28
    assert debugging[TODAY - timedelta(days=8)] == pytest.approx(0.2)
    assert debugging[TODAY - timedelta(days=6)] == pytest.approx(0.4)  # 0.2, 0.4, 0.6
    assert debugging[TODAY - timedelta(days=2)] == pytest.approx(0.4)  # days -8 to -2
    assert debugging[TODAY - timedelta(days=1)] == pytest.approx(0.5)  # 0.2 has left
    assert debugging[TODAY] == pytest.approx((0.4 + 0.6 + 1.0) / 3)
    assert debugging[TODAY - timedelta(days=9)] is None
    assert trends["debugging"].count == 4 and trends["debugging"].recent == pytest.approx(2 / 3)
    assert not trends["conceptual"].has_data and trends["conceptual"].count == 0


def test_section_mastery_counts_unpractised_concepts_as_zero() -> None:
    sections = mastery_by_section(_curriculum(), {"a": 0.8})
    one, two = sections
    assert (one.name, one.mastery, one.practised, one.concepts) == ("Section one", 0.4, 1, 2)
    assert (two.mastery, two.practised, two.extra) == (0.0, 0, True)


def test_weakest_concepts_are_the_least_mastered_practised_ones() -> None:
    curriculum = _curriculum()
    assert weakest_concepts(curriculum, {"a": 0.5, "b": 0.2, "c": 0.5}) == [
        ("b", "Beta", 0.2), ("a", "Alpha", 0.5), ("c", "Gamma", 0.5)]  # P1 before P3
    assert weakest_concepts(curriculum, {"a": 0.5, "b": 0.2}, count=1) == [("b", "Beta", 0.2)]
    assert weakest_concepts(curriculum, {}) == []


def test_round_scores_come_from_the_round_report() -> None:
    attempts = [_attempt(1, TODAY, "debugging", 0.5), _attempt(2, TODAY, "debugging", 1.0),
                _attempt(3, TODAY, "debugging", None, status="skipped")]
    rounds = [
        {"id": 2, "format": "debugging", "questions": ["q1", "q2", "q9"], "attempts": [1, 2],
         "budget_minutes": 30, "started_at": _at(TODAY), "ended_at": _at(TODAY, 11),
         "status": "ended early"},
        {"id": 1, "format": "conceptual", "questions": ["q3"], "attempts": [3],
         "budget_minutes": 45, "started_at": _at(TODAY - timedelta(days=3)),
         "ended_at": _at(TODAY - timedelta(days=3), 11), "status": "finished"},
        {"id": 3, "format": "loop", "questions": ["q4"], "attempts": [],
         "budget_minutes": 135, "started_at": _at(TODAY, 12), "ended_at": None,
         "status": "running"},
    ]
    first, second = round_scores(rounds, attempts)
    assert (first.name, first.score, first.answered, first.questions, first.early) == \
        ("Conceptual round", 0.0, 0, 1, False)
    # the question never reached counts as a zero, like in the round's own report
    assert (second.name, second.score, second.answered, second.questions, second.early) == \
        ("Debugging round", pytest.approx(0.5), 2, 3, True)
    assert second.day == TODAY and (first.round_id, second.round_id) == (1, 2)


def test_summary_brings_it_together() -> None:
    curriculum = _curriculum()
    attempts = [_attempt(1, TODAY, "conceptual", 0.5, seconds=1200),
                _attempt(2, TODAY - timedelta(days=1), "debugging", 1.0, seconds=600),
                _attempt(3, TODAY - timedelta(days=10), "debugging", 0.0, seconds=600)]
    stats = build_stats(curriculum, TODAY, checkpoints=[], reviews=[], attempts=attempts,
                        drill_runs=[], scenario_results=[], rounds=[], mastery={})
    s = stats.summary
    assert (s.streak, s.active_days, s.answered) == (2, 3, 3)
    assert s.minutes_week == pytest.approx(30.0) and s.minutes_period == pytest.approx(40.0)
    assert s.mean_score == pytest.approx(0.5)
    assert len(stats.time) == 84 and len(stats.recent_time) == 28
    assert stats.time_on(TODAY - timedelta(days=10)).practice == pytest.approx(10.0)
    assert stats.time_on(date(2020, 1, 1)).total == 0
    assert not stats.empty
    fresh = build_stats(curriculum, TODAY, checkpoints=[], reviews=[], attempts=[],
                        drill_runs=[], scenario_results=[], rounds=[], mastery={})
    assert fresh.empty and fresh.summary.mean_score is None and fresh.summary.streak == 0
