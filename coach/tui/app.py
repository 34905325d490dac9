"""The Textual application: opens the store, holds the clock, routes between screens."""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from coach import paths, progress
from coach.bank.curriculum import load_curriculum
from coach.clock import Clock, SystemClock
from coach.domain.curriculum import Curriculum
from coach.store import Store
from coach.tui.screens.plan import PlanScreen

if TYPE_CHECKING:
    from coach.domain.questions import Bank, Question


def _lazy(module: str, name: str) -> Any:
    """A mode factory that imports its screen only when the mode is first opened, keeping
    the start-up path to the plan screen alone."""

    def make() -> Screen[Any]:
        import importlib

        return getattr(importlib.import_module(f"coach.tui.screens.{module}"), name)()

    return make


class CoachApp(App[int]):
    """ML Interview Coach."""

    CSS_PATH = Path(__file__).with_name("coach.tcss")
    TITLE = "ML Interview Coach"
    ENABLE_COMMAND_PALETTE = True
    MODES = {"plan": PlanScreen, "grid": _lazy("grid", "GridScreen"),
             "practice": _lazy("practice", "PracticeScreen"),
             "rounds": _lazy("rounds", "RoundsScreen"),
             "readiness": _lazy("readiness", "ReadinessScreen"),
             "trees": _lazy("trees", "TreesScreen"),
             "simulations": _lazy("simulations", "SimulationsScreen"),
             "drills": _lazy("drills", "DrillsScreen"),
             "stats": _lazy("stats", "StatsScreen")}
    DEFAULT_MODE = "plan"
    BINDINGS = [
        Binding("f1", "help", "Help", id="app.help"),
        Binding("t", "go('plan')", "Today", id="app.today"),
        Binding("g", "go('grid')", "Grid", id="app.grid"),
        Binding("p", "go('practice')", "Practice", id="app.practice"),
        Binding("m", "go('rounds')", "Mock rounds", id="app.rounds"),
        Binding("r", "go('readiness')", "Readiness", id="app.readiness"),
        Binding("w", "go('trees')", "Decision trees", id="app.trees"),
        Binding("L", "go('simulations')", "Simulation lab", id="app.simulations"),
        Binding("D", "go('drills')", "Drills", id="app.drills"),
        Binding("s", "go('stats')", "Stats", id="app.stats"),
        Binding("ctrl+z", "undo", "Undo", id="app.undo"),
        Binding("q", "quit", "Quit", id="app.quit"),
    ]

    def __init__(self, store: Store, curriculum: Curriculum, *, clock: Clock | None = None,
                 extra_banks: Sequence[Path] = (), bank: Bank | None = None,
                 rng: random.Random | None = None) -> None:
        super().__init__()
        self.store = store
        self.curriculum = curriculum
        self.clock: Clock = clock or SystemClock()
        self.extra_banks = tuple(extra_banks)
        self._bank: Bank | None = bank
        # Where round seeds and "next question" draws come from; tests pass a seeded one.
        self.rng = rng or random.Random()
        saved_theme = store.settings.get("theme")
        if saved_theme and saved_theme in self.available_themes:
            self.theme = saved_theme

    # ------------------------------------------------------------------ lifecycle
    def on_mount(self) -> None:
        self._apply_keymap()
        for notice in self.store.notices:
            self.notify(notice, title="Store recovered", severity="warning", timeout=30)
        self.theme_changed_signal.subscribe(self, self._remember_theme)
        if progress.start_date(self.store) is None:
            from coach.tui.screens.setup import SetupScreen

            self.push_screen(SetupScreen(first_run=True))
        # Load the question bank in a thread after the first paint, off the start-up path;
        # asking for it earlier simply reads it at once.
        if self._bank is None:
            self.call_after_refresh(self._start_bank_worker)

    # ------------------------------------------------------------------ the question bank
    def _start_bank_worker(self) -> None:
        if self._bank is None:
            self.run_worker(self._load_bank_in_thread, thread=True, group="bank",
                            exit_on_error=False)

    def _load_bank_in_thread(self) -> None:
        bank, problems = self._read_bank()
        self.call_from_thread(self._bank_ready, bank, problems)

    def _read_bank(self) -> tuple[Bank, list[str]]:
        from coach.practice import load_bank

        return load_bank(self.curriculum, self.store.path.parent, self.extra_banks)

    def _bank_ready(self, bank: Bank, problems: list[str]) -> None:
        if self._bank is None:
            self._bank = bank
            self._report_bank_problems(problems)

    def _report_bank_problems(self, problems: list[str]) -> None:
        if problems:
            shown = "\n".join(problems[:8])
            more = f"\n... and {len(problems) - 8} more" if len(problems) > 8 else ""
            self.notify(f"{shown}{more}\nRun `coach bank check` for the full list.",
                        title="Problems in your question banks", severity="error", timeout=30)

    @property
    def bank(self) -> Bank:
        """The merged question bank (read now if the background load has not finished)."""
        if self._bank is None:
            bank, problems = self._read_bank()
            self._bank = bank
            self._report_bank_problems(problems)
        return self._bank

    def open_question(self, question: Question) -> None:
        """Answer one question under its clock."""
        from coach.tui.screens.question import QuestionScreen

        self.push_screen(QuestionScreen(question))

    def show_in_grid(self, concept_id: str) -> None:
        """Go to the progress grid with the cursor on one concept's row."""
        self.switch_mode("grid")
        self.call_after_refresh(self.screen.focus_concept, concept_id)  # type: ignore[attr-defined]

    def practise_concept(self, concept_id: str) -> None:
        """Go to the practice list filtered to one concept."""
        self.switch_mode("practice")
        focus = getattr(self.screen, "focus_concept", None)
        if focus is not None:
            focus(concept_id)

    def _apply_keymap(self) -> None:
        config = paths.config_dir()
        if not (config / "keys.toml").exists():
            return  # the common case: nothing to read, nothing to import
        from coach.tui.keymap import load_keymap

        keymap, problems = load_keymap(config, type(self))
        if problems:
            self.notify("\n".join(problems) + "\nThe default keys are in use.",
                        title="Problems in your key file", severity="error", timeout=30)
        elif keymap:
            self.set_keymap(keymap)

    def _remember_theme(self, theme: Any) -> None:
        if self.store.settings.get("theme") != theme.name:
            self.store.set_quietly("settings", "theme", theme.name)

    # ------------------------------------------------------------------ actions
    def action_go(self, mode: str) -> None:
        """Switch to one of the main screens."""
        if self.current_mode != mode:
            self.switch_mode(mode)

    def action_help(self) -> None:
        """Show every key that works here, built from the live bindings."""
        from coach.tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen))

    def action_undo(self) -> None:
        """Undo the newest change of today, whatever its kind."""
        label = self.store.undo()
        if label is None:
            self.notify("Nothing left to undo today.", severity="warning")
            return
        self.notify(f"Undone: {label}", title="Undo")
        self.data_changed()

    def data_changed(self) -> None:
        """Tell the visible screen (and the one beneath a modal) to re-read the store."""
        for screen in self.screen_stack[-2:]:
            refresh = getattr(screen, "refresh_from_store", None)
            if refresh is not None:
                refresh()

    # ------------------------------------------------------------------ command palette
    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        """Every binding of the current screen is also a palette command."""
        yield from super().get_system_commands(screen)
        seen = {"quit", "command_palette"}
        for active in screen.active_bindings.values():
            binding = active.binding
            if not binding.description or binding.action in seen:
                continue
            seen.add(binding.action)
            yield SystemCommand(
                f"{binding.description} ({binding.key_display or binding.key})",
                binding.tooltip or f"Run '{binding.description}'",
                partial(self._run_palette_action, binding.action, active.node),
            )

        from coach.exports.run import FORMATS

        for kind, what in FORMATS.items():
            yield SystemCommand(f"Export {kind}: {what}",
                                "Written to the exports folder of your data directory",
                                partial(self.export_progress, kind))

    def _run_palette_action(self, action: str, node: Any) -> None:
        self.call_later(self.run_action, action, node)

    # ------------------------------------------------------------------ exports
    def export_progress(self, kind: str) -> None:
        """Write an export into ``<data dir>/exports`` and say where it went.

        Exports that read the store run here, between changes, so they see one consistent
        state; the Anki deck reads only the (immutable) bank and is built in a thread.
        """
        if kind == "anki":
            self.run_worker(partial(self._export, kind, True), thread=True, group="export",
                            exit_on_error=False)
        else:
            self._export(kind, False)

    def _export(self, kind: str, in_thread: bool) -> None:
        from coach.exports.run import default_target, export

        say = partial(self.call_from_thread, self.notify) if in_thread else self.notify
        today = self.clock.today()
        folder = self.store.path.parent / "exports"
        try:
            written = export(kind, self.store, self.curriculum, today,
                             default_target(kind, today, folder), lambda: self.bank)
        except OSError as exc:
            say(f"The export could not be written: {exc}", title="Export failed",
                severity="error")
            return
        say("\n".join(str(p) for p in written), title=f"Exported {kind}")


def run(*, extra_banks: Sequence[Path] = (), clock: Clock | None = None) -> int:
    """Open the store (refusing politely if another coach holds it) and run the app."""
    clock = clock or SystemClock()
    curriculum = load_curriculum()
    store = Store.open(paths.data_dir(), clock)
    try:
        CoachApp(store, curriculum, clock=clock, extra_banks=extra_banks).run()
    finally:
        store.close()
    return 0
