"""Readiness read from the store: memory events per concept, mastery, the target recall."""

from __future__ import annotations

from datetime import date

from coach import progress
from coach.domain.curriculum import Curriculum
from coach.domain.events import memory_events
from coach.domain.memory import MemoryEvent
from coach.domain.readiness import DEFAULT_TARGET, Readiness, assess, readiness_trend
from coach.mastery import mastery_by_concept
from coach.store import Store


def events_by_concept(store: Store, curriculum: Curriculum) -> dict[str, list[MemoryEvent]]:
    d = store.data
    return {c.id: memory_events(c.id, d["checkpoints"], d["reviews"], d["attempts"],
                                d["drill_runs"]) for c in curriculum.concepts}


def target_recall(store: Store) -> float:
    value = store.settings.get("target_recall") or DEFAULT_TARGET
    return min(0.99, max(0.5, float(value)))


def readiness_for(store: Store, curriculum: Curriculum, today: date,
                  target_day: date | None = None) -> Readiness | None:
    """Readiness for ``target_day`` (default: the interview date); ``None`` without either."""
    day = target_day or progress.interview_date(store)
    if day is None:
        return None
    return assess(curriculum.concepts, events_by_concept(store, curriculum),
                  mastery_by_concept(store, today), today=today, target_day=day,
                  goal=target_recall(store))


def trend_for(store: Store, curriculum: Curriculum, today: date,
              target_day: date) -> list[tuple[date, float]]:
    return readiness_trend(curriculum.concepts, events_by_concept(store, curriculum),
                           today=today, target_day=target_day)


def render_readiness(readiness: Readiness, trend: list[tuple[date, float]]) -> str:
    """The readiness table as plain text (for ``coach readiness``)."""
    r = readiness
    lines = [f"Readiness for {r.target_day:%a %d %b %Y}: {r.overall:.0%} "
             f"(target recall {r.target_recall:.0%}, P1 weighted most)"]
    if len(trend) > 1:
        lines.append("Trend: " + "  ".join(f"{d:%d/%m} {v:.0%}" for d, v in trend))
    lines += ["", f"{'concept':<32}{'pri':<5}{'recall':>7}{'mastery':>9}  review on"]
    for c in r.concepts:
        mastery = "-" if c.mastery is None else f"{c.mastery:.0%}"
        days = ", ".join(f"{d:%d/%m}" for d in c.review_days) or "-"
        flag = "" if c.reachable else "  (target not reachable)"
        if not c.studied:
            flag += "  (not studied yet)"
        lines.append(f"{c.concept.name[:31]:<32}{c.concept.priority:<5}{c.recall:>7.0%}"
                     f"{mastery:>9}  {days}{flag}")
    due = r.due_today
    if due:
        lines += ["", "Review today:"]
        for c in due:
            after = c.recall_if_reviewed_today
            gain = f" goes from {c.recall:.0%} to {after:.0%}" if after is not None else ""
            lines.append(f"  {c.concept.name}: predicted recall on the day{gain}")
    if r.unreachable_p1:
        names = ", ".join(c.concept.name for c in r.unreachable_p1)
        lines += ["", f"Not reachable in the days left: {names} cannot reach "
                      f"{r.target_recall:.0%} by {r.target_day:%d %b}, even with a review every "
                      "remaining day. Review them as often as you can."]
    return "\n".join(lines) + "\n"
