"""`coach serve` end to end in headless Chromium, driven over the DevTools protocol.

The page must load only from this machine, show the plan the store holds, and take keys.
Chromium is started with its background services off, so the only traffic is to 127.0.0.1.
"""

from __future__ import annotations

import asyncio
import base64
import codecs
import contextlib
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

TIMEOUT = 30.0
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
QUIET_CHROMIUM = ("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                  "--no-default-browser-check", "--disable-background-networking",
                  "--disable-component-update", "--disable-default-apps", "--disable-sync",
                  "--disable-extensions", "--disable-domain-reliability",
                  "--disable-client-side-phishing-detection", "--metrics-recording-only",
                  "--disable-features=Translate,OptimizationHints,MediaRouter",
                  "--window-size=1280,800")
ANSI = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]")
LOCAL_SCHEMES = {"about", "data", "blob"}  # never leave the browser


def chromium() -> str | None:
    found = os.environ.get("COACH_CHROMIUM") or next(
        (path for name in BROWSERS if (path := shutil.which(name))), None)
    return found if found and Path(found).exists() else None


pytestmark = pytest.mark.skipif(chromium() is None,
                                reason="no Chromium binary found (install chromium, or set "
                                       "COACH_CHROMIUM to its path)")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def tail(path: Path, lines: int = 15) -> str:
    text = path.read_text(errors="replace") if path.exists() else ""
    return "\n".join(text.splitlines()[-lines:])


async def wait_for(check: Callable[[], bool], what: str, changed: asyncio.Event,
                   timeout: float = TIMEOUT) -> None:
    """Wait until `check()` holds, re-checking whenever `changed` fires; fail after
    `timeout` seconds saying what was awaited."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        changed.clear()  # before checking, so news arriving meanwhile is not missed
        if check():
            return
        left = deadline - loop.time()
        if left <= 0:
            raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(changed.wait(), min(left, 0.5))


class DevTools:
    """One page's DevTools connection: commands and their replies, events as they come, and
    the terminal text the page's own websocket receives, escapes stripped."""

    def __init__(self, ws: Any) -> None:
        self.ws = ws
        self.changed = asyncio.Event()
        self.urls: list[str] = []
        self.terminal = ""
        self.port = 0  # the coach's, once the page is on it
        self._decoder = codecs.getincrementaldecoder("utf-8")("replace")
        self._raw = ""
        self._replies: dict[int, asyncio.Future[dict[str, Any]]] = {}
        self._next_id = 0
        self._reader = asyncio.create_task(self._read())

    async def _read(self) -> None:
        async for message in self.ws:
            data = json.loads(message.data)
            if "id" in data:
                reply = self._replies.pop(data["id"], None)
                if reply is not None and not reply.done():
                    reply.set_result(data)
                continue
            self._event(data.get("method", ""), data.get("params", {}))
            self.changed.set()

    def _event(self, method: str, params: dict[str, Any]) -> None:
        if method == "Network.requestWillBeSent":
            self.urls.append(params["request"]["url"])
        elif method == "Network.webSocketCreated":
            self.urls.append(params["url"])
        elif method == "Network.webSocketFrameReceived":
            frame = params["response"]
            if frame.get("opcode") == 2:  # binary: the app's terminal output
                self._raw += self._decoder.decode(base64.b64decode(frame["payloadData"]))
                self.terminal = ANSI.sub("", self._raw)

    async def call(self, method: str, **params: Any) -> dict[str, Any]:
        self._next_id += 1
        reply: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
        self._replies[self._next_id] = reply
        await self.ws.send_json({"id": self._next_id, "method": method, "params": params})
        try:
            answer = await asyncio.wait_for(reply, TIMEOUT)
        except TimeoutError:
            raise AssertionError(f"Chromium did not answer {method} in {TIMEOUT:.0f} s") \
                from None
        assert "error" not in answer, f"{method} failed: {answer['error']}"
        return answer.get("result", {})

    async def close(self) -> None:
        self._reader.cancel()
        await self.ws.close()


def start(command: list[str], log: Path, env: dict[str, str]) -> subprocess.Popen[bytes]:
    """A process in its own group, so it and whatever it spawns can be stopped together."""
    with open(log, "wb") as out:
        return subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, env=env,
                                start_new_session=True)


def stop(process: subprocess.Popen[bytes]) -> None:
    for sig, wait in ((signal.SIGTERM, 5), (signal.SIGKILL, 5)):
        if process.poll() is not None:
            return
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            return
        try:
            process.wait(wait)
        except subprocess.TimeoutExpired:
            continue


async def wait_for_port(port: int, process: subprocess.Popen[bytes], log: Path) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + TIMEOUT
    while True:
        try:
            _, writer = await asyncio.open_connection("127.0.0.1", port)
        except OSError:
            if process.poll() is not None:
                raise AssertionError(f"`coach serve` exited with {process.returncode}:\n"
                                     f"{tail(log)}") from None
            if loop.time() > deadline:
                raise AssertionError(f"`coach serve` did not answer on port {port} in "
                                     f"{TIMEOUT:.0f} s:\n{tail(log)}") from None
            await asyncio.sleep(0.05)
            continue
        writer.close()
        return


