"""The simulation lab: run seeded bandit, uplift and RL experiments and watch them behave.

Each lab has its own tab with a parameter form, a plot, a summary table and an explanation.
A run happens in a thread worker so the screen stays responsive; its result is drawn when it
comes back, unless a newer run has started meanwhile.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.color import Color
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.css.query import NoMatches
from textual.markup import escape
from textual.screen import Screen
from textual.widgets import DataTable, Header, Input, Static, TabbedContent, TabPane, Tabs

from coach.domain.simulations.params import ParamError, from_text
from coach.tui.plotting import Canvas
from coach.tui.simulation_views import LABS, Lab, default_texts, lab
from coach.tui.widgets.key_bar import KeyBar
from coach.tui.widgets.param_form import FormField, ParamForm
from coach.tui.widgets.sized_plot import sized_plot

if TYPE_CHECKING:
    from coach.tui.app import CoachApp

NARROW = 100  # below this width the explanation moves behind the i key
SHORT = 32    # below this height the parameters start folded away
THEME_COLOURS = ("primary", "secondary", "accent", "success", "warning", "error",
                 "foreground", "text-secondary")


class LabPanel(Vertical):
    """One simulation: its form, its latest result and the run in flight."""

    app: CoachApp

    def __init__(self, spec: Lab) -> None:
        super().__init__(classes="lab")
        self.lab = spec
        self.result: Any | None = None
        self.view = 0
        self.running = False
        self._token = 0

    def compose(self) -> ComposeResult:
        texts = default_texts(self.lab)
        yield ParamForm([FormField(f.name, f.label, texts[f.name], f.hint)
                         for f in self.lab.fields], classes="lab-params",
                        hint="Enter runs with these values · Escape goes back to the results")
        yield Static(classes="lab-status")
        with Vertical(classes="lab-main"):
            yield sized_plot(self._draw_on, "lab-plot")
            yield Static(classes="lab-legend")
            with VerticalScroll(classes="lab-reading"):
                yield Static(classes="lab-reading-text")
        with Horizontal(classes="lab-bottom"):
            yield DataTable(classes="lab-table", cursor_type="none", zebra_stripes=True,
                            show_cursor=False)
            with VerticalScroll(classes="lab-notes"):
                yield Static(classes="lab-notes-text")

    def on_mount(self) -> None:
        self.query_one(ParamForm).clear_problem()
        self._set_status("[$text-muted]Not run yet: press R to run.[/]")
        self.app.theme_changed_signal.subscribe(self, lambda _theme: self.draw_plot())

    # ------------------------------------------------------------------ parameters
    @property
    def form(self) -> ParamForm:
        return self.query_one(ParamForm)

    def read_params(self) -> Any | None:
        """The parameters as typed, or None after marking the field at fault."""
        try:
            params = from_text(self.lab.params, self.lab.readers, self.form.values())
        except ParamError as error:
            self.form.show_problem(error.field, error.message)
            return None
        self.form.clear_problem()
        return params

    def on_input_changed(self, event: Input.Changed) -> None:
        self.read_params()

    # ------------------------------------------------------------------ running
    def start_run(self) -> bool:
        params = self.read_params()
        if params is None:
            self._set_status("[$error]Not run: fix the parameter marked in the form.[/]")
            return False
        self._token += 1
        token = self._token
        self.running = True
        self.query_one(".lab-plot").loading = True
        self._set_status(f"[$warning]Running {escape(self.lab.title)}...[/]")
        clock = self.app.clock
        run = self.lab.run

        def work() -> None:
            started = clock.monotonic()
            try:
                result = run(params)
            except ParamError as error:
                self._report(self._failed, token, error.field, error.message)
                return
            except Exception as error:  # a bug in one lab must not take the coach down
                self._report(self._failed, token, None, f"the simulation failed: {error!r}")
                return
            self._report(self._finished, token, result, clock.monotonic() - started)

        self.run_worker(work, thread=True, group=f"lab-{self.lab.key}", exclusive=True,
                        exit_on_error=False)
        return True

    def _report(self, callback: Any, *args: Any) -> None:
        # If the app closed while the run was in flight there is nothing left to show.
        with contextlib.suppress(RuntimeError):
            self.app.call_from_thread(callback, *args)

    def _failed(self, token: int, field: str | None, message: str) -> None:
        if token != self._token:
            return
        self.running = False
        self.query_one(".lab-plot").loading = False
        if field is not None:
            self.form.show_problem(field, message)
        self._set_status(f"[$error]Not run: {escape(message)}[/]")

    def _finished(self, token: int, result: Any, seconds: float) -> None:
        if token != self._token:
            return  # a newer run is under way; it will draw
        self.running = False
        self.result = result
        self.query_one(".lab-plot").loading = False
        self._set_status(f"[b]{escape(self.lab.title)}[/b] · {escape(self.lab.describe(result))}"
                         f" [$text-muted]· {seconds:.2f} s[/]")
        self.show_result()

    # ------------------------------------------------------------------ showing
    def _set_status(self, markup: str) -> None:
        self.query_one(".lab-status", Static).update(markup)

    def palette(self) -> dict[str, tuple[int, int, int]]:
        variables = self.app.theme_variables
        return {name: Color.parse(variables[name]).rgb for name in THEME_COLOURS
                if name in variables}

    def _draw_on(self, plt: Any, width: int, height: int) -> Canvas | None:
        if self.result is None:
            return None
        canvas = Canvas(plt, self.palette(), width, height)
        self.lab.draw(canvas, self.result, self.lab.views[self.view])
        return canvas

    def draw_plot(self) -> None:
        """Draw the current result and view now, and its legend under the plot."""
        if not self.is_attached:
            return
        plot: Any = self.query_one(".lab-plot")
        canvas = self._draw_on(plot.plt, plot.size.width, plot.size.height)
        plot.drawn_for = (plot.size.width, plot.size.height)
        plot.refresh()
        legend = "  ".join(f"[rgb({r},{g},{b})]■[/] {escape(label)}"
                           for label, (r, g, b) in (canvas.legend if canvas else []))
        self.query_one(".lab-legend", Static).update(legend)

    def show_result(self) -> None:
        result = self.result
        if result is None:
            return
        self.draw_plot()
        table = self.query_one(DataTable)
        table.clear(columns=True)
        rows = self.lab.rows(result)
        first, *others = self.lab.columns
        table.add_column(first, width=max(len(first), *(len(r[0]) + 2 for r in rows)))
        table.add_columns(*others)
        for row in rows:
            colour = self.lab.colours.get(row[0])
            name = Content.from_markup(f"[${colour}]■[/] {escape(row[0])}" if colour
                                       else f"[$text-muted]·[/] {escape(row[0])}")
            table.add_row(name, *row[1:])
        text = escape(self.lab.explain(result))
        self.query_one(".lab-notes-text", Static).update(text)
        self.query_one(".lab-reading-text", Static).update(text)
        self.fit_bottom()

    def fit_bottom(self) -> None:
        """The table's rows set the height of the bottom strip; on a tall screen it grows to
        leave the explanation room beside the table."""
        rows = len(self.lab.rows(self.result)) if self.result is not None else 0
        tall = self.screen.size.height >= SHORT and self.screen.size.width >= NARROW
        self.query_one(".lab-bottom").styles.height = max(rows + 1, 12 if tall else 0)

    def next_view(self) -> None:
        self.view = (self.view + 1) % len(self.lab.views)
        self.draw_plot()


class SimulationsScreen(Screen[None]):
    CSS_PATH = Path(__file__).parent.parent / "simulations.tcss"

    BINDINGS = [
        Binding("R", "run", "Run", id="simulations.run"),
        Binding("e", "toggle_parameters", "Parameters", id="simulations.parameters"),
        Binding("v", "next_view", "View", id="simulations.view"),
        Binding("i", "toggle_reading", "Explain", id="simulations.explain"),
        Binding("right_square_bracket", "next_lab", "Next lab", id="simulations.next"),
        Binding("left_square_bracket", "next_lab(-1)", "Previous lab", show=False,
                id="simulations.previous"),
        *(Binding(str(n), f"show_lab('{spec.key}')", spec.title, show=False,
                  id=f"simulations.{spec.key}") for n, spec in enumerate(LABS, start=1)),
        Binding("escape", "leave_form", "Leave the form", show=False,
                id="simulations.leave"),
    ]

    app: CoachApp

    def __init__(self) -> None:
        super().__init__()
        self._parameters_shown: bool | None = None  # None: decided by the screen height
        self._first_lab = LABS[0].key

    def compose(self) -> ComposeResult:
        yield Header()
        with TabbedContent(id="labs", initial=f"lab-{self._first_lab}"):
            for n, spec in enumerate(LABS, start=1):
                with TabPane(f"{n} {spec.title}", id=f"lab-{spec.key}"):
                    yield LabPanel(spec)
        yield KeyBar()

    def on_mount(self) -> None:
        self._fit(self.size.width, self.size.height)
        self.query_one("#labs", TabbedContent).query_one(Tabs).focus()
        self.call_after_refresh(self._run_if_new)

    def on_resize(self, event: Any) -> None:
        self._fit(event.size.width, event.size.height)

    def _fit(self, width: int, height: int) -> None:
        self.set_class(width < NARROW, "-narrow")
        self.set_class(height < SHORT, "-short")
        shown = self._parameters_shown if self._parameters_shown is not None \
            else height >= SHORT
        self.set_class(not shown, "-folded")
        for panel in self.query(LabPanel):
            panel.fit_bottom()

    @property
    def panel(self) -> LabPanel:
        active = self.query_one("#labs", TabbedContent).active
        return self.query_one(f"#{active} LabPanel", LabPanel)

    def show_simulation(self, key: str) -> None:
        """Open one lab by key (bandits, contextual, uplift, rl), e.g. from another screen;
        called before the screen is built, it opens on that lab."""
        lab(key)
        try:
            tabs = self.query_one("#labs", TabbedContent)
        except NoMatches:
            self._first_lab = key
            return
        tabs.active = f"lab-{key}"

    def on_tabbed_content_tab_activated(self, event: TabbedContent.TabActivated) -> None:
        self.refresh_bindings()
        self.call_after_refresh(self._run_if_new)

    def _run_if_new(self) -> None:
        """Show a result the first time a lab is opened, with its default parameters."""
        panel = self.panel
        if panel.result is None and not panel.running:
            panel.start_run()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_run()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "next_view" and self.is_mounted:
            try:
                return len(self.panel.lab.views) > 1 or None
            except Exception:
                return None
        return True

    # ------------------------------------------------------------------ actions
    def action_run(self) -> None:
        """Run the simulation with the parameters in the form."""
        if not self.panel.start_run():
            self._show_parameters(True)
            problem = next((box for box in self.panel.query(Input) if box.has_class("-invalid")),
                           None)
            if problem is not None:
                problem.focus()

    def action_toggle_parameters(self) -> None:
        """Show or fold away the parameter form."""
        shown = not self.has_class("-folded")
        self._show_parameters(not shown)
        if not shown:
            self.panel.form.focus_field()
        elif isinstance(self.focused, Input):
            self.action_leave_form()

    def _show_parameters(self, shown: bool) -> None:
        self._parameters_shown = shown
        self.set_class(not shown, "-folded")

    def action_next_view(self) -> None:
        """Switch between the plots this lab offers."""
        self.panel.next_view()

    def action_toggle_reading(self) -> None:
        """Read the explanation in place of the plot, or go back to the plot."""
        for panel in self.query(LabPanel):
            panel.toggle_class("-reading")

    def action_next_lab(self, step: int = 1) -> None:
        """Go to the next (or previous) lab."""
        keys = [spec.key for spec in LABS]
        current = keys.index(self.panel.lab.key)
        self.action_show_lab(keys[(current + step) % len(keys)])

    def action_show_lab(self, key: str) -> None:
        """Go to one lab."""
        self.show_simulation(key)

    def action_leave_form(self) -> None:
        """Back from the form to the lab tabs."""
        self.query_one("#labs", TabbedContent).query_one(Tabs).focus()
