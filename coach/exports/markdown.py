"""A Markdown progress report: where the plan stands, the grid with its dates, mastery, the
weakest concepts and the mock rounds; readable as text and as rendered Markdown."""

from __future__ import annotations

from coach.domain.schedule import Status
from coach.exports.progress_view import ProgressView


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ").strip()


def checkpoint_text(status: Status, due_on: str, done_on: str | None) -> str:
    if status is Status.DONE:
        return f"[x] {done_on}"
    if status is Status.OVERDUE:
        return f"[ ] overdue since {due_on}"
    if status is Status.DUE:
        return f"[ ] due today ({due_on})"
    return f"[ ] {due_on}"


def render_markdown(view: ProgressView) -> str:
    s = view.summary
    lines = ["# ML Interview Coach: progress report", ""]
    head = [f"Exported {view.today.isoformat()}"]
    if view.start:
        head.append(f"plan started {view.start.isoformat()}")
    if view.day_number is not None:
        head.append(f"day {view.day_number} of 14" if view.day_number <= 14
                    else f"day {view.day_number} (after the 14-day plan)")
    if view.interview:
        left = (view.interview - view.today).days
        head.append(f"interview {view.interview.isoformat()}"
                    + (f" ({left} days left)" if left >= 0 else ""))
    lines += [" · ".join(head), "", "## Summary", ""]
    lines.append(f"- Checkpoints done: {s.done} of {s.total} ("
                 + ", ".join(f"{p} {d}/{t}" for p, (d, t) in s.by_priority.items()) + ")")
    lines.append(f"- Due today: {s.due_today} · overdue: {s.overdue}")
    lines.append(f"- Practice answers scored: {view.attempts_scored} · mock rounds: "
                 f"{len(view.rounds)}")
    lines += ["", "## Progress grid", ""]
    for section, rows in view.sections:
        title = section.name + (" (beyond the guide's table)" if section.extra else "")
        lines += [f"### {title}", "",
                  "| Concept | Pri | D1 | D2 | D4 | D7 | D14 | Mastery | Notes |",
                  "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
        for row in rows:
            cells = [checkpoint_text(st.status, st.due.isoformat(),
                                     st.done_on.isoformat() if st.done_on else None)
                     for st in row.states]
            mastery = f"{row.mastery:.0%}" if row.mastery is not None else "-"
            lines.append(f"| {_cell(row.concept.name)} | {row.concept.priority} | "
                         + " | ".join(cells) + f" | {mastery} | {_cell(row.note)} |")
        lines.append("")
    lines += ["## Weakest concepts", ""]
    if view.weakest:
        for cid, value in view.weakest:
            shown = f"mastery {value:.0%}" if value is not None else "not practised yet"
            lines.append(f"- {view.concept_name(cid)}: {shown}")
    else:
        lines.append("Nothing below 80% mastery yet.")
    lines += ["", "## Mock rounds", ""]
    if view.rounds:
        lines += ["| Date | Round | Mode | Answered | Score | Time |",
                  "| --- | --- | --- | --- | --- | --- |"]
        for r in view.rounds:
            lines.append(f"| {r.started:%Y-%m-%d %H:%M} | {r.format_name} | {r.mode} | "
                         f"{r.answered} of {r.total} | {r.score:.0%} | "
                         f"{r.minutes_used:.0f} of {r.budget_minutes:.0f} min |")
    else:
        lines.append("No mock rounds yet.")
    return "\n".join(lines) + "\n"
