"""``coach serve``: the same coach in a web browser, through textual-serve.

Each browser tab runs ``python -m coach`` on this machine; like any coach it needs the store
to itself, so a second tab is told another coach has it open. The page must work with no
network at all, so it is served from a copy of textual-serve's own page template without its
web-font link, using the font textual-serve ships instead.
"""

from __future__ import annotations

import argparse
import re
import shlex
import sys
from pathlib import Path
from typing import Any

_FONT_LINK = re.compile(r"<link[^>]*fonts\.googleapis\.com[^>]*>\s*", re.S)
_OFFLINE_FONT = """<style>
      @font-face {
        font-family: "Roboto Mono";
        src: url("{{ config.static.url }}fonts/RobotoMono-VariableFont_wght.ttf");
        font-style: normal;
      }
      @font-face {
        font-family: "Roboto Mono";
        src: url("{{ config.static.url }}fonts/RobotoMono-Italic-VariableFont_wght.ttf");
        font-style: italic;
      }
    </style>
    """


class ServeError(RuntimeError):
    pass


def offline_template(source: str) -> str:
    """textual-serve's page with every outside reference replaced by a local one."""
    page, count = _FONT_LINK.subn(_OFFLINE_FONT, source, count=1)
    if count != 1:
        raise ServeError("the installed textual-serve page template has changed shape (its "
                         "font link was not found); this coach version cannot serve it "
                         "offline")
    if re.search(r"""(src|href)\s*=\s*["']https?://""", page):
        raise ServeError("the installed textual-serve page template loads something from "
                         "the internet; refusing to serve it")
    return page


def prepare_templates(textual_serve_dir: Path, cache: Path) -> Path:
    source = (textual_serve_dir / "templates" / "app_index.html").read_text(encoding="utf-8")
    folder = cache / "serve-templates"
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "app_index.html"
    page = offline_template(source)
    if not target.exists() or target.read_text(encoding="utf-8") != page:
        target.write_text(page, encoding="utf-8")
    return folder


def served_command(data_dir: str | None, banks: list[str]) -> str:
    parts = [sys.executable, "-m", "coach"]
    if data_dir:
        parts += ["--data-dir", str(Path(data_dir).expanduser().resolve())]
    for bank in banks:
        parts += ["--bank", str(Path(bank).expanduser().resolve())]
    return " ".join(shlex.quote(p) for p in parts)


def add_commands(sub: Any) -> None:
    serve = sub.add_parser("serve", help="run the coach in a web browser (needs the serve "
                                         "extra)")
    serve.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    serve.add_argument("--host", default="127.0.0.1",
                       help="address to listen on (default 127.0.0.1: this machine only)")
    serve.set_defaults(handler=_cmd_serve)


def _cmd_serve(args: argparse.Namespace) -> int:
    from coach import paths
    from coach.cli import EXIT_FAIL, EXIT_OK, CommandError

    try:
        import textual_serve
        from textual_serve.server import Server
    except ImportError:
        raise CommandError('the browser mode needs textual-serve: '
                           'pip install "ml-interview-coach[serve]"', EXIT_FAIL) from None
    try:
        templates = prepare_templates(Path(textual_serve.__file__).parent, paths.cache_dir())
    except (OSError, ServeError) as exc:
        raise CommandError(str(exc), EXIT_FAIL) from None
    command = served_command(args.data_dir, args.bank)
    print(f"Serving the coach at http://{args.host}:{args.port} (ctrl+c stops it)",
          flush=True)
    Server(command, host=args.host, port=args.port, title="ML Interview Coach",
           templates_path=templates).serve()
    return EXIT_OK
