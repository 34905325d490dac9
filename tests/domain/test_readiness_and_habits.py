from datetime import date, timedelta

from coach.domain.curriculum import Concept
from coach.domain.habits import AGAIN_LIMIT, activity_days, days_studied, leeches, next_step, streak
from coach.domain.memory import AGAIN, GOOD, MemoryEvent, replay, retrievability
from coach.domain.readiness import assess, candidate_days, plan_reviews

TODAY = date(2026, 11, 20)
P1 = Concept("a", "A", "P1", 1, "s")
P3 = Concept("b", "B", "P3", 1, "s")


def test_candidate_days_count_back_from_the_interview() -> None:
    assert candidate_days(TODAY, TODAY + timedelta(days=10)) == [
        TODAY + timedelta(days=9), TODAY + timedelta(days=8), TODAY + timedelta(days=6),
        TODAY + timedelta(days=2), TODAY]
    assert candidate_days(TODAY, TODAY) == []


def test_readiness_plan_reaches_the_target_when_it_can() -> None:
    events = [MemoryEvent(TODAY - timedelta(days=10), GOOD)]
    target = TODAY + timedelta(days=10)
    days, reachable, recall = plan_reviews(events, TODAY, target, 0.9)
    assert reachable and recall >= 0.9
    assert days and all(TODAY <= d < target for d in days)
    # recomputing with FSRS's own functions confirms the promise
    extra = [MemoryEvent(d, GOOD) for d in days]
    assert retrievability(replay([*events, *extra]), target) >= 0.9
    # and the promise is minimal: one review fewer falls short
    if len(days) > 1:
        fewer = [MemoryEvent(d, GOOD) for d in sorted(days)[1:]]
        assert retrievability(replay([*events, *fewer]), target) < 0.9


def test_readiness_says_when_the_target_is_out_of_reach() -> None:
    events = [MemoryEvent(TODAY - timedelta(days=3), AGAIN)]
    days, reachable, recall = plan_reviews(events, TODAY, TODAY + timedelta(days=1), 0.99)
    assert not reachable and recall < 0.99 and days == (TODAY,)


def test_assess_sorts_by_need_and_weights_priority() -> None:
    events = {"a": [MemoryEvent(TODAY - timedelta(days=20), GOOD)],
              "b": [MemoryEvent(TODAY - timedelta(days=20), GOOD)]}
    r = assess([P3, P1], events, {"a": 0.5}, today=TODAY, target_day=TODAY + timedelta(days=5))
    assert [c.concept.id for c in r.concepts] == ["a", "b"]  # same recall, P1 needs more
    assert r.concepts[0].mastery == 0.5 and r.concepts[1].mastery is None
    assert abs(r.overall - r.concepts[0].recall) < 1e-9  # equal recalls -> same overall
    assert r.concepts[0].recall_if_reviewed_today > r.concepts[0].recall


def test_streak_and_days_studied() -> None:
    days = {TODAY, TODAY - timedelta(days=1), TODAY - timedelta(days=2),
            TODAY - timedelta(days=5)}
    assert streak(days, TODAY) == 3
    assert streak(days - {TODAY}, TODAY) == 2  # today not started yet: the run still counts
    assert streak(days, TODAY + timedelta(days=2)) == 0
    assert days_studied(days, TODAY - timedelta(days=3), TODAY) == 3
    found = activity_days([{"date": "2026-11-20"}], [], [
        {"status": "scored", "scored_at": "2026-11-19T10:00:00", "started_at": "x"},
        {"status": "open", "started_at": "2026-11-18T10:00:00"}],
        [{"at": "2026-11-17T09:00:00"}], [])
    assert found == {date(2026, 11, 20), date(2026, 11, 19), date(2026, 11, 17)}


def test_leech_thresholds() -> None:
    agains = [{"concept": "gan", "rating": AGAIN}] * (AGAIN_LIMIT - 1)
    assert leeches(agains, [], []) == []
    assert [lc.id for lc in leeches([*agains, {"concept": "gan", "rating": AGAIN}], [], [])] == [
        "gan"]
    low = [{"status": "scored", "score": 0.3, "rating": 3, "question": "q1",
            "concepts": ["vae"]}] * 3
    found = leeches([], [], low)
    assert {(lc.kind, lc.id) for lc in found} == {("concept", "vae"), ("question", "q1")}
    assert "3 scores under 50%" in found[0].reason
    assert leeches([], [], low[:2]) == []
    assert "decision-tree scenario" in next_step("uplift-modeling", "beyond", False)
    assert "drill" in next_step("adam", "optimization", True)
