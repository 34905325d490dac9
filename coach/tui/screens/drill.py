"""One drill: the user's file in a code editor, the hidden checks beside it, the clock above.

The file is ``<data dir>/drills/<id>.py``, saved as typed and reloaded when another editor
changes it. Checks run in the sandbox in a thread, so the screen stays live; each run is
recorded. The clock is the drill's budget, counting on into overtime, pausable, and read from
the app clock so tests can fix it.
"""

from __future__ import annotations

import os
import shlex
import subprocess
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.markup import escape
from textual.screen import Screen
from textual.widgets import Header, Static, TextArea

from coach.domain.timer import Countdown, format_clock
from coach.drills import progress as drill_ops
from coach.drills.harness import CheckResult, Report
from coach.drills.render import SAME_AS_ABOVE
from coach.tui.widgets.countdown import CountdownLabel
from coach.tui.widgets.key_bar import KeyBar

if TYPE_CHECKING:
    from coach.drills.catalog import Drill
    from coach.tui.app import CoachApp

SAVE_DELAY = 0.4        # seconds after the last keystroke before the file is written
DISK_POLL = 2.0         # how often to look for changes made by another editor
CLOCK_SAVE_EVERY = 30   # ticks between saves of the attempt's time
NARROW = 110            # below this width the results go under the code


def report_markup(report: Report) -> str:
    """The report as the shell prints it (``coach.drills.render``), with colour."""
    lines: list[str] = []
    if report.unusable:
        lines.append("[b $error]Could not be checked[/]")
        lines.extend(escape(line) for line in report.unusable.splitlines())
    else:
        tone = "$success" if report.passed else "$error"
        lines.append(f"[b {tone}]{escape(report.summary)}[/]")
    previous = ""
    for check in report.checks:
        if check.passed:
            lines.append(f"[$success]✓[/] {escape(check.name)}")
            continue
        lines.append(f"[b $error]✗ {escape(check.name)}[/]")
        if check.detail == previous:
            lines.append(f"  [$text-muted]{SAME_AS_ABOVE}[/]")
        else:
            lines.extend(f"  {escape(line)}" for line in check.detail.splitlines())
        previous = check.detail
        if check.hint:
            lines.append(f"  [$warning]hint:[/] {escape(check.hint)}")
    if report.output.strip():
        lines += ["", "[b]What your code printed[/]"]
        lines.extend(f"[$text-muted]│[/] {escape(line)}"
                     for line in report.output.rstrip("\n").splitlines()[:60])
    return "\n".join(lines)


def report_from_run(drill_id: str, run: dict[str, Any]) -> Report:
    """A stored run shown again when the drill is reopened (hints are not stored)."""
    checks = [CheckResult(str(c.get("name", "")), bool(c.get("passed")),
                          str(c.get("detail", ""))) for c in run.get("checks", [])]
    unusable = str(run.get("unusable", ""))
    summary = unusable or (f"all {len(checks)} checks passed" if run.get("passed") else
                           f"{run.get('checks_passed', 0)} of {run.get('checks_total', 0)} "
                           "checks passed")
    return Report(drill_id, bool(run.get("passed")), checks, summary, unusable)


