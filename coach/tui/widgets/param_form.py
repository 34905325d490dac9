"""A compact parameter form: one-line labelled inputs in a grid and a line for the problem.

It only shows things; whoever owns it reads `values()` and reports problems back with
`show_problem(field, message)`, so the rules stay in the domain.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from textual.app import ComposeResult
from textual.containers import Grid, Vertical
from textual.markup import escape
from textual.widgets import Input, Label, Static


class FormField(NamedTuple):
    name: str
    label: str
    value: str
    hint: str = ""


class ParamForm(Vertical):
    DEFAULT_CSS = """
    ParamForm {
        height: auto;
    }
    ParamForm > Grid {
        grid-size: 4;
        grid-columns: auto 1fr auto 1fr;
        grid-gutter: 0 1;
        height: auto;
    }
    ParamForm Label {
        width: auto;
        height: 1;
    }
    ParamForm Input, ParamForm Input:focus {
        border: none;
        height: 1;
        padding: 0 1;
    }
    ParamForm .form-problem {
        height: auto;
    }
    """

    def __init__(self, form_fields: Sequence[FormField], *, hint: str = "",
                 id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.form_fields = tuple(form_fields)
        self.hint = hint
        self._inputs: dict[str, Input] = {}

    def compose(self) -> ComposeResult:
        with Grid():
            for f in self.form_fields:
                yield Label(f.label, classes="form-label")
                box = Input(f.value, placeholder=f.hint, name=f.name, select_on_focus=False,
                            classes="form-input")
                box.tooltip = f.hint
                self._inputs[f.name] = box
                yield box
        yield Static("", classes="form-problem")

    def values(self) -> dict[str, str]:
        return {name: box.value for name, box in self._inputs.items()}

    def set_values(self, values: dict[str, str]) -> None:
        for name, value in values.items():
            self._inputs[name].value = value

    def input_for(self, name: str) -> Input | None:
        return self._inputs.get(name)

    def show_problem(self, field: str | None, message: str) -> None:
        """Mark the field at fault and say what is wrong; with no message, show the hint."""
        for name, box in self._inputs.items():
            box.set_class(name == field, "-invalid")
        label = next((f.label for f in self.form_fields if f.name == field), field or "")
        problem = self.query_one(".form-problem", Static)
        problem.set_class(bool(message), "-problem")
        problem.update(f"{escape(label)}: {escape(message)}" if message else escape(self.hint))
        problem.set_class(not message and not self.hint, "hidden")

    @property
    def problem(self) -> str:
        """The problem shown, or an empty string."""
        shown = self.query_one(".form-problem", Static)
        return str(shown.render()) if shown.has_class("-problem") else ""

    def clear_problem(self) -> None:
        self.show_problem(None, "")

    def focus_field(self, name: str | None = None) -> None:
        box = self._inputs.get(name or "") or next(iter(self._inputs.values()), None)
        if box is not None:
            box.focus()
