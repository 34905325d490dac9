"""A lean footer: every shown binding of the screen on one line, each clickable.

Textual's Footer builds one widget per key and rebuilds them on every focus change; with a dozen
keys that alone costs more than a bare app's whole first paint. This draws the same information
as a single line of text.
"""

from __future__ import annotations

from textual.binding import Binding
from textual.markup import escape
from textual.widgets import Static


class KeyBar(Static):
    DEFAULT_CSS = """
    KeyBar {
        dock: bottom;
        height: 1;
        background: $footer-background;
        color: $footer-foreground;
        text-wrap: nowrap;
        text-overflow: ellipsis;
        link-style: none;
        link-style-hover: reverse;
    }
    """

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)
        self._render_keys()

    _shown: str | None = None
    _pending = False

    def _bindings_changed(self, _screen: object) -> None:
        # Bindings change several times while a screen mounts and on every focus move; one
        # redraw after the burst is enough.
        if not self._pending:
            self._pending = True
            self.call_after_refresh(self._render_keys)

    def _render_keys(self) -> None:
        self._pending = False
        if not self.is_attached:
            return
        parts: list[str] = []
        seen: set[str] = set()
        palette = self.app.COMMAND_PALETTE_BINDING
        for key, active in self.screen.active_bindings.items():
            binding = active.binding
            if not binding.show or not binding.description or binding.action in seen:
                continue
            if key == palette:
                continue
            seen.add(binding.action)
            shown = escape(self.app.get_key_display(binding))
            style = "" if active.enabled else "dim "
            parts.append(f"[@click=press('{key}')][{style}b $footer-key-foreground]{shown}[/]"
                         f" [{style}$footer-description-foreground]"
                         f"{escape(binding.description)}[/][/]")
        if self.app.ENABLE_COMMAND_PALETTE:
            shown = escape(self.app.get_key_display(Binding(palette, "command_palette")))
            parts.append(f"[@click=press('{palette}')][b $footer-key-foreground]{shown}[/]"
                         " [$footer-description-foreground]palette[/][/]")
        text = " " + " ".join(parts)
        if text != self._shown:  # parsing the markup again costs more than building it
            self._shown = text
            self.update(text)

    def action_press(self, key: str) -> None:
        """Clicking a key does what pressing it does."""
        self.app.simulate_key(key)
