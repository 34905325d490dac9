"""The list of today's plan items, grouped under section headings."""

from __future__ import annotations

from textual.markup import escape
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from coach.domain.plan import DailyPlan, PlanItem
from coach.domain.units import format_minutes

SECTIONS = (("overdue", "Overdue"), ("review", "Reviews due today"),
            ("later", "Reviews after D14"), ("interview", "For the interview"),
            ("new", "New today"), ("done", "Done today"))


def item_id(item: PlanItem) -> str:
    return f"{item.concept.id}|{item.checkpoint}{'|i' if item.for_interview else ''}"


def item_prompt(item: PlanItem, leech: bool = False, mastery: float | None = None) -> str:
    box = "[$success]✔[/]" if item.done else "☐"
    name = escape(item.concept.name)
    pri = f"[$text-muted]{item.concept.priority}[/]"
    time = format_minutes(item.minutes)
    late = ""
    if item.overdue:
        late = f" [$error]{item.overdue_days}d late[/]"
    spare = "" if item.fits or item.done else " [$warning]if time allows[/]"
    flag = " [b $error]⚠ leech[/]" if leech else ""
    known = f" [$text-muted]· mastery {mastery:.0%}[/]" if mastery is not None else ""
    text = f"{box} [b]{item.checkpoint:<3}[/b] {name}{flag} {pri} · {time}{known}{late}{spare}"
    return f"[dim]{text}[/dim]" if item.done else text


class PlanList(OptionList):
    """Plan items; section headings are disabled options so the cursor skips them."""

    def show(self, plan: DailyPlan, leeches: frozenset[str] = frozenset(),
             checklist: tuple[str, ...] = (), mastery: dict[str, float] | None = None) -> None:
        highlighted = self.highlighted_option.id if self.highlighted_option else None
        position = self.highlighted or 0
        self.clear_options()
        options: list[Option] = []
        mastery = mastery or {}
        if plan.interview_tomorrow and checklist:
            options.append(Option("[b $warning]The interview is tomorrow: the day before[/]",
                                  id="#heading-checklist", disabled=True))
            options.extend(Option(f"☐ {escape(entry)}", id=f"#check-{n}", disabled=True)
                           for n, entry in enumerate(checklist))
        for key, title in SECTIONS:
            items = plan.section(key)
            if not items:
                continue
            minutes = sum(i.minutes for i in items)
            count = f"({len(items)}, {format_minutes(minutes)})"
            heading = f"[b $accent]{title}[/] [$text-muted]{count}[/]"
            options.append(Option(heading, id=f"#heading-{key}", disabled=True))
            options.extend(Option(item_prompt(i, i.concept.id in leeches,
                                              mastery.get(i.concept.id)), id=item_id(i))
                           for i in items)
        if not options:
            options.append(Option("[$text-muted]Nothing due today.[/]", id="#empty",
                                  disabled=True))
        self.add_options(options)
        # Stay on the same item while it is open; once it is done, stay at the same place so
        # the next item is under the cursor.
        open_ids = {item_id(i) for i in plan.open_items}
        enabled = [i for i, o in enumerate(options) if not o.disabled]
        if highlighted in open_ids:
            self.highlighted = self.get_option_index(highlighted)  # type: ignore[arg-type]
        elif enabled:
            self.highlighted = min(enabled, key=lambda i: (i < position, abs(i - position)))
