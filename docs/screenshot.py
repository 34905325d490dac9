"""Regenerate docs/screenshot.svg: the plan screen on day 4 with a few boxes ticked.

    python docs/screenshot.py
"""

from __future__ import annotations

import asyncio
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path

from coach import progress
from coach.bank.curriculum import load_curriculum
from coach.clock import FixedClock
from coach.store import Store
from coach.tui.app import CoachApp

OUT = Path(__file__).with_name("screenshot.svg")


async def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        clock = FixedClock(datetime(2026, 11, 24, 9, 30).astimezone())
        store = Store.open(Path(folder), clock)
        curriculum = load_curriculum()
        start = date(2026, 11, 21)
        progress.configure(store, start=start, interview=date(2026, 12, 10), budget_minutes=240)
        for cid, cps in {"mlp": ["D1", "D2"], "activation-functions": ["D1"],
                         "backpropagation": ["D1"]}.items():
            concept = curriculum.concept(cid)
            for cp in cps:
                offset = {"D1": 0, "D2": 1}[cp]
                progress.mark_checkpoint(store, concept, cp,
                                         start + timedelta(days=concept.day - 1 + offset))
        app = CoachApp(store, curriculum, clock=clock)
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            app.save_screenshot(str(OUT))
        store.close()
    print(f"wrote {OUT}")


if __name__ == "__main__":
    asyncio.run(main())
