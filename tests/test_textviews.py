"""The plan as text: the budget advice a user reads when today's work is over the budget."""

from datetime import date, timedelta

from coach.domain.plan import build_plan
from coach.textviews import budget_line, render_plan

START = date(2026, 11, 21)


def _plan(curriculum, today, completions, budget):
    return build_plan(curriculum, start=START, today=today, budget_minutes=budget,
                      completions=completions, memory={}, interview=None)


def test_over_budget_says_how_much_fits(curriculum) -> None:
    plan = _plan(curriculum, START + timedelta(days=3), {}, budget=120)
    fit = plan.fitting_minutes
    assert plan.over_budget and fit > 0
    line = budget_line(plan)
    assert "over budget" in line and "P1 first" in line
    assert f"{fit // 60}h" in line


def test_a_spent_budget_is_said_plainly_not_as_zero_minutes(curriculum) -> None:
    today = START + timedelta(days=3)
    # One D1 done today uses up most of a 100-minute budget; nothing else fits.
    plan = _plan(curriculum, today, {"cnn-basics": {"D1": today}}, budget=100)
    assert plan.over_budget and plan.fitting_minutes == 0
    line = budget_line(plan)
    assert "budget used up" in line and "0m" not in line
    assert line in render_plan(plan, curriculum)
