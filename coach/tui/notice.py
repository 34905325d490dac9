"""A one-screen app that shows why the coach could not open, for the browser mode.

In a terminal the reason is printed where the user typed ``coach``; in a browser tab nobody
sees that terminal, so the tab shows the reason instead of waiting forever on its title card.
"""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Static


class NoticeApp(App[int]):
    TITLE = "ML Interview Coach"
    CSS = """
    Screen { align: center middle; }
    #notice { width: 72; max-width: 100%; height: auto; padding: 1 2;
              border: round $warning; background: $surface; }
    #notice-title { text-style: bold; color: $warning; margin-bottom: 1; }
    #notice-keys { color: $text-muted; margin-top: 1; }
    """
    BINDINGS = [Binding("q,escape,enter", "quit", "Close", id="notice.close")]

    def __init__(self, title: str, message: str) -> None:
        super().__init__()
        self.notice_title = title
        self.message = message

    def compose(self) -> ComposeResult:
        with Vertical(id="notice"):
            yield Static(self.notice_title, id="notice-title", markup=False)
            yield Static(self.message, id="notice-text", markup=False)
            yield Static("Press q to close.", id="notice-keys")


def in_browser() -> bool:
    """Whether this coach runs in a browser tab (textual-serve's web driver)."""
    import os

    return "web_driver" in os.environ.get("TEXTUAL_DRIVER", "")
