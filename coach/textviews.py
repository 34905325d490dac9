"""Plain-text views for the shell (``coach today``): no textual, no rich, fast to import."""

from __future__ import annotations

from coach.domain.curriculum import Curriculum
from coach.domain.plan import DailyPlan, PlanItem
from coach.domain.units import format_minutes

_SECTIONS = (("overdue", "Overdue"), ("review", "Reviews due"), ("later", "Later reviews"),
             ("interview", "For the interview"), ("new", "New today"), ("done", "Done today"))


def plan_heading(plan: DailyPlan) -> str:
    if not plan.started:
        return f"The plan starts on {plan.start:%a %d %b %Y} (in {1 - plan.day_number} days)."
    if plan.finished:
        return (f"Day {plan.day_number} - the 14-day plan is complete; reviews continue on "
                "the memory schedule.")
    phase = f" - {plan.phase.name}" if plan.phase else ""
    block = f": {plan.plan_day.block}" if plan.plan_day else ""
    return f"Day {plan.day_number} of 14{phase}{block}"


def item_line(item: PlanItem) -> str:
    mark = "[x]" if item.done else "[ ]"
    late = f", {item.overdue_days} day{'s' if item.overdue_days != 1 else ''} late" \
        if item.overdue else ""
    tail = "" if item.fits or item.done else "  (if time allows)"
    return (f"{mark} {item.checkpoint:<3} {item.concept.name} [{item.concept.priority}] - "
            f"{item.activity} ({format_minutes(item.minutes)}{late}){tail}")


def over_budget_advice(plan: DailyPlan) -> str:
    """What to do when today's work is more than the budget (the guide: P1 first)."""
    if plan.fitting_minutes:
        return (f"over budget: the {format_minutes(plan.fitting_minutes)} not marked 'if time "
                "allows' fits, P1 first")
    done = sum(i.minutes for i in plan.done_items)
    return (f"budget used up ({format_minutes(done)} done): the rest is 'if time allows', "
            "P1 first")


def budget_line(plan: DailyPlan) -> str:
    total = plan.total_minutes
    line = f"Time: {format_minutes(total)} left of a {format_minutes(plan.budget_minutes)} budget"
    if plan.over_budget:
        line += f" - {over_budget_advice(plan)}"
    return line


def render_plan(plan: DailyPlan, curriculum: Curriculum) -> str:
    lines = [f"{plan.today:%A %d %B %Y}", plan_heading(plan)]
    if plan.days_to_interview is not None:
        days = plan.days_to_interview
        if days > 0:
            lines.append(f"Interview in {days} day{'s' if days != 1 else ''} "
                         f"({plan.interview:%a %d %b}).")
        elif days == 0:
            lines.append("Interview today. Good luck!")
    if plan.plan_day and plan.started and not plan.finished:
        lines.append(f"Practice: {plan.plan_day.practice}")
    lines.append("")
    any_items = False
    for key, title in _SECTIONS:
        items = plan.section(key)
        if not items:
            continue
        any_items = True
        lines.append(f"{title}:")
        lines.extend(f"  {item_line(i)}" for i in items)
        lines.append("")
    if not any_items:
        lines.append("Nothing due today." if plan.started else "")
    if plan.started:
        lines.append(budget_line(plan))
    if plan.interview_tomorrow:
        lines.append("")
        lines.append("The day before the interview:")
        lines.extend(f"  [ ] {entry}" for entry in curriculum.guide.day_before_checklist)
        lines.append("Avoid:")
        lines.extend(f"  - {entry}" for entry in curriculum.guide.mistakes_to_avoid)
    return "\n".join(lines).rstrip() + "\n"