class DrillScreen(Screen[None]):

    CSS_PATH = Path(__file__).parent.parent / "drills.tcss"
    BINDINGS = [
        Binding("ctrl+r", "run_checks", "Check", id="drill.check"),
        Binding("ctrl+g", "external_editor", "$EDITOR", id="drill.editor"),
        Binding("ctrl+b", "toggle_results", "Results", id="drill.results"),
        Binding("ctrl+t", "toggle_clock", "Pause", id="drill.pause"),
        Binding("ctrl+o", "reveal_reference", "Reference", id="drill.reference"),
        Binding("ctrl+n", "reset_starter", "Reset", id="drill.reset"),
        # A priority binding: Textual's code editor takes escape to move focus, and with
        # nothing else to focus it would never let the user leave as the key bar says.
        Binding("escape", "leave", "Back", id="drill.back", priority=True),
    ]

    app: CoachApp

    def __init__(self, drill: Drill) -> None:
        super().__init__()
        self.drill = drill
        self.path = Path()
        self.countdown = Countdown(drill.minutes * 60.0)
        self.running = False
        self.report: Report | None = None
        self.results_shown: bool | None = None  # None: decided by the width
        self._disk_text = ""
        self._save_timer: Any = None
        self._ticks = 0
        self._editor: TextArea = TextArea.code_editor("", language="python", theme="css",
                                                      id="drill-editor")

    # ------------------------------------------------------------------ layout
    def compose(self) -> ComposeResult:
        d = self.drill
        names = ", ".join(self._concept_name(c) for c in d.concepts)
        yield Header()
        with Horizontal(id="drill-bar"):
            yield Static(f"[b]{escape(d.title)}[/b] · {d.level} · {escape(names)}",
                         id="drill-meta")
            yield CountdownLabel(self.countdown, id="drill-clock")
        with Horizontal(id="drill-body"):
            yield self._editor
            with VerticalScroll(id="drill-results"):
                yield Static(id="drill-results-text")
        yield KeyBar()

    def _concept_name(self, concept_id: str) -> str:
        try:
            return self.app.curriculum.concept(concept_id).name
        except KeyError:
            return concept_id

    def on_mount(self) -> None:
        store, now = self.app.store, self.app.clock.now()
        self.path, created = drill_ops.start_attempt(store, self.drill, now)
        self._load_file()
        attempt = drill_ops.current_attempt(store, self.drill.id) or {}
        self.countdown.start(self.app.clock.monotonic(),
                             already_used=float(attempt.get("seconds", 0.0)))
        self.set_interval(1.0, self._tick)
        self.set_interval(DISK_POLL, self._poll_disk)
        self._tick()
        self._show_results()
        self._apply_layout()
        self._editor.focus()
        if created:
            self.notify(f"Your file: {self.path}. The contract is in its docstring; "
                        "ctrl+r runs the checks.", timeout=8)

    def on_resize(self) -> None:
        self._apply_layout()

    def _apply_layout(self) -> None:
        narrow = self.size.width < NARROW
        self.set_class(narrow, "-narrow")
        self._editor.soft_wrap = narrow  # long docstring lines stay readable at 80 columns
        shown = self.results_shown if self.results_shown is not None else (
            not narrow or self.report is not None)
        self.query_one("#drill-results").display = shown

    # ------------------------------------------------------------------ the file
    def _load_file(self) -> None:
        try:
            text = self.path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            self.notify(f"{self.path} cannot be read: {exc}", severity="error")
            text = ""
        editor = self._editor
        where = editor.cursor_location
        self._disk_text = text
        editor.load_text(text)
        last = max(0, editor.document.line_count - 1)
        editor.move_cursor((min(where[0], last), where[1]))

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        if event.text_area.text == self._disk_text:
            return
        if self._save_timer is not None:
            self._save_timer.stop()
        self._save_timer = self.set_timer(SAVE_DELAY, self._save_file)

    def _save_file(self) -> None:
        self._save_timer = None
        text = self._editor.text
        if text == self._disk_text:
            return
        try:
            tmp = self.path.with_suffix(".py.tmp")
            tmp.write_text(text, encoding="utf-8")
            tmp.replace(self.path)
        except OSError as exc:
            self.notify(f"Your file could not be saved: {exc}", severity="error")
            return
        self._disk_text = text

    def _flush(self) -> None:
        if self._save_timer is not None:
            self._save_timer.stop()
        self._save_file()

    def _poll_disk(self) -> None:
        """Pick up edits made in another editor, unless there are unsaved ones here."""
        if self._save_timer is not None:
            return
        if self._editor.text != self._disk_text:
            return
        try:
            text = self.path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return
        if text != self._disk_text:
            self._load_file()
            self.notify(f"Reloaded {self.path.name}: it changed on disk.")

    # ------------------------------------------------------------------ clock
    def _tick(self) -> None:
        self.query_one("#drill-clock", CountdownLabel).tick(self.app.clock.monotonic())
        self._ticks += 1
        if self._ticks % CLOCK_SAVE_EVERY == 0:
            self._save_clock()

    @property
    def seconds(self) -> float:
        return self.countdown.elapsed(self.app.clock.monotonic())

    def _save_clock(self) -> None:
        drill_ops.save_attempt_seconds(self.app.store, self.drill.id, self.seconds)

    # ------------------------------------------------------------------ results
    def _show_results(self) -> None:
        text = self.query_one("#drill-results-text", Static)
        if self.running:
            text.update("[b]Checking…[/b]\n[$text-muted]The hidden checks run in a separate "
                        "process; this takes a second or two.[/]")
            return
        if self.report is not None:
            text.update(report_markup(self.report))
            return
        status = drill_ops.drill_status(self.app.store, self.drill.id)
        intro = (f"[b]Write {escape(', '.join(self.drill.functions))}[/b] in the editor; the "
                 "contract is in the file's docstring. [b]ctrl+r[/b] runs the hidden checks.\n"
                 f"[$text-muted]{escape(str(self.path))} · saved as you type · ctrl+g opens it "
                 "in $EDITOR[/]")
        if status.last_run is not None:
            last = report_from_run(self.drill.id, status.last_run)
            intro += "\n\n[b]Last run[/b]\n" + report_markup(last)
        text.update(intro)

    def refresh_from_store(self) -> None:
        if self.is_mounted and self.report is None:
            self._show_results()

    # ------------------------------------------------------------------ actions
    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "run_checks":
            return not self.running
        return True

    def action_run_checks(self) -> None:
        """Save and run the hidden checks on your file."""
        if self.running:
            return
        self._flush()
        self.running = True
        self.results_shown = True
        self._apply_layout()
        self._show_results()
        self.refresh_bindings()
        # An app worker, not the screen's: leaving the screen must not lose the run. The app
        # is passed in because a screen that has been left no longer knows its app.
        app = self.app
        app.run_worker(partial(self._check_in_thread, app), thread=True, group="drill-check",
                       exit_on_error=False)

    def _check_in_thread(self, app: CoachApp) -> None:
        from coach.drills.sandbox import run_sandboxed

        try:
            report = run_sandboxed(self.drill.folder, self.path)
        except Exception as exc:  # e.g. no temporary folder: say so, never stay "Checking…"
            report = Report.unusable_file(self.drill.id, f"the checks could not start: {exc}")
        app.call_from_thread(self._checked, report)

    def _checked(self, report: Report) -> None:
        self.running = False
        self.report = report
        store, seconds = self.app.store, self.seconds
        drill_ops.record_run(store, self.drill, report, self.app.clock.now(), seconds)
        if not self.is_attached:  # left while the check ran: recorded, nothing to show here
            self.app.data_changed()
            return
        if report.passed and not self.countdown.paused:
            self.countdown.pause(self.app.clock.monotonic())  # the time to pass stays put
        self._save_clock()
        self._show_results()
        self.query_one("#drill-results").scroll_home(animate=False)
        self.refresh_bindings()
        self._tick()
        if report.passed:
            self.notify(f"All {report.checks_total} checks passed in {format_clock(seconds)}.",
                        title="Passed")
        elif report.unusable:
            self.notify(report.unusable.splitlines()[0], severity="error")
        else:
            self.notify(report.summary, severity="warning")
        self.app.data_changed()

    def action_toggle_results(self) -> None:
        """Show or hide the results panel."""
        shown = self.query_one("#drill-results").display
        self.results_shown = not shown
        self._apply_layout()

    def action_toggle_clock(self) -> None:
        """Pause or resume the attempt clock."""
        self.countdown.toggle(self.app.clock.monotonic())
        self._save_clock()
        self._tick()

    def action_external_editor(self) -> None:
        """Edit the file in $VISUAL or $EDITOR; it is reloaded when you come back."""
        command = os.environ.get("VISUAL") or os.environ.get("EDITOR")
        if not command:
            self.notify("Set $EDITOR (or $VISUAL) to use your own editor, or edit the file "
                        f"directly: {self.path}", severity="warning", timeout=8)
            return
        self._flush()
        from textual.app import SuspendNotSupported

        try:
            with self.app.suspend():
                subprocess.run([*shlex.split(command), str(self.path)], check=False)
        except SuspendNotSupported:
            self.notify("This terminal cannot hand over to another program; edit "
                        f"{self.path} in another window instead.", severity="warning")
            return
        except (OSError, ValueError) as exc:
            self.notify(f"Could not start {command}: {exc}", severity="error")
            return
        self._load_file()

    def action_reveal_reference(self) -> None:
        """Show the reference solution and why it is written that way."""
        from coach.tui.screens.drill_dialogs import ReferenceScreen

        self._flush()
        drill_ops.mark_revealed(self.app.store, self.drill.id)
        self.app.push_screen(ReferenceScreen(self.drill))

    def action_reset_starter(self) -> None:
        """Start again from the starter (your file is kept as a backup)."""
        from coach.tui.screens.drill_dialogs import ResetConfirmScreen

        self._flush()
        self.app.push_screen(ResetConfirmScreen(self.drill, self.path), self._after_reset)

    def _after_reset(self, confirmed: bool | None) -> None:
        if not confirmed:
            return
        backup = drill_ops.reset_attempt(self.app.store, self.drill, self.app.clock.now(),
                                         self.path)
        self._load_file()
        self.countdown = Countdown(self.drill.minutes * 60.0)
        self.countdown.start(self.app.clock.monotonic())
        self.query_one("#drill-clock", CountdownLabel).countdown = self.countdown
        self.report = None
        self._show_results()
        self._tick()
        self.notify(f"Back to the starter; your previous file is in {backup}." if backup
                    else "Back to the starter.")
        self.app.data_changed()

    def action_leave(self) -> None:
        """Back to the list; your file and the clock are kept."""
        self.dismiss(None)

    def on_unmount(self) -> None:
        self._flush()
        self._save_clock()
