"""Kill a process in the middle of its save loop, many times: the store must always load and
keep every change the process had acknowledged."""

import json
import os
import random
import signal
import subprocess
import sys
from pathlib import Path

CHILD = r"""
import sys
from datetime import datetime
from pathlib import Path
from coach.clock import FixedClock
from coach.store import Store
store = Store.open(Path(sys.argv[1]), FixedClock(datetime(2026, 11, 24, 9)))
start = len(store.records("events"))
n = start
while True:
    store.add_record("events", {"n": n, "pad": "x" * 2000}, label=f"event {n}")
    print(n, flush=True)
    n += 1
"""


def test_sigkill_during_saves_never_loses_an_acknowledged_change(tmp_path: Path) -> None:
    rng = random.Random(7)
    acked = -1
    for _round in range(12):
        proc = subprocess.Popen([sys.executable, "-c", CHILD, str(tmp_path)],
                                stdout=subprocess.PIPE, text=True)
        assert proc.stdout is not None
        wanted = rng.randint(3, 25)
        for _ in range(wanted):
            line = proc.stdout.readline()
            if not line:
                break
            acked = max(acked, int(line))
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        doc = json.loads((tmp_path / "store.json").read_text())
        numbers = [r["n"] for r in doc["events"]]
        assert numbers == list(range(len(numbers))), "records are whole and in order"
        assert numbers and numbers[-1] >= acked, "every acknowledged change survived"
        assert not list(tmp_path.glob("store.corrupt-*"))
