"""The rubric as a checklist: one wrapped option per point, space ticks it.

Textual's SelectionList draws its check box on one line only; rubric points are sentences that
wrap, so this keeps the box on the first line and the text wrapped beneath it.
"""

from __future__ import annotations

from textual.binding import Binding
from textual.markup import escape
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from coach.domain.questions import RubricPoint


class RubricChecklist(OptionList):
    BINDINGS = [Binding("space", "toggle", "Tick", id="rubric.toggle")]

    class Changed(Message):
        """The set of ticked points changed."""

        def __init__(self, checklist: RubricChecklist) -> None:
            super().__init__()
            self.checklist = checklist

    def __init__(self, points: tuple[RubricPoint, ...], **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.points = points
        self.ticked: set[int] = set()

    def on_mount(self) -> None:
        self.add_options([Option(self._prompt(i), id=str(i)) for i in range(len(self.points))])
        if self.points:
            self.highlighted = 0

    def _prompt(self, index: int) -> str:
        point = self.points[index]
        box = "[b $success]☑[/]" if index in self.ticked else "☐"
        return f"{box} {escape(point.text)} [$text-muted]({point.weight:g})[/]"

    @property
    def selected(self) -> list[int]:
        return sorted(self.ticked)

    def action_toggle(self) -> None:
        """Tick or untick the highlighted point."""
        index = self.highlighted
        if index is None:
            return
        self.ticked ^= {index}
        self.replace_option_prompt_at_index(index, self._prompt(index))
        self.post_message(self.Changed(self))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_toggle()