async def page_target(http: Any, port: int, process: subprocess.Popen[bytes],
                      log: Path) -> str:
    """The DevTools websocket of Chromium's first page, once its debugging port answers."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + TIMEOUT
    while True:
        try:
            async with http.get(f"http://127.0.0.1:{port}/json/list") as response:
                targets = await response.json()
            pages = [t for t in targets if t.get("type") == "page"]
            if pages:
                return str(pages[0]["webSocketDebuggerUrl"])
        except (OSError, ValueError):
            pass
        if process.poll() is not None:
            raise AssertionError(f"Chromium exited with {process.returncode}:\n{tail(log)}")
        if loop.time() > deadline:
            raise AssertionError(f"Chromium's DevTools port did not answer in {TIMEOUT:.0f} s")
        await asyncio.sleep(0.05)


@pytest.fixture
def coach_env(tmp_path: Path) -> Iterator[dict[str, str]]:
    """A data directory holding a plan started today, and config and cache of its own."""
    env = {**os.environ, "COACH_DATA_DIR": str(tmp_path / "data"),
           "COACH_CONFIG_DIR": str(tmp_path / "config"),
           "COACH_CACHE_DIR": str(tmp_path / "cache")}
    done = subprocess.run([sys.executable, "-m", "coach", "start", "--budget", "2h"], env=env,
                          capture_output=True, text=True, timeout=TIMEOUT)
    assert done.returncode == 0, done.stderr
    yield env


@contextlib.asynccontextmanager
async def served_page(tmp_path: Path, env: dict[str, str]) -> AsyncIterator[DevTools]:
    """`coach serve` and a headless Chromium, with DevTools on a page navigated to it."""
    import aiohttp

    port, debug_port = free_port(), free_port()
    serve_log, browser_log = tmp_path / "serve.log", tmp_path / "chromium.log"
    serve = start([sys.executable, "-m", "coach", "serve", "--port", str(port)], serve_log, env)
    browser = start([str(chromium()), *QUIET_CHROMIUM, f"--remote-debugging-port={debug_port}",
                     f"--user-data-dir={tmp_path / 'profile'}", "about:blank"], browser_log,
                    env)
    devtools: DevTools | None = None
    try:
        async with aiohttp.ClientSession() as http:
            await wait_for_port(port, serve, serve_log)
            target = await page_target(http, debug_port, browser, browser_log)
            devtools = DevTools(await http.ws_connect(target, max_msg_size=0))
            devtools.port = port
            await devtools.call("Network.enable")
            await devtools.call("Page.enable")
            await devtools.call("Page.navigate", url=f"http://127.0.0.1:{port}/")
            yield devtools
    finally:
        if devtools is not None:
            await devtools.close()
        stop(browser)
        stop(serve)


async def test_the_coach_runs_in_a_browser_from_this_machine_alone(
        tmp_path: Path, coach_env: dict[str, str]) -> None:
    async with served_page(tmp_path, coach_env) as dt:
        heading = re.compile(r"Day \d+ of 14")
        await wait_for(lambda: bool(heading.search(dt.terminal)),
                       "the plan's heading (Day N of 14) in the terminal output", dt.changed)

        # Focus the terminal by clicking the middle of it (the plan list's empty space), then
        # press g: the grid must arrive over the websocket.
        found = await dt.call("Runtime.evaluate", returnByValue=True, expression=(
            "(() => { const r = document.querySelector('.textual-terminal')"
            ".getBoundingClientRect(); return [r.left + r.width / 2,"
            " r.top + r.height / 2]; })()"))
        x, y = found["result"]["value"]
        for kind in ("mousePressed", "mouseReleased"):
            await dt.call("Input.dispatchMouseEvent", type=kind, x=x, y=y, button="left",
                          clickCount=1)
        assert "Checkpoints" not in dt.terminal, "the grid showed before g was pressed"
        seen = len(dt.terminal)
        await dt.call("Input.dispatchKeyEvent", type="keyDown", key="g", code="KeyG",
                      text="g", windowsVirtualKeyCode=71)
        await dt.call("Input.dispatchKeyEvent", type="keyUp", key="g", code="KeyG",
                      windowsVirtualKeyCode=71)
        await wait_for(lambda: "Checkpoints" in dt.terminal[seen:],
                       "the progress grid (Checkpoints) after pressing g", dt.changed)

        port = dt.port
        requested = list(dt.urls)
        assert any(u.startswith(f"http://127.0.0.1:{port}/") for u in requested), requested
        assert any(u.startswith(f"ws://127.0.0.1:{port}/ws") for u in requested), requested
        outside = [u for u in requested if urlsplit(u).scheme not in LOCAL_SCHEMES
                   and urlsplit(u).hostname != "127.0.0.1"]
        assert not outside, f"the page reached beyond this machine: {outside}"


async def test_a_tab_that_cannot_have_the_store_says_why(
        tmp_path: Path, coach_env: dict[str, str]) -> None:
    from coach.clock import SystemClock
    from coach.store import Store

    holder = Store.open(Path(coach_env["COACH_DATA_DIR"]), SystemClock())  # "another coach"
    try:
        async with served_page(tmp_path, coach_env) as dt:
            await wait_for(lambda: "cannot open your store" in dt.terminal,
                           "the reason the coach could not open, shown in the page",
                           dt.changed)
            assert "Another coach" in re.sub(r"\s+", " ", dt.terminal)
    finally:
        holder.close()
