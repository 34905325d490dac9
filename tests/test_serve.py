"""The browser page is served from a copy of textual-serve's template with nothing from outside
the machine, and the served command carries the user's data directory and banks."""

from __future__ import annotations

import shlex
import sys
from pathlib import Path

import pytest

from coach.serve import ServeError, offline_template, prepare_templates, served_command

TEMPLATE = """<html><head>
    <link rel="stylesheet" href="{{ config.static.url }}css/xterm.css" />
    <link
      rel="stylesheet"
      href="https://fonts.googleapis.com/css?family=Roboto%20Mono"
    />
    <script src="{{ config.static.url }}js/textual.js"></script>
</head><body></body></html>"""


def test_the_web_font_is_replaced_by_the_local_one() -> None:
    page = offline_template(TEMPLATE)
    assert "googleapis" not in page and "https://" not in page
    assert "{{ config.static.url }}fonts/RobotoMono-VariableFont_wght.ttf" in page
    assert page.count("<script") == 1


def test_a_template_of_another_shape_is_refused() -> None:
    with pytest.raises(ServeError, match="changed shape"):
        offline_template("<html></html>")
    remote = TEMPLATE + '<script src="https://cdn.example.com/x.js"></script>'
    with pytest.raises(ServeError, match="internet"):
        offline_template(remote)


def test_the_installed_template_can_be_made_offline(tmp_path: Path) -> None:
    textual_serve = pytest.importorskip("textual_serve")
    folder = prepare_templates(Path(textual_serve.__file__).parent, tmp_path)
    page = (folder / "app_index.html").read_text()
    assert "fonts.googleapis.com" not in page and "config.static.url" in page


def test_served_command_forwards_data_dir_and_banks(tmp_path: Path) -> None:
    words = shlex.split(served_command(str(tmp_path / "my data"), [str(tmp_path / "b.yaml")]))
    assert words[:3] == [sys.executable, "-m", "coach"]
    assert words[3:] == ["--data-dir", str(tmp_path / "my data"),
                         "--bank", str(tmp_path / "b.yaml")]


async def test_a_coach_that_cannot_open_says_why_in_the_page() -> None:
    from textual.widgets import Static

    from coach.tui.notice import NoticeApp

    app = NoticeApp("The coach cannot open your store", "Another coach (process 7) has it.")
    async with app.run_test(size=(80, 24)) as pilot:
        text = str(app.query_one("#notice-text", Static).render())
        assert "Another coach (process 7)" in text
        await pilot.press("q")
    assert app.return_code == 0


def test_in_browser_follows_the_web_driver(monkeypatch: pytest.MonkeyPatch) -> None:
    from coach.tui.notice import in_browser

    monkeypatch.delenv("TEXTUAL_DRIVER", raising=False)
    assert not in_browser()
    monkeypatch.setenv("TEXTUAL_DRIVER", "textual.drivers.web_driver:WebDriver")
    assert in_browser()
