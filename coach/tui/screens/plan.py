"""The home screen: which day it is, what to study, what to review, against the budget."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.markup import escape
from textual.screen import Screen
from textual.widgets import Header, Static

from coach import progress
from coach.domain.memory import RATING_NAMES
from coach.domain.plan import DailyPlan, PlanItem
from coach.domain.units import format_minutes
from coach.textviews import plan_heading
from coach.tui.widgets.key_bar import KeyBar
from coach.tui.widgets.plan_list import PlanList, item_id

if TYPE_CHECKING:
    from coach.tui.app import CoachApp


class PlanScreen(Screen[None]):
    """Today's plan."""

    BINDINGS = [
        Binding("space", "mark_done", "Done", id="plan.done"),
        Binding("1", "rate(1)", "Again", show=False, id="plan.again"),
        Binding("2", "rate(2)", "Hard", show=False, id="plan.hard"),
        Binding("3", "rate(3)", "Good", show=False, id="plan.good"),
        Binding("4", "rate(4)", "Easy", show=False, id="plan.easy"),
        Binding("enter", "open_concept", "Open", id="plan.open"),
        Binding("P", "practise_this", "Practise this", id="plan.practise"),
        Binding("c", "checklist", "Checklist", id="plan.checklist"),
        Binding("S", "settings", "Settings", id="plan.settings"),
    ]

    app: CoachApp

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="plan-head"):
            yield Static(id="plan-title")
            yield Static(id="plan-meta")
        yield PlanList(id="plan-items")
        yield Static(id="plan-detail")
        yield Static(id="plan-budget")
        yield KeyBar()

    def on_screen_resume(self) -> None:
        # Also runs when the screen is first shown, so this is the only initial read.
        self.refresh_from_store()

    _plan: DailyPlan | None = None
    _leeches: dict = {}

    @property
    def plan(self) -> DailyPlan | None:
        """The plan as last read from the store (re-read by ``refresh_from_store``)."""
        return self._plan

    def refresh_from_store(self) -> None:
        plan = self._plan = progress.plan_for(self.app.store, self.app.curriculum,
                                              self.app.clock.today())
        title = self.query_one("#plan-title", Static)
        meta = self.query_one("#plan-meta", Static)
        budget = self.query_one("#plan-budget", Static)
        items = self.query_one(PlanList)
        if plan is None:
            title.update("[b]Welcome.[/b] Set your start date to begin (S).")
            meta.update("")
            budget.update("")
            items.clear_options()
            return
        from coach.habits import leech_concepts

        self._leeches = leech_concepts(self.app.store)
        title.update(f"[b]{escape(plan_heading(plan))}[/b]")
        meta.update(self._meta(plan))
        from coach.mastery import mastery_by_concept

        items.show(plan, frozenset(self._leeches),
                   checklist=self.app.curriculum.guide.day_before_checklist,
                   mastery=mastery_by_concept(self.app.store))
        self._show_detail()
        budget.update(self._budget(plan))
        budget.set_class(plan.over_budget, "-over")

    def _meta(self, plan: DailyPlan) -> str:
        parts = [f"{plan.today:%a %d %b %Y}"]
        days = plan.days_to_interview
        if days is not None:
            if days > 1:
                parts.append(f"interview in [b]{days}[/b] days ({plan.interview:%a %d %b})")
            elif days == 1:
                parts.append("[b $warning]interview tomorrow[/] - press c for the checklist")
            elif days == 0:
                parts.append("[b $success]interview today[/]")
        if plan.started:
            from coach.habits import streak_and_days

            run, studied = streak_and_days(self.app.store, plan.today)
            total = min(plan.day_number, 14) if not plan.finished else plan.day_number
            parts.append(f"streak [b]{run}[/b] day{'s' if run != 1 else ''} · studied "
                         f"{studied} of {total} days")
        line = " · ".join(parts)
        if plan.plan_day and plan.started and not plan.finished:
            line += f"\n[$text-muted]Practice:[/] {escape(plan.plan_day.practice)}"
        return line

    def _budget(self, plan: DailyPlan) -> str:
        if not plan.started:
            return ""
        text = (f"[b]{format_minutes(plan.total_minutes)}[/b] left of "
                f"{format_minutes(plan.budget_minutes)}")
        if plan.over_budget:
            advice = (f"over budget: do the unmarked {format_minutes(plan.fitting_minutes)} "
                      "first, P1 first" if plan.fitting_minutes
                      else "budget used up: the rest if time allows, P1 first")
            text += f" · [$warning]{advice}[/]"
        return text

    # ------------------------------------------------------------------ actions
    def _selected(self) -> PlanItem | None:
        plan = self.plan
        option = self.query_one(PlanList).highlighted_option
        if plan is None or option is None or option.id is None or option.id.startswith("#"):
            return None
        for item in plan.items:
            if item_id(item) == option.id:
                return item
        return None

    def action_mark_done(self) -> None:
        """Mark the selected item done, recalled well (good)."""
        self.action_rate(3)

    def action_rate(self, rating: int) -> None:
        """Mark the selected item done with a recall rating: 1 again, 2 hard, 3 good, 4 easy."""
        item = self._selected()
        if item is None:
            return
        if item.done:
            self.notify("Already done today. Ctrl+Z undoes it.", severity="warning")
            return
        progress.mark_checkpoint(self.app.store, item.concept, item.checkpoint,
                                 self.app.clock.today(), rating,
                                 purpose="interview" if item.for_interview else "")
        self.notify(f"{item.checkpoint} of {item.concept.name}: done ({RATING_NAMES[rating]})")
        self.app.data_changed()

    def on_option_list_option_highlighted(self, event: PlanList.OptionHighlighted) -> None:
        self._show_detail()

    def _show_detail(self) -> None:
        item = self._selected()
        detail = self.query_one("#plan-detail", Static)
        if item is None:
            detail.update("")
            return
        due = "today" if item.due == self.app.clock.today() else f"{item.due:%a %d %b}"
        text = (f"[$text-muted]{item.checkpoint}:[/] {escape(item.activity)} "
                f"[$text-muted](due {due})[/]")
        leech = self._leeches.get(item.concept.id)
        if leech is not None:
            from coach.domain.habits import next_step

            step = next_step(item.concept.id, item.concept.section_id, has_drill=False)
            text = (f"[b $error]Leech[/] ({escape(leech.reason)}): {escape(step)}")
        detail.update(text)

    def on_option_list_option_selected(self, event: PlanList.OptionSelected) -> None:
        event.stop()
        self.action_open_concept()

    def action_open_concept(self) -> None:
        """Open the selected concept: its notes and checkpoint history."""
        item = self._selected()
        if item is None:
            return
        from coach.tui.screens.concept import ConceptScreen

        self.app.push_screen(ConceptScreen(item.concept.id))

    def action_practise_this(self) -> None:
        """Practise questions on the selected concept."""
        item = self._selected()
        if item is not None:
            self.app.practise_concept(item.concept.id)

    def action_checklist(self) -> None:
        """Show the day-before-interview checklist and the mistakes to avoid."""
        from coach.tui.screens.checklist import ChecklistScreen

        self.app.push_screen(ChecklistScreen())

    def action_settings(self) -> None:
        """Change the start date, interview date or daily budget."""
        from coach.tui.screens.setup import SetupScreen

        self.app.push_screen(SetupScreen(first_run=False))
