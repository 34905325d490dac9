from datetime import date, timedelta

from coach.domain.memory import GOOD, MemoryEvent, replay
from coach.domain.plan import LATER, build_plan

START = date(2026, 11, 21)


def _plan(curriculum, today, completions=None, budget=180, memory=None, interview=None):
    return build_plan(curriculum, start=START, today=today, budget_minutes=budget,
                      completions=completions or {}, memory=memory or {}, interview=interview)


def test_day_one_shows_the_days_new_topics(curriculum) -> None:
    plan = _plan(curriculum, START)
    assert plan.day_number == 1
    assert plan.phase and plan.phase.id == "foundations"
    new = {i.concept.id for i in plan.section("new")}
    assert new == {c.id for c in curriculum.concepts_on_day(1)}
    assert not plan.section("overdue") and not plan.section("review")


def test_reviews_due_and_overdue_first(curriculum) -> None:
    completions = {"mlp": {"D1": START}, "activation-functions": {"D1": START + timedelta(1)}}
    plan = _plan(curriculum, START + timedelta(days=3), completions, budget=10_000)
    overdue = plan.section("overdue")
    # mlp D2 (due day 2), the day-2 concepts' D1 and day-3 concepts' D1 are late
    assert ("mlp", "D2") in {(i.concept.id, i.checkpoint) for i in overdue}
    assert plan.open_items[: len(overdue)] == overdue
    assert {(i.concept.id, i.checkpoint) for i in plan.section("review")} == {
        ("mlp", "D4"), ("activation-functions", "D2")} - {
        (i.concept.id, i.checkpoint) for i in overdue}
    mlp_d2 = next(i for i in overdue if i.concept.id == "mlp")
    assert mlp_d2.overdue_days == 2


def test_done_today_stays_visible_as_done(curriculum) -> None:
    plan = _plan(curriculum, START, {"mlp": {"D1": START}})
    done = plan.section("done")
    assert [(i.concept.id, i.checkpoint) for i in done] == [("mlp", "D1")]
    assert all(i.done for i in done)
    assert ("mlp", "D1") not in {(i.concept.id, i.checkpoint) for i in plan.open_items}


def test_over_budget_keeps_p1_first_and_marks_the_rest(curriculum) -> None:
    # Day 5: nothing done yet, so many D1s are overdue; budget small.
    plan = _plan(curriculum, START + timedelta(days=4), budget=120)
    fitting = [i for i in plan.open_items if i.fits]
    spare = [i for i in plan.open_items if not i.fits]
    assert plan.over_budget
    assert sum(i.minutes for i in fitting) <= 120
    assert spare, "something must be marked 'if time allows'"
    assert all(i.concept.priority == "P1" for i in fitting)


def test_budget_large_enough_fits_everything(curriculum) -> None:
    plan = _plan(curriculum, START + timedelta(days=4), budget=24 * 60)
    assert all(i.fits for i in plan.open_items)
    assert not plan.over_budget


def test_before_the_start_nothing_is_due(curriculum) -> None:
    plan = _plan(curriculum, START - timedelta(days=3))
    assert not plan.started
    assert plan.day_number == -2
    assert plan.items == ()


def test_after_d14_reviews_come_from_the_memory_model(curriculum) -> None:
    d1 = START
    completions = {"mlp": {c: d1 + timedelta(days=o) for c, o in
                           [("D1", 0), ("D2", 1), ("D4", 3), ("D7", 6), ("D14", 13)]}}
    events = [MemoryEvent(d, GOOD) for d in completions["mlp"].values()]
    state = replay(events)
    assert state is not None and state.due > d1 + timedelta(days=13)
    before = _plan(curriculum, state.due - timedelta(days=1), completions,
                   memory={"mlp": state}, budget=10_000)
    assert ("mlp", LATER) not in {(i.concept.id, i.checkpoint) for i in before.items}
    on_day = _plan(curriculum, state.due, completions, memory={"mlp": state}, budget=10_000)
    later = on_day.section("later")
    assert [(i.concept.id, i.checkpoint) for i in later] == [("mlp", LATER)]
    assert on_day.finished  # day 14 of the plan is long past, reviews keep coming


def test_days_to_interview_and_checklist_flag(curriculum) -> None:
    plan = _plan(curriculum, START, interview=START + timedelta(days=1))
    assert plan.days_to_interview == 1
    assert plan.interview_tomorrow
