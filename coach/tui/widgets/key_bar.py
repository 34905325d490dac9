"""A lean footer: every shown binding of the screen on one line, each clickable.

Textual's Footer builds one widget per key and rebuilds them on every focus change; with a dozen
keys that alone costs more than a bare app's whole first paint. This draws the same information
as a single line of text.
"""

from __future__ import annotations

from textual.binding import ActiveBinding, Binding
from textual.content import Content
from textual.widgets import Static

# What list widgets bind enter to: their selection message is what the screen's "Open" acts on.
_SELECT_ACTIONS = frozenset({"select", "select_cursor"})


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
        parts: list[str | tuple[str, str]] = [" "]
        seen: set[str] = set()
        palette = self.app.COMMAND_PALETTE_BINDING
        shown: list[tuple[str, str, str, bool]] = []
        for key, active in self._shown_bindings():
            binding = active.binding
            if binding.action in seen or key == palette:
                continue
            seen.add(binding.action)
            shown.append((key, self.app.get_key_display(binding), binding.description,
                          active.enabled))
        if self.app.ENABLE_COMMAND_PALETTE:
            shown.append((palette, self.app.get_key_display(Binding(palette, "command_palette")),
                          "palette", True))
        for index, (key, display, description, enabled) in enumerate(shown):
            # Styles as strings (clickable, theme variables) spare the markup parser, which
            # costs more than all the rest of drawing the bar.
            dim = "" if enabled else "dim "
            click = f"@click=press({key!r}) "
            if index:
                parts.append(" ")
            parts.append((display, f"{click}{dim}b $footer-key-foreground"))
            parts.append((f" {description}", f"{click}{dim}$footer-description-foreground"))
        text = repr(shown)
        if text != self._shown:  # building the bar costs more than comparing it
            self._shown = text
            self.update(Content.assemble(*parts))

    def _shown_bindings(self) -> list[tuple[str, ActiveBinding]]:
        """The screen's active bindings that should be listed, in the order declared.

        A focused list widget binds enter to its own hidden "select", which hides the screen's
        described enter ("Open", "Start") although pressing it does just that (the screen acts
        on the selection); for such a key the nearest described binding further up the chain
        is shown instead. Keys keep their
        owners' declaration order, so the bar does not reshuffle as focus moves.
        """
        screen = self.screen
        chain = screen._modal_binding_chain  # the focused widget first, then upwards
        rank: dict[tuple[int, str, str], tuple[int, int]] = {}
        for depth, (node, bindings) in enumerate(chain):
            for order, (key, binding) in enumerate(bindings):
                rank.setdefault((id(node), key, binding.action), (depth, order))
        out: list[tuple[str, ActiveBinding]] = []
        for key, active in screen.active_bindings.items():
            if active.binding.show and active.binding.description:
                out.append((key, active))
                continue
            if active.binding.action not in _SELECT_ACTIONS:
                continue  # e.g. a text area's own ctrl+z: the app's undo is not what runs
            for node, bindings in chain:
                if node is active.node:
                    continue
                found = next((b for k, b in bindings if k == key and b.show and b.description),
                             None)
                if found is None:
                    continue
                state = self.app._check_action_state(found.action, node)
                if state is not False:
                    out.append((key, ActiveBinding(node, found, bool(state))))
                break
        return sorted(out, key=lambda item: rank.get(
            (id(item[1].node), item[0], item[1].binding.action), (len(chain), 0)))

    def action_press(self, key: str) -> None:
        """Clicking a key does what pressing it does."""
        self.app.simulate_key(key)
