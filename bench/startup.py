"""Start-up time: process start to the plan's first paint, beside a bare Textual app.

Each run is a fresh interpreter (headless, so no terminal is needed). When the first frame has
been drawn it prints the wall-clock time and exits; the benchmark subtracts the time at which it
started the process, so interpreter start-up and imports count but shutdown does not. Prints the
medians and the ratio coach / bare.

    python bench/startup.py [--runs 15]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

BARE = """
from textual.app import App
from textual.widgets import Footer, Header, Static

class Bare(App):
    def compose(self):
        yield Header()
        yield Static("Hello")
        yield Footer()

    def on_mount(self):
        self.call_after_refresh(painted, self)

def painted(app):
    import time
    print(time.time(), flush=True)
    app.exit()

Bare().run(headless=True)
"""

COACH = """
import sys
from coach import paths
from coach.bank.curriculum import load_curriculum
from coach.clock import SystemClock
from coach.store import Store
from coach.tui.app import CoachApp

class FirstPaint(CoachApp):
    def on_mount(self):
        super().on_mount()
        self.call_after_refresh(painted, self)

def painted(app):
    import time
    print(time.time(), flush=True)
    app.exit()

clock = SystemClock()
store = Store.open(paths.data_dir(), clock)
FirstPaint(store, load_curriculum(), clock=clock).run(headless=True)
store.close()
"""


def measure(code: str, env: dict[str, str]) -> float:
    start = time.time()
    done = subprocess.run([sys.executable, "-c", code], env=env, check=True,
                          capture_output=True, text=True)
    return float(done.stdout.strip().splitlines()[-1]) - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as data:
        # Measure what an installed coach does: with its bytecode cached, as pip leaves it.
        env = {**os.environ, "COACH_DATA_DIR": data}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        subprocess.run([sys.executable, "-m", "coach", "start", "--date", "today"], env=env,
                       check=True, stdout=subprocess.DEVNULL)
        measure(COACH, env)  # warm the file cache and the bytecode
        measure(BARE, env)
        bare, coach = [], []
        for _ in range(args.runs):  # interleaved, so drift hits both alike
            bare.append(measure(BARE, env))
            coach.append(measure(COACH, env))
    b, c = statistics.median(bare), statistics.median(coach)
    print(f"bare Textual app: median {b * 1000:.0f} ms over {args.runs} runs")
    print(f"coach plan screen: median {c * 1000:.0f} ms over {args.runs} runs")
    print(f"ratio: {c / b:.2f}x (target: at most 1.2x)")


if __name__ == "__main__":
    main()
